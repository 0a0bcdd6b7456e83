import { STAFF_HOME, safeNext } from './next-path';

describe('safeNext', () => {
  it('keeps a staff page of this site, with its query and fragment', () => {
    expect(safeNext('/staff/items/c12')).toBe('/staff/items/c12');
    expect(safeNext('/staff/queue?due=overdue&page=2#results')).toBe(
      '/staff/queue?due=overdue&page=2#results',
    );
    expect(safeNext('/staff')).toBe('/staff');
  });

  it('falls back to the queue when there is no return path', () => {
    expect(safeNext(undefined)).toBe(STAFF_HOME);
    expect(safeNext(null)).toBe(STAFF_HOME);
    expect(safeNext('')).toBe(STAFF_HOME);
  });

  const openRedirects: [string, string][] = [
    ['an absolute URL', 'https://evil.example/staff/queue'],
    ['a protocol-relative URL', '//evil.example/staff/queue'],
    ['a back-slashed host, which browsers read as //', '/\\evil.example/staff'],
    ['back slashes only', '\\\\evil.example\\staff'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a tab inside the scheme-relative slashes', '/\t/evil.example/staff'],
    ['a newline', '/staff/queue\n//evil.example'],
    ['a relative path without a slash', 'staff/queue'],
    ['a path that climbs out of /staff', '/staff/../feedback/track'],
    ['an encoded climb', '/staff/%2e%2e/about'],
    ['a citizen page', '/feedback/track'],
    ['a look-alike prefix', '/staffing/queue'],
    ['the sign-in page itself', '/staff/sign-in?next=/staff/queue'],
  ];
  for (const [what, next] of openRedirects) {
    it(`refuses ${what}`, () => {
      expect(safeNext(next)).toBe(STAFF_HOME);
    });
  }
});
