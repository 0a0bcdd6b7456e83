// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.

/** The longest search the API accepts, in UTF-16 code units as JSON Schema counts them. */
export const MAX_QUERY_LENGTH = 100;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * A service's public code (事项编码), e.g. "GA-CRJ-001": a department's letters, an optional
 * section's, and three to six digits (a province's implementation list runs past 99,999). Every
 * schema, route and URL parser that takes a code uses this one pattern.
 */
export const SERVICE_CODE_PATTERN = '^[A-Z]{2,4}(-[A-Z]{2,4})?-[0-9]{3,6}$';
