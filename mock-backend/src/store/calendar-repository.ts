import type { HallClosure } from '../calendar/calendar.ts';
import type { IsoDate } from '../clock.ts';
import type { Connection } from './database.ts';

export interface CalendarRepository {
  /** Closures from `from` to `to` inclusive, by date, of one hall or (hallId undefined) of all. */
  closures(hallId: string | undefined, from: IsoDate, to: IsoDate): Promise<HallClosure[]>;
}

interface ClosureRow {
  hallId: string;
  date: IsoDate;
  zh: string;
  en: string;
}

const columns = 'hall_id AS hallId, date, reason_zh AS zh, reason_en AS en';

const toClosure = ({ hallId, date, zh, en }: ClosureRow): HallClosure => ({
  hallId,
  date,
  reason: { zh, en },
});

export function createCalendarRepository(db: Connection): CalendarRepository {
  const ofHall = db.prepare<[string, IsoDate, IsoDate], ClosureRow>(
    `SELECT ${columns} FROM hall_closures WHERE hall_id = ? AND date BETWEEN ? AND ? ORDER BY date`,
  );
  const ofAll = db.prepare<[IsoDate, IsoDate], ClosureRow>(
    `SELECT ${columns} FROM hall_closures WHERE date BETWEEN ? AND ? ORDER BY date, hall_id`,
  );
  return {
    // SQLite answers synchronously; the Promise is for stores that cannot (PostgreSQL).
    async closures(hallId, from, to) {
      const rows = hallId === undefined ? ofAll.all(from, to) : ofHall.all(hallId, from, to);
      return rows.map(toClosure);
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
