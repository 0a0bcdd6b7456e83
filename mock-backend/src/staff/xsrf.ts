import type { FastifyReply, FastifyRequest } from 'fastify';
import { XSRF_COOKIE } from '../../../contract/constants/staff-limits.ts';
import type { StaffPrincipal } from './access.ts';
import { cookieOptions } from './sessions.ts';

/** Where the secret behind the XSRF tokens lives: HttpOnly, unlike the token Angular reads. */
export const XSRF_SECRET_COOKIE = 'portal-staff-xsrf';
/** What a token issued to a browser without a session is bound to. */
export const ANONYMOUS = 'anonymous';

/**
 * Sets the XSRF-TOKEN cookie Angular echoes in X-XSRF-TOKEN. The token is bound to the session it
 * is issued for (or to none), so one issued before sign-in, after sign-out or to another session
 * is refused: signing in and out hand out new ones.
 */
export function issueXsrfToken(
  request: FastifyRequest,
  reply: FastifyReply,
  staff: StaffPrincipal | undefined,
): void {
  const token = reply.generateCsrf({
    ...cookieOptions(request, true),
    userInfo: staff?.sessionId ?? ANONYMOUS,
  });
  // Readable by the SPA's script on purpose: that is how Angular's XSRF support works.
  void reply.setCookie(XSRF_COOKIE, token, cookieOptions(request, false));
}
