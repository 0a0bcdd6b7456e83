import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { testApp } from '../test-app.ts';
import { DEMO_PASSWORD, browserAfter, signIn } from './fixture.ts';
import { anonymousXsrf } from '../staff-session.ts';

test(
  'a sign-in, a password change and a sign-out log neither passwords, cookies nor tokens',
  { timeout: 300_000 },
  async (t) => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const { app } = await testApp(t, { logLevel: 'trace', logStream: stream });
    const anonymous = await anonymousXsrf(app);
    const signedIn = await signIn(app, 'wang.min', DEMO_PASSWORD, {
      as: anonymous,
      headers: { authorization: 'Bearer not-logged-either' },
    });
    assert.equal(signedIn.statusCode, 200);
    const browser = browserAfter(anonymous, signedIn);
    const newPassword = 'the new passphrase nobody logs';
    const changed = await app.inject({
      method: 'POST',
      url: '/api/staff/password',
      headers: browser.headers,
      payload: { currentPassword: DEMO_PASSWORD, newPassword },
    });
    assert.equal(changed.statusCode, 204);
    // A refused one is logged by the XSRF plugin: still without the token.
    await app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: { cookie: browser.cookie, 'x-xsrf-token': 'forged-token-value' },
    });
    await app.inject({ method: 'DELETE', url: '/api/staff/session', headers: browser.headers });

    assert.ok(
      lines.some((line) => line.includes('/api/staff/session')),
      'requests are logged',
    );
    const all = lines.join('\n');
    const secrets = [
      DEMO_PASSWORD,
      newPassword,
      'not-logged-either',
      'forged-token-value',
      browser.xsrf,
      ...browser.cookie.split('; ').map((pair) => pair.slice(pair.indexOf('=') + 1)),
    ];
    for (const secret of secrets) assert.ok(!all.includes(secret), `log contains ${secret}`);
    assert.doesNotMatch(all, /\$scrypt\$/);
  },
);
