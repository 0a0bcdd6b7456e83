import type { AppointmentStatus, IdType } from '../../../contract/appointments.ts';
import { addCalendarDays, type IsoDate } from '../calendar/calendar.ts';
import { MAX_BOOKINGS_PER_DAY, type PersonRecord, type Refusal } from '../appointments/fair-use.ts';
import type { StoredKey } from '../appointments/idempotency.ts';
import type { CapacityFrom } from '../appointments/slots.ts';
import type { Connection } from './database.ts';

/** The window that serves a service at a hall: its slot length and seats per slot. */
export interface HallWindow {
  hallId: string;
  departmentId: string;
  slotMinutes: number;
  capacity: number;
}

export interface SlotRef {
  date: IsoDate;
  time: string;
  end: string;
}

export interface NewAppointment extends SlotRef {
  reference: string;
  serviceCode: string;
  hallId: string;
  departmentId: string;
  name: string;
  mobile: string;
  idType: IdType;
  idMasked: string;
  personKey: string;
  materials: readonly number[];
  createdAt: string;
}

export interface StoredAppointment extends NewAppointment {
  id: number;
  status: AppointmentStatus;
}

export interface OutboxMessage {
  kind: 'booked' | 'rescheduled' | 'cancelled' | 'closure';
  locale: 'zh-CN' | 'en';
  recipient: string;
  body: string;
}

/** Builds the text messages for an appointment inside the transaction that changes it. */
export type MessagesFor = (appointment: StoredAppointment) => OutboxMessage[];

/** An answer kept under an Idempotency-Key, already serialised. */
export interface KeptAnswer {
  status: number;
  body: string;
}

/**
 * What a change keeps under its Idempotency-Key, written in the change's own transaction so the
 * change and its answer are durable together (one commit, one fsync).
 */
export interface KeyToKeep {
  record: IdempotencyRecord;
  fingerprint: string;
  /** Milliseconds since the epoch, as keys are stored. */
  createdAt: number;
  /** A row older than this has expired and may be replaced. */
  expiredBefore: number;
  answer(appointment: StoredAppointment): KeptAnswer;
}

/** Another request with the same key committed first (another server process): nothing changed. */
interface KeyAnswered {
  kind: 'key-answered';
}

export type BookingOutcome =
  | { ok: true; appointment: StoredAppointment; answer: KeptAnswer }
  | {
      ok: false;
      refusal: Refusal | { kind: 'slot-full' } | { kind: 'reference-taken' } | KeyAnswered;
    };

export type RescheduleOutcome =
  | { ok: true; appointment: StoredAppointment; answer: KeptAnswer }
  | {
      ok: false;
      refusal:
        | { kind: 'slot-full' }
        | { kind: 'not-active' }
        | { kind: 'daily-limit' }
        | KeyAnswered;
    };

export interface IdempotencyRecord {
  scope: string;
  key: string;
}

export interface AppointmentsRepository {
  /**
   * Counts this process's changes to seats (bookings, cancellations, moves): an availability
   * answer computed before the count moved is stale. Changes made by other processes on the
   * same database are not counted.
   */
  readonly seatChanges: number;
  window(hallId: string, serviceCode: string): Promise<HallWindow | null>;
  /** The window's capacity changes up to a date, by date (see capacityOn in appointments/slots.ts). */
  capacityChanges(window: HallWindow, to: IsoDate): Promise<CapacityFrom[]>;
  /** Seats taken per slot ('YYYY-MM-DD HH:MM' → count) in one window between two dates. */
  seatsTaken(window: HallWindow, from: IsoDate, to: IsoDate): Promise<Map<string, number>>;
  /**
   * Books in one transaction: reads the person's record, asks `refuse` (the fair-use rules),
   * then takes a seat with a single statement that cannot exceed the capacity, and writes the
   * text messages. Either all of it is durable when the promise resolves, or none of it.
   */
  book(
    appointment: NewAppointment,
    refuse: (record: PersonRecord) => Refusal | null,
    today: IsoDate,
    messages: MessagesFor,
    key: KeyToKeep,
  ): Promise<BookingOutcome>;
  find(reference: string): Promise<StoredAppointment | null>;
  /** Frees the seat at once; a late cancellation also records a no-show. Null if not active. */
  cancel(
    reference: string,
    at: string,
    late: boolean,
    messages: MessagesFor,
  ): Promise<StoredAppointment | null>;
  /** Takes the new seat, then frees the old one, in one transaction: both or neither. */
  reschedule(
    reference: string,
    to: SlotRef,
    at: string,
    messages: MessagesFor,
    key: KeyToKeep,
  ): Promise<RescheduleOutcome>;
  /** Records a no-show (staff will; tests do). */
  addNoShow(personKey: string, date: IsoDate, appointmentId?: number): Promise<void>;
  outbox(reference: string): Promise<OutboxMessage[]>;

  /** What is stored under a key, or null. */
  findKey(record: IdempotencyRecord): Promise<StoredKey | null>;
  /** Keeps a refusal's answer under its key; false when another request's answer is there. */
  keepAnswer(key: Omit<KeyToKeep, 'answer'>, answer: KeptAnswer): Promise<boolean>;
}

export interface AppointmentRow {
  id: number;
  reference: string;
  status: AppointmentStatus;
  service_code: string;
  hall_id: string;
  department_id: string;
  date: string;
  time: string;
  end_time: string;
  name: string;
  mobile: string;
  id_type: IdType;
  id_masked: string;
  person_key: string;
  materials: string;
  created_at: string;
}

export const fromRow = (row: AppointmentRow): StoredAppointment => ({
  id: row.id,
  reference: row.reference,
  status: row.status,
  serviceCode: row.service_code,
  hallId: row.hall_id,
  departmentId: row.department_id,
  date: row.date,
  time: row.time,
  end: row.end_time,
  name: row.name,
  mobile: row.mobile,
  idType: row.id_type,
  idMasked: row.id_masked,
  personKey: row.person_key,
  materials: JSON.parse(row.materials) as number[],
  createdAt: row.created_at,
});

export function createAppointmentsRepository(db: Connection): AppointmentsRepository {
  const windowOf = db.prepare<[string, string], HallWindow>(
    `SELECT w.hall_id AS hallId, w.department_id AS departmentId,
            w.slot_minutes AS slotMinutes, w.capacity
     FROM services s
     JOIN service_halls sh ON sh.service_code = s.code AND sh.hall_id = ?
     JOIN hall_windows w ON w.hall_id = sh.hall_id AND w.department_id = s.department_id
     WHERE s.code = ?`,
  );
  const taken = db.prepare<
    [string, string, string, string],
    { date: string; time: string; n: number }
  >(
    `SELECT date, time, count(*) AS n FROM seats
     WHERE hall_id = ? AND department_id = ? AND date BETWEEN ? AND ?
     GROUP BY date, time`,
  );
  const activeForService = db.prepare<[string, string, string], { n: number }>(
    `SELECT count(*) AS n FROM appointments
     WHERE person_key = ? AND status = 'booked' AND service_code = ? AND date >= ?`,
  );
  const onDate = db.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM appointments WHERE person_key = ? AND status = 'booked' AND date = ?`,
  );
  const noShowDates = db.prepare<[string, string], { date: string }>(
    `SELECT date FROM no_shows WHERE person_key = ? AND date >= ? ORDER BY date`,
  );
  const insertAppointment = db.prepare<unknown[], AppointmentRow>(
    `INSERT INTO appointments (reference, service_code, hall_id, department_id, date, time,
       end_time, name, mobile, id_type, id_masked, person_key, materials, created_at)
     VALUES (@reference, @serviceCode, @hallId, @departmentId, @date, @time, @end, @name,
       @mobile, @idType, @idMasked, @personKey, @materials, @createdAt)
     ON CONFLICT (reference) DO NOTHING
     RETURNING *`,
  );
  // A window has a handful of changes, so all of them up to `to` are read.
  const changesOf = db.prepare<[string, string, string], CapacityFrom>(
    `SELECT from_date AS "from", capacity FROM hall_window_capacity
     WHERE hall_id = ? AND department_id = ? AND from_date <= ? ORDER BY from_date`,
  );
  // The capacity of the slot's date: the latest change on or before it, else the window's own.
  const capacityOfDate = `coalesce(
      (SELECT capacity FROM hall_window_capacity
       WHERE hall_id = @hallId AND department_id = @departmentId AND from_date <= @date
       ORDER BY from_date DESC LIMIT 1),
      (SELECT capacity FROM hall_windows WHERE hall_id = @hallId AND department_id = @departmentId))`;
  // The capacity rule, in one statement: the lowest free seat number up to the capacity of the
  // slot's date, and only while fewer seats than that are taken, or no row at all. The count
  // matters once capacity was lowered: seats numbered above it stay taken (they are never
  // dropped) and a free number below it must not be handed out while they fill the slot. The
  // primary key on (slot, seat_no) backs it up should two writers ever pick the same number
  // concurrently (a database server without SQLite's single writer): the loser fails instead
  // of overbooking.
  const takeSeat = db.prepare<{
    hallId: string;
    departmentId: string;
    date: string;
    time: string;
    appointmentId: number;
  }>(
    `INSERT INTO seats (hall_id, department_id, date, time, seat_no, appointment_id)
     SELECT @hallId, @departmentId, @date, @time, n.seat, @appointmentId
     FROM (WITH RECURSIVE n(seat) AS (
             SELECT 1 UNION ALL SELECT seat + 1 FROM n WHERE seat < ${capacityOfDate})
           SELECT seat FROM n) AS n
     WHERE n.seat <= ${capacityOfDate}
       AND n.seat NOT IN (SELECT seat_no FROM seats
                          WHERE hall_id = @hallId AND department_id = @departmentId
                            AND date = @date AND time = @time)
       AND (SELECT count(*) FROM seats
            WHERE hall_id = @hallId AND department_id = @departmentId
              AND date = @date AND time = @time) < ${capacityOfDate}
     ORDER BY n.seat LIMIT 1`,
  );
  const freeSeat = db.prepare<[number]>('DELETE FROM seats WHERE appointment_id = ?');
  const byReference = db.prepare<[string], AppointmentRow>(
    'SELECT * FROM appointments WHERE reference = ?',
  );
  const setCancelled = db.prepare<[string, string], AppointmentRow>(
    `UPDATE appointments SET status = 'cancelled', cancelled_at = ?
     WHERE reference = ? AND status = 'booked' RETURNING *`,
  );
  const moveAppointment = db.prepare<[string, string, string, number], AppointmentRow>(
    `UPDATE appointments SET date = ?, time = ?, end_time = ? WHERE id = ? RETURNING *`,
  );
  const insertNoShow = db.prepare<[string, string, number | null, string]>(
    'INSERT INTO no_shows (person_key, date, appointment_id, cause) VALUES (?, ?, ?, ?)',
  );
  const writeMessages = messageWriter(db);
  const messagesOf = db.prepare<[string], OutboxMessage>(
    `SELECT o.kind, o.locale, o.recipient, o.body FROM outbox o
     JOIN appointments a ON a.id = o.appointment_id WHERE a.reference = ? ORDER BY o.id`,
  );
  const readKey = db.prepare<
    [string, string],
    {
      fingerprint: string;
      created_at: number;
      response_status: number | null;
      response_body: string | null;
    }
  >(
    'SELECT fingerprint, created_at, response_status, response_body FROM idempotency_keys WHERE scope = ? AND key = ?',
  );
  // Writes the answer unless another request's live answer is already there. A row without an
  // answer is a claim left by an earlier version of this server, which claimed keys first.
  const upsertKey = db.prepare<
    [string, string, string, number, number, string, number],
    { scope: string }
  >(
    `INSERT INTO idempotency_keys (scope, key, fingerprint, created_at, response_status, response_body)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (scope, key) DO UPDATE SET
       fingerprint = excluded.fingerprint, created_at = excluded.created_at,
       response_status = excluded.response_status, response_body = excluded.response_body
     WHERE idempotency_keys.response_status IS NULL OR idempotency_keys.created_at < ?
     RETURNING scope`,
  );
  const keep = (key: Omit<KeyToKeep, 'answer'>, answer: KeptAnswer): boolean =>
    upsertKey.all(
      key.record.scope,
      key.record.key,
      key.fingerprint,
      key.createdAt,
      answer.status,
      answer.body,
      key.expiredBefore,
    ).length > 0;

  const book = db.transaction(
    (
      appointment: NewAppointment,
      refuse: (record: PersonRecord) => Refusal | null,
      today: IsoDate,
      messages: MessagesFor,
      key: KeyToKeep,
    ): BookingOutcome => {
      const refusal = refuse({
        activeForService:
          activeForService.all(appointment.personKey, appointment.serviceCode, today)[0]?.n ?? 0,
        onDate: onDate.all(appointment.personKey, appointment.date)[0]?.n ?? 0,
        noShowDates: noShowDates
          .all(appointment.personKey, addCalendarDays(today, -120))
          .map((row) => row.date),
      });
      if (refusal) return { ok: false, refusal };
      const [row] = insertAppointment.all({
        ...appointment,
        materials: JSON.stringify(appointment.materials),
      });
      if (!row) return { ok: false, refusal: { kind: 'reference-taken' } };
      const stored = fromRow(row);
      const seat = takeSeat.run({ ...appointment, appointmentId: stored.id });
      if (seat.changes === 0) throw new SlotFull();
      writeMessages(stored, messages, appointment.createdAt);
      const answer = key.answer(stored);
      if (!keep(key, answer)) throw new KeyTaken();
      return { ok: true, appointment: stored, answer };
    },
  );

  const cancel = db.transaction(
    (
      reference: string,
      at: string,
      late: boolean,
      messages: MessagesFor,
    ): StoredAppointment | null => {
      const [row] = setCancelled.all(at, reference);
      if (!row) return null;
      const stored = fromRow(row);
      freeSeat.run(stored.id);
      if (late) insertNoShow.run(stored.personKey, stored.date, stored.id, 'late-cancellation');
      writeMessages(stored, messages, at);
      return stored;
    },
  );

  const reschedule = db.transaction(
    (
      reference: string,
      to: SlotRef,
      at: string,
      messages: MessagesFor,
      key: KeyToKeep,
    ): RescheduleOutcome => {
      const row = byReference.all(reference)[0];
      if (!row || row.status !== 'booked') return { ok: false, refusal: { kind: 'not-active' } };
      const old = fromRow(row);
      // Moving to another day must not give the person a fourth booking on that day. Read in
      // the same transaction as the move, so two moves at once cannot both slip under the limit.
      if (
        to.date !== old.date &&
        (onDate.all(old.personKey, to.date)[0]?.n ?? 0) >= MAX_BOOKINGS_PER_DAY
      ) {
        return { ok: false, refusal: { kind: 'daily-limit' } };
      }
      // The seat of the old slot is released first only inside this transaction: if the new
      // one cannot be taken, the rollback puts it back, so the booking never loses its seat.
      freeSeat.run(old.id);
      const seat = takeSeat.run({
        hallId: old.hallId,
        departmentId: old.departmentId,
        date: to.date,
        time: to.time,
        appointmentId: old.id,
      });
      if (seat.changes === 0) throw new SlotFull();
      const [moved] = moveAppointment.all(to.date, to.time, to.end, old.id);
      const stored = fromRow(moved!);
      writeMessages(stored, messages, at);
      const answer = key.answer(stored);
      if (!keep(key, answer)) throw new KeyTaken();
      return { ok: true, appointment: stored, answer };
    },
  );

  let seatChanges = 0;
  /** Counts a change once its transaction has committed. */
  const counted = <T extends { ok: boolean } | object | null>(outcome: T): T => {
    if (outcome !== null && (!('ok' in outcome) || outcome.ok)) seatChanges += 1;
    return outcome;
  };

  return {
    get seatChanges() {
      return seatChanges;
    },
    async window(hallId, serviceCode) {
      return windowOf.all(hallId, serviceCode)[0] ?? null;
    },
    async capacityChanges(window, to) {
      return changesOf.all(window.hallId, window.departmentId, to);
    },
    async seatsTaken(window, from, to) {
      const result = new Map<string, number>();
      for (const row of taken.all(window.hallId, window.departmentId, from, to)) {
        result.set(`${row.date} ${row.time}`, row.n);
      }
      return result;
    },
    async book(appointment, refuse, today, messages, key) {
      return counted(rolledBack(() => book.immediate(appointment, refuse, today, messages, key)));
    },
    async find(reference) {
      const row = byReference.all(reference)[0];
      return row ? fromRow(row) : null;
    },
    async cancel(reference, at, late, messages) {
      return counted(cancel.immediate(reference, at, late, messages));
    },
    async reschedule(reference, to, at, messages, key) {
      return counted(rolledBack(() => reschedule.immediate(reference, to, at, messages, key)));
    },
    async addNoShow(personKey, date, appointmentId) {
      insertNoShow.run(personKey, date, appointmentId ?? null, 'absent');
    },
    async outbox(reference) {
      return messagesOf.all(reference);
    },
    async findKey({ scope, key }) {
      const row = readKey.all(scope, key)[0];
      if (!row) return null;
      return {
        fingerprint: row.fingerprint,
        createdAt: row.created_at,
        response:
          row.response_status === null
            ? null
            : { status: row.response_status, body: row.response_body ?? '' },
      };
    },
    async keepAnswer(key, answer) {
      return keep(key, answer);
    },
  };
}

/** Writes an appointment's text messages to the outbox; call it inside the change's transaction. */
export function messageWriter(
  db: Connection,
): (appointment: StoredAppointment, messages: MessagesFor, at: string) => void {
  const insertMessage = db.prepare<[number, string, string, string, string, string]>(
    `INSERT INTO outbox (appointment_id, kind, locale, recipient, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return (appointment, messages, at) => {
    for (const message of messages(appointment)) {
      insertMessage.run(
        appointment.id,
        message.kind,
        message.locale,
        message.recipient,
        message.body,
        at,
      );
    }
  };
}

/** Thrown inside a transaction to roll it back when no seat is left. */
class SlotFull extends Error {}
/** Thrown inside a transaction to roll it back when another request answered its key first. */
class KeyTaken extends Error {}

/** Runs a transaction that throws SlotFull or KeyTaken to roll back, and turns that into a refusal. */
function rolledBack<T>(
  run: () => T,
): T | { ok: false; refusal: { kind: 'slot-full' } | KeyAnswered } {
  try {
    return run();
  } catch (error) {
    if (error instanceof SlotFull) return { ok: false, refusal: { kind: 'slot-full' } };
    if (error instanceof KeyTaken) return { ok: false, refusal: { kind: 'key-answered' } };
    throw error;
  }
}
