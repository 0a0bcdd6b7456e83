import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type {
  AppointmentInput,
  AppointmentView,
  Availability,
} from '../../../contract/appointments.ts';
import type {
  ClosureConfirmed,
  ClosureList,
  ClosurePreview,
  HallWindows,
  HallWindowView,
} from '../../../contract/hall-operations.ts';
import { ENGLISH, NOT_ENGLISH } from '../../../test-fixtures/english-text-samples.ts';
import { fixedClock } from '../../src/clock.ts';
import { storeOf } from '../../src/app.ts';
import {
  bookingBody,
  FIRST_DAY,
  HALL,
  idempotencyKey,
  NOW,
  person,
  SERVICE,
} from '../appointments/booking-fixture.ts';
import { signInAs } from '../staff-session.ts';
import { testApp } from '../test-app.ts';

const ORIGIN = 'https://zwfw.example.gov.cn';
/** Another service of the same department (gaj) at the same hall, and one of another department. */
const SAME_DEPARTMENT_SERVICE = 'GAJ-002';
const OTHER_DEPARTMENT_SERVICE = 'RSJ-005';
const NEXT_DAY = '2026-09-17';
const reason = { zh: '系统故障', en: 'System outage' };

async function book(app: FastifyInstance, overrides: Partial<AppointmentInput>): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/appointments',
    headers: { 'idempotency-key': idempotencyKey() },
    payload: bookingBody(overrides),
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<{ reference: string }>().reference;
}

function staffCall(app: FastifyInstance) {
  return async (
    userName: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const session = await signInAs(app, userName);
    return app.inject({
      method,
      url,
      headers: { ...session.headers, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  };
}

const lookup = async (app: FastifyInstance, reference: string, mobile: string) =>
  (
    await app.inject({
      method: 'POST',
      url: '/api/appointments/lookup',
      payload: { reference, mobile },
    })
  ).json<AppointmentView>();

describe('hall closures', () => {
  test('a morning closure cancels and notifies exactly the bookings inside it, none against the citizen', async (t) => {
    const { app, dbPath } = await testApp(t, {
      clock: fixedClock(NOW),
      rateLimitMax: 0,
      publicOrigin: ORIGIN,
    });
    const call = staffCall(app);
    const citizen = person(1);
    // Inside 09:00–12:00 at the hall: two of the same person on that day, one of another department.
    const inside = [
      await book(app, { ...citizen, time: '09:00' }),
      await book(app, { ...citizen, service: SAME_DEPARTMENT_SERVICE, time: '11:30' }),
      await book(app, { ...person(2), service: OTHER_DEPARTMENT_SERVICE, time: '10:00' }),
    ];
    // Outside: the afternoon, another hall, the next day, and one the citizen cancelled already.
    const afternoon = await book(app, { ...person(3), time: '14:00' });
    const otherHall = await book(app, { ...person(4), hall: 'beihu', time: '09:00' });
    const nextDay = await book(app, { ...person(5), date: '2026-09-18', time: '09:00' });
    const cancelledBefore = await book(app, { ...person(6), time: '10:30' });
    const cancelled = await app.inject({
      method: 'POST',
      url: `/api/appointments/${cancelledBefore}/cancel`,
      payload: { mobile: person(6).mobile },
    });
    assert.equal(cancelled.statusCode, 200);
    const outside = [afternoon, otherHall, nextDay];

    // The booking page has asked for that day already, so its answer is cached.
    const availabilityUrl = `/api/halls/${HALL}/availability?service=${SERVICE}&from=${FIRST_DAY}&to=${FIRST_DAY}`;
    const before = (await app.inject({ url: availabilityUrl })).json<Availability>();
    assert.ok(before.days[0]!.times.some((slot) => slot.time === '09:00'));

    const closure = { hall: HALL, date: FIRST_DAY, from: '09:00', to: '12:00', reason };
    const preview = await call('wu.fang', 'POST', '/api/staff/closures/preview', closure);
    assert.equal(preview.statusCode, 200, preview.body);
    const previewed = preview.json<ClosurePreview>();
    assert.deepEqual(
      previewed.affected.map((booking) => booking.reference).sort(),
      [...inside].sort(),
    );
    assert.equal(previewed.alreadyClosed, false);
    assert.match(previewed.affected[0]!.mobile, /^139\*{4}\d{4}$/, 'mobile masked');
    assert.equal(previewed.affected[0]!.name, 'T*', 'name masked');
    // A preview stores nothing.
    assert.equal((await lookup(app, inside[0]!, citizen.mobile)).status, 'booked');

    const confirm = await call('wu.fang', 'POST', '/api/staff/closures', closure);
    assert.equal(confirm.statusCode, 201, confirm.body);
    const confirmed = confirm.json<ClosureConfirmed>();
    assert.deepEqual(
      confirmed.cancelled.map((booking) => booking.reference).sort(),
      [...inside].sort(),
    );
    assert.equal(confirmed.closure.cancelled, 3);
    assert.equal(confirmed.closure.createdBy, 'wu.fang');

    for (const reference of inside) {
      const view = await lookup(
        app,
        reference,
        reference === inside[2] ? person(2).mobile : citizen.mobile,
      );
      assert.equal(view.status, 'cancelled-by-hall');
      assert.deepEqual(view.closure, { from: '09:00', to: '12:00', wholeDay: false, reason });
    }
    const messages = await storeOf(app).appointments.outbox(inside[0]!);
    const closureMessages = messages.filter((message) => message.kind === 'closure');
    assert.deepEqual(
      closureMessages.map((message) => message.locale),
      ['zh-CN', 'en'],
    );
    assert.ok(
      closureMessages[0]!.body.includes(`${ORIGIN}/zh/appointments/book?service=${SERVICE}`),
    );
    assert.ok(
      closureMessages[1]!.body.includes(`${ORIGIN}/en/appointments/book?service=${SERVICE}`),
    );
    assert.ok(closureMessages[1]!.body.includes('System outage'));
    for (const reference of [...outside, cancelledBefore]) {
      const kinds = (await storeOf(app).appointments.outbox(reference)).map((m) => m.kind);
      assert.ok(!kinds.includes('closure'), `${reference} was not affected`);
    }
    const [afternoonView, otherHallView, nextDayView] = await Promise.all([
      lookup(app, afternoon, person(3).mobile),
      lookup(app, otherHall, person(4).mobile),
      lookup(app, nextDay, person(5).mobile),
    ]);
    assert.deepEqual(
      [afternoonView.status, otherHallView.status, nextDayView.status],
      ['booked', 'booked', 'booked'],
    );
    assert.equal((await lookup(app, cancelledBefore, person(6).mobile)).status, 'cancelled');

    const db = new Database(dbPath, { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      assert.equal(count('SELECT count(*) AS n FROM no_shows'), 0, 'no no-show for anyone');
      assert.equal(
        count(
          `SELECT count(*) AS n FROM seats s JOIN appointments a ON a.id = s.appointment_id
           WHERE a.status = 'cancelled-by-hall'`,
        ),
        0,
        'their seats are free',
      );
      assert.equal(count(`SELECT count(*) AS n FROM staff_audit WHERE action = 'hall-closure'`), 1);
      const audit = db
        .prepare(`SELECT after FROM staff_audit WHERE action = 'hall-closure'`)
        .get() as {
        after: string;
      };
      assert.ok(!audit.after.includes(citizen.mobile) && !audit.after.includes(citizen.name));
    } finally {
      db.close();
    }

    // The closed times are gone from availability at once, although the answer was cached.
    const after = (await app.inject({ url: availabilityUrl })).json<Availability>();
    assert.deepEqual(
      after.days[0]!.times.filter((slot) => slot.time >= '09:00' && slot.time < '12:00'),
      [],
    );
    assert.ok(after.days[0]!.times.some((slot) => slot.time === '14:00'));
    const closedTime = await app.inject({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: bookingBody({ ...person(7), time: '10:00' }),
    });
    assert.equal(closedTime.statusCode, 400);
    assert.equal(closedTime.json().errors[0].path, '/body/time');

    // The citizen may book the same service again (one booking per person and service).
    await book(app, { ...citizen, time: '15:00' });

    // The same closure again: nothing changes, nothing is sent twice.
    const repeat = await call('wu.fang', 'POST', '/api/staff/closures', closure);
    assert.equal(repeat.statusCode, 200, repeat.body);
    assert.equal(repeat.json<ClosureConfirmed>().repeated, true);
    assert.deepEqual(repeat.json<ClosureConfirmed>().cancelled, []);
    const again = await storeOf(app).appointments.outbox(inside[0]!);
    assert.equal(again.filter((message) => message.kind === 'closure').length, 2);
    const previewAgain = await call('wu.fang', 'POST', '/api/staff/closures/preview', closure);
    assert.equal(previewAgain.json<ClosurePreview>().alreadyClosed, true);

    const list = (await call('admin', 'GET', '/api/staff/closures')).json<ClosureList>();
    assert.ok(
      list.closures.some(
        (each) => each.hall.id === HALL && each.date === FIRST_DAY && each.cancelled === 3,
      ),
    );
  });

  test('a whole-day closure closes the day in the calendar and lets the citizen book that day elsewhere', async (t) => {
    const { app } = await testApp(t, { clock: fixedClock(NOW), rateLimitMax: 0 });
    const call = staffCall(app);
    const citizen = person(11);
    // Three bookings that day: the daily limit, until the hall cancels them.
    const references = [
      await book(app, { ...citizen, time: '09:00' }),
      await book(app, { ...citizen, service: SAME_DEPARTMENT_SERVICE, time: '10:00' }),
      await book(app, { ...citizen, service: OTHER_DEPARTMENT_SERVICE, time: '14:00' }),
    ];
    const confirm = await call('admin', 'POST', '/api/staff/closures', {
      hall: HALL,
      date: NEXT_DAY,
      reason,
    });
    assert.equal(confirm.statusCode, 201, confirm.body);
    assert.deepEqual(confirm.json<ClosureConfirmed>().cancelled, []);
    const wholeDay = await call('admin', 'POST', '/api/staff/closures', {
      hall: HALL,
      date: FIRST_DAY,
      reason,
    });
    assert.equal(wholeDay.json<ClosureConfirmed>().cancelled.length, 3);
    assert.equal(wholeDay.json<ClosureConfirmed>().closure.wholeDay, true);
    for (const reference of references) {
      const view = await lookup(app, reference, citizen.mobile);
      assert.equal(view.status, 'cancelled-by-hall');
      assert.equal(view.closure?.wholeDay, true);
    }
    const calendar = await app.inject({
      url: `/api/calendar?from=${FIRST_DAY}&to=${FIRST_DAY}&hall=${HALL}`,
    });
    assert.equal(calendar.json().days[0].reason, 'hall-closure');
    // Neither the daily limit nor "one per service" holds the cancelled bookings against them.
    await book(app, { ...citizen, hall: 'beihu', time: '09:00' });
  });

  test('bad input answers problem+json naming the field', async (t) => {
    const { app } = await testApp(t, { clock: fixedClock(NOW), rateLimitMax: 0 });
    const call = staffCall(app);
    const cases: [unknown, string][] = [
      [{ hall: HALL, date: '2026-09-14', reason }, '/body/date'],
      [{ hall: HALL, date: '2027-12-01', reason }, '/body/date'],
      [{ hall: 'atlantis', date: FIRST_DAY, reason }, '/body/hall'],
      [{ hall: HALL, date: FIRST_DAY, from: '09:00', reason }, '/body/to'],
      [{ hall: HALL, date: FIRST_DAY, to: '12:00', reason }, '/body/from'],
      [{ hall: HALL, date: FIRST_DAY, from: '12:00', to: '09:00', reason }, '/body/to'],
      [{ hall: HALL, date: FIRST_DAY, reason: { zh: '  ', en: 'x' } }, '/body/reason/zh'],
      [{ hall: HALL, date: FIRST_DAY, reason: { zh: '停', en: 'a\u0007' } }, '/body/reason/en'],
      [{ hall: HALL, date: '16/09/2026', reason }, '/body/date'],
      [{ hall: HALL, date: FIRST_DAY }, '/body/reason'],
    ];
    for (const [payload, path] of cases) {
      for (const url of ['/api/staff/closures/preview', '/api/staff/closures']) {
        const response = await call('wu.fang', 'POST', url, payload);
        assert.equal(response.statusCode, 400, `${url} ${JSON.stringify(payload)}`);
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
        const paths = (response.json().errors as { path: string }[]).map((error) => error.path);
        assert.ok(
          paths.some((each) => each === path || each.startsWith(`${path}/`)),
          `${JSON.stringify(payload)}: ${paths.join(', ')}`,
        );
      }
    }
    const list = (await call('wu.fang', 'GET', '/api/staff/closures')).json<ClosureList>();
    assert.equal(
      list.closures.filter((closure) => closure.createdBy !== null).length,
      0,
      'nothing half-written',
    );
  });

  test('the English reason is refused with Chinese in it, and English with any punctuation passes', async (t) => {
    const { app } = await testApp(t, { clock: fixedClock(NOW), rateLimitMax: 0 });
    const call = staffCall(app);
    const closing = (en: string) => ({ hall: HALL, date: FIRST_DAY, reason: { zh: '停电', en } });
    for (const en of NOT_ENGLISH) {
      for (const url of ['/api/staff/closures/preview', '/api/staff/closures']) {
        const response = await call('wu.fang', 'POST', url, closing(en));
        assert.equal(response.statusCode, 400, `${url} ${en}: ${response.body}`);
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
        assert.deepEqual(
          (response.json().errors as { path: string }[]).map((error) => error.path),
          ['/body/reason/en'],
          en,
        );
      }
    }
    for (const en of ENGLISH) {
      const response = await call('wu.fang', 'POST', '/api/staff/closures/preview', closing(en));
      assert.equal(response.statusCode, 200, `${en}: ${response.body}`);
    }
  });
});

describe('window capacity', () => {
  const windowsUrl = `/api/staff/halls/${HALL}/windows`;
  const capacityUrl = `${windowsUrl}/gaj/capacity`;

  test('lowering capacity never drops a taken seat; the slot just takes no new booking', async (t) => {
    const { app, dbPath } = await testApp(t, { clock: fixedClock(NOW), rateLimitMax: 0 });
    const call = staffCall(app);
    const taken = [
      await book(app, { ...person(21), time: '09:00' }),
      await book(app, { ...person(22), time: '09:00' }),
      await book(app, { ...person(23), time: '09:00' }),
    ];
    const windows = (await call('sun.hao', 'GET', windowsUrl)).json<HallWindows>();
    assert.deepEqual(
      windows.windows.map((window) => window.department.id),
      ['gaj'],
      'a department’s supervisor sees its own window',
    );
    const gaj = windows.windows[0]!;
    assert.equal(gaj.capacity, 3);

    const change = await call(
      'sun.hao',
      'PUT',
      capacityUrl,
      { from: FIRST_DAY, capacity: 2 },
      { 'if-match': `"${gaj.version}"` },
    );
    assert.equal(change.statusCode, 200, change.body);
    assert.equal(change.headers['etag'], `"${gaj.version + 1}"`);
    const changed = change.json<HallWindowView>();
    assert.equal(changed.capacity, 3, 'today keeps its capacity');
    assert.deepEqual(changed.scheduled, [{ from: FIRST_DAY, capacity: 2 }]);

    // All three bookings keep their seats.
    for (const [index, reference] of taken.entries()) {
      assert.equal((await lookup(app, reference, person(21 + index).mobile)).status, 'booked');
    }
    const seatCount = () => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return (
          db
            .prepare(
              `SELECT count(*) AS n FROM seats WHERE hall_id = ? AND date = ? AND time = '09:00'`,
            )
            .get(HALL, FIRST_DAY) as { n: number }
        ).n;
      } finally {
        db.close();
      }
    };
    assert.equal(seatCount(), 3);
    const availability = (
      await app.inject({
        url: `/api/halls/${HALL}/availability?service=${SERVICE}&from=${FIRST_DAY}&to=${NEXT_DAY}`,
      })
    ).json<Availability>();
    const at = (day: number, time: string) =>
      availability.days[day]!.times.find((slot) => slot.time === time)!.seatsLeft;
    assert.equal(at(0, '09:00'), 0);
    assert.equal(at(0, '09:30'), 2, 'the new capacity from its date');
    assert.equal(at(1, '09:30'), 2, 'and the days after');

    const refused = async (time: string, n: number) =>
      app.inject({
        method: 'POST',
        url: '/api/appointments',
        headers: { 'idempotency-key': idempotencyKey() },
        payload: bookingBody({ ...person(n), time }),
      });
    // Freeing seat 1 of three leaves two taken: still full at capacity 2, whatever seat is free.
    const cancel = await app.inject({
      method: 'POST',
      url: `/api/appointments/${taken[0]}/cancel`,
      payload: { mobile: person(21).mobile },
    });
    assert.equal(cancel.statusCode, 200);
    assert.equal((await refused('09:00', 24)).json().type, '/problems/slot-full');
    assert.equal(seatCount(), 2);
    // Two bookings at 09:30 fill it at the new capacity; a third is refused.
    await book(app, { ...person(25), time: '09:30' });
    await book(app, { ...person(26), time: '09:30' });
    assert.equal((await refused('09:30', 27)).statusCode, 409);
  });

  test('capacity changes need If-Match, a future date, and a window in the caller’s scope', async (t) => {
    const { app } = await testApp(t, { clock: fixedClock(NOW), rateLimitMax: 0 });
    const call = staffCall(app);
    const body = { from: FIRST_DAY, capacity: 5 };
    assert.equal((await call('sun.hao', 'PUT', capacityUrl, body)).statusCode, 428);
    assert.equal(
      (await call('sun.hao', 'PUT', capacityUrl, body, { 'if-match': '"9"' })).statusCode,
      412,
    );
    const today = await call(
      'sun.hao',
      'PUT',
      capacityUrl,
      { from: '2026-09-15', capacity: 5 },
      { 'if-match': '"1"' },
    );
    assert.equal(today.statusCode, 400);
    assert.equal(today.json().errors[0].path, '/body/from');
    const tooMany = await call(
      'sun.hao',
      'PUT',
      capacityUrl,
      { from: FIRST_DAY, capacity: 101 },
      { 'if-match': '"1"' },
    );
    assert.equal(tooMany.statusCode, 400);
    assert.equal(tooMany.json().errors[0].path, '/body/capacity');
    // Another department's supervisor: 404, as if the window were not there.
    assert.equal(
      (await call('zhao.lei', 'PUT', capacityUrl, body, { 'if-match': '"1"' })).statusCode,
      404,
    );
    assert.equal(
      (await call('sun.hao', 'GET', '/api/staff/halls/atlantis/windows')).statusCode,
      404,
    );
    // zwb's supervisor and admins act for every window; a reviewer for none.
    const zwb = (await call('wu.fang', 'GET', windowsUrl)).json<HallWindows>();
    assert.ok(zwb.windows.length > 5);
    assert.equal(
      (await call('wu.fang', 'PUT', capacityUrl, body, { 'if-match': '"1"' })).statusCode,
      200,
    );
    assert.equal(
      (await call('admin', 'PUT', capacityUrl, body, { 'if-match': '"1"' })).statusCode,
      412,
      'the version moved',
    );
    assert.equal((await call('chen.jing', 'GET', windowsUrl)).statusCode, 403);
  });
});

describe('who may close a hall', () => {
  test('zwb supervisors and admins; other supervisors and reviewers get 403', async (t) => {
    const { app } = await testApp(t, { clock: fixedClock(NOW), rateLimitMax: 0 });
    const call = staffCall(app);
    const payload = { hall: HALL, date: FIRST_DAY, from: '16:00', to: '17:00', reason };
    const matrix: [string, number, number, number][] = [
      // user, GET list, POST preview, POST confirm
      ['wang.min', 403, 403, 403],
      ['zhou.yan', 403, 403, 403],
      ['zhao.lei', 403, 403, 403],
      ['sun.hao', 403, 403, 403],
      ['wu.fang', 200, 200, 201],
      ['admin', 200, 200, 200],
    ];
    for (const [user, list, preview, confirm] of matrix) {
      assert.equal((await call(user, 'GET', '/api/staff/closures')).statusCode, list, user);
      assert.equal(
        (await call(user, 'POST', '/api/staff/closures/preview', payload)).statusCode,
        preview,
        user,
      );
      assert.equal(
        (await call(user, 'POST', '/api/staff/closures', payload)).statusCode,
        confirm,
        user,
      );
    }
  });
});
