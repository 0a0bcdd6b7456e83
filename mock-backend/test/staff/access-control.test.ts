import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fastify, { type HTTPMethods, type RouteOptions } from 'fastify';
import type { StaffRole } from '../../../contract/staff.ts';
import { registerErrorHandler } from '../../src/error-handler.ts';
import { ALL_STAFF, installAccessControl } from '../../src/staff/access.ts';
import { anonymousXsrf, signInAs, type SignedIn } from '../staff-session.ts';
import { testApp } from '../test-app.ts';

/** A seeded account of each role. */
const accountOf: Record<StaffRole, string> = {
  reviewer: 'wang.min',
  supervisor: 'zhao.lei',
  admin: 'admin',
};

/** Syntactically valid values for route parameters; any other parameter gets a generic one. */
const paramValues: Record<string, string> = {
  id: 'c1',
  userName: 'wang.min',
  // The hall's day (its own access matrix is in hall-day.test.ts: every role may call it, the
  // hall decides): a seeded hall, a date and a reference.
  hallId: 'smzx',
  date: '2026-09-15',
  reference: 'ZZZZ-ZZZZ',
};
const fill = (url: string): string =>
  url.replace(/:([A-Za-z]+)/g, (_, name: string) => paramValues[name] ?? 'a1');

/** The only routes callable without a session. */
const publicRoutes = [
  'GET /api/staff/session',
  'HEAD /api/staff/session',
  'POST /api/staff/session',
];

interface StaffEndpoint {
  method: HTTPMethods;
  url: string;
  public: boolean;
  roles: readonly StaffRole[];
}

function staffEndpoints(routes: readonly RouteOptions[]): StaffEndpoint[] {
  return routes
    .filter((route) => route.url.startsWith('/api/staff/'))
    .flatMap((route) =>
      (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({
        method,
        url: route.url,
        public: route.config?.staffAuth === 'public',
        roles: route.config?.staffRoles ?? [],
      })),
    );
}

describe('access to /api/staff', () => {
  test(
    'every staff route and method refuses anonymous callers (401) and wrong roles (403), before reading the body',
    { timeout: 300_000 },
    async (t) => {
      const routes: RouteOptions[] = [];
      const { app } = await testApp(t, { rateLimitMax: 0, onRoute: (route) => routes.push(route) });
      await app.ready();
      const endpoints = staffEndpoints(routes);
      assert.deepEqual(
        endpoints
          .filter((endpoint) => endpoint.public)
          .map((endpoint) => `${endpoint.method} ${endpoint.url}`)
          .sort(),
        publicRoutes,
      );
      const anonymous = await anonymousXsrf(app);
      const signedIn = new Map<StaffRole, SignedIn>();
      for (const role of ALL_STAFF) signedIn.set(role, await signInAs(app, accountOf[role]));

      let anonymousChecked = 0;
      let wrongRoleChecked = 0;
      for (const endpoint of endpoints.filter((each) => !each.public)) {
        const url = fill(endpoint.url);
        const call = (headers: Record<string, string>) =>
          app.inject({
            method: endpoint.method,
            url,
            headers,
            // A body the route would refuse: the refusal must come before validation.
            ...(['GET', 'HEAD', 'DELETE'].includes(endpoint.method) ? {} : { payload: {} }),
          });
        for (const headers of [{}, anonymous.headers]) {
          const response = await call(headers);
          assert.equal(
            response.statusCode,
            401,
            `anonymous ${endpoint.method} ${url}: ${response.body}`,
          );
          if (endpoint.method !== 'HEAD') {
            assert.equal(response.json().type, '/problems/signed-out');
          }
          anonymousChecked++;
        }
        for (const role of ALL_STAFF.filter((each) => !endpoint.roles.includes(each))) {
          const response = await call(signedIn.get(role)!.headers);
          assert.equal(
            response.statusCode,
            403,
            `${role} ${endpoint.method} ${url}: ${response.body}`,
          );
          if (endpoint.method !== 'HEAD') {
            assert.equal(response.json().type, '/problems/forbidden');
          }
          wrongRoleChecked++;
        }
      }
      t.diagnostic(
        `${endpoints.length} staff endpoints: ${anonymousChecked} anonymous and ${wrongRoleChecked} wrong-role calls refused`,
      );
      assert.ok(wrongRoleChecked > 0);
    },
  );

  test('a staff route that does not say who may call it stops the server from starting', async () => {
    for (const config of [
      undefined,
      {},
      { staffRoles: [] },
      { staffRoles: ['owner'] },
      { staffAuth: 'open' },
    ]) {
      const app = Fastify();
      await assert.rejects(
        async () => {
          await app.register(async (scope) => {
            installAccessControl(scope);
            scope.get('/api/staff/forgotten', { config: config as never }, async () => ({}));
          });
          await app.ready();
        },
        /must declare config\.staffRoles/,
        JSON.stringify(config),
      );
      await app.close();
    }
  });

  test('a route that declares its roles registers and serves them', async () => {
    const app = Fastify();
    registerErrorHandler(app);
    await app.register(async (scope) => {
      installAccessControl(scope);
      scope.get('/api/staff/declared', { config: { staffRoles: ['admin'] } }, async () => ({}));
    });
    await app.ready();
    // No session: refused, although the route exists.
    assert.equal((await app.inject({ url: '/api/staff/declared' })).statusCode, 401);
    await app.close();
  });
});
