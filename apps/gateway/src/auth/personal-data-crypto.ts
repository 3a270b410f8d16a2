import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { type DataKeys, loadDataKeys } from './data-key.js';

let keys: DataKeys | undefined;
function dataKeys(): DataKeys {
  keys ??= loadDataKeys();
  return keys;
}

/** AES-256-GCM: "v1." + base64url(iv ‖ tag ‖ ciphertext). `purpose` is bound as AAD. */
export function encryptPersonalData(plaintext: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKeys().encryption, iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function decryptPersonalData(sealed: string, purpose: string): string {
  if (!sealed.startsWith('v1.')) throw new Error('unknown personal-data cipher version');
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', dataKeys().encryption, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** A keyed hash for exact-match look-ups (e.g. by ID number) without storing the value. */
export function blindIndex(normalizedValue: string, purpose: string): string {
  return createHmac('sha256', dataKeys().blindIndex)
    .update(`${purpose}:${normalizedValue}`)
    .digest('base64url');
}
