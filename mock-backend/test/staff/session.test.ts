import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { storeOf } from '../../src/app.ts';
import { hashSessionId } from '../../src/staff/sessions.ts';
import { anonymousXsrf, signInAs } from '../staff-session.ts';
import { testApp } from '../test-app.ts';
import {
  DEMO_PASSWORD,
  MINUTE,
  browserAfter,
  get,
  movableClock,
  setCookieLine,
  signIn,
} from './fixture.ts';

// Each real sign-in runs scrypt (about a second on a busy machine), hence the room.
const slow = { timeout: 120_000 };

describe('signing in and out', () => {
  test(
    'a sign-in sets an HttpOnly, SameSite=Strict session cookie and a readable XSRF cookie over plain http',
    slow,
    async (t) => {
      const { app } = await testApp(t);
      const response = await signIn(app, 'wang.min', DEMO_PASSWORD);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().userName, 'wang.min');
      assert.equal(response.json().department.id, 'gjj');
      const session = setCookieLine(response, 'portal-staff');
      assert.ok(session, 'portal-staff cookie set');
      assert.match(session, /^portal-staff=[A-Za-z0-9_-]{43};/);
      assert.match(session, /; Path=\//);
      assert.match(session, /; HttpOnly/);
      assert.match(session, /; SameSite=Strict/);
      assert.doesNotMatch(session, /Secure|Domain|Expires|Max-Age/i);
      const xsrf = setCookieLine(response, 'XSRF-TOKEN');
      assert.ok(xsrf);
      assert.doesNotMatch(xsrf, /HttpOnly/);
      assert.match(xsrf, /; Path=\/; SameSite=Strict/);
      assert.equal(response.headers['cache-control'], 'no-store');
    },
  );

  test(
    'over TLS (behind a trusted proxy) the cookie is __Host-portal-staff and Secure',
    slow,
    async (t) => {
      const { app } = await testApp(t, { trustProxy: true });
      const tls = { 'x-forwarded-proto': 'https' };
      const first = await app.inject({ url: '/api/staff/session', headers: tls });
      assert.equal(first.statusCode, 401);
      const anonymous = browserAfter({ cookie: '', xsrf: '', headers: {} }, first);
      assert.match(setCookieLine(first, 'XSRF-TOKEN') ?? '', /; Secure/);
      assert.match(
        setCookieLine(first, 'portal-staff-xsrf') ?? '',
        /; HttpOnly; Secure; SameSite=Strict/,
      );
      const response = await signIn(app, 'wang.min', DEMO_PASSWORD, {
        as: anonymous,
        headers: tls,
      });
      assert.equal(response.statusCode, 200, response.body);
      const session = setCookieLine(response, '__Host-portal-staff');
      assert.ok(session, '__Host-portal-staff cookie set');
      assert.match(session, /; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
      assert.equal(setCookieLine(response, 'portal-staff'), undefined);
      // The prefixed cookie is what the server reads over TLS, and only there.
      const browser = browserAfter(anonymous, response);
      assert.equal(
        (await app.inject({ url: '/api/staff/session', headers: { ...browser.headers, ...tls } }))
          .statusCode,
        200,
      );
      assert.equal((await get(app, '/api/staff/session', browser)).statusCode, 401);
    },
  );

  test(
    'signing in gives a fresh session id and revokes the one the browser held',
    slow,
    async (t) => {
      const { app } = await testApp(t);
      const before = await signInAs(app, 'wang.min');
      const response = await signIn(app, 'wang.min', DEMO_PASSWORD, { as: before });
      assert.equal(response.statusCode, 200, response.body);
      const after = browserAfter(before, response);
      assert.notEqual(after.cookie, before.cookie);
      assert.equal((await get(app, '/api/staff/session', before)).statusCode, 401);
      assert.equal((await get(app, '/api/staff/session', after)).statusCode, 200);
    },
  );

  test('the database holds only a hash of the session id', async (t) => {
    const { app } = await testApp(t);
    const who = await signInAs(app, 'wang.min');
    const id = /portal-staff=([^;]+)/.exec(who.cookie)![1]!;
    const { staff } = storeOf(app);
    assert.ok(staff.session(hashSessionId(id)));
    assert.equal(staff.session(id), undefined);
  });

  test('signing out revokes the session on the server and clears the cookie', async (t) => {
    const { app } = await testApp(t);
    const who = await signInAs(app, 'wang.min');
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: who.headers,
    });
    assert.equal(response.statusCode, 204);
    assert.match(
      setCookieLine(response, 'portal-staff') ?? '',
      /^portal-staff=;.*Expires=Thu, 01 Jan 1970/,
    );
    // The old cookie, replayed, no longer signs anyone in.
    const replay = await get(app, '/api/staff/session', who);
    assert.equal(replay.statusCode, 401);
    assert.equal(replay.json().type, '/problems/signed-out');
  });

  test('a session ends after 30 minutes without a request', async (t) => {
    const clock = movableClock();
    const { app } = await testApp(t, { clock });
    const who = await signInAs(app, 'wang.min');
    clock.advance(29 * MINUTE);
    assert.equal((await get(app, '/api/staff/departments', who)).statusCode, 200);
    // The request above kept it alive for another 30 minutes.
    clock.advance(29 * MINUTE);
    const alive = await get(app, '/api/staff/session', who);
    assert.equal(alive.statusCode, 200);
    assert.equal(
      alive.json().idleExpiresAt,
      new Date(clock.now().getTime() + 30 * MINUTE).toISOString(),
    );
    clock.advance(30 * MINUTE);
    const idle = await get(app, '/api/staff/departments', who);
    assert.equal(idle.statusCode, 401);
    assert.equal(idle.json().type, '/problems/signed-out');
  });

  test('a session ends 8 hours after sign-in however busy', async (t) => {
    const clock = movableClock();
    const { app } = await testApp(t, { clock });
    const who = await signInAs(app, 'wang.min');
    const signedInAt = clock.now().getTime();
    const session = await get(app, '/api/staff/session', who);
    assert.equal(session.json().expiresAt, new Date(signedInAt + 8 * 60 * MINUTE).toISOString());
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      clock.advance(20 * MINUTE);
      assert.equal(
        (await get(app, '/api/staff/departments', who)).statusCode,
        200,
        `${minutes} min`,
      );
    }
    clock.advance(20 * MINUTE);
    assert.equal((await get(app, '/api/staff/departments', who)).statusCode, 401);
  });

  test(
    "changing one's password ends the account's other sessions and keeps this one",
    slow,
    async (t) => {
      const { app } = await testApp(t);
      const here = await signInAs(app, 'wang.min');
      const elsewhere = await signInAs(app, 'wang.min');
      const colleague = await signInAs(app, 'li.qiang');
      const newPassword = 'a much longer passphrase 2026';
      const response = await app.inject({
        method: 'POST',
        url: '/api/staff/password',
        headers: here.headers,
        payload: { currentPassword: DEMO_PASSWORD, newPassword },
      });
      assert.equal(response.statusCode, 204, response.body);
      assert.equal((await get(app, '/api/staff/session', here)).statusCode, 200);
      assert.equal((await get(app, '/api/staff/session', elsewhere)).statusCode, 401);
      assert.equal((await get(app, '/api/staff/session', colleague)).statusCode, 200);
      assert.equal((await signIn(app, 'wang.min', DEMO_PASSWORD)).statusCode, 401);
      assert.equal((await signIn(app, 'wang.min', newPassword)).statusCode, 200);
    },
  );

  test('a wrong current password is a field error and changes nothing', slow, async (t) => {
    const { app } = await testApp(t);
    const here = await signInAs(app, 'wang.min');
    const response = await app.inject({
      method: 'POST',
      url: '/api/staff/password',
      headers: here.headers,
      payload: {
        currentPassword: 'not the password at all',
        newPassword: 'another passphrase 2026',
      },
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json().errors, [
      { path: '/body/currentPassword', message: 'is not your current password' },
    ]);
  });

  test(
    'a new password equal to the current one is a field error and changes nothing',
    slow,
    async (t) => {
      const { app } = await testApp(t);
      const here = await signInAs(app, 'wang.min');
      const elsewhere = await signInAs(app, 'wang.min');
      const response = await app.inject({
        method: 'POST',
        url: '/api/staff/password',
        headers: here.headers,
        payload: { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD },
      });
      assert.equal(response.statusCode, 400);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.deepEqual(response.json().errors, [
        { path: '/body/newPassword', message: 'is your current password: choose another' },
      ]);
      assert.equal((await get(app, '/api/staff/session', elsewhere)).statusCode, 200);
    },
  );
});

describe('XSRF', () => {
  test('a state-changing request without the header is refused with 403 /problems/csrf', async (t) => {
    const { app } = await testApp(t);
    const who = await signInAs(app, 'wang.min');
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: { cookie: who.cookie },
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().type, '/problems/csrf');
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    // Nothing happened: the session is still there.
    assert.equal((await get(app, '/api/staff/session', who)).statusCode, 200);
  });

  test('a wrong token is refused', async (t) => {
    const { app } = await testApp(t);
    const who = await signInAs(app, 'wang.min');
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: { ...who.headers, 'x-xsrf-token': `${who.xsrf.slice(0, -4)}AAAA` },
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().type, '/problems/csrf');
  });

  test('a token issued to another session is refused, even with its own secret cookie', async (t) => {
    const { app } = await testApp(t);
    const mine = await signInAs(app, 'wang.min');
    const theirs = await signInAs(app, 'li.qiang');
    const refused = await app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: { cookie: mine.cookie, 'x-xsrf-token': theirs.xsrf },
    });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().type, '/problems/csrf');
    const secret = (cookie: string) => /portal-staff-xsrf=[^;]+/.exec(cookie)![0];
    const session = (cookie: string) => /(?:^|; )portal-staff=[^;]+/.exec(cookie)![0];
    const mixed = await app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: {
        cookie: `${session(mine.cookie)}; ${secret(theirs.cookie)}`,
        'x-xsrf-token': theirs.xsrf,
      },
    });
    assert.equal(mixed.statusCode, 403);
  });

  test('a token from before sign-in is refused after it', async (t) => {
    const { app } = await testApp(t);
    const anonymous = await anonymousXsrf(app);
    const who = await signInAs(app, 'wang.min');
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: { cookie: who.cookie, 'x-xsrf-token': anonymous.xsrf },
    });
    assert.equal(response.statusCode, 403);
  });

  test('sign-in itself needs the token', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({
      method: 'POST',
      url: '/api/staff/session',
      payload: { userName: 'wang.min', password: DEMO_PASSWORD },
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().type, '/problems/csrf');
  });
});
