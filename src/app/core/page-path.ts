/**
 * The page part of a router URL: no query, no fragment, always starting with "/".
 * The router URL never carries the locale prefix (that is the build's base href).
 */
export function pagePath(url: string | null | undefined): string {
  const path = (url ?? '').split(/[?#]/, 1)[0];
  return path.startsWith('/') ? path : `/${path}`;
}
