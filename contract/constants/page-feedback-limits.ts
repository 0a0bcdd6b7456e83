// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.

/** The longest page path a survey answer may name. */
export const PAGE_PATH_MAX_LENGTH = 300;
/** The longest comment a survey answer may carry. */
export const COMMENT_MAX_LENGTH = 1000;
