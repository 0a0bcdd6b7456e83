import type { FastifyInstance } from 'fastify';
import { storeOf } from '../src/app.ts';
import { hashSessionId, newSessionId } from '../src/staff/sessions.ts';

export interface SignedIn {
  /** The Cookie header: session, XSRF secret and XSRF token. */
  cookie: string;
  /** The XSRF token, as the SPA echoes it. */
  xsrf: string;
  /** Ready for app.inject: `cookie` and `x-xsrf-token`. */
  headers: Record<string, string>;
}

/** The name=value pairs an answer's Set-Cookie headers set. */
export function cookiesSet(setCookie: string | string[] | undefined): Map<string, string> {
  const lines = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie];
  return new Map(
    lines.map((line) => {
      const pair = line.split(';', 1)[0]!;
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/** An XSRF token and its secret cookie for a browser without a session, as GET /api/staff/session hands them out. */
export async function anonymousXsrf(app: FastifyInstance): Promise<SignedIn> {
  return headersFrom(app, new Map());
}

async function headersFrom(app: FastifyInstance, cookies: Map<string, string>): Promise<SignedIn> {
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await app.inject({
    method: 'GET',
    url: '/api/staff/session',
    headers: cookies.size > 0 ? { cookie: header() } : {},
  });
  for (const [name, value] of cookiesSet(response.headers['set-cookie'])) cookies.set(name, value);
  const xsrf = cookies.get('XSRF-TOKEN');
  if (!xsrf) throw new Error(`GET /api/staff/session set no XSRF-TOKEN (${response.statusCode})`);
  const cookie = header();
  return { cookie, xsrf, headers: { cookie, 'x-xsrf-token': xsrf } };
}

/**
 * Signs a seeded (or test-made) account in without its password: the session row is written
 * through the repository, so no scrypt runs, and the XSRF token comes from GET /api/staff/session
 * like the SPA's. Plain-http cookie names (app.inject is not TLS).
 */
export async function signInAs(app: FastifyInstance, userName: string): Promise<SignedIn> {
  const { staff } = storeOf(app);
  const account = staff.accountByUserName(userName);
  if (!account) throw new Error(`No staff account ${userName}`);
  const id = newSessionId();
  staff.openSession(account.id, hashSessionId(id), app.clock.now().toISOString());
  return headersFrom(app, new Map([['portal-staff', id]]));
}
