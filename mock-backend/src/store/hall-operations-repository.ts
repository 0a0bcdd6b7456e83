import type { LocalText } from '../calendar/calendar.ts';
import type { IsoDate } from '../clock.ts';
import type { CapacityFrom } from '../appointments/slots.ts';
import { writeAudit } from '../staff/audit.ts';
import {
  fromRow,
  messageWriter,
  type AppointmentRow,
  type MessagesFor,
  type StoredAppointment,
} from './appointments-repository.ts';
import type { Connection } from './database.ts';

/** A period of one day at one hall: [starts, ends), 'HH:MM', ends up to '24:00'. */
export interface ClosurePeriod {
  hallId: string;
  date: IsoDate;
  starts: string;
  ends: string;
}

export interface NewClosure extends ClosurePeriod {
  reason: LocalText;
  createdBy: number;
  createdAt: string;
}

export interface StoredClosure extends ClosurePeriod {
  id: number;
  reason: LocalText;
  /** Bookings it cancelled. */
  cancelled: number;
  /** User name of the staff member who closed, null for seeded closures. */
  createdBy: string | null;
  createdAt: string | null;
}

export interface ClosureOutcome {
  closure: StoredClosure;
  /** Bookings this call cancelled; none when the period was closed before. */
  cancelled: StoredAppointment[];
  repeated: boolean;
}

export interface WindowRecord {
  hallId: string;
  departmentId: string;
  slotMinutes: number;
  /** The window's own capacity, before any change. */
  capacity: number;
  version: number;
  /** Every change stored, by date. */
  changes: CapacityFrom[];
}

export interface HallOperationsRepository {
  /** Counts this process's closures and capacity changes: availability computed before is stale. */
  readonly changes: number;
  /** Closures dated from `from` on, by date, hall and time. */
  closures(from: IsoDate): Promise<StoredClosure[]>;
  /** The closure of exactly this period, or null. */
  findClosure(period: ClosurePeriod): Promise<StoredClosure | null>;
  /** Booked appointments overlapping the period, by time. */
  affected(period: ClosurePeriod): Promise<StoredAppointment[]>;
  /**
   * In one transaction: stores the closure, sets each booked appointment overlapping it to
   * cancelled-by-hall, frees its seat, links it to the closure, writes its messages and the audit
   * row. Never a no-show. A period closed before changes nothing (repeated).
   */
  close(
    closure: NewClosure,
    messages: MessagesFor,
    auditDepartment: string,
  ): Promise<ClosureOutcome>;
  /** The closure that cancelled an appointment, or null. */
  closureOf(appointmentId: number): Promise<StoredClosure | null>;
  /** A hall's windows with their stored capacity changes, by department. */
  windows(hallId: string): Promise<WindowRecord[]>;
  /**
   * Sets a window's capacity from a date on (replacing a change stored for that very date) if
   * the window is still at `version`, with its audit row; false when it is not (stale).
   */
  setCapacity(
    window: { hallId: string; departmentId: string },
    version: number,
    change: CapacityFrom,
    audit: { at: string; actorId: number; before: number },
  ): Promise<boolean>;
}

interface ClosureRow {
  id: number;
  hallId: string;
  date: string;
  starts: string;
  ends: string;
  zh: string;
  en: string;
  cancelled: number;
  createdBy: string | null;
  createdAt: string | null;
}

const closureColumns = `c.id, c.hall_id AS hallId, c.date, c.starts, c.ends,
  c.reason_zh AS zh, c.reason_en AS en,
  (SELECT count(*) FROM closure_cancellations x WHERE x.closure_id = c.id) AS cancelled,
  s.user_name AS createdBy, c.created_at AS createdAt`;
const closureFrom = 'hall_closures c LEFT JOIN staff_accounts s ON s.id = c.created_by';

const toClosure = ({ zh, en, ...row }: ClosureRow): StoredClosure => ({
  ...row,
  reason: { zh, en },
});

export function createHallOperationsRepository(db: Connection): HallOperationsRepository {
  const upcoming = db.prepare<[string], ClosureRow>(
    `SELECT ${closureColumns} FROM ${closureFrom} WHERE c.date >= ? ORDER BY c.date, c.hall_id, c.starts`,
  );
  const samePeriod = db.prepare<[string, string, string, string], ClosureRow>(
    `SELECT ${closureColumns} FROM ${closureFrom}
     WHERE c.hall_id = ? AND c.date = ? AND c.starts = ? AND c.ends = ?`,
  );
  const byId = db.prepare<[number], ClosureRow>(
    `SELECT ${closureColumns} FROM ${closureFrom} WHERE c.id = ?`,
  );
  const ofAppointment = db.prepare<[number], ClosureRow>(
    `SELECT ${closureColumns} FROM ${closureFrom}
     WHERE c.id = (SELECT closure_id FROM closure_cancellations WHERE appointment_id = ?)`,
  );
  // A slot overlaps [starts, ends) when it starts before the end and ends after the start.
  const overlapping = `status = 'booked' AND hall_id = @hallId AND date = @date
    AND time < @ends AND end_time > @starts`;
  const affected = db.prepare<ClosurePeriod, AppointmentRow>(
    `SELECT * FROM appointments WHERE ${overlapping} ORDER BY time, id`,
  );
  const insertClosure = db.prepare<NewClosure & { zh: string; en: string }, { id: number }>(
    `INSERT INTO hall_closures (hall_id, date, starts, ends, reason_zh, reason_en, created_by, created_at)
     VALUES (@hallId, @date, @starts, @ends, @zh, @en, @createdBy, @createdAt)
     ON CONFLICT (hall_id, date, starts, ends) DO NOTHING RETURNING id`,
  );
  const cancelAffected = db.prepare<ClosurePeriod & { at: string }, AppointmentRow>(
    `UPDATE appointments SET status = 'cancelled-by-hall', cancelled_at = @at
     WHERE ${overlapping} RETURNING *`,
  );
  const freeSeat = db.prepare<[number]>('DELETE FROM seats WHERE appointment_id = ?');
  const link = db.prepare<[number, number]>(
    'INSERT INTO closure_cancellations (appointment_id, closure_id) VALUES (?, ?)',
  );
  const writeMessages = messageWriter(db);

  const windowsOf = db.prepare<[string], Omit<WindowRecord, 'changes'>>(
    `SELECT hall_id AS hallId, department_id AS departmentId, slot_minutes AS slotMinutes,
            capacity, version
     FROM hall_windows WHERE hall_id = ? ORDER BY department_id`,
  );
  const changesOf = db.prepare<[string], CapacityFrom & { departmentId: string }>(
    `SELECT department_id AS departmentId, from_date AS "from", capacity
     FROM hall_window_capacity WHERE hall_id = ? ORDER BY from_date`,
  );
  const bumpVersion = db.prepare<[string, string, number], { version: number }>(
    `UPDATE hall_windows SET version = version + 1
     WHERE hall_id = ? AND department_id = ? AND version = ? RETURNING version`,
  );
  const upsertCapacity = db.prepare<[string, string, string, number]>(
    `INSERT INTO hall_window_capacity (hall_id, department_id, from_date, capacity)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (hall_id, department_id, from_date) DO UPDATE SET capacity = excluded.capacity`,
  );

  const close = db.transaction(
    (closure: NewClosure, messages: MessagesFor, auditDepartment: string): ClosureOutcome => {
      const [inserted] = insertClosure.all({ ...closure, ...closure.reason });
      if (!inserted) {
        const existing = samePeriod.all(closure.hallId, closure.date, closure.starts, closure.ends);
        return { closure: toClosure(existing[0]!), cancelled: [], repeated: true };
      }
      const cancelled = cancelAffected
        .all({ ...closure, at: closure.createdAt })
        .map(fromRow)
        .sort((a, b) => a.time.localeCompare(b.time) || a.id - b.id);
      for (const appointment of cancelled) {
        freeSeat.run(appointment.id);
        link.run(appointment.id, inserted.id);
        writeMessages(appointment, messages, closure.createdAt);
      }
      writeAudit(db, {
        at: closure.createdAt,
        actorId: closure.createdBy,
        action: 'hall-closure',
        target: `closure/${inserted.id}`,
        departmentId: auditDepartment,
        before: null,
        // References only: the citizens' names and numbers stay out of the audit.
        after: {
          hall: closure.hallId,
          date: closure.date,
          from: closure.starts,
          to: closure.ends,
          reason: closure.reason,
          cancelled: cancelled.map((appointment) => appointment.reference),
        },
      });
      return { closure: toClosure(byId.all(inserted.id)[0]!), cancelled, repeated: false };
    },
  );

  const setCapacity = db.transaction(
    (
      window: { hallId: string; departmentId: string },
      version: number,
      change: CapacityFrom,
      audit: { at: string; actorId: number; before: number },
    ): boolean => {
      if (bumpVersion.all(window.hallId, window.departmentId, version).length === 0) return false;
      upsertCapacity.run(window.hallId, window.departmentId, change.from, change.capacity);
      writeAudit(db, {
        at: audit.at,
        actorId: audit.actorId,
        action: 'window-capacity',
        target: `${window.hallId}/${window.departmentId}`,
        departmentId: window.departmentId,
        before: { from: change.from, capacity: audit.before },
        after: { from: change.from, capacity: change.capacity },
      });
      return true;
    },
  );

  let changes = 0;
  return {
    get changes() {
      return changes;
    },
    async closures(from) {
      return upcoming.all(from).map(toClosure);
    },
    async findClosure(period) {
      const row = samePeriod.all(period.hallId, period.date, period.starts, period.ends)[0];
      return row ? toClosure(row) : null;
    },
    async affected(period) {
      return affected.all(period).map(fromRow);
    },
    async close(closure, messages, auditDepartment) {
      const outcome = close.immediate(closure, messages, auditDepartment);
      if (!outcome.repeated) changes += 1;
      return outcome;
    },
    async closureOf(appointmentId) {
      const row = ofAppointment.all(appointmentId)[0];
      return row ? toClosure(row) : null;
    },
    async windows(hallId) {
      const stored = changesOf.all(hallId);
      return windowsOf.all(hallId).map((window) => ({
        ...window,
        changes: stored
          .filter((row) => row.departmentId === window.departmentId)
          .map(({ from, capacity }) => ({ from, capacity })),
      }));
    },
    async setCapacity(window, version, change, audit) {
      const done = setCapacity.immediate(window, version, change, audit);
      if (done) changes += 1;
      return done;
    },
  };
}
