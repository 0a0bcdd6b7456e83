import { randomInt } from 'node:crypto';
import { PHONE_SAFE_ALPHABET as REFERENCE_ALPHABET } from '../../../contract/constants/personal-data.ts';

export const REFERENCE_LENGTH = 8;

/**
 * A new reference such as "K7QM-3XPD": 8 characters drawn by a CSPRNG from 30 that cannot be
 * confused when read aloud or written down (no 0/O, 1/I/L, U), about 39 bits, so guessing one
 * that exists takes billions of tries against a rate-limited look-up that also asks for the mobile.
 */
export function newReference(pick: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++)
    code += REFERENCE_ALPHABET[pick(REFERENCE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The canonical form of a reference the contract's pattern accepted (any case, hyphen optional). */
export function normaliseReference(raw: string): string {
  const code = raw.replace('-', '').toUpperCase();
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
