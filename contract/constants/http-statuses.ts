// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.

/**
 * Statuses meaning a request never reached a working backend: 0 is the browser's own for a
 * network failure, 502, 503 and 504 come from a proxy or gateway in front of a failing backend.
 */
export const UNREACHABLE_STATUSES: readonly number[] = [0, 502, 503, 504];
