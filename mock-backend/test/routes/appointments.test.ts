import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { AppointmentInput } from '../../../contract/appointments.ts';
import { fixedClock } from '../../src/clock.ts';
import { buildApp } from '../../src/app.ts';
import { testApp } from '../test-app.ts';
import {
  FIRST_DAY,
  HALL,
  NOW,
  SERVICE,
  bookingBody,
  idempotencyKey,
  person,
} from '../appointments/booking-fixture.ts';

async function app(t: TestContext, now = NOW) {
  return testApp(t, { clock: fixedClock(now), rateLimitMax: 0 });
}

/** Another server instance on the same database, as a second process would be. */
async function secondInstance(t: TestContext, dbPath: string): Promise<FastifyInstance> {
  const server = await buildApp({
    dbPath,
    logLevel: 'silent',
    clock: fixedClock(NOW),
    rateLimitMax: 0,
  });
  t.after(() => server.close());
  return server;
}

function book(server: FastifyInstance, body: unknown, key: string | null = idempotencyKey()) {
  return server.inject({
    method: 'POST',
    url: '/api/appointments',
    headers: key === null ? {} : { 'idempotency-key': key },
    payload: body as object,
  });
}

function rows<T>(dbPath: string, sql: string, ...params: string[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare<string[], T>(sql).all(...params);
  } finally {
    db.close();
  }
}

describe('GET /api/halls/{id}/availability', () => {
  test('lists the window with closed days explained and the 调休 Sunday open', async (t) => {
    const { app: server } = await app(t);
    const response = await server.inject(`/api/halls/${HALL}/availability?service=${SERVICE}`);
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.bookableFrom, FIRST_DAY);
    assert.equal(body.bookableTo, '2026-09-29');
    const day = (date: string) => body.days.find((d: { date: string }) => d.date === date);
    assert.equal(body.days[0].date, FIRST_DAY);
    assert.equal(body.days.length, 14);
    assert.equal(day('2026-09-19').reason, 'weekend');
    assert.equal(day('2026-09-20').status, 'open');
    assert.equal(day('2026-09-20').makeUpWorkday, true);
    assert.equal(day('2026-09-25').reason, 'holiday');
    assert.ok(day('2026-09-25').holiday.zh.length > 0);
    // Monday hours 09:00–12:00 and 13:30–17:00 in 30-minute slots: 6 + 7.
    assert.equal(day(FIRST_DAY).times.length, 13);
    assert.deepEqual(day(FIRST_DAY).times[0], { time: '09:00', end: '09:30', seatsLeft: 3 });
    assert.ok(!day(FIRST_DAY).times.some((slot: { time: string }) => slot.time === '12:00'));
  });

  test('names the hall closure and marks today as outside the window', async (t) => {
    const { app: server } = await app(t);
    const body = (
      await server.inject(
        `/api/halls/beihu/availability?service=${SERVICE}&from=2026-09-15&to=2026-09-17`,
      )
    ).json();
    assert.deepEqual(
      body.days.map((d: { status: string; reason: string | null }) => [d.status, d.reason]),
      [
        ['closed', 'outside-window'],
        ['open', null],
        ['closed', 'hall-closure'],
      ],
    );
    assert.match(body.days[2].closure.en, /upgrade/);
  });

  test('a seat another server instance takes shows here within a second', async (t) => {
    const { app: one, dbPath } = await app(t);
    const two = await secondInstance(t, dbPath);
    const seats = async (server: FastifyInstance) =>
      (
        await server.inject(
          `/api/halls/${HALL}/availability?service=${SERVICE}&from=${FIRST_DAY}&to=${FIRST_DAY}`,
        )
      ).json().days[0].times[0].seatsLeft;
    assert.equal(await seats(one), 3);
    assert.equal((await book(two, bookingBody())).statusCode, 201);
    assert.equal(await seats(two), 2);
    // The first instance may answer from its cache until the answer is a second old.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal(await seats(one), 2);
  });

  test('a booking takes a seat at once and a cancellation gives it back', async (t) => {
    const { app: server } = await app(t);
    const seats = async () =>
      (
        await server.inject(
          `/api/halls/${HALL}/availability?service=${SERVICE}&from=${FIRST_DAY}&to=${FIRST_DAY}`,
        )
      ).json().days[0].times[0].seatsLeft;
    assert.equal(await seats(), 3);
    const created = (await book(server, bookingBody())).json();
    assert.equal(await seats(), 2);
    const cancel = await server.inject({
      method: 'POST',
      url: `/api/appointments/${created.reference}/cancel`,
      payload: { mobile: '13812345678' },
    });
    assert.equal(cancel.statusCode, 200);
    assert.equal(cancel.json().status, 'cancelled');
    assert.equal(await seats(), 3);
  });

  const bad: [string, number, string | null][] = [
    ['/api/halls/nowhere/availability?service=GAJ-001', 404, null],
    ['/api/halls/smzx/availability?service=GAJ-999', 404, null],
    ['/api/halls/smzx/availability?service=CRJ-010', 400, '/query/service'],
    [
      '/api/halls/smzx/availability?service=GAJ-001&from=2026-09-20&to=2026-09-19',
      400,
      '/query/to',
    ],
    [
      '/api/halls/smzx/availability?service=GAJ-001&from=2026-09-01&to=2026-12-01',
      400,
      '/query/to',
    ],
    ['/api/halls/smzx/availability?service=GAJ-001&from=2026-02-30', 400, '/query/from'],
    ['/api/halls/smzx/availability', 400, '/query/service'],
  ];
  for (const [url, status, path] of bad) {
    test(`${url} -> ${status}`, async (t) => {
      const { app: server } = await app(t);
      const response = await server.inject(url);
      assert.equal(response.statusCode, status);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      if (path) assert.ok(response.json().errors.some((e: { path: string }) => e.path === path));
    });
  }
});

describe('POST /api/appointments', () => {
  test('books, answers with a readable reference and masked data, and writes the text messages', async (t) => {
    const { app: server, dbPath } = await app(t);
    const response = await book(server, bookingBody({ name: '  张三 ' }));
    assert.equal(response.statusCode, 201);
    const { reference, appointment } = response.json();
    assert.match(reference, /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(appointment.reference, reference);
    assert.equal(appointment.status, 'booked');
    assert.equal(appointment.mobile, '138****5678');
    assert.equal(appointment.idNumber, '110***********002X');
    assert.equal(appointment.name, '张三');
    assert.equal(appointment.end, '09:30');
    assert.deepEqual(appointment.materials, [0]);
    assert.equal(appointment.changeableUntil, '2026-09-15T23:00:00.000Z');
    assert.equal(appointment.hall.id, HALL);

    const stored = rows<Record<string, unknown>>(dbPath, 'SELECT * FROM appointments');
    assert.equal(stored.length, 1);
    assert.ok(
      !JSON.stringify(stored).includes('11010519491231002X'),
      'ID number stored in the clear',
    );

    const outbox = rows<{ locale: string; body: string; recipient: string }>(
      dbPath,
      'SELECT locale, body, recipient FROM outbox ORDER BY id',
    );
    assert.deepEqual(
      outbox.map((m) => m.locale),
      ['zh-CN', 'en'],
    );
    for (const message of outbox) {
      assert.equal(message.recipient, '13812345678');
      assert.ok(message.body.includes(reference));
      assert.ok(message.body.includes('2026-09-16 09:00'));
      assert.ok(!message.body.includes('002X'), 'ID number in the text message');
    }
    assert.match(outbox[0]!.body, /市民大道 100 号/);
    assert.match(outbox[1]!.body, /Please bring: .+/);
  });

  const cases: [string, Partial<AppointmentInput> | Record<string, unknown>, string][] = [
    ['bad check digit', { idNumber: '110105194912310021' }, '/body/idNumber'],
    [
      'resident ID with an impossible birth date',
      { idNumber: '110105194902300023' },
      '/body/idNumber',
    ],
    ['passport in a wrong format', { idType: 'passport', idNumber: 'E-123' }, '/body/idNumber'],
    [
      'HK permit in a wrong format',
      { idType: 'hk-macao-permit', idNumber: 'X12345678' },
      '/body/idNumber',
    ],
    ['bad mobile', { mobile: '12812345678' }, '/body/mobile'],
    ['past day', { date: '2026-09-14' }, '/body/date'],
    ['today', { date: '2026-09-15' }, '/body/date'],
    ['beyond 14 days', { date: '2026-09-30' }, '/body/date'],
    ['holiday', { date: '2026-09-25' }, '/body/date'],
    ['weekend', { date: '2026-09-19' }, '/body/date'],
    ['hall closure', { hall: 'beihu', date: '2026-09-17' }, '/body/date'],
    ['not a date', { date: '2026-02-30' }, '/body/date'],
    ['a time in the lunch break', { time: '12:30' }, '/body/time'],
    ['a time after closing', { time: '17:00' }, '/body/time'],
    ['a time off the slot grid', { time: '09:10' }, '/body/time'],
    ['a hall that does not handle the service', { service: 'CRJ-010' }, '/body/hall'],
    ['unknown service', { service: 'GAJ-999' }, '/body/service'],
    ['unknown hall', { hall: 'atlantis' }, '/body/hall'],
    ['a 10 KB name', { name: '名'.repeat(10 * 1024) }, '/body/name'],
    ['an empty name', { name: '' }, '/body/name'],
    ['a blank name', { name: '   ' }, '/body/name'],
    ['a material the guide does not list', { materials: [0, 7] }, '/body/materials/1'],
    ['the honeypot filled in', { website: 'http://spam.example' }, '/body/website'],
    ['an unknown field', { extra: 1 }, '/body/extra'],
  ];
  for (const [name, change, path] of cases) {
    test(`refuses ${name} with 400 at ${path}`, async (t) => {
      const { app: server, dbPath } = await app(t);
      const response = await book(server, { ...bookingBody(), ...change });
      assert.equal(response.statusCode, 400, response.body);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      const problem = response.json();
      assert.equal(problem.type, '/problems/validation');
      assert.ok(
        problem.errors.some((error: { path: string }) => error.path === path),
        JSON.stringify(problem.errors),
      );
      assert.equal(rows(dbPath, 'SELECT * FROM appointments').length, 0);
    });
  }

  for (const [name, key] of [
    ['missing', null],
    ['empty', ''],
    ['with a quote inside', '"a"b"'],
    ['too long', `"${'k'.repeat(256)}"`],
  ] as const) {
    test(`refuses a ${name} Idempotency-Key with 400 at /headers/idempotency-key`, async (t) => {
      const { app: server } = await app(t);
      const response = await book(server, bookingBody(), key);
      assert.equal(response.statusCode, 400);
      assert.ok(
        response
          .json()
          .errors.some((error: { path: string }) => error.path === '/headers/idempotency-key'),
      );
    });
  }

  test('counts a name in characters, as the booking page does: 50 outside the BMP are taken', async (t) => {
    const { app: server } = await app(t);
    const name = '𠀀'.repeat(50); // 100 UTF-16 code units
    const booked = await book(server, bookingBody({ name }));
    assert.equal(booked.statusCode, 201);
    assert.equal(booked.json().appointment.name, name);
    const tooLong = await book(server, bookingBody({ name: '𠀀'.repeat(51) }));
    assert.equal(tooLong.statusCode, 400);
    assert.deepEqual(
      tooLong.json().errors.map((e: { path: string }) => e.path),
      ['/body/name'],
    );
  });

  test('a few hundred generated bad requests get 4xx problem+json, never 5xx', async (t) => {
    const { app: server } = await app(t);
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.integer({ min: -5, max: 200 }), { maxLength: 5 }),
      fc.constantFrom('2026-09-16', '2026-09-20', '09:00', '13:30', 'smzx', 'GAJ-001', 'passport'),
    );
    const body = fc.dictionary(
      fc.constantFrom(...Object.keys(bookingBody()), 'website', 'other'),
      value,
      { maxKeys: 10 },
    );
    const mutated = fc
      .tuple(body, fc.boolean())
      .map(([changes, keep]) => (keep ? { ...bookingBody(), ...changes } : changes));
    await fc.assert(
      fc.asyncProperty(
        mutated,
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        async (payload, key) => {
          const response = await book(server, payload, key ?? idempotencyKey());
          assert.ok(
            response.statusCode < 500,
            `${response.statusCode} for ${JSON.stringify(payload)}`,
          );
          if (response.statusCode >= 400) {
            assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Idempotency-Key', () => {
  test('a replay answers the first response and books nothing more', async (t) => {
    const { app: server, dbPath } = await app(t);
    const key = idempotencyKey();
    const first = await book(server, bookingBody(), key);
    const again = await book(server, bookingBody(), key);
    assert.equal(first.statusCode, 201);
    assert.equal(again.statusCode, 201);
    assert.equal(again.body, first.body);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(rows(dbPath, 'SELECT * FROM appointments').length, 1);
  });

  test('a refusal is replayed too', async (t) => {
    const { app: server } = await app(t);
    await book(server, bookingBody());
    const key = idempotencyKey();
    const first = await book(server, bookingBody({ time: '10:00' }), key);
    const again = await book(server, bookingBody({ time: '10:00' }), key);
    assert.equal(first.statusCode, 409);
    assert.equal(first.json().type, '/problems/already-booked');
    assert.equal(again.statusCode, 409);
    assert.equal(again.body, first.body);
  });

  test('the same key with another body gets 422', async (t) => {
    const { app: server, dbPath } = await app(t);
    const key = idempotencyKey();
    assert.equal((await book(server, bookingBody(), key)).statusCode, 201);
    const other = await book(server, bookingBody({ time: '10:00' }), key);
    assert.equal(other.statusCode, 422);
    assert.equal(other.json().type, '/problems/idempotency-key-reused');
    assert.equal(rows(dbPath, 'SELECT * FROM appointments').length, 1);
  });

  test('every server instance answers a key with the same one booking', async (t) => {
    const { app: one, dbPath } = await app(t);
    const two = await secondInstance(t, dbPath);
    const key = idempotencyKey();
    const [a, b] = await Promise.all([
      book(one, bookingBody(), key),
      book(two, bookingBody(), key),
    ]);
    assert.equal(a.statusCode, 201, a.body);
    assert.equal(b.statusCode, 201, b.body);
    assert.equal(b.body, a.body);
    assert.equal(rows(dbPath, 'SELECT * FROM appointments').length, 1);
    assert.equal(rows(dbPath, 'SELECT * FROM seats').length, 1);
    assert.equal(rows(dbPath, `SELECT * FROM outbox WHERE kind = 'booked'`).length > 0, true);
  });

  test('a claim left by an earlier server version is honoured until it goes stale', async (t) => {
    const { app: server, dbPath } = await app(t);
    const { requestFingerprint } = await import('../../src/appointments/idempotency.ts');
    const db = new Database(dbPath);
    db.prepare(
      `INSERT INTO idempotency_keys (scope, key, fingerprint, created_at) VALUES (?, ?, ?, ?)`,
    ).run(
      'POST /api/appointments',
      'in-flight-key',
      requestFingerprint('POST', 'POST /api/appointments', bookingBody()),
      Date.now(),
    );
    db.close();
    const second = await book(server, bookingBody(), '"in-flight-key"');
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().type, '/problems/idempotency-key-in-flight');
    assert.equal(rows(dbPath, 'SELECT * FROM appointments').length, 0);
  });
});

describe('fair use', () => {
  test('one active booking per person and service', async (t) => {
    const { app: server } = await app(t);
    assert.equal((await book(server, bookingBody())).statusCode, 201);
    const again = await book(server, bookingBody({ date: '2026-09-18', mobile: '13900000000' }));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().type, '/problems/already-booked');
  });

  test('at most three bookings per person per day', async (t) => {
    const { app: server } = await app(t);
    for (const [service, time] of [
      ['GAJ-001', '09:00'],
      ['GAJ-003', '10:00'],
      ['GAJ-004', '11:00'],
    ]) {
      assert.equal(
        (await book(server, bookingBody({ service, time, materials: [] }))).statusCode,
        201,
      );
    }
    const fourth = await book(
      server,
      bookingBody({ service: 'GAJ-007', time: '14:00', materials: [] }),
    );
    assert.equal(fourth.statusCode, 409, fourth.body);
    assert.equal(fourth.json().type, '/problems/daily-limit');
  });

  test('moving a booking to another day keeps to three that day; moving within a day does not count twice', async (t) => {
    const { app: server, dbPath } = await app(t);
    for (const [service, time] of [
      ['GAJ-001', '09:00'],
      ['GAJ-003', '10:00'],
      ['GAJ-004', '11:00'],
    ]) {
      assert.equal(
        (await book(server, bookingBody({ service, time, materials: [] }))).statusCode,
        201,
      );
    }
    const { reference } = (
      await book(server, bookingBody({ service: 'GAJ-007', date: '2026-09-18', materials: [] }))
    ).json();
    const reschedule = (ref: string, date: string, time: string) =>
      server.inject({
        method: 'POST',
        url: `/api/appointments/${ref}/reschedule`,
        headers: { 'idempotency-key': idempotencyKey() },
        payload: { mobile: '13812345678', date, time },
      });
    const refused = await reschedule(reference, FIRST_DAY, '14:00');
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().type, '/problems/daily-limit');
    assert.deepEqual(
      rows(dbPath, 'SELECT date, time FROM appointments WHERE reference = ?', reference),
      [{ date: '2026-09-18', time: '09:00' }],
    );
    const sameDay = rows<{ reference: string }>(
      dbPath,
      `SELECT reference FROM appointments WHERE date = ? AND time = '09:00'`,
      FIRST_DAY,
    )[0]!.reference;
    assert.equal((await reschedule(sameDay, FIRST_DAY, '14:00')).statusCode, 200);
  });

  test('three no-shows in 90 days block new bookings for 30 days, with the end date', async (t) => {
    const { app: server, dbPath } = await app(t);
    const created = (await book(server, bookingBody())).json();
    const key = rows<{ person_key: string }>(dbPath, 'SELECT person_key FROM appointments')[0]!
      .person_key;
    const db = new Database(dbPath);
    const insert = db.prepare(
      `INSERT INTO no_shows (person_key, date, cause) VALUES (?, ?, 'absent')`,
    );
    for (const date of ['2026-06-20', '2026-08-03', '2026-09-01']) insert.run(key, date);
    db.close();
    await server.inject({
      method: 'POST',
      url: `/api/appointments/${created.reference}/cancel`,
      payload: { mobile: '13812345678' },
    });
    const blocked = await book(server, bookingBody());
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().type, '/problems/appointment-blocked');
    assert.equal(blocked.json().reason, 'no-shows');
    assert.equal(blocked.json().until, '2026-10-02');
  });

  test('a cancellation after the cut-off counts as a no-show', async (t) => {
    const first = await app(t);
    const created = (await book(first.app, bookingBody())).json();
    // 07:30 on the day: within 2 hours of 09:00.
    await first.app.close();
    const late = await testApp(t, {
      dbPath: first.dbPath,
      clock: fixedClock('2026-09-16T07:30:00+08:00'),
      rateLimitMax: 0,
    });
    const cancel = await late.app.inject({
      method: 'POST',
      url: `/api/appointments/${created.reference}/cancel`,
      payload: { mobile: '13812345678' },
    });
    assert.equal(cancel.statusCode, 200);
    const noShows = rows<{ cause: string; date: string }>(
      first.dbPath,
      'SELECT cause, date FROM no_shows',
    );
    assert.deepEqual(noShows, [{ cause: 'late-cancellation', date: FIRST_DAY }]);
    const reschedule = await late.app.inject({
      method: 'POST',
      url: `/api/appointments/${created.reference}/reschedule`,
      headers: { 'idempotency-key': idempotencyKey() },
      payload: { mobile: '13812345678', date: '2026-09-18', time: '09:00' },
    });
    assert.equal(reschedule.statusCode, 409);
  });
});

describe('manage a booking', () => {
  test('look-up answers the same 404 for a wrong mobile and an unknown reference', async (t) => {
    const { app: server } = await app(t);
    const { reference } = (await book(server, bookingBody())).json();
    const lookup = (payload: object) =>
      server.inject({ method: 'POST', url: '/api/appointments/lookup', payload });
    const found = await lookup({
      reference: reference.toLowerCase().replace('-', ''),
      mobile: '13812345678',
    });
    assert.equal(found.statusCode, 200);
    assert.equal(found.json().reference, reference);
    assert.equal(found.json().name, '张三');
    const wrongMobile = await lookup({ reference, mobile: '13812345679' });
    const unknown = await lookup({
      reference: reference === 'AAAA-AAAA' ? 'BBBB-BBBB' : 'AAAA-AAAA',
      mobile: '13812345678',
    });
    assert.equal(wrongMobile.statusCode, 404);
    assert.equal(unknown.statusCode, 404);
    assert.equal(wrongMobile.body, unknown.body);
  });

  test('look-ups are rate-limited per client', async (t) => {
    const { app: server } = await testApp(t, { clock: fixedClock(NOW) });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (
          await server.inject({
            method: 'POST',
            url: '/api/appointments/lookup',
            payload: { reference: 'AAAA-AAAA', mobile: '13812345678' },
          })
        ).statusCode,
      );
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(404));
    assert.deepEqual(statuses.slice(10), [429, 429]);
  });

  test('reschedule moves the booking and frees the old seat; a full slot changes nothing', async (t) => {
    const { app: server, dbPath } = await app(t);
    const { reference } = (await book(server, bookingBody())).json();
    for (let i = 0; i < 3; i++) {
      assert.equal(
        (await book(server, { ...bookingBody({ time: '10:00' }), ...person(i) })).statusCode,
        201,
      );
    }
    const reschedule = (time: string) =>
      server.inject({
        method: 'POST',
        url: `/api/appointments/${reference}/reschedule`,
        headers: { 'idempotency-key': idempotencyKey() },
        payload: { mobile: '13812345678', date: FIRST_DAY, time },
      });
    const full = await reschedule('10:00');
    assert.equal(full.statusCode, 409);
    assert.equal(full.json().type, '/problems/slot-full');
    const seats = () =>
      rows<{ time: string }>(dbPath, `SELECT time FROM seats ORDER BY time`).map((row) => row.time);
    assert.deepEqual(seats(), ['09:00', '10:00', '10:00', '10:00']);
    const moved = await reschedule('14:00');
    assert.equal(moved.statusCode, 200);
    assert.equal(moved.json().time, '14:00');
    assert.equal(moved.json().end, '14:30');
    assert.deepEqual(seats(), ['10:00', '10:00', '10:00', '14:00']);
    const messages = rows<{ kind: string }>(dbPath, 'SELECT kind FROM outbox ORDER BY id');
    assert.deepEqual(messages.map((m) => m.kind).slice(-2), ['rescheduled', 'rescheduled']);
  });

  test('moving a booking onto its own date and time is refused, naming the time, with no text sent', async (t) => {
    const { app: server, dbPath } = await app(t);
    const { reference, appointment } = (await book(server, bookingBody())).json();
    const same = await server.inject({
      method: 'POST',
      url: `/api/appointments/${reference}/reschedule`,
      headers: { 'idempotency-key': idempotencyKey() },
      payload: { mobile: '13812345678', date: appointment.date, time: appointment.time },
    });
    assert.equal(same.statusCode, 400);
    assert.match(same.headers['content-type'] as string, /^application\/problem\+json/);
    assert.equal(same.json().type, '/problems/validation');
    assert.deepEqual(
      same.json().errors.map((error: { path: string }) => error.path),
      ['/body/time'],
    );
    const messages = rows<{ kind: string }>(dbPath, 'SELECT kind FROM outbox ORDER BY id');
    assert.ok(!messages.some((m) => m.kind === 'rescheduled'));
  });

  test('a cancelled booking cannot be cancelled or moved again', async (t) => {
    const { app: server } = await app(t);
    const { reference } = (await book(server, bookingBody())).json();
    const cancel = () =>
      server.inject({
        method: 'POST',
        url: `/api/appointments/${reference}/cancel`,
        payload: { mobile: '13812345678' },
      });
    assert.equal((await cancel()).statusCode, 200);
    const again = await cancel();
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().type, '/problems/appointment-not-active');
  });
});
