// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.

/** Mainland mobile numbers: 11 digits, 1 then 3–9. */
export const MOBILE_PATTERN = '^1[3-9][0-9]{9}$';

/**
 * Reference codes are read over the phone: 8 characters from an alphabet without 0/O, 1/I/L
 * and U, shown as two groups of four ("K7QM-3XPD").
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The longest name a booking may carry. */
export const NAME_MAX_LENGTH = 50;
