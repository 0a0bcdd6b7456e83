// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.
// The staff workspace: accounts, the review queue and the texts staff write.

/** User names: lower case letters, digits, dots and hyphens, starting with a letter. */
export const USER_NAME_PATTERN = '^[a-z][a-z0-9.-]{2,31}$';
/** Display names as shown to colleagues ("王敏 (Wang Min)"). */
export const DISPLAY_NAME_MAX_LENGTH = 50;

/**
 * Passwords: long rather than complex (NIST SP 800-63B): at least 12 characters, any characters,
 * paste allowed; the longest accepted keeps hashing time bounded.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** The longest internal note, public reply, fix/explanation, follow-up note and moderation reason. */
export const NOTE_MAX_LENGTH = 2000;
export const REPLY_MAX_LENGTH = 4000;
export const REASON_MAX_LENGTH = 500;

/** The longest text search over what citizens wrote. */
export const QUEUE_QUERY_MAX_LENGTH = 100;
/** Queue pages: 20 items by default, at most 100. */
export const QUEUE_PAGE_SIZE = 20;
export const QUEUE_MAX_PAGE_SIZE = 100;
/** "Due soon": the answer is due within this many working days (today counts as 0). */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * 市政务服务管理局 (the City Government Services Administration): it runs the halls and receives
 * every citizen item that names no service. It is a staff department, but no service guide
 * belongs to it, so the catalogue lists no services for it (and refuses it as a filter).
 */
export const ROUTING_DESK = 'zwb';

/** Staff roles, least to most powerful. */
export type StaffRoleName = 'reviewer' | 'supervisor' | 'admin';
export const STAFF_ROLES: readonly StaffRoleName[] = ['reviewer', 'supervisor', 'admin'];

/** Sessions end after 30 minutes without a request, and 8 hours after sign-in in any case. */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 8;
/** Failed sign-ins allowed per account and per client address in one minute; the next is 429. */
export const SIGN_IN_FAILURES_PER_MINUTE = 5;

/** Angular's XSRF defaults: the cookie the server sets and the header the SPA echoes it in. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
