import type { Hall } from '../../../contract/catalogue.ts';
import { slotsOf } from '../appointments/slots.ts';
import { WorkingCalendar, calendarYears } from '../calendar/calendar.ts';
import { addCalendarDays } from '../calendar/dates.ts';
import { shanghaiDate } from '../clock.ts';
import type { Connection } from '../store/database.ts';
import { prng } from './large-catalogue.ts';

/** More than a benchmark needs and little enough to write in a minute or two. */
export const MAX_LARGE_APPOINTMENTS = 1_000_000;

/**
 * Up to `count` appointments over the year up to `now` for the dashboard's benchmark
 * (`seed:large --appointments N`): seats chosen at random among every slot the calendar, the
 * halls' hours and their windows offered (days in years the calendar has no data for offer
 * none), so no slot holds more than its capacity. Past ones mostly attended, some no-shows and
 * cancellations; taken seats get their `seats` row as a booking would. Returns how many it wrote
 * (fewer than `count` when the year has fewer seats).
 */
export function seedLargeAppointments(
  db: Connection,
  options: { now: Date; halls: readonly Hall[]; count: number },
): number {
  const today = shanghaiDate(options.now);
  const first = addCalendarDays(today, -364);
  const start = first < `${calendarYears.first}-01-01` ? `${calendarYears.first}-01-01` : first;
  const calendar = new WorkingCalendar([]);
  const hours = new Map(options.halls.map((hall) => [hall.id, hall.hours]));
  const windows = db
    .prepare<
      [],
      {
        hallId: string;
        departmentId: string;
        slotMinutes: number;
        capacity: number;
        service: string;
      }
    >(
      `SELECT w.hall_id AS hallId, w.department_id AS departmentId, w.slot_minutes AS slotMinutes,
         w.capacity, (SELECT min(s.code) FROM service_halls sh JOIN services s ON s.code = sh.service_code
                      WHERE sh.hall_id = w.hall_id AND s.department_id = w.department_id) AS service
       FROM hall_windows w ORDER BY w.hall_id, w.department_id`,
    )
    .all()
    .filter((window) => window.service !== null && hours.has(window.hallId));

  // Every seat of the year, counted first so each is taken with the same chance.
  const days: string[] = [];
  for (let day = start; day <= today; day = addCalendarDays(day, 1)) days.push(day);
  const slotsPerDay = windows.map((window) =>
    days.map((date) =>
      slotsOf(calendar.day(date, window.hallId), {
        hours: hours.get(window.hallId)!,
        slotMinutes: window.slotMinutes,
      }),
    ),
  );
  const seats = windows.reduce(
    (sum, window, w) =>
      sum + slotsPerDay[w]!.reduce((daySum, slots) => daySum + slots.length, 0) * window.capacity,
    0,
  );
  if (seats === 0 || options.count <= 0) return 0;
  const chance = Math.min(1, options.count / seats);

  const insertAppointment = db.prepare(
    `INSERT INTO appointments (reference, status, service_code, hall_id, department_id, date, time,
       end_time, name, mobile, id_type, id_masked, person_key, materials, created_at, cancelled_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '测试', '13800000000', 'resident-id', '110***********1234', ?,
       '[]', ?, ?)`,
  );
  const insertSeat = db.prepare(
    'INSERT INTO seats (hall_id, department_id, date, time, seat_no, appointment_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const next = prng(20261202);
  let written = 0;
  for (const [w, window] of windows.entries()) {
    for (const [d, date] of days.entries()) {
      for (const slot of slotsPerDay[w]![d]!) {
        for (let seat = 1; seat <= window.capacity; seat += 1) {
          if (written >= options.count || next() >= chance) continue;
          const roll = next();
          const past = date < today;
          const status = !past
            ? 'booked'
            : roll < 0.82
              ? 'attended'
              : roll < 0.88
                ? 'no-show'
                : roll < 0.97
                  ? 'cancelled'
                  : roll < 0.98
                    ? 'cancelled-by-hall'
                    : 'booked';
          const cancelled = status === 'cancelled' || status === 'cancelled-by-hall';
          const createdAt = `${addCalendarDays(date, -3)}T02:00:00.000Z`;
          const { lastInsertRowid } = insertAppointment.run(
            `L${written.toString(36).toUpperCase().padStart(8, '0')}`,
            status,
            window.service,
            window.hallId,
            window.departmentId,
            date,
            slot.time,
            slot.end,
            `large-${written % 5000}`,
            createdAt,
            cancelled ? createdAt : null,
          );
          // A cancelled booking gave its seat back.
          if (!cancelled) {
            insertSeat.run(
              window.hallId,
              window.departmentId,
              date,
              slot.time,
              seat,
              lastInsertRowid,
            );
          }
          written += 1;
        }
      }
    }
  }
  return written;
}
