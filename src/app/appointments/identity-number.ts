import type { IdType } from '@contract/appointments';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** Characters 7–14 of a resident number: a real date of birth (as the server checks). */
function birthDateValid(value: string): boolean {
  const [year, month, day] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(
    Number,
  );
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1800 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * GB 11643: a real date of birth, and an 18th character that checks the first 17. The server
 * applies the same rules (mock-backend/src/appointments/identity.ts); this is for comfort.
 */
export function residentIdValid(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value) || !birthDateValid(value)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return CHECK_CHARACTERS[sum % 11] === value[17];
}

// Documents other than the resident card are checked by format only, as the server does.
const FORMATS: Readonly<Record<Exclude<IdType, 'resident-id'>, RegExp>> = {
  passport: /^[A-Z0-9]{5,9}$/,
  'hk-macao-permit': /^[HM]\d{8}(\d{2})?$/,
  'taiwan-permit': /^\d{8}(\d{2})?$/,
};

/** Upper case without spaces, the way the number is sent and checked. */
export function normalizedIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function idNumberValid(type: IdType, value: string): boolean {
  const normalized = normalizedIdNumber(value);
  return type === 'resident-id' ? residentIdValid(normalized) : FORMATS[type].test(normalized);
}

/** 138****5678: what pages show of a mobile number once it has been entered. */
export function maskedMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile;
}

/** 110***********1234: the first 3 and last 4 characters, as the server masks them. */
export function maskedIdNumber(value: string): string {
  return value.length > 7
    ? value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4)
    : value;
}
