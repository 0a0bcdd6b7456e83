import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { HallDay, HallDayAppointment } from '../../../contract/hall-day.ts';
import { storeOf } from '../../src/app.ts';
import { DEMO_HALL_DAY } from '../../src/seed/hall-day.ts';
import { referenceIn } from '../../src/staff/halls.ts';
import { signInAs, type SignedIn } from '../staff-session.ts';
import { testApp } from '../test-app.ts';
import { MINUTE, movableClock } from './fixture.ts';

// e2e's day: Tuesday 15 September 2026, 09:00 in Shanghai; the working day before is the 14th.
const TODAY = '2026-09-15';
const BEFORE = '2026-09-14';
const { hall: HALL, checkIn, noShow, otherDepartment } = DEMO_HALL_DAY;
const dayUrl = (date = TODAY, hall = HALL) => `/api/staff/halls/${hall}/days/${date}`;

async function setUp(t: TestContext) {
  const clock = movableClock();
  const { app, dbPath } = await testApp(t, { rateLimitMax: 0, clock, demoAppointments: true });
  const db = new Database(dbPath, { readonly: true });
  t.after(() => db.close());
  return { app, clock, db };
}

const day = async (app: FastifyInstance, who: SignedIn, date = TODAY, hall = HALL) => {
  const response = await app.inject({ url: dayUrl(date, hall), headers: who.headers });
  assert.equal(response.statusCode, 200, response.body);
  return response.json<HallDay>();
};

const row = (found: HallDay, reference: string): HallDayAppointment => {
  const appointment = found.appointments.find((each) => each.reference === reference);
  assert.ok(appointment, `${reference} is on the day's list`);
  return appointment;
};

const post = (
  app: FastifyInstance,
  who: SignedIn,
  url: string,
  options: { version?: number | string; payload?: unknown } = {},
) =>
  app.inject({
    method: 'POST',
    url,
    headers: {
      ...who.headers,
      ...(options.payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.version === undefined ? {} : { 'if-match': `"${options.version}"` }),
    },
    ...(options.payload === undefined ? {} : { payload: JSON.stringify(options.payload) }),
  });

const checkInUrl = (date = TODAY) => `${dayUrl(date)}/check-ins`;
const noShowUrl = (reference: string, date = TODAY) =>
  `${dayUrl(date)}/appointments/${reference}/no-show`;

describe('the hall’s day', () => {
  test('reads a reference from what a scanner or a keyboard typed', () => {
    assert.equal(referenceIn('hdzh-ck2a'), 'HDZH-CK2A');
    assert.equal(referenceIn('HDZHCK2A\n'), 'HDZH-CK2A');
    assert.equal(referenceIn('https://portal.example/zh/appointments/HDZH-CK2A'), 'HDZH-CK2A');
    assert.equal(referenceIn('no reference here'), null);
    // O and 0 are not in the alphabet; two different references are ambiguous.
    assert.equal(referenceIn('HDZH-CK0A'), null);
    assert.equal(referenceIn('HDZH-CK2A HDEN-CK2A'), null);
  });

  test('who may open which hall: assigned staff, supervisors of a department with a window, zwb supervisors and admins', async (t) => {
    const { app } = await setUp(t);
    const hallsOf = async (userName: string) => {
      const response = await app.inject({
        url: '/api/staff/halls',
        headers: (await signInAs(app, userName)).headers,
      });
      assert.equal(response.statusCode, 200);
      return response.json<{ halls: { id: string }[] }>().halls.map((hall) => hall.id);
    };
    assert.deepEqual(await hallsOf('lin.na'), ['smzx']);
    assert.deepEqual(await hallsOf('li.qiang'), ['gjj-hall']);
    assert.deepEqual(await hallsOf('wang.min'), []);
    assert.deepEqual(await hallsOf('zhou.yan'), []);
    assert.ok((await hallsOf('sun.hao')).includes('smzx'));
    assert.ok(!(await hallsOf('zhao.lei')).includes('smzx'));
    const every = storeOf(app).catalogue.source().halls.length;
    assert.equal((await hallsOf('wu.fang')).length, every);
    assert.equal((await hallsOf('admin')).length, every);

    // Each endpoint, for each kind of caller: 200/201, 403 for a hall not theirs, 404 unknown hall.
    const matrix: [string, string, number][] = [
      ['lin.na', HALL, 200],
      ['lin.na', 'linjiang', 403],
      ['wang.min', HALL, 403],
      ['zhou.yan', HALL, 403],
      ['zhao.lei', HALL, 403],
      ['sun.hao', HALL, 200],
      ['wu.fang', 'linjiang', 200],
      ['admin', HALL, 200],
      ['admin', 'no-such-hall', 404],
    ];
    for (const [userName, hall, status] of matrix) {
      const who = await signInAs(app, userName);
      const base = `/api/staff/halls/${hall}/days/${BEFORE}`;
      const calls = [
        app.inject({ url: base, headers: who.headers }),
        post(app, who, `${base}/check-ins`, { version: 1, payload: { code: 'ZZZZ-ZZZZ' } }),
        post(app, who, `${base}/appointments/ZZZZ-ZZZZ/no-show`, { version: 1 }),
        post(app, who, `${base}/walk-ins`, {
          payload: { service: 'GAJ-001', time: '09:05', note: 'asked about ID cards' },
        }),
      ];
      const statuses = (await Promise.all(calls)).map((response) => response.statusCode);
      // Allowed callers reach the rules: no such appointment is 404; a walk-in is 201.
      const expected = status === 200 ? [200, 404, 404, 201] : [status, status, status, status];
      assert.deepEqual(statuses, expected, `${userName} at ${hall}`);
    }
  });

  test('department staff see their own windows only; another department’s appointment is 404', async (t) => {
    const { app, clock } = await setUp(t);
    const gaj = await signInAs(app, 'sun.hao');
    const zwb = await signInAs(app, 'lin.na');
    const seen = await day(app, gaj);
    assert.ok(seen.appointments.every((each) => each.service.code.startsWith('GAJ-')));
    assert.ok(!seen.appointments.some((each) => each.reference === otherDepartment));
    const other = row(await day(app, zwb), otherDepartment);
    assert.equal(
      (
        await post(app, gaj, checkInUrl(), {
          version: other.version,
          payload: { code: otherDepartment },
        })
      ).statusCode,
      404,
    );
    clock.advance(3 * 60 * MINUTE);
    // Sessions end after 30 idle minutes: sign in again after the clock moved.
    const later = await signInAs(app, 'sun.hao');
    assert.equal(
      (await post(app, later, noShowUrl(otherDepartment), { version: other.version })).statusCode,
      404,
    );
  });

  test('the list is by time, masks personal data and names the materials the citizen has', async (t) => {
    const { app } = await setUp(t);
    const found = await day(app, await signInAs(app, 'lin.na'));
    assert.deepEqual(
      found.appointments.map((each) => each.time),
      [...found.appointments.map((each) => each.time)].sort(),
    );
    const zhang = row(found, checkIn.zh);
    assert.equal(zhang.name, '张*');
    assert.equal(zhang.mobile, '138****1111');
    assert.equal(zhang.materials.length, 2);
    assert.ok(zhang.materials[0]?.zh);
    assert.deepEqual(zhang.actions, ['check-in']);
    assert.ok(!JSON.stringify(found).includes('13800001111'));
    assert.equal(found.today, TODAY);
  });

  test('check-in: If-Match, QR text, once, booked and today only; the rating link goes out once', async (t) => {
    const { app, clock, db } = await setUp(t);
    const who = await signInAs(app, 'lin.na');
    const zhang = row(await day(app, who), checkIn.zh);

    const missing = await post(app, who, checkInUrl(), { payload: { code: checkIn.zh } });
    assert.equal(missing.statusCode, 428);
    assert.equal(missing.json().type, '/problems/precondition-required');
    const stale = await post(app, who, checkInUrl(), {
      version: zhang.version + 1,
      payload: { code: checkIn.zh },
    });
    assert.equal(stale.statusCode, 412);
    const nothing = await post(app, who, checkInUrl(), { version: 1, payload: { code: 'hello' } });
    assert.equal(nothing.statusCode, 400);
    assert.equal(nothing.json().errors[0].path, '/body/code');

    const done = await post(app, who, checkInUrl(), {
      version: zhang.version,
      payload: { code: `https://portal.example/zh/appointments/${checkIn.zh.toLowerCase()}` },
    });
    assert.equal(done.statusCode, 200, done.body);
    const checked = done.json<HallDayAppointment>();
    assert.equal(checked.status, 'attended');
    assert.equal(checked.checkedInAt, clock.now().toISOString());
    assert.deepEqual(checked.actions, []);
    assert.equal(done.headers.etag, `"${checked.version}"`);
    assert.ok(checked.version > zhang.version);

    const invitations = () =>
      db
        .prepare<[string], { n: number }>(
          `SELECT count(*) AS n FROM outbox o JOIN appointments a ON a.id = o.appointment_id
           WHERE a.reference = ? AND o.kind = 'rating-invitation'`,
        )
        .get(checkIn.zh)!.n;
    // Both languages' messages, written at check-in rather than after the slot.
    assert.equal(invitations(), 2);
    const again = await post(app, who, checkInUrl(), {
      version: checked.version,
      payload: { code: checkIn.zh },
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().type, '/problems/already-checked-in');
    clock.advance(3 * 60 * MINUTE);
    await app.sweepRatingInvitations();
    assert.equal(invitations(), 2, 'the sweep after the slot sends no second link');
    const who2 = await signInAs(app, 'lin.na');

    const audit = db
      .prepare<
        [string],
        { after: string }
      >(`SELECT after FROM staff_audit WHERE target = ? AND action = 'check-in'`)
      .all(checkIn.zh);
    assert.equal(audit.length, 1);
    assert.ok(audit[0]!.after.includes('138****1111'));
    assert.ok(!audit[0]!.after.includes('13800001111'));

    // Yesterday's appointment is not checked in today.
    const past = row(await day(app, who2, BEFORE), noShow.zh);
    const notToday = await app.inject({
      method: 'POST',
      url: `${dayUrl(BEFORE)}/check-ins`,
      headers: {
        ...who2.headers,
        'content-type': 'application/json',
        'if-match': `"${past.version}"`,
      },
      payload: JSON.stringify({ code: noShow.zh }),
    });
    assert.equal(notToday.statusCode, 409);
    assert.equal(notToday.json().type, '/problems/not-today');
    // Another day's list does not hold today's appointment.
    const elsewhere = await post(app, who2, `${dayUrl(BEFORE)}/check-ins`, {
      version: 1,
      payload: { code: checkIn.en },
    });
    assert.equal(elsewhere.statusCode, 404);
  });

  test('no-show: only after the slot has ended, never after check-in; it counts for fair use', async (t) => {
    const { app, clock, db } = await setUp(t);
    const who = await signInAs(app, 'lin.na');
    const zhang = row(await day(app, who), checkIn.zh);
    const early = await post(app, who, noShowUrl(checkIn.zh), { version: zhang.version });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().type, '/problems/too-early-for-no-show');

    const en = row(await day(app, who), checkIn.en);
    const checked = await post(app, who, checkInUrl(), {
      version: en.version,
      payload: { code: checkIn.en },
    });
    assert.equal(checked.statusCode, 200);
    clock.advance(90 * MINUTE); // 10:30: both slots have ended.
    const again = await signInAs(app, 'lin.na');
    const afterCheckIn = await post(app, again, noShowUrl(checkIn.en), {
      version: checked.json<HallDayAppointment>().version,
    });
    assert.equal(afterCheckIn.statusCode, 409);
    assert.equal(afterCheckIn.json().type, '/problems/already-checked-in');

    assert.deepEqual(row(await day(app, again), checkIn.zh).actions, ['check-in', 'no-show']);
    assert.equal((await post(app, again, noShowUrl(checkIn.zh))).statusCode, 428);
    const marked = await post(app, again, noShowUrl(checkIn.zh.toLowerCase()), {
      version: zhang.version,
    });
    assert.equal(marked.statusCode, 200, marked.body);
    assert.equal(marked.json<HallDayAppointment>().status, 'no-show');
    const rows = db
      .prepare<[string], { cause: string; date: string }>(
        `SELECT n.cause, n.date FROM no_shows n JOIN appointments a ON a.id = n.appointment_id
         WHERE a.reference = ?`,
      )
      .all(checkIn.zh);
    assert.deepEqual(rows, [{ cause: 'absent', date: TODAY }]);
    const twice = await post(app, again, noShowUrl(checkIn.zh), {
      version: marked.json<HallDayAppointment>().version,
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().type, '/problems/appointment-not-booked');
  });

  test('walk-ins are listed with the day; bad input names its field', async (t) => {
    const { app } = await setUp(t);
    const who = await signInAs(app, 'sun.hao');
    const added = await post(app, who, `${dayUrl()}/walk-ins`, {
      payload: { service: 'GAJ-001', time: '09:10', note: '咨询身份证补领材料' },
    });
    assert.equal(added.statusCode, 201, added.body);
    const found = await day(app, who);
    assert.deepEqual(
      found.walkIns.map((each) => [each.time, each.service.code, each.note, each.createdBy]),
      [['09:10', 'GAJ-001', '咨询身份证补领材料', 'sun.hao']],
    );
    // lin.na (zwb) sees every department's walk-ins; a gjj-only list would not.
    assert.equal((await day(app, await signInAs(app, 'lin.na'))).walkIns.length, 1);
    const wrongService = await post(app, who, `${dayUrl()}/walk-ins`, {
      payload: { service: 'RSJ-001', time: '09:10', note: 'x' },
    });
    assert.equal(wrongService.statusCode, 400);
    assert.equal(wrongService.json().errors[0].path, '/body/service');
    const blank = await post(app, who, `${dayUrl()}/walk-ins`, {
      payload: { service: 'GAJ-001', time: '09:10', note: '   ' },
    });
    assert.equal(blank.statusCode, 400);
    assert.equal(blank.json().errors[0].path, '/body/note');
    const future = await post(app, who, `${dayUrl('2026-09-16')}/walk-ins`, {
      payload: { service: 'GAJ-001', time: '09:10', note: 'x' },
    });
    assert.equal(future.statusCode, 409);
  });

  test('admins assign an account a hall; an unknown hall is 400 at /body/hallId', async (t) => {
    const { app } = await setUp(t);
    const admin = await signInAs(app, 'admin');
    const account = await app.inject({ url: '/api/staff/accounts', headers: admin.headers });
    const wang = account
      .json<{ accounts: { userName: string; version: number; hall: unknown }[] }>()
      .accounts.find((each) => each.userName === 'wang.min')!;
    assert.equal(wang.hall, null);
    const patch = (hallId: string) =>
      app.inject({
        method: 'PATCH',
        url: '/api/staff/accounts/wang.min',
        headers: {
          ...admin.headers,
          'content-type': 'application/json',
          'if-match': `"${wang.version}"`,
        },
        payload: JSON.stringify({ hallId }),
      });
    const unknown = await patch('nowhere');
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().errors[0].path, '/body/hallId');
    const assigned = await patch('gjj-hall');
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal(assigned.json().hall.id, 'gjj-hall');
    const session = await app.inject({
      url: '/api/staff/session',
      headers: (await signInAs(app, 'wang.min')).headers,
    });
    assert.equal(session.json().hall.id, 'gjj-hall');
  });
});

describe('the day list as CSV', () => {
  test('streams the day with a BOM, masked, in the caller’s scope and language', async (t) => {
    const { app } = await setUp(t);
    const csv = async (userName: string, query = '') => {
      const response = await app.inject({
        url: `${dayUrl()}.csv${query}`,
        headers: (await signInAs(app, userName)).headers,
      });
      return response;
    };
    const zh = await csv('lin.na');
    assert.equal(zh.statusCode, 200, zh.body);
    assert.match(String(zh.headers['content-type']), /^text\/csv/);
    assert.match(String(zh.headers['content-disposition']), /filename\*=UTF-8''/);
    const text = zh.body;
    assert.ok(text.startsWith('\uFEFF预约号,开始,结束'));
    const lines = text.trim().split('\r\n');
    assert.equal(lines.length, 1 + 3, 'heading and the three appointments of the day');
    assert.ok(lines.some((line) => line.startsWith(`${checkIn.zh},10:00,10:30,GAJ-001,`)));
    assert.ok(text.includes('138****1111'));
    assert.ok(!text.includes('13800001111'));
    assert.ok(!text.includes('张伟'));
    const gaj = await csv('sun.hao', '?lang=en');
    assert.ok(gaj.body.startsWith('\uFEFFReference,Start,End'));
    assert.ok(!gaj.body.includes(otherDepartment), 'another department’s row is left out');
    assert.equal((await csv('wang.min')).statusCode, 403);
  });
});
