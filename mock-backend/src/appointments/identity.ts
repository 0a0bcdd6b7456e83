import { createHmac } from 'node:crypto';
import type { IdType } from '../../../contract/appointments.ts';

/** GB 11643-1999 weights of the first 17 characters, and the check character for sum mod 11. */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

/** The check character (0–9 or X) of a resident ID's first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/** Upper case without spaces, the form compared, hashed and masked. */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

const isRealDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

const formats: Record<Exclude<IdType, 'resident-id'>, RegExp> = {
  // ICAO 9303 document numbers are up to 9 letters and digits; Chinese ones are E/G + 8.
  passport: /^[A-Z0-9]{5,9}$/,
  // 港澳居民来往内地通行证: H (Hong Kong) or M (Macao), 8 digits, and 2 more on older cards.
  'hk-macao-permit': /^[HM][0-9]{8}([0-9]{2})?$/,
  // 台湾居民来往大陆通行证: 8 digits since 2015, 10 on older cards.
  'taiwan-permit': /^[0-9]{8}([0-9]{2})?$/,
};

/**
 * Why an identity number is not valid for its document type, or null when it is (given in
 * normalised form). A resident ID must be 18 characters, carry a real birth date and the GB
 * 11643 check character; the other documents are checked by format only, as their numbers carry
 * no check digit the portal could verify.
 */
export function identityNumberProblem(idType: IdType, idNumber: string): string | null {
  if (idType !== 'resident-id') {
    return formats[idType].test(idNumber) ? null : 'is not in the format of this document';
  }
  if (!/^[0-9]{17}[0-9X]$/.test(idNumber)) return 'must be 17 digits and a digit or X';
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (year < 1800 || !isRealDate(year, month, day)) return 'does not hold a valid date of birth';
  if (residentIdCheckCharacter(idNumber.slice(0, 17)) !== idNumber[17]) {
    return 'has a wrong check digit; check the number on the card';
  }
  return null;
}

/**
 * The key that tells whether two bookings are by the same person, without keeping the number:
 * an HMAC, so a copy of the database alone cannot be searched by trying every ID number.
 */
export function personKey(secret: string, idType: IdType, idNumber: string): string {
  return createHmac('sha256', secret).update(`${idType}:${idNumber}`).digest('base64url');
}

/** Keeps the first 3 and last 4 characters (110***********1234), and at most half of a short number. */
export function maskIdNumber(idNumber: string): string {
  const kept = Math.min(7, Math.floor(idNumber.length / 2));
  const head = Math.min(3, Math.floor(kept / 2));
  const tail = kept - head;
  return (
    idNumber.slice(0, head) +
    '*'.repeat(idNumber.length - head - tail) +
    idNumber.slice(idNumber.length - tail)
  );
}
