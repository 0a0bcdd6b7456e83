import { MOBILE_PATTERN } from '@contract/constants/personal-data';

const MOBILE = new RegExp(MOBILE_PATTERN);

// A mainland number written as an international one: +86, 0086 or 86, then the 11 digits.
const COUNTRY_CODE = /^(?:\+86|0086|86)(1\d{10})$/;

/**
 * A mobile number as people write it ("138 1234 5678", "+86 138-1234-5678", "0086…"), made into
 * the 11 digits the API takes: spaces and hyphens go, and so does a leading country code. What
 * is left is checked against the API's pattern as before, so anything else is still refused.
 */
export function normalizedMobile(typed: string): string {
  const compact = typed.replace(/[\s-]/g, '');
  return COUNTRY_CODE.exec(compact)?.[1] ?? compact;
}

/** Whether a number, as `normalizedMobile` gives it, is one the API takes (the contract's pattern). */
export function isMobileNumber(mobile: string): boolean {
  return MOBILE.test(mobile);
}
