import { randomInt } from 'node:crypto';

/**
 * Crockford's base-32 alphabet: digits and capitals without I, L, O and U, so a code read
 * aloud or copied from paper by an elderly resident cannot be mistyped into another one.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Tracking codes: 8 characters, 40 bits; unknown codes are attempt-limited per address. */
export const TRACKING_CODE_LENGTH = 8;

/** `length` characters drawn uniformly from `alphabet` by the crypto RNG. */
export function randomCode(alphabet: string, length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += alphabet[randomInt(alphabet.length)];
  return code;
}

export const newReadableCode = (length = TRACKING_CODE_LENGTH): string =>
  randomCode(ALPHABET, length);

/**
 * A readable code as a person types it — lower case, with spaces or dashes, O for 0, I or L
 * for 1 — in its canonical form; `null` when it is not a readable code of `length` characters
 * (older 16-character tracking codes are then looked up exactly as typed).
 */
export function normalizeReadableCode(input: string, length = TRACKING_CODE_LENGTH): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== length) return null;
  for (const ch of code) if (!ALPHABET.includes(ch)) return null;
  return code;
}
