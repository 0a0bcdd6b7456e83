import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Clock } from '../../src/clock.ts';
import { DEMO_PASSWORD } from '../../src/seed/staff.ts';
import { anonymousXsrf, cookiesSet, type SignedIn } from '../staff-session.ts';

export { DEMO_PASSWORD };

/** A clock tests move by hand: sessions' idle and absolute limits are measured with it. */
export function movableClock(start = '2026-09-15T09:00:00+08:00'): Clock & {
  advance(ms: number): void;
} {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
  };
}

export const MINUTE = 60_000;

/** POST /api/staff/session as the SPA sends it: with a fresh anonymous XSRF token unless `as` is given. */
export async function signIn(
  app: FastifyInstance,
  userName: string,
  password: string,
  options: { as?: SignedIn; remoteAddress?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const browser = options.as ?? (await anonymousXsrf(app));
  return app.inject({
    method: 'POST',
    url: '/api/staff/session',
    headers: { ...browser.headers, ...options.headers },
    payload: { userName, password },
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
}

/** The Set-Cookie line that sets `name`, attributes and all. */
export function setCookieLine(response: LightMyRequestResponse, name: string): string | undefined {
  const header = response.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.find((line) => line.startsWith(`${name}=`));
}

/** The browser's cookies after an answer: what it held, updated by what the answer set. */
export function browserAfter(before: SignedIn, response: LightMyRequestResponse): SignedIn {
  const cookies = cookiesSet(before.cookie.split('; '));
  for (const [name, value] of cookiesSet(response.headers['set-cookie'])) {
    if (value === '') cookies.delete(name);
    else cookies.set(name, value);
  }
  const xsrf = cookies.get('XSRF-TOKEN') ?? before.xsrf;
  const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return { cookie, xsrf, headers: { cookie, 'x-xsrf-token': xsrf } };
}

export const get = (app: FastifyInstance, url: string, who?: SignedIn) =>
  app.inject({ method: 'GET', url, ...(who ? { headers: who.headers } : {}) });
