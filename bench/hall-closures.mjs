// Hall closures and capacity, in process on a seeded database (`npm run bench -- --only
// hall-closures`): how long the preview (the overlap query) and the confirmation (one
// transaction: closure, cancellations, freed seats, two messages per booking, audit) take for a
// morning holding 100, 1,000 and 5,000 bookings; and what the per-date capacity costs a booking:
// the seat statement with no capacity change stored, and with a lowered capacity for the day.
// No HTTP: the figures are the store's, which is where a closure's time goes.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeadlines } from '../mock-backend/src/feedback/deadlines.ts';
import { seed } from '../mock-backend/src/seed/index.ts';
import { openDatabase } from '../mock-backend/src/store/database.ts';
import { openStore } from '../mock-backend/src/store/store.ts';

const NOW = new Date('2026-09-15T09:00:00+08:00');
const HALL = 'smzx';
const DAY = '2026-09-16';
const MORNING = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'];
const BOOKINGS_TO_TIME = 1000;

/** A seeded store, and a connection of its own to the same file for writing the fixtures. */
function freshStore(dir, name) {
  const file = join(dir, `${name}.db`);
  const store = openStore(file, {
    seed: (db) => seed(db, { now: NOW, deadlines: loadDeadlines() }),
  });
  const db = openDatabase(file);
  return { store, db, close: () => (db.close(), store.close()) };
}

/** Bookings written straight to the tables: every window of the hall, every morning slot. */
function fillMorning(db, count) {
  const windows = db
    .prepare(
      `SELECT w.department_id AS departmentId, min(s.code) AS service
       FROM hall_windows w JOIN services s ON s.department_id = w.department_id
       JOIN service_halls sh ON sh.service_code = s.code AND sh.hall_id = w.hall_id
       WHERE w.hall_id = ? GROUP BY w.department_id`,
    )
    .all(HALL);
  db.prepare('UPDATE hall_windows SET capacity = 100 WHERE hall_id = ?').run(HALL);
  const insert = db.prepare(
    `INSERT INTO appointments (reference, service_code, hall_id, department_id, date, time,
       end_time, name, mobile, id_type, id_masked, person_key, materials, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'Bench', ?, 'passport', 'E1****678', ?, '[]', ?)`,
  );
  const seat = db.prepare(
    `INSERT INTO seats (hall_id, department_id, date, time, seat_no, appointment_id)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const window = windows[i % windows.length];
      const slot = Math.floor(i / windows.length) % MORNING.length;
      const seatNo = Math.floor(i / (windows.length * MORNING.length)) + 1;
      const time = MORNING[slot];
      const end = `${time.slice(0, 2)}:${time.endsWith('00') ? '30' : '59'}`;
      const { lastInsertRowid } = insert.run(
        `B${String(i).padStart(7, '0')}`,
        window.service,
        HALL,
        window.departmentId,
        DAY,
        time,
        end,
        `139${String(i).padStart(8, '0')}`,
        `person-${i}`,
        NOW.toISOString(),
      );
      seat.run(HALL, window.departmentId, DAY, time, seatNo, lastInsertRowid);
    }
  })();
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

async function timeClosure(dir, count) {
  const { store, db, close } = freshStore(dir, `closure-${count}`);
  try {
    fillMorning(db, count);
    const period = { hallId: HALL, date: DAY, starts: '09:00', ends: '12:00' };
    let start = process.hrtime.bigint();
    const affected = await store.hallOperations.affected(period);
    const previewMs = ms(start);
    const message = (appointment) => [
      { kind: 'closure', locale: 'zh-CN', recipient: appointment.mobile, body: 'zh' },
      { kind: 'closure', locale: 'en', recipient: appointment.mobile, body: 'en' },
    ];
    start = process.hrtime.bigint();
    const outcome = await store.hallOperations.close(
      {
        ...period,
        reason: { zh: '系统故障', en: 'System outage' },
        createdBy: 1,
        createdAt: NOW.toISOString(),
      },
      message,
      'zwb',
    );
    const confirmMs = ms(start);
    if (affected.length !== count || outcome.cancelled.length !== count) {
      throw new Error(
        `expected ${count} affected, got ${affected.length}/${outcome.cancelled.length}`,
      );
    }
    return { count, previewMs, confirmMs };
  } finally {
    close();
  }
}

/** Bookings through the repository, one transaction each, spread over a fortnight's slots. */
async function timeBookings(dir, lowered) {
  const { store, db, close } = freshStore(dir, `book-${lowered ? 'lowered' : 'plain'}`);
  try {
    const window = await store.appointments.window(HALL, 'GAJ-001');
    db.prepare('UPDATE hall_windows SET capacity = 100 WHERE hall_id = ?').run(HALL);
    if (lowered) {
      db.prepare(
        `INSERT INTO hall_window_capacity (hall_id, department_id, from_date, capacity)
         VALUES (?, ?, '2026-09-16', 60), (?, ?, '2026-09-23', 80)`,
      ).run(HALL, window.departmentId, HALL, window.departmentId);
    }
    const days = ['2026-09-16', '2026-09-17', '2026-09-18', '2026-09-21', '2026-09-22'];
    const start = process.hrtime.bigint();
    for (let i = 0; i < BOOKINGS_TO_TIME; i++) {
      const outcome = await store.appointments.book(
        {
          reference: `K${String(i).padStart(7, '0')}`,
          serviceCode: 'GAJ-001',
          hallId: HALL,
          departmentId: window.departmentId,
          date: days[i % days.length],
          time: MORNING[Math.floor(i / days.length) % MORNING.length],
          end: '12:00',
          name: 'Bench',
          mobile: `138${String(i).padStart(8, '0')}`,
          idType: 'passport',
          idMasked: 'E1****678',
          personKey: `p-${i}`,
          materials: [],
          createdAt: NOW.toISOString(),
        },
        () => null,
        '2026-09-15',
        () => [],
        {
          record: { scope: 'bench', key: randomUUID() },
          fingerprint: 'bench',
          createdAt: Date.now(),
          expiredBefore: 0,
          answer: () => ({ status: 201, body: '' }),
        },
      );
      if (!outcome.ok) throw new Error(`booking ${i} refused: ${outcome.refusal.kind}`);
    }
    return ms(start) / BOOKINGS_TO_TIME;
  } finally {
    close();
  }
}

export async function runHallClosuresBench() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-closures-'));
  try {
    const rows = [];
    for (const count of [100, 1000, 5000]) rows.push(await timeClosure(dir, count));
    const plain = await timeBookings(dir, false);
    const lowered = await timeBookings(dir, true);
    return [
      '| bookings in the closed morning | preview (overlap query) | confirm (one transaction, synchronous=FULL) |',
      '| -----------------------------: | ----------------------: | ------------------------------------------: |',
      ...rows.map(
        ({ count, previewMs, confirmMs }) =>
          `| ${count.toLocaleString('en')} | ${previewMs.toFixed(1)} ms | ${confirmMs.toFixed(1)} ms |`,
      ),
      '',
      `A booking through the repository (one transaction, synchronous=FULL; ${BOOKINGS_TO_TIME.toLocaleString('en')} in a row): ${plain.toFixed(2)} ms with no capacity change stored, ${lowered.toFixed(2)} ms with two changes stored for the window (the seat statement reads the capacity of the slot's date).`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
