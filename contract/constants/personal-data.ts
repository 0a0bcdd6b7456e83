// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.
// Shared by every form that asks a citizen for a name or a mobile number, and by every code a
// citizen reads over the phone (booking references, feedback tracking codes).

/** Mainland mobile numbers: 11 digits, 1 then 3–9. */
export const MOBILE_PATTERN = '^1[3-9][0-9]{9}$';

/** The longest name a booking or a named submission may carry. */
export const NAME_MAX_LENGTH = 50;

/**
 * Characters of codes read over the phone: digits and capitals without 0/O, 1/I/L and U, so no
 * two sound or look alike. Booking references take 8 of them, tracking codes 12.
 */
export const PHONE_SAFE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
