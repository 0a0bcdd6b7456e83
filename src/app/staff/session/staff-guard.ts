import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';
import type { StaffSession } from '@contract/staff';
import { SIGN_IN_PATH, STAFF_HOME } from './next-path';
import { StaffSessionStore } from './staff-session';

/**
 * Staff pages need someone signed in. For comfort only: the server refuses every staff request
 * without a session whatever the SPA shows. The server is asked once; later navigations trust
 * the remembered answer, and a session that ended meanwhile is caught by signedOutInterceptor on
 * the page's first request.
 */
export const staffGuard: CanActivateFn = async (_route, state) => {
  const store = inject(StaffSessionStore);
  const router = inject(Router);
  // Unreachable or failing: the sign-in page explains what is wrong when the user tries.
  const session = store.session() ?? (await store.load().catch(() => null));
  if (session) return true;
  return new RedirectCommand(
    router.createUrlTree([SIGN_IN_PATH], { queryParams: { next: state.url } }),
    { replaceUrl: true },
  );
};

/**
 * A page for some roles only (the server's rule, repeated for comfort): anyone else is sent to
 * the queue, rather than shown a 403 that no retry can mend.
 */
export const sessionGuard =
  (allows: (session: StaffSession | null) => boolean): CanActivateFn =>
  async () => {
    const store = inject(StaffSessionStore);
    // Injected before the await: the injection context ends there.
    const router = inject(Router);
    const session = store.session() ?? (await store.load().catch(() => null));
    if (allows(session)) return true;
    return new RedirectCommand(router.parseUrl(STAFF_HOME), { replaceUrl: true });
  };

/** Account administration is for admins. */
export const adminGuard: CanActivateFn = sessionGuard((session) => session?.role === 'admin');
