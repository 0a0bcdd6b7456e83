// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.

/** The longest search the API accepts, in UTF-16 code units as JSON Schema counts them. */
export const MAX_QUERY_LENGTH = 100;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;
