import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { storeOf } from '../../src/app.ts';
import { currentParameters, parseHash } from '../../src/staff/passwords.ts';
import { signInAs, type SignedIn } from '../staff-session.ts';
import { testApp } from '../test-app.ts';
import { NEW_ACCOUNT, get } from './fixture.ts';

const slow = { timeout: 120_000 };

function patch(
  app: FastifyInstance,
  who: SignedIn,
  userName: string,
  payload: Record<string, unknown>,
  ifMatch?: string,
) {
  return app.inject({
    method: 'PATCH',
    url: `/api/staff/accounts/${userName}`,
    headers: { ...who.headers, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
    payload,
  });
}

function auditRows(dbPath: string, target: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare<
        [string],
        { action: string; before: string | null; after: string | null; actor: string }
      >(
        `SELECT action, before, after, (SELECT user_name FROM staff_accounts WHERE id = actor_id) AS actor
         FROM staff_audit WHERE target = ? ORDER BY id`,
      )
      .all(target);
  } finally {
    db.close();
  }
}

describe('staff accounts (admin)', () => {
  test(
    'an admin creates an account: 201 with its ETag, a scrypt hash, and an audit row without the password',
    slow,
    async (t) => {
      const { app, dbPath } = await testApp(t);
      const admin = await signInAs(app, 'admin');
      const response = await app.inject({
        method: 'POST',
        url: '/api/staff/accounts',
        headers: admin.headers,
        payload: NEW_ACCOUNT,
      });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.headers.etag, '"1"');
      assert.equal(response.json().department.id, 'gaj');
      const stored = storeOf(app).staff.accountByUserName('qian.li')!;
      assert.deepEqual(parseHash(stored.passwordHash)?.parameters, currentParameters);
      const [row] = auditRows(dbPath, 'qian.li');
      assert.equal(row?.action, 'account-create');
      assert.equal(row?.actor, 'admin');
      assert.doesNotMatch(JSON.stringify(row), /passphrase|scrypt/);
      const taken = await app.inject({
        method: 'POST',
        url: '/api/staff/accounts',
        headers: admin.headers,
        payload: NEW_ACCOUNT,
      });
      assert.equal(taken.statusCode, 409);
      assert.equal(taken.json().type, '/problems/user-name-taken');
    },
  );

  test('reviewers and supervisors need a known department, admins none', async (t) => {
    const { app } = await testApp(t);
    const admin = await signInAs(app, 'admin');
    for (const payload of [
      { ...NEW_ACCOUNT, department: null },
      { ...NEW_ACCOUNT, department: 'no-such-department' },
      { ...NEW_ACCOUNT, role: 'admin' },
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/staff/accounts',
        headers: admin.headers,
        payload,
      });
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
      assert.equal(response.json().errors[0].path, '/body/department');
    }
  });

  test('changes need If-Match: missing is 428, stale is 412, current applies and moves the ETag', async (t) => {
    const { app, dbPath } = await testApp(t);
    const admin = await signInAs(app, 'admin');
    const missing = await patch(app, admin, 'wang.min', { role: 'supervisor' });
    assert.equal(missing.statusCode, 428);
    assert.equal(missing.json().type, '/problems/precondition-required');
    const changed = await patch(app, admin, 'wang.min', { role: 'supervisor' }, '"1"');
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.headers.etag, '"2"');
    assert.equal(changed.json().role, 'supervisor');
    const stale = await patch(app, admin, 'wang.min', { displayName: 'Someone else' }, '"1"');
    assert.equal(stale.statusCode, 412);
    assert.equal(stale.json().type, '/problems/stale-item');
    assert.equal((await patch(app, admin, 'wang.min', { role: 'reviewer' }, '*')).statusCode, 412);
    assert.equal((await patch(app, admin, 'no.one', { role: 'reviewer' }, '"1"')).statusCode, 404);
    const rows = auditRows(dbPath, 'wang.min').filter((row) => row.action === 'account-update');
    assert.deepEqual(
      rows.map((row) => [JSON.parse(row.before!), JSON.parse(row.after!)]),
      [[{ role: 'reviewer' }, { role: 'supervisor' }]],
    );
  });

  test('disabling an account ends its sessions', async (t) => {
    const { app } = await testApp(t);
    const admin = await signInAs(app, 'admin');
    const reviewer = await signInAs(app, 'chen.jing');
    assert.equal((await get(app, '/api/staff/session', reviewer)).statusCode, 200);
    const response = await patch(app, admin, 'chen.jing', { disabled: true }, '"1"');
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().disabled, true);
    assert.equal((await get(app, '/api/staff/session', reviewer)).statusCode, 401);
    // Enabling again does not bring the old session back.
    assert.equal(
      (await patch(app, admin, 'chen.jing', { disabled: false }, '"2"')).statusCode,
      200,
    );
    assert.equal((await get(app, '/api/staff/session', reviewer)).statusCode, 401);
  });

  test('an admin cannot disable or demote themself', async (t) => {
    const { app } = await testApp(t);
    const admin = await signInAs(app, 'admin');
    assert.equal((await patch(app, admin, 'admin', { disabled: true }, '"1"')).statusCode, 409);
    assert.equal(
      (await patch(app, admin, 'admin', { role: 'reviewer', department: 'gjj' }, '"1"')).statusCode,
      409,
    );
  });

  test("resetting a password needs If-Match and ends the account's sessions", slow, async (t) => {
    const { app, dbPath } = await testApp(t);
    const admin = await signInAs(app, 'admin');
    const reviewer = await signInAs(app, 'zhou.yan');
    const reset = (ifMatch?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/staff/accounts/zhou.yan/password',
        headers: { ...admin.headers, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload: { newPassword: 'reset by the administrator' },
      });
    assert.equal((await reset()).statusCode, 428);
    const done = await reset('"1"');
    assert.equal(done.statusCode, 204, done.body);
    assert.equal((await get(app, '/api/staff/session', reviewer)).statusCode, 401);
    assert.equal((await get(app, '/api/staff/session', admin)).statusCode, 200);
    const row = auditRows(dbPath, 'zhou.yan').find((each) => each.action === 'password-reset');
    assert.deepEqual(row, { action: 'password-reset', before: null, after: null, actor: 'admin' });
  });

  test('the audit refuses updates and deletes', async (t) => {
    const { app, dbPath } = await testApp(t);
    const admin = await signInAs(app, 'admin');
    assert.equal(
      (await patch(app, admin, 'wang.min', { displayName: '王敏' }, '"1"')).statusCode,
      200,
    );
    const db = new Database(dbPath);
    t.after(() => db.close());
    assert.throws(
      () => db.prepare("UPDATE staff_audit SET action = 'nothing'").run(),
      /audit rows cannot be changed/,
    );
    assert.throws(
      () => db.prepare('DELETE FROM staff_audit').run(),
      /audit rows cannot be changed/,
    );
  });
});

describe('colleagues and departments', () => {
  test("a supervisor lists their own department's reviewers and supervisors, and no other department", async (t) => {
    const { app } = await testApp(t);
    const supervisor = await signInAs(app, 'zhao.lei');
    const own = await get(app, '/api/staff/colleagues', supervisor);
    assert.equal(own.statusCode, 200);
    assert.deepEqual(
      own.json().colleagues.map((person: { userName: string }) => person.userName),
      ['li.qiang', 'wang.min', 'zhao.lei'],
    );
    const other = await get(app, '/api/staff/colleagues?department=gaj', supervisor);
    assert.equal(other.statusCode, 403);
    const admin = await signInAs(app, 'admin');
    assert.equal((await get(app, '/api/staff/colleagues', admin)).statusCode, 400);
    assert.equal(
      (await get(app, '/api/staff/colleagues?department=zwb', admin)).json().colleagues.length,
      3, // zhou.yan, wu.fang and lin.na, the hall clerk
    );
  });

  test('every signed-in staff member reads the departments, the routing desk last', async (t) => {
    const { app } = await testApp(t);
    const reviewer = await signInAs(app, 'wang.min');
    const response = await get(app, '/api/staff/departments', reviewer);
    assert.equal(response.statusCode, 200);
    const ids = response.json().departments.map((department: { id: string }) => department.id);
    assert.ok(ids.includes('gjj') && ids.includes('gaj'));
    assert.equal(ids.at(-1), 'zwb');
  });
});
