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

export interface FeedbackRepository {
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
  negative: number;
  fixedOnTime: number;
}

const negativeLevels = `('dissatisfied', 'very-dissatisfied')`;
// A negative rating counts as fixed on time when its case was first answered by the deadline it
// was first given and the citizen did not say the answer left the problem unsolved.
const tallyColumns = `r.level AS level, count(*) AS count,
  sum(r.level IN ${negativeLevels}) AS negative,
  sum(c.first_replied_on IS NOT NULL AND c.first_replied_on <= c.first_answer_by
      AND coalesce(c.solved, 1) = 1) AS fixedOnTime`;

function addTally(tallies: Map<string, RatingTally>, row: TallyRow): void {
  const tally = tallies.get(row.key) ?? { levels: {}, negative: 0, fixedOnTime: 0 };
  tally.levels[row.level] = row.count;
  tally.negative += row.negative;
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
  const tallyOfService = db.prepare<[string, string, string], TallyRow>(
    `SELECT r.service_code AS key, ${tallyColumns}
     FROM ratings r LEFT JOIN feedback_cases c ON c.id = r.case_id
     WHERE r.service_code = ? AND r.rated_on BETWEEN ? AND ? GROUP BY r.level`,
  );
  const tallyOfHall = db.prepare<[string, string, string], TallyRow>(
    `SELECT r.hall_id AS key, ${tallyColumns}
     FROM ratings r LEFT JOIN feedback_cases c ON c.id = r.case_id
     WHERE r.hall_id = ? AND r.rated_on BETWEEN ? AND ? GROUP BY r.level`,
  );
  const talliesByService = db.prepare<[string, string], TallyRow>(
    `SELECT r.service_code AS key, ${tallyColumns}
     FROM ratings r LEFT JOIN feedback_cases c ON c.id = r.case_id
     WHERE r.rated_on BETWEEN ? AND ? GROUP BY r.service_code, r.level`,
  );
  const talliesByHall = db.prepare<[string, string], TallyRow>(
    `SELECT r.hall_id AS key, ${tallyColumns}
     FROM ratings r LEFT JOIN feedback_cases c ON c.id = r.case_id
     WHERE r.hall_id IS NOT NULL AND r.rated_on BETWEEN ? AND ? GROUP BY r.hall_id, r.level`,
  );

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
          ? tallyOfService.all(scope.service, from, to)
          : tallyOfHall.all(scope.hall, from, to);
      const tallies = new Map<string, RatingTally>();
      for (const row of rows) addTally(tallies, row);
      return [...tallies.values()][0] ?? { levels: {}, negative: 0, fixedOnTime: 0 };
    },
    async tallies(by, from, to) {
      const tallies = new Map<string, RatingTally>();
      for (const row of (by === 'service' ? talliesByService : talliesByHall).all(from, to)) {
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
