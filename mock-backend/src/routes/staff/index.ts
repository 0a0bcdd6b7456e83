import cookie from '@fastify/cookie';
import csrfProtection from '@fastify/csrf-protection';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { XSRF_HEADER } from '../../../../contract/constants/staff-limits.ts';
import type { Catalogue } from '../../catalogue/catalogue.ts';
import type { DeadlineConfig } from '../../feedback/deadlines.ts';
import {
  currentStaff,
  installAccessControl,
  setCurrentStaff,
  type StaffPrincipal,
} from '../../staff/access.ts';
import { resolveSession } from '../../staff/sessions.ts';
import { ANONYMOUS, XSRF_SECRET_COOKIE } from '../../staff/xsrf.ts';
import type { Store } from '../../store/store.ts';
import accountRoutes from './accounts.ts';
import dashboardRoutes from './dashboard.ts';
import hallDayRoutes from './hall-day.ts';
import hallOperationsRoutes from './hall-operations.ts';
import reviewRoutes from './review.ts';
import sessionRoutes from './session.ts';

export interface StaffRouteOptions {
  store: Store;
  catalogue: Catalogue;
  deadlines: DeadlineConfig;
  /** Key binding XSRF tokens to the session they were issued for (32 bytes or more). */
  xsrfKey: Buffer;
  /** Failed sign-ins per account and client per minute; false turns the limit off (load tests). */
  signInLimit?: boolean | undefined;
  /** How long the dashboard's figures are reused, in ms; default a minute. */
  dashboardMaxAgeMs?: number | undefined;
  /** Where citizens reach the portal, for links in text messages (the hall's day's rating link, a closure's "book again"). */
  publicOrigin: string;
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Everything under /api/staff. Hooks, in order: the session look-up (request.staff), the
 * deny-by-default role check (401 /problems/signed-out, 403 /problems/forbidden), then the XSRF
 * check on state-changing methods (403 /problems/csrf). All run before the body is read, so a
 * caller who may not call a route cannot make the server parse or validate anything for it.
 */
const staffRoutes: FastifyPluginAsyncTypebox<StaffRouteOptions> = async (scope, options) => {
  await scope.register(cookie);
  await scope.register(csrfProtection, {
    cookieKey: XSRF_SECRET_COOKIE,
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
    getToken: (request) => {
      const value = request.headers[XSRF_HEADER.toLowerCase()];
      return typeof value === 'string' ? value : undefined;
    },
    getUserInfo: (request) => currentStaff(request)?.sessionId ?? ANONYMOUS,
    csrfOpts: { hmacKey: options.xsrfKey, userInfo: true },
  });
  scope.decorateRequest('staff', null as unknown as StaffPrincipal);

  scope.addHook('onRequest', async (request, reply) => {
    // Already set for the whole API; said again here because these answers always name a person.
    reply.header('cache-control', 'no-store');
    const found = resolveSession(options.store.staff, request, scope.clock.now());
    if (found) setCurrentStaff(request, found.principal);
  });
  installAccessControl(scope);
  scope.addHook('onRequest', (request, reply, done) => {
    if (!stateChanging.has(request.method)) {
      done();
      return;
    }
    // On failure the plugin replies with its error, which the error handler turns into 403
    // /problems/csrf, and `done` is never called.
    scope.csrfProtection(request, reply, done);
  });

  // Named one by one: `options` also holds the scope's own prefix, which must not be applied twice.
  const { store, catalogue, deadlines, xsrfKey, signInLimit, publicOrigin } = options;
  const shared: StaffRouteOptions = {
    store,
    catalogue,
    deadlines,
    xsrfKey,
    signInLimit,
    publicOrigin,
  };
  await scope.register(sessionRoutes, shared);
  await scope.register(accountRoutes, shared);
  await scope.register(reviewRoutes, { store, catalogue, deadlines });
  await scope.register(dashboardRoutes, { store, catalogue, maxAgeMs: options.dashboardMaxAgeMs });
  await scope.register(hallDayRoutes, { store, catalogue, publicOrigin });
  await scope.register(hallOperationsRoutes, { store, catalogue, publicOrigin });
};

export default staffRoutes;
