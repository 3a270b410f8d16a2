import { randomInt } from 'node:crypto';

/**
 * Certificate verification codes (证书验证码): 12 characters from a 31-character alphabet without
 * look-alikes (no 0/O, 1/I/L), i.e. about 59 random bits, printed as XXXX-XXXX-XXXX. They cannot be
 * guessed: the public `verifyCertificate` answers UNKNOWN for anything that was not issued.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A new random code, e.g. 'K7Q2-MX4D-9TRB'. */
export function newCertificateCode(): string {
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group += 1) {
    let text = '';
    for (let index = 0; index < GROUP_LENGTH; index += 1) {
      text += ALPHABET[randomInt(ALPHABET.length)];
    }
    groups.push(text);
  }
  return groups.join('-');
}

/**
 * The stored form of a code as typed by a visitor (any case, spaces or hyphens anywhere), or
 * null when it cannot be one of ours.
 */
export function normalizeCertificateCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== GROUPS * GROUP_LENGTH) return null;
  for (const character of compact) {
    if (!ALPHABET.includes(character)) return null;
  }
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group += 1) {
    groups.push(compact.slice(group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH));
  }
  return groups.join('-');
}
