import { maskIdNumber } from './appointments/identity.ts';

/**
 * Masking of personal data (PIPL) for every answer that shows it back, whichever area sent it:
 * "13812345678" -> "138****5678", enough for the citizen to recognise, too little to call.
 */
export function maskMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}

// An 18-character resident ID (or the old 15-digit one), and a mainland mobile number, possibly
// written 138 1234 5678 or 138-1234-5678; never part of a longer run of digits or letters.
const idNumbers = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const mobiles = /(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g;

/**
 * Masks the ID and mobile numbers a citizen typed into free text, for text that leaves the
 * portal (a CSV export): "打 13812345678" -> "打 138****5678", IDs as 110***********1234.
 */
export function maskNumbersInText(text: string): string {
  return text
    .replace(idNumbers, maskIdNumber)
    .replace(mobiles, (mobile) => maskMobile(mobile.replace(/[ -]/g, '')));
}
