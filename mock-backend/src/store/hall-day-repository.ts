import type { AppointmentStatus } from '../../../contract/appointments.ts';
import type { IsoDate } from '../clock.ts';
import { writeAudit } from '../staff/audit.ts';
import type { Connection } from './database.ts';
import { invitationWriter, type InvitationParts } from './feedback-repository.ts';

/** One appointment of a hall's day, as staff work it (personal data still in full: routes mask). */
export interface HallDayRecord {
  id: number;
  reference: string;
  status: AppointmentStatus;
  serviceCode: string;
  departmentId: string;
  date: IsoDate;
  time: string;
  end: string;
  name: string;
  mobile: string;
  /** Indexes into the service guide's materials: what the citizen said they have. */
  materials: number[];
  checkedInAt: string | null;
  version: number;
}

export interface WalkInRecord {
  id: number;
  time: string;
  serviceCode: string;
  departmentId: string;
  note: string;
  createdAt: string;
  createdBy: string;
}

export interface NewWalkIn {
  hallId: string;
  date: IsoDate;
  time: string;
  serviceCode: string;
  note: string;
}

/** Who acts and when, and what the audit keeps of the citizen (already masked). */
export interface HallActor {
  at: string;
  actorId: number;
  hallId: string;
  audited: Record<string, unknown>;
}

/** Which department's appointments a caller sees: one, or null for every department. */
export type DepartmentScope = string | null;

export interface HallDayRepository {
  /** Departments with a window at the hall (their supervisors may open its day). */
  departmentsAt(hallId: string): Promise<Set<string>>;
  /** Services handled at the hall by the scope's windows, by code. */
  servicesAt(hallId: string, scope: DepartmentScope): Promise<string[]>;
  /** Every appointment of the hall on the date within the scope, by time then reference. */
  day(hallId: string, date: IsoDate, scope: DepartmentScope): Promise<HallDayRecord[]>;
  /** One appointment of the hall and date within the scope. */
  appointment(
    hallId: string,
    date: IsoDate,
    reference: string,
    scope: DepartmentScope,
  ): Promise<HallDayRecord | undefined>;
  /**
   * booked → attended if still at `version`, with its rating link (once per appointment: the
   * later sweep finds it and writes none) and the audit row, in one transaction. False when the
   * appointment moved on since it was read.
   */
  checkIn(
    appointment: HallDayRecord,
    version: number,
    by: HallActor,
    invitation: InvitationParts,
  ): Promise<boolean>;
  /** booked → no-show if still at `version`, with a no_shows row (cause 'absent') and the audit row. */
  noShow(appointment: HallDayRecord, version: number, by: HallActor): Promise<boolean>;
  walkIns(hallId: string, date: IsoDate, scope: DepartmentScope): Promise<WalkInRecord[]>;
  addWalkIn(walkIn: NewWalkIn & { departmentId: string }, by: HallActor): Promise<WalkInRecord>;
}

type Row = Omit<HallDayRecord, 'materials'> & { materials: string };

const columns = `a.id, a.reference, a.status, a.service_code AS serviceCode,
  a.department_id AS departmentId, a.date, a.time, a.end_time AS "end", a.name, a.mobile,
  a.materials, a.checked_in_at AS checkedInAt, a.version`;

const toRecord = (row: Row): HallDayRecord => ({
  ...row,
  materials: JSON.parse(row.materials) as number[],
});

const walkInColumns = `w.id, w.time, w.service_code AS serviceCode, w.department_id AS departmentId,
  w.note, w.created_at AS createdAt, s.user_name AS createdBy`;

export function createHallDayRepository(db: Connection): HallDayRepository {
  const departments = db.prepare<[string], { departmentId: string }>(
    'SELECT department_id AS departmentId FROM hall_windows WHERE hall_id = ?',
  );
  // ":scope IS NULL OR ..." lets one statement serve both scopes.
  const services = db.prepare<{ hall: string; scope: string | null }, { code: string }>(
    `SELECT s.code FROM service_halls sh JOIN services s ON s.code = sh.service_code
     WHERE sh.hall_id = :hall AND (:scope IS NULL OR s.department_id = :scope) ORDER BY s.code`,
  );
  const day = db.prepare<{ hall: string; date: string; scope: string | null }, Row>(
    `SELECT ${columns} FROM appointments a
     WHERE a.hall_id = :hall AND a.date = :date AND (:scope IS NULL OR a.department_id = :scope)
     ORDER BY a.time, a.reference`,
  );
  const one = db.prepare<
    { hall: string; date: string; reference: string; scope: string | null },
    Row
  >(
    `SELECT ${columns} FROM appointments a
     WHERE a.hall_id = :hall AND a.date = :date AND a.reference = :reference
       AND (:scope IS NULL OR a.department_id = :scope)`,
  );
  const setStatus = db.prepare<[string, string | null, number | null, number, number]>(
    `UPDATE appointments SET status = ?, checked_in_at = ?, checked_in_by = ?
     WHERE id = ? AND version = ? AND status = 'booked'`,
  );
  const insertNoShow = db.prepare<[number]>(
    `INSERT INTO no_shows (person_key, date, appointment_id, cause)
     SELECT person_key, date, id, 'absent' FROM appointments WHERE id = ?`,
  );
  const walkIns = db.prepare<{ hall: string; date: string; scope: string | null }, WalkInRecord>(
    `SELECT ${walkInColumns} FROM walk_ins w JOIN staff_accounts s ON s.id = w.created_by
     WHERE w.hall_id = :hall AND w.date = :date AND (:scope IS NULL OR w.department_id = :scope)
     ORDER BY w.time, w.id`,
  );
  const insertWalkIn = db.prepare<
    [string, string, string, string, string, string, string, number],
    { id: number }
  >(
    `INSERT INTO walk_ins (hall_id, date, time, service_code, department_id, note, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const walkInById = db.prepare<[number], WalkInRecord>(
    `SELECT ${walkInColumns} FROM walk_ins w JOIN staff_accounts s ON s.id = w.created_by
     WHERE w.id = ?`,
  );
  const invite = invitationWriter(db);

  const audit = (
    appointment: HallDayRecord,
    by: HallActor,
    action: string,
    to: AppointmentStatus,
  ) =>
    writeAudit(db, {
      at: by.at,
      actorId: by.actorId,
      action,
      target: appointment.reference,
      departmentId: appointment.departmentId,
      before: { status: appointment.status },
      after: { status: to, hall: by.hallId, ...by.audited },
    });

  const checkIn = db.transaction(
    (appointment: HallDayRecord, version: number, by: HallActor, parts: InvitationParts) => {
      const { changes } = setStatus.run('attended', by.at, by.actorId, appointment.id, version);
      if (changes === 0) return false;
      invite(
        {
          appointmentId: appointment.id,
          service: appointment.serviceCode,
          hall: by.hallId,
          date: appointment.date,
        },
        parts,
      );
      audit(appointment, by, 'check-in', 'attended');
      return true;
    },
  );

  const noShow = db.transaction((appointment: HallDayRecord, version: number, by: HallActor) => {
    const { changes } = setStatus.run('no-show', null, null, appointment.id, version);
    if (changes === 0) return false;
    insertNoShow.run(appointment.id);
    audit(appointment, by, 'no-show', 'no-show');
    return true;
  });

  const addWalkIn = db.transaction(
    (walkIn: NewWalkIn & { departmentId: string }, by: HallActor) => {
      const [row] = insertWalkIn.all(
        walkIn.hallId,
        walkIn.date,
        walkIn.time,
        walkIn.serviceCode,
        walkIn.departmentId,
        walkIn.note,
        by.at,
        by.actorId,
      );
      if (!row) throw new Error('walk-in insert returned no id');
      writeAudit(db, {
        at: by.at,
        actorId: by.actorId,
        action: 'walk-in',
        target: `walk-in:${row.id}`,
        departmentId: walkIn.departmentId,
        before: null,
        after: {
          hall: walkIn.hallId,
          date: walkIn.date,
          time: walkIn.time,
          service: walkIn.serviceCode,
          note: walkIn.note,
        },
      });
      const stored = walkInById.get(row.id);
      if (!stored) throw new Error(`walk-in ${row.id} vanished inside its transaction`);
      return stored;
    },
  );

  return {
    departmentsAt: async (hallId) =>
      new Set(departments.all(hallId).map((row) => row.departmentId)),
    servicesAt: async (hallId, scope) =>
      services.all({ hall: hallId, scope }).map((row) => row.code),
    day: async (hallId, date, scope) => day.all({ hall: hallId, date, scope }).map(toRecord),
    appointment: async (hallId, date, reference, scope) => {
      const row = one.get({ hall: hallId, date, reference, scope });
      return row && toRecord(row);
    },
    checkIn: async (appointment, version, by, parts) =>
      checkIn.immediate(appointment, version, by, parts),
    noShow: async (appointment, version, by) => noShow.immediate(appointment, version, by),
    walkIns: async (hallId, date, scope) => walkIns.all({ hall: hallId, date, scope }),
    addWalkIn: async (walkIn, by) => addWalkIn.immediate(walkIn, by),
  };
}
