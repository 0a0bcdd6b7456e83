import { randomInt } from 'node:crypto';
import { PHONE_SAFE_ALPHABET as TRACKING_ALPHABET } from '../../../contract/constants/personal-data.ts';

const LENGTH = 12;

/**
 * A new tracking code such as "K7QM-3XPD-9HTW": 12 characters drawn by a CSPRNG from 30 that
 * cannot be confused when read aloud (no 0/O, 1/I/L, U), about 59 bits, so guessing one that
 * exists is hopeless against a rate-limited look-up.
 */
export function newTrackingCode(pick: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += TRACKING_ALPHABET[pick(TRACKING_ALPHABET.length)];
  return groups(code);
}

/** The canonical form of a code the contract's pattern accepted (any case, hyphens optional). */
export function normaliseTrackingCode(raw: string): string {
  return groups(raw.replaceAll('-', '').toUpperCase());
}

const groups = (code: string) => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
