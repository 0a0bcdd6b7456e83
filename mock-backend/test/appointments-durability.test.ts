import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import Database from 'better-sqlite3';
import type { AppointmentInput } from '../../contract/appointments.ts';
import {
  bookingBody,
  FIRST_DAY,
  idempotencyKey,
  NOW,
  person,
} from './appointments/booking-fixture.ts';
import { startServer, type ChildServer } from './child-server.ts';
import { tempDirectory } from './temp-directory.ts';

/** The real server process on a fresh database, its clock at NOW, without rate limits. */
async function server(t: TestContext): Promise<{ server: ChildServer; dbPath: string }> {
  const dbPath = join(tempDirectory(t), 'portal.db');
  return { server: await startServer(t, { PORTAL_DB: dbPath, PORTAL_NOW: NOW }), dbPath };
}

/** Changes a window's seats per slot from outside the server, as an administrator would. */
function setCapacity(dbPath: string, hall: string, capacity: number): void {
  const db = new Database(dbPath);
  try {
    db.prepare(
      `UPDATE hall_windows SET capacity = ? WHERE hall_id = ? AND department_id = 'gaj'`,
    ).run(capacity, hall);
  } finally {
    db.close();
  }
}

function query<T>(dbPath: string, sql: string): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

async function post(origin: string, path: string, body: unknown, key = true) {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': idempotencyKey() } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Record<string, unknown>,
  };
}

const book = (origin: string, body: AppointmentInput) => post(origin, '/api/appointments', body);

/**
 * Every booked appointment holds exactly one seat, in its own slot; no slot the tests book (from
 * FIRST_DAY on) is over capacity. The demo appointments the real server seeds for the hall's day
 * sit on earlier days, taken at the seeded capacity, which setCapacity may lower below them:
 * seats taken before a change are kept, as staff's capacity changes keep them.
 */
function assertSeatsConsistent(dbPath: string): void {
  const over = query<{ n: number }>(
    dbPath,
    `SELECT count(*) AS n, w.capacity FROM seats s
     JOIN hall_windows w ON w.hall_id = s.hall_id AND w.department_id = s.department_id
     WHERE s.date >= '${FIRST_DAY}'
     GROUP BY s.hall_id, s.department_id, s.date, s.time HAVING n > w.capacity`,
  );
  assert.deepEqual(over, [], 'a slot holds more than its capacity');
  const mismatched = query(
    dbPath,
    `SELECT a.reference FROM appointments a LEFT JOIN seats s ON s.appointment_id = a.id
     WHERE (a.status = 'booked') != (s.appointment_id IS NOT NULL)
        OR (s.appointment_id IS NOT NULL AND (s.date != a.date OR s.time != a.time))`,
  );
  assert.deepEqual(mismatched, [], 'an appointment lost, doubled or misplaced its seat');
}

const count = (dbPath: string, sql: string) => query<{ n: number }>(dbPath, sql)[0]!.n;

// One server for the concurrency cases (each uses its own hall), one for the kill: a first start
// migrates and seeds, which takes seconds on a busy machine.
test('concurrent requests against the real server process', { timeout: 300_000 }, async (t) => {
  const { server: running, dbPath } = await server(t);

  for (const [hall, capacity] of [
    ['smzx', 1],
    ['linjiang', 5],
  ] as const) {
    await t.test(
      `200 simultaneous bookings for a slot of capacity ${capacity} give exactly ${capacity}`,
      async () => {
        setCapacity(dbPath, hall, capacity);
        const answers = await Promise.all(
          Array.from({ length: 200 }, (_, n) =>
            book(running.origin, {
              ...bookingBody({ hall, time: '10:30' }),
              ...person(capacity * 1000 + n),
            }),
          ),
        );
        const created = answers.filter((answer) => answer.status === 201);
        const refused = answers.filter((answer) => answer.status === 409);
        assert.equal(created.length, capacity);
        assert.equal(refused.length, 200 - capacity);
        for (const answer of refused) {
          assert.match(answer.type, /^application\/problem\+json/);
          assert.equal(answer.body['type'], '/problems/slot-full');
        }
        assert.equal(
          count(
            dbPath,
            `SELECT count(*) AS n FROM seats WHERE hall_id = '${hall}' AND date = '${FIRST_DAY}' AND time = '10:30'`,
          ),
          capacity,
        );
        assert.equal(
          count(
            dbPath,
            `SELECT count(*) AS n FROM appointments WHERE hall_id = '${hall}' AND date = '${FIRST_DAY}'`,
          ),
          capacity,
        );
        assertSeatsConsistent(dbPath);
      },
    );
  }

  await t.test(
    'concurrent reschedules, cancels and bookings never lose or double a seat',
    async () => {
      const hall = 'xincheng';
      setCapacity(dbPath, hall, 5);
      const times = ['09:00', '09:30', '10:00'];
      // Fill 09:00 and 09:30; 10:00 stays empty.
      const people = Array.from({ length: 10 }, (_, n) => ({
        ...bookingBody({ hall, time: times[n % 2]! }),
        ...person(2000 + n),
      }));
      const booked = await Promise.all(people.map((body) => book(running.origin, body)));
      assert.deepEqual(
        booked.map((answer) => answer.status),
        Array(10).fill(201),
      );
      const references = booked.map((answer) => answer.body['reference'] as string);

      // Everyone moves at once to the next slot (09:00 to 09:30, 09:30 to 10:00: never their own,
      // which is refused), half of them also cancel, and newcomers book the same slots.
      const actions = references.flatMap((reference, n) => [
        post(running.origin, `/api/appointments/${reference}/reschedule`, {
          mobile: people[n]!.mobile,
          date: FIRST_DAY,
          time: times[(n % 2) + 1]!,
        }),
        ...(n % 2 === 0
          ? [
              post(
                running.origin,
                `/api/appointments/${reference}/cancel`,
                { mobile: people[n]!.mobile },
                false,
              ),
            ]
          : []),
      ]);
      const newcomers = Array.from({ length: 30 }, (_, n) =>
        book(running.origin, {
          ...bookingBody({ hall, time: times[n % 3]! }),
          ...person(3000 + n),
        }),
      );
      const answers = await Promise.all([...actions, ...newcomers]);
      for (const answer of answers) {
        assert.ok([200, 201, 409].includes(answer.status), JSON.stringify(answer));
      }
      assertSeatsConsistent(dbPath);
      const seats = count(dbPath, `SELECT count(*) AS n FROM seats WHERE hall_id = '${hall}'`);
      const active = count(
        dbPath,
        `SELECT count(*) AS n FROM appointments WHERE hall_id = '${hall}' AND status = 'booked'`,
      );
      assert.equal(seats, active);
      assert.ok(seats <= 5 * times.length);
      // Every booking that was neither cancelled nor moved elsewhere still holds its seat.
      const created = answers.filter((answer) => answer.status === 201).length;
      const cancelled = answers.filter(
        (answer) => answer.status === 200 && answer.body['status'] === 'cancelled',
      ).length;
      assert.equal(active, 10 + created - cancelled);
    },
  );
});

test(
  'kill -9 during a booking burst loses no acknowledged booking',
  { timeout: 180_000 },
  async (t) => {
    const { server: running, dbPath } = await server(t);
    setCapacity(dbPath, 'smzx', 100);
    const slots = ['2026-09-16', '2026-09-17', '2026-09-18', '2026-09-21', '2026-09-22'].flatMap(
      (date) =>
        ['09:00', '09:30', '10:00', '10:30', '11:00', '14:00', '15:00'].map((time) => ({
          date,
          time,
        })),
    );
    const acknowledged: string[] = [];
    let killed = false;
    let next = 0;
    const worker = async () => {
      while (!killed) {
        const n = next++;
        try {
          const answer = await book(running.origin, {
            ...bookingBody(slots[n % slots.length]),
            ...person(n),
          });
          if (answer.status === 201) acknowledged.push(answer.body['reference'] as string);
        } catch {
          // Connections die with the server; only answered requests count.
        }
      }
    };
    const workers = Array.from({ length: 16 }, () => worker());
    await new Promise((resolve) => setTimeout(resolve, 2000));
    running.child.kill('SIGKILL');
    killed = true;
    const { signal } = await running.exited;
    await Promise.all(workers);
    assert.equal(signal, 'SIGKILL');
    assert.ok(acknowledged.length >= 20, `only ${acknowledged.length} bookings were acknowledged`);

    const db = new Database(dbPath);
    t.after(() => db.close());
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const stored = new Set(
      db
        .prepare<[], { reference: string }>(
          'SELECT a.reference FROM appointments a JOIN seats s ON s.appointment_id = a.id',
        )
        .all()
        .map((row) => row.reference),
    );
    const lost = acknowledged.filter((reference) => !stored.has(reference));
    assert.deepEqual(
      lost,
      [],
      `${lost.length} of ${acknowledged.length} acknowledged bookings were lost`,
    );
    t.diagnostic(`${acknowledged.length} acknowledged bookings, all stored with their seats`);
  },
);
