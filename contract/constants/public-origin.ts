// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.

/**
 * The origin Angular writes into absolute links of pages rendered on the server (canonical,
 * hreflang alternates, og:url), at build time or per request. The build cannot know where the
 * portal will be served from, so the mock backend puts its configured public origin in its place
 * when it sends the page (mock-backend/src/public-origin.ts). `.invalid` never resolves, so a page
 * served without that step points nowhere rather than at someone else's host.
 */
export const RENDERED_ORIGIN = 'https://public-origin.invalid';
