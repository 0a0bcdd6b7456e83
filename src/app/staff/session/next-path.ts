/** Where a signed-in member of staff lands when nothing better is known. */
export const STAFF_HOME = '/staff/queue';
export const SIGN_IN_PATH = '/staff/sign-in';

// Any origin will do: it only lets URL resolve a path the way a browser would, so that what is
// checked is what the router would navigate to.
const PROBE_ORIGIN = 'https://portal.invalid';

/**
 * The `next` return path after sign-in, or the queue when `next` is not a page of the staff
 * workspace on this site. Only same-origin `/staff/...` paths pass: a scheme, a protocol-relative
 * `//host`, back slashes (which browsers read as slashes), control characters and dot segments
 * that climb out of `/staff` all fall back to the queue, so the sign-in page can never be used
 * to send someone elsewhere (an open redirect). The sign-in page itself is refused too, so a
 * loop cannot form.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return STAFF_HOME;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return STAFF_HOME;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return STAFF_HOME;
  }
  if (url.origin !== PROBE_ORIGIN) return STAFF_HOME;
  const inStaff = url.pathname === '/staff' || url.pathname.startsWith('/staff/');
  if (!inStaff || url.pathname === SIGN_IN_PATH) return STAFF_HOME;
  return url.pathname + url.search + url.hash;
}
