import type {
  CaseHistoryEntry,
  CaseKind,
  CaseStatus,
  RatingChannel,
  RatingLevel,
  RatingReason,
} from '../../../contract/feedback.ts';
import type { IsoDate } from '../clock.ts';
import type { CaseActor } from '../feedback/state-machine.ts';
import type { RatingTally } from '../feedback/satisfaction.ts';
import type { Connection } from './database.ts';

export interface NewCase {
  trackingCode: string;
  kind: CaseKind;
  service: string | null;
  hall: string | null;
  whatHappened: string;
  wanted: string | null;
  name: string | null;
  mobile: string | null;
  locale: 'zh-CN' | 'en';
  receivedAt: string;
  acknowledgeBy: IsoDate;
  answerBy: IsoDate;
  /** Null when duplicates are not looked for. */
  duplicateKey: string | null;
}

export interface CaseRecord {
  id: number;
  trackingCode: string;
  kind: CaseKind;
  status: CaseStatus;
  version: number;
  service: string | null;
  hall: string | null;
  whatHappened: string;
  wanted: string | null;
  mobile: string | null;
  receivedAt: string;
  acknowledgeBy: IsoDate;
  answerBy: IsoDate;
  replyText: string | null;
  repliedAt: string | null;
  solved: boolean | null;
}

export interface NewRating {
  service: string;
  hall: string | null;
  channel: RatingChannel;
  level: RatingLevel;
  reasons: readonly RatingReason[];
  comment: string | null;
  locale: 'zh-CN' | 'en';
  ratedAt: string;
  ratedOn: IsoDate;
  /** The rating link's invitation, for the 'appointment' channel. */
  invitationId: number | null;
  /** The case a negative rating opens. */
  case: NewCase | null;
  duplicateKey: string | null;
}

export type RatingOutcome =
  | { outcome: 'stored'; case: CaseRecord | null }
  /** The same rating from the same client a moment ago: the first one's case, if any. */
  | { outcome: 'duplicate'; case: CaseRecord | null }
  | { outcome: 'already-rated' };

export interface Invitation {
  id: number;
  token: string;
  service: string;
  hall: string;
  date: IsoDate;
  rated: boolean;
}

export interface StatusChange {
  from: CaseStatus;
  to: CaseStatus;
  by: CaseActor;
  at: string;
  /** The version the change was decided on; a case changed since is left alone. */
  version: number;
  reply?: { text: string; on: IsoDate };
  /** The citizen's answer to the reply. */
  solved?: boolean;
  /** A new answer deadline (a reopened case). */
  answerBy?: IsoDate;
}

/** An appointment whose time has passed and that has no rating link yet. */
export interface PassedAppointment {
  appointmentId: number;
  service: string;
  hall: string;
  date: IsoDate;
}

export interface InvitationOptions {
  /** Appointments that ended before this Shanghai date and time ('HH:MM') are due a link. */
  today: IsoDate;
  time: string;
  /** Appointments before this date are left alone (no links for visits long past). */
  since: IsoDate;
  createdAt: string;
  newToken: () => string;
  messages: (
    appointment: PassedAppointment,
    token: string,
  ) => { locale: 'zh-CN' | 'en'; body: string }[];
  /** At most this many per call. */
  limit: number;
}

export interface FeedbackRepository {
  /**
   * Writes a rating link (an invitation and its outbox messages) for each appointment whose time
   * has passed, once per appointment however many servers sweep; returns how many were written.
   */
  inviteRatings(options: InvitationOptions): Promise<number>;
  /** Stores a case; a repeat of a recent one (same duplicate key) returns that one instead. */
  addCase(newCase: NewCase): Promise<{ created: boolean; case: CaseRecord }>;
  findCase(trackingCode: string): Promise<CaseRecord | undefined>;
  history(caseId: number): Promise<CaseHistoryEntry[]>;
  /**
   * Applies a change the state machine allowed, in one UPDATE that also checks the case is
   * still in `from` at `version`; false when it was not (someone changed it meanwhile).
   */
  changeStatus(caseId: number, change: StatusChange): Promise<boolean>;
  addRating(rating: NewRating): Promise<RatingOutcome>;
  invitation(token: string): Promise<Invitation | undefined>;
  /** Ratings of one service or hall rated from `from` to `to` inclusive, by level. */
  tally(
    scope: { service: string } | { hall: string },
    from: IsoDate,
    to: IsoDate,
  ): Promise<RatingTally>;
  /** The same for every service or hall with a rating in the range, keyed by code or id. */
  tallies(by: 'service' | 'hall', from: IsoDate, to: IsoDate): Promise<Map<string, RatingTally>>;
}

type CaseRow = Omit<CaseRecord, 'solved'> & { solved: number | null };

const caseColumns = `id, tracking_code AS trackingCode, kind, status, version,
  service_code AS service, hall_id AS hall, what_happened AS whatHappened, wanted, mobile,
  received_at AS receivedAt, acknowledge_by AS acknowledgeBy, answer_by AS answerBy,
  reply_text AS replyText, replied_at AS repliedAt, solved`;

const toCase = (row: CaseRow): CaseRecord => ({
  ...row,
  solved: row.solved === null ? null : row.solved === 1,
});

interface TallyRow {
  key: string;
  level: RatingLevel;
  count: number;
  fixedOnTime: number;
}

const negativeLevels = new Set<RatingLevel>(['dissatisfied', 'very-dissatisfied']);

function addTally(tallies: Map<string, RatingTally>, row: TallyRow): void {
  const tally = tallies.get(row.key) ?? { levels: {}, negative: 0, fixedOnTime: 0 };
  tally.levels[row.level] = row.count;
  if (negativeLevels.has(row.level)) tally.negative += row.count;
  tally.fixedOnTime += row.fixedOnTime;
  tallies.set(row.key, tally);
}

export function createFeedbackRepository(db: Connection): FeedbackRepository {
  // RETURNING is read with .all(): .get() would leave the statement open and block WAL checkpoints.
  const insertCase = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO feedback_cases (tracking_code, kind, service_code, hall_id, what_happened, wanted,
       name, mobile, locale, received_at, acknowledge_by, first_answer_by, answer_by, changed_by,
       changed_at, duplicate_key)
     VALUES (:trackingCode, :kind, :service, :hall, :whatHappened, :wanted, :name, :mobile,
       :locale, :receivedAt, :acknowledgeBy, :answerBy, :answerBy, 'citizen', :receivedAt,
       :duplicateKey)
     ON CONFLICT (duplicate_key) DO NOTHING
     RETURNING id`,
  );
  const caseById = db.prepare<[number], CaseRow>(
    `SELECT ${caseColumns} FROM feedback_cases WHERE id = ?`,
  );
  const caseByCode = db.prepare<[string], CaseRow>(
    `SELECT ${caseColumns} FROM feedback_cases WHERE tracking_code = ?`,
  );
  const caseByDuplicateKey = db.prepare<[string], CaseRow>(
    `SELECT ${caseColumns} FROM feedback_cases WHERE duplicate_key = ?`,
  );
  const historyOf = db.prepare<[number], CaseHistoryEntry>(
    `SELECT at, from_status AS "from", to_status AS "to", by_role AS by
     FROM feedback_case_history WHERE case_id = ? ORDER BY id`,
  );
  const updateStatus = db.prepare<Record<string, unknown>>(
    `UPDATE feedback_cases SET
       status = :to, version = version + 1, changed_by = :by, changed_at = :at,
       reply_text = coalesce(:replyText, reply_text),
       replied_at = CASE WHEN :replyText IS NULL THEN replied_at ELSE :at END,
       first_replied_on = coalesce(first_replied_on, :repliedOn),
       solved = coalesce(:solved, solved),
       answer_by = coalesce(:answerBy, answer_by)
     WHERE id = :id AND status = :from AND version = :version
       AND (:solved IS NULL OR solved IS NULL)`,
  );
  const insertRating = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO ratings (service_code, hall_id, channel, level, reasons, comment, locale, rated_at,
       rated_on, invitation_id, case_id, duplicate_key)
     VALUES (:service, :hall, :channel, :level, :reasons, :comment, :locale, :ratedAt, :ratedOn,
       :invitationId, :caseId, :duplicateKey)
     ON CONFLICT (duplicate_key) DO NOTHING
     RETURNING id`,
  );
  const ratingByDuplicateKey = db.prepare<[string], { caseId: number | null }>(
    'SELECT case_id AS caseId FROM ratings WHERE duplicate_key = ?',
  );
  const invitationByToken = db.prepare<[string], Omit<Invitation, 'rated'> & { rated: number }>(
    `SELECT i.id, i.token, i.service_code AS service, i.hall_id AS hall, i.date,
       EXISTS (SELECT 1 FROM ratings r WHERE r.invitation_id = i.id) AS rated
     FROM rating_invitations i WHERE i.token = ?`,
  );
  // Read from the per-day tallies the triggers of migration 005 keep.
  const tallyOf = db.prepare<[string, string, string, string], TallyRow>(
    `SELECT key, level, sum(ratings) AS count, sum(fixed_on_time) AS fixedOnTime
     FROM rating_tallies WHERE scope = ? AND key = ? AND rated_on BETWEEN ? AND ?
     GROUP BY level`,
  );
  const talliesOf = db.prepare<[string, string, string], TallyRow>(
    `SELECT key, level, sum(ratings) AS count, sum(fixed_on_time) AS fixedOnTime
     FROM rating_tallies WHERE scope = ? AND rated_on BETWEEN ? AND ?
     GROUP BY key, level`,
  );

  const passedAppointments = db.prepare<
    [string, string, string, string, number],
    PassedAppointment
  >(
    `SELECT a.id AS appointmentId, a.service_code AS service, a.hall_id AS hall, a.date
     FROM appointments a
     WHERE a.status IN ('booked', 'attended') AND a.date >= ?
       AND (a.date < ? OR (a.date = ? AND a.end_time <= ?))
       AND NOT EXISTS (SELECT 1 FROM rating_invitations i WHERE i.appointment_id = a.id)
     ORDER BY a.date, a.end_time LIMIT ?`,
  );
  const invite = invitationWriter(db);
  const inviteRatings = db.transaction((options: InvitationOptions): number => {
    const due = passedAppointments.all(
      options.since,
      options.today,
      options.today,
      options.time,
      options.limit,
    );
    let written = 0;
    for (const appointment of due) {
      if (invite(appointment, options)) written++;
    }
    return written;
  });

  const getCase = (id: number): CaseRecord => {
    const row = caseById.get(id);
    if (!row) throw new Error(`feedback case ${id} vanished`);
    return toCase(row);
  };

  /** Inserts a case; undefined when its duplicate key is taken. */
  const storeCase = (newCase: NewCase): number | undefined => insertCase.all({ ...newCase })[0]?.id;

  const addRating = db.transaction((rating: NewRating): RatingOutcome => {
    const caseId = rating.case ? storeCase(rating.case) : null;
    if (caseId === undefined) return duplicateRating(rating.duplicateKey);
    try {
      const [stored] = insertRating.all({
        service: rating.service,
        hall: rating.hall,
        channel: rating.channel,
        level: rating.level,
        reasons: JSON.stringify(rating.reasons),
        comment: rating.comment,
        locale: rating.locale,
        ratedAt: rating.ratedAt,
        ratedOn: rating.ratedOn,
        invitationId: rating.invitationId,
        caseId,
        duplicateKey: rating.duplicateKey,
      });
      if (!stored) {
        // The rating was a repeat: undo the case it would have opened.
        throw new DuplicateRating();
      }
    } catch (error) {
      if (isUniqueViolation(error, 'ratings.invitation_id')) throw new AlreadyRated();
      throw error;
    }
    return { outcome: 'stored', case: caseId === null ? null : getCase(caseId) };
  });

  const duplicateRating = (key: string | null): RatingOutcome => {
    const first = key === null ? undefined : ratingByDuplicateKey.get(key);
    const caseId = first?.caseId ?? null;
    return { outcome: 'duplicate', case: caseId === null ? null : getCase(caseId) };
  };

  return {
    // SQLite answers synchronously; the Promises are for stores that cannot (PostgreSQL).
    async inviteRatings(options) {
      return inviteRatings.immediate(options);
    },
    async addCase(newCase) {
      const id = storeCase(newCase);
      if (id !== undefined) return { created: true, case: getCase(id) };
      const first =
        newCase.duplicateKey === null ? undefined : caseByDuplicateKey.get(newCase.duplicateKey);
      if (!first) throw new Error('feedback case insert returned no row and has no duplicate');
      return { created: false, case: toCase(first) };
    },
    async findCase(trackingCode) {
      const row = caseByCode.get(trackingCode);
      return row && toCase(row);
    },
    async history(caseId) {
      return historyOf.all(caseId);
    },
    async changeStatus(caseId, change) {
      const result = updateStatus.run({
        id: caseId,
        from: change.from,
        to: change.to,
        by: change.by,
        at: change.at,
        version: change.version,
        replyText: change.reply?.text ?? null,
        repliedOn: change.reply?.on ?? null,
        solved: change.solved === undefined ? null : change.solved ? 1 : 0,
        answerBy: change.answerBy ?? null,
      });
      return result.changes === 1;
    },
    async addRating(rating) {
      try {
        return addRating.immediate(rating);
      } catch (error) {
        if (error instanceof AlreadyRated) return { outcome: 'already-rated' };
        if (error instanceof DuplicateRating) return duplicateRating(rating.duplicateKey);
        throw error;
      }
    },
    async invitation(token) {
      const row = invitationByToken.get(token);
      return row && { ...row, rated: row.rated === 1 };
    },
    async tally(scope, from, to) {
      const rows =
        'service' in scope
          ? tallyOf.all('service', scope.service, from, to)
          : tallyOf.all('hall', scope.hall, from, to);
      const tallies = new Map<string, RatingTally>();
      for (const row of rows) addTally(tallies, row);
      return [...tallies.values()][0] ?? { levels: {}, negative: 0, fixedOnTime: 0 };
    },
    async tallies(by, from, to) {
      const tallies = new Map<string, RatingTally>();
      for (const row of talliesOf.all(by, from, to)) {
        addTally(tallies, row);
      }
      return tallies;
    },
  };
}

class AlreadyRated extends Error {}
class DuplicateRating extends Error {}

function isUniqueViolation(error: unknown, column: string): boolean {
  return (
    error instanceof Error &&
    (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes(column)
  );
}

/** What writing one rating link needs: InvitationOptions without the sweep's selection. */
export type InvitationParts = Pick<InvitationOptions, 'createdAt' | 'newToken' | 'messages'>;

/**
 * Writes one appointment's rating link: the invitation and its outbox messages, or nothing when
 * the appointment has one already (the unique appointment_id decides, whoever wrote first: the
 * sweep after the slot, or staff checking the citizen in). Returns true when it wrote one. Call it
 * inside the caller's transaction, so the link and the change that earned it commit together.
 */
export function invitationWriter(
  db: Connection,
): (appointment: PassedAppointment, parts: InvitationParts) => boolean {
  const insertInvitation = db.prepare<
    [string, number, string, string, string, string],
    { id: number }
  >(
    `INSERT INTO rating_invitations (token, appointment_id, service_code, hall_id, date, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (appointment_id) DO NOTHING
     RETURNING id`,
  );
  const insertMessage = db.prepare<[string, string, string, number]>(
    `INSERT INTO outbox (appointment_id, kind, locale, recipient, body, created_at)
     SELECT id, 'rating-invitation', ?, mobile, ?, ? FROM appointments WHERE id = ?`,
  );
  return (appointment, parts) => {
    const token = parts.newToken();
    const [invitation] = insertInvitation.all(
      token,
      appointment.appointmentId,
      appointment.service,
      appointment.hall,
      appointment.date,
      parts.createdAt,
    );
    if (!invitation) return false;
    for (const { locale, body } of parts.messages(appointment, token)) {
      insertMessage.run(locale, body, parts.createdAt, appointment.appointmentId);
    }
    return true;
  };
}
