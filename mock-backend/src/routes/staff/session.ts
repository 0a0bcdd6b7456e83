import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { staffProblemTypes } from '../../../../contract/problem.ts';
import { PasswordChangeInput, SignInInput, StaffSession } from '../../../../contract/staff.ts';
import { clientProblem } from '../../problem-status.ts';
import { ProblemError, validationProblem } from '../../problems.ts';
import { problemResponses } from '../../schemas.ts';
import { ALL_STAFF, signedOutProblem } from '../../staff/access.ts';
import { departmentIndex, departmentOf } from '../../staff/departments.ts';
import { hallIndex, hallOf } from '../../staff/halls.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../staff/passwords.ts';
import {
  cookieOptions,
  expiries,
  hashSessionId,
  newSessionId,
  presentedSessionId,
  principalOf,
  resolveSession,
  sessionCookieName,
} from '../../staff/sessions.ts';
import { signInRetryAfter } from '../../staff/sign-in-limit.ts';
import type { AccountRecord, SessionRecord } from '../../store/staff-repository.ts';
import { issueXsrfToken } from '../../staff/xsrf.ts';
import type { StaffRouteOptions } from './index.ts';

const signInFailed = new ProblemError({
  type: staffProblemTypes.signInFailed,
  title: 'The user name or password is not right',
  status: 401,
  detail: 'Check both and try again. After 5 failed attempts in a minute, wait a minute.',
});

function tooManyFailures(seconds: number): ProblemError {
  return new ProblemError(
    clientProblem(429, `Too many failed sign-ins. Try again in ${seconds} seconds.`),
    { 'retry-after': String(seconds) },
  );
}

const sessionRoutes: FastifyPluginAsyncTypebox<StaffRouteOptions> = async (app, options) => {
  const { store } = options;
  const departments = departmentIndex(options.catalogue);
  const halls = hallIndex(options.catalogue);
  const limited = options.signInLimit ?? true;

  const view = (
    account: AccountRecord,
    session: Pick<SessionRecord, 'createdAt' | 'lastSeenAt'>,
  ): StaffSession => {
    const { idleExpiresAt, expiresAt } = expiries(session);
    return {
      userName: account.userName,
      displayName: account.displayName,
      role: account.role,
      department: departmentOf(departments, account.departmentId),
      hall: hallOf(halls, account.hallId),
      idleExpiresAt: idleExpiresAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
    };
  };

  /**
   * Checks a password against an account, refusing early while the account or client is over
   * the failure limit. Unknown and disabled accounts run the same scrypt against a dummy hash
   * (or their own), so all failures cost the same time.
   */
  const checkPassword = async (
    request: FastifyRequest,
    userName: string,
    password: string,
  ): Promise<AccountRecord | undefined> => {
    const now = app.clock.now();
    if (limited) {
      const wait = signInRetryAfter(store.staff, userName, request.ip, now);
      if (wait > 0) throw tooManyFailures(wait);
    }
    const account = store.staff.accountByUserName(userName);
    const matches = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (account && !account.disabled && matches) return account;
    store.staff.recordSignInFailure(userName, request.ip, app.clock.now().toISOString());
    return undefined;
  };

  const clearSessionCookie = (request: FastifyRequest, reply: FastifyReply) =>
    void reply.clearCookie(sessionCookieName(request), cookieOptions(request, true));

  app.post(
    '/session',
    {
      config: { staffAuth: 'public' },
      schema: {
        tags: ['staff'],
        summary: 'Sign in',
        description:
          'Checks the user name and password and starts a session: a fresh HttpOnly cookie (any session cookie the browser held is revoked) and a new XSRF-TOKEN bound to it. Unknown user, wrong password and disabled account answer the same 401 in the same time; 5 failures a minute per account or client answer 429 with Retry-After. Needs X-XSRF-TOKEN from GET /api/staff/session.',
        body: SignInInput,
        response: { 200: StaffSession, ...problemResponses(400, 401, 403, 429, 500) },
      },
    },
    async (request, reply) => {
      const userName = request.body.userName.trim().toLowerCase();
      const account = await checkPassword(request, userName, request.body.password);
      if (!account) throw signInFailed;
      const id = newSessionId();
      const idHash = hashSessionId(id);
      const at = app.clock.now().toISOString();
      const previous = presentedSessionId(request);
      store.staff.openSession(
        account.id,
        idHash,
        at,
        previous === undefined ? undefined : hashSessionId(previous),
      );
      void reply.setCookie(sessionCookieName(request), id, cookieOptions(request, true));
      issueXsrfToken(request, reply, principalOf(account, idHash));
      return view(account, { createdAt: at, lastSeenAt: at });
    },
  );

  app.get(
    '/session',
    {
      config: { staffAuth: 'public' },
      schema: {
        tags: ['staff'],
        summary: 'Who is signed in',
        description:
          'The session the cookie names, or 401 /problems/signed-out. Either way it sets the XSRF-TOKEN cookie that state-changing requests echo in X-XSRF-TOKEN.',
        response: { 200: StaffSession, ...problemResponses(401, 500) },
      },
    },
    async (request, reply) => {
      const found = resolveSession(store.staff, request, app.clock.now());
      issueXsrfToken(request, reply, found?.principal);
      if (!found) {
        if (presentedSessionId(request) !== undefined) clearSessionCookie(request, reply);
        throw signedOutProblem();
      }
      return view(found.session.account, found.session);
    },
  );

  app.delete(
    '/session',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'Sign out',
        description:
          'Revokes the session on the server, clears its cookie and issues an XSRF token for the signed-out browser.',
        response: { 204: { type: 'null' }, ...problemResponses(401, 403, 500) },
      },
    },
    async (request, reply) => {
      store.staff.revokeSession(request.staff.sessionId, app.clock.now().toISOString());
      clearSessionCookie(request, reply);
      issueXsrfToken(request, reply, undefined);
      return reply.code(204).send();
    },
  );

  app.post(
    '/password',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'Change my password',
        description:
          "Needs the current password (a wrong one is 400 at /body/currentPassword and counts towards the sign-in limit); a new password equal to it is 400 at /body/newPassword. Ends the account's other sessions; this one stays.",
        body: PasswordChangeInput,
        response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 429, 500) },
      },
    },
    async (request, reply) => {
      const { staff } = request;
      const account = await checkPassword(request, staff.userName, request.body.currentPassword);
      if (!account) {
        throw validationProblem([
          { path: '/body/currentPassword', message: 'is not your current password' },
        ]);
      }
      // Only once the current password is known right: otherwise "same as current" would be a guess.
      if (request.body.newPassword === request.body.currentPassword) {
        throw validationProblem([
          { path: '/body/newPassword', message: 'is your current password: choose another' },
        ]);
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      store.staff.setPassword(staff.userName, passwordHash, {
        by: { at: app.clock.now().toISOString(), actorId: staff.accountId },
        action: 'password-change',
        keepSession: staff.sessionId,
      });
      return reply.code(204).send();
    },
  );
};
export default sessionRoutes;
