import { hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repositoryRoot } from '../config.js';

/**
 * The keys that protect personal data at rest. One 32-byte master key comes from
 * configuration — `GONGHUI_DATA_KEY` (base64), or for the embedded demo a key file
 * generated on first start (`GONGHUI_DATA_KEY_FILE`, default data/data-key, mode 0600) —
 * and two independent keys are derived from it with HKDF: one to encrypt, one to compute
 * blind indexes. Losing the master key loses the encrypted columns: back it up.
 */
export interface DataKeys {
  encryption: Buffer;
  blindIndex: Buffer;
}

function readMasterKey(env: NodeJS.ProcessEnv): Buffer {
  const fromEnv = env.GONGHUI_DATA_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new Error('GONGHUI_DATA_KEY must be 32 bytes, base64-encoded');
    return key;
  }
  const file = env.GONGHUI_DATA_KEY_FILE ?? join(repositoryRoot, 'data', 'data-key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} must hold a 32-byte base64 key`);
  return key;
}

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `gonghui:${purpose}`, 32));
}

export function loadDataKeys(env: NodeJS.ProcessEnv = process.env): DataKeys {
  const master = readMasterKey(env);
  return { encryption: derive(master, 'encrypt:v1'), blindIndex: derive(master, 'blind-index:v1') };
}
