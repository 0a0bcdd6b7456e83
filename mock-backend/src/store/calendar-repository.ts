import type { HallClosure } from '../calendar/calendar.ts';
import type { IsoDate } from '../clock.ts';
import type { Connection } from './database.ts';

/** A closure of part of a day: its slots are not offered, but the day stays a working day. */
export interface PartDayClosure extends HallClosure {
  starts: string;
  ends: string;
}

export interface CalendarRepository {
  /**
   * Whole-day closures from `from` to `to` inclusive, by date, of one hall or (hallId undefined)
   * of all: the days the working-day calendar treats as closed.
   */
  closures(hallId: string | undefined, from: IsoDate, to: IsoDate): Promise<HallClosure[]>;
  /** Closures of part of a day from `from` to `to`, by date and time, of one hall or of all. */
  partDayClosures(
    hallId: string | undefined,
    from: IsoDate,
    to: IsoDate,
  ): Promise<PartDayClosure[]>;
}

interface ClosureRow {
  hallId: string;
  date: IsoDate;
  zh: string;
  en: string;
}

const columns = 'hall_id AS hallId, date, reason_zh AS zh, reason_en AS en';
const wholeDay = "starts = '00:00' AND ends = '24:00'";

const toClosure = ({ hallId, date, zh, en }: ClosureRow): HallClosure => ({
  hallId,
  date,
  reason: { zh, en },
});

export function createCalendarRepository(db: Connection): CalendarRepository {
  const ofHall = db.prepare<[string, IsoDate, IsoDate], ClosureRow>(
    `SELECT ${columns} FROM hall_closures
     WHERE hall_id = ? AND date BETWEEN ? AND ? AND ${wholeDay} ORDER BY date`,
  );
  const ofAll = db.prepare<[IsoDate, IsoDate], ClosureRow>(
    `SELECT ${columns} FROM hall_closures
     WHERE date BETWEEN ? AND ? AND ${wholeDay} ORDER BY date, hall_id`,
  );
  type PartRow = ClosureRow & { starts: string; ends: string };
  const partOfDay = db.prepare<[string, IsoDate, IsoDate], PartRow>(
    `SELECT ${columns}, starts, ends FROM hall_closures
     WHERE hall_id = ? AND date BETWEEN ? AND ? AND NOT (${wholeDay}) ORDER BY date, starts`,
  );
  const partOfDayAll = db.prepare<[IsoDate, IsoDate], PartRow>(
    `SELECT ${columns}, starts, ends FROM hall_closures
     WHERE date BETWEEN ? AND ? AND NOT (${wholeDay}) ORDER BY date, hall_id, starts`,
  );
  return {
    // SQLite answers synchronously; the Promise is for stores that cannot (PostgreSQL).
    async closures(hallId, from, to) {
      const rows = hallId === undefined ? ofAll.all(from, to) : ofHall.all(hallId, from, to);
      return rows.map(toClosure);
    },
    async partDayClosures(hallId, from, to) {
      const rows =
        hallId === undefined ? partOfDayAll.all(from, to) : partOfDay.all(hallId, from, to);
      return rows.map((row) => ({ ...toClosure(row), starts: row.starts, ends: row.ends }));
    },
  };
}

/** Writes closures, e.g. the seed's; a second closure of one hall on one day is refused. */
export function insertClosures(db: Connection, closures: readonly HallClosure[]): void {
  const insert = db.prepare<[string, IsoDate, string, string]>(
    'INSERT INTO hall_closures (hall_id, date, reason_zh, reason_en) VALUES (?, ?, ?, ?)',
  );
  for (const { hallId, date, reason } of closures) insert.run(hallId, date, reason.zh, reason.en);
}
