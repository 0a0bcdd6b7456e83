import type { CaseStatus, RatingLevel, RatingReason } from '../../../contract/feedback.ts';
import type {
  FollowUpOutcome,
  QueueSort,
  ReviewItemKind,
  StaffPerson,
  StaffRole,
} from '../../../contract/staff.ts';
import type { IsoDate } from '../clock.ts';
import type { DueDates } from '../feedback/deadlines.ts';
import { writeAudit, type AuditRecord } from '../staff/audit.ts';
import type { Statement } from 'better-sqlite3';
import { openReader, type Connection } from './database.ts';

/** An item id names its table: "c12" is case 12, "r40" the low-rating item of rating 40. */
export interface ItemRef {
  table: 'case' | 'rating';
  id: number;
}

export function parseItemId(id: string): ItemRef | undefined {
  const match = /^([cr])([1-9][0-9]{0,9})$/.exec(id);
  if (!match?.[1] || !match[2]) return undefined;
  return { table: match[1] === 'c' ? 'case' : 'rating', id: Number(match[2]) };
}

export const itemIdOf = (ref: ItemRef): string => `${ref.table === 'case' ? 'c' : 'r'}${ref.id}`;

const openStatuses: readonly CaseStatus[] = ['received', 'in-review', 'reopened'];

export interface QueueFilter {
  /** The departments the caller sees; null for every one (admins). */
  visibleDepartment: string | null;
  department?: string | undefined;
  kind?: ReviewItemKind | undefined;
  status?: CaseStatus | undefined;
  level?: RatingLevel | undefined;
  service?: string | undefined;
  hall?: string | undefined;
  /** An account id, or 'none' for unassigned items. */
  assignee?: number | 'none' | undefined;
  /** Open items whose answer deadline lies in this range (inclusive; either end optional). */
  answerBy?: { from?: IsoDate; to?: IsoDate } | undefined;
  /** Substring of what the citizen wrote, any language; ASCII letters match in either case. */
  q?: string | undefined;
  sort: QueueSort;
  limit: number;
  offset: number;
}

export interface QueueRow {
  id: string;
  kind: ReviewItemKind;
  status: CaseStatus;
  level: RatingLevel | null;
  service: string | null;
  hall: string | null;
  departmentId: string;
  assignee: StaffPerson | null;
  receivedAt: string;
  answerBy: IsoDate;
  text: string;
  hidden: boolean;
  valid: boolean | null;
  fixed: boolean;
  followedUp: boolean;
}

export type StatusCounts = Record<CaseStatus, number>;

/** What an export selects: the queue's filter and order, every page at once. */
export type QueueExportFilter = Omit<QueueFilter, 'limit' | 'offset'>;

/** The queue under one filter, from one snapshot of the database, as an export streams it. */
export interface QueueExport {
  /** How many rows `rows` holds, counted in the same snapshot. */
  total: number;
  /**
   * Every row in the filter's order, read only as pulled (iterate it once). The snapshot ends
   * when the rows run out or the iteration stops early.
   */
  rows: Iterable<QueueRow>;
  /** Ends the snapshot without reading (the client left first); calling it again does nothing. */
  close(): void;
}

export interface StaffAccountRef extends StaffPerson {
  id: number;
  role: StaffRole;
  departmentId: string | null;
  disabled: boolean;
}

interface Done {
  at: string;
  by: StaffPerson;
}

export interface ItemRecord {
  ref: ItemRef;
  id: string;
  kind: ReviewItemKind;
  status: CaseStatus;
  version: number;
  level: RatingLevel | null;
  service: string | null;
  hall: string | null;
  departmentId: string;
  assigneeId: number | null;
  assignee: StaffPerson | null;
  trackingCode: string | null;
  receivedAt: string;
  acknowledgeBy: IsoDate;
  answerBy: IsoDate;
  whatHappened: string;
  wanted: string | null;
  reasons: RatingReason[];
  name: string | null;
  mobile: string | null;
  locale: 'zh-CN' | 'en';
  reply: ({ text: string } & Done) | null;
  solved: boolean | null;
  verification: ({ valid: boolean; reason: string } & Done) | null;
  fix: ({ outcome: 'fixed' | 'explained'; text: string } & Done) | null;
  followUp: ({ outcome: FollowUpOutcome; note: string } & Done) | null;
  moderation: ({ reason: string } & Done) | null;
}

export interface ItemHistoryEntry {
  at: string;
  from: CaseStatus | null;
  to: CaseStatus;
  by: StaffPerson | 'citizen' | 'system';
}

export interface ItemNote {
  at: string;
  by: StaffPerson;
  text: string;
}

/** One change staff make to an item; the route has asked the state machine and the rules first. */
export type ItemChange =
  | { type: 'assign'; assigneeId: number | null }
  | { type: 'note'; text: string }
  | {
      type: 'status';
      from: CaseStatus;
      to: CaseStatus;
      /** The reply the citizen reads, with the Asia/Shanghai date it was sent. */
      reply?: { text: string; on: IsoDate };
    }
  | { type: 'verify'; valid: boolean; reason: string }
  | { type: 'fix'; outcome: 'fixed' | 'explained'; text: string }
  | { type: 'follow-up'; outcome: FollowUpOutcome; note: string }
  | { type: 'hide'; reason: string }
  | { type: 'unhide' };

export interface ChangeContext {
  at: string;
  actorId: number;
  /** The version the caller read (If-Match): a change to another version is refused. */
  version: number;
  audit: Pick<AuditRecord, 'action' | 'before' | 'after'>;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: StaffPerson;
  action: string;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ReviewRepository {
  /** Fills in due dates the database could not count itself (new low-rating items); returns how many. */
  settleDueDates(due: (receivedOn: IsoDate) => DueDates): Promise<number>;
  queue(filter: QueueFilter): Promise<{ rows: QueueRow[]; total: number; counts: StatusCounts }>;
  /**
   * The whole queue under a filter for a CSV export, read on a connection of its own, so the
   * rows can stream for as long as the client takes while the app keeps writing.
   */
  exportQueue(filter: QueueExportFilter): Promise<QueueExport>;
  item(ref: ItemRef): Promise<ItemRecord | undefined>;
  history(ref: ItemRef): Promise<ItemHistoryEntry[]>;
  notes(ref: ItemRef): Promise<ItemNote[]>;
  account(userName: string): Promise<StaffAccountRef | undefined>;
  /**
   * Applies the change and writes its audit row in one transaction, compare-and-set on the
   * version (and, for a status change, on the status): false when the item moved meanwhile.
   */
  change(ref: ItemRef, change: ItemChange, context: ChangeContext): Promise<boolean>;
  /** Writes the audit row of a deliberate look at personal data. */
  audit(record: AuditRecord): Promise<void>;
  auditTrail(itemId: string): Promise<AuditRow[]>;
  /** Moderation as the citizen's tracking page shows it. */
  moderationOf(caseId: number): Promise<{ reason: string } | null>;
}

interface QueueDbRow extends Omit<
  QueueRow,
  'assignee' | 'hidden' | 'valid' | 'fixed' | 'followedUp'
> {
  assigneeName: string | null;
  assigneeDisplay: string | null;
  hidden: number;
  valid: number | null;
  fixed: number;
  followedUp: number;
}

const queueColumns = `i.id, i.kind, i.status, i.level, i.service_code AS service, i.hall_id AS hall,
  i.department_id AS departmentId, a.user_name AS assigneeName, a.display_name AS assigneeDisplay,
  i.received_at AS receivedAt, i.answer_by AS answerBy, i.text, i.hidden,
  i.verified_valid AS valid, i.fixed, i.followed_up AS followedUp`;

// Keys the indexes hold (the row ids break ties), so a page is chosen without reading rows.
const orderBy: Record<QueueSort, string> = {
  due: 'i.answer_by, i.case_id, i.rating_id',
  received: 'i.received_at, i.case_id, i.rating_id',
  '-received': 'i.received_at DESC, i.case_id DESC, i.rating_id DESC',
};

/** LIKE pattern for a substring, with LIKE's own characters taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The trigram index (migration 008) finds substrings of this many characters or more. */
const TRIGRAM = 3;

/** An FTS5 phrase for the text, its quotes doubled: the trigram index reads it as a substring. */
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** WHERE clause and parameters for a queue filter, without its status when `withStatus` is false. */
function where(filter: QueueExportFilter, withStatus: boolean): { sql: string; params: unknown[] } {
  const clauses: string[] = ['i.answer_by IS NOT NULL'];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.visibleDepartment !== null) add('i.department_id = ?', filter.visibleDepartment);
  if (filter.department !== undefined) add('i.department_id = ?', filter.department);
  if (filter.kind !== undefined) add('i.kind = ?', filter.kind);
  if (withStatus && filter.status !== undefined) add('i.status = ?', filter.status);
  if (filter.level !== undefined) add('i.level = ?', filter.level);
  if (filter.service !== undefined) add('i.service_code = ?', filter.service);
  if (filter.hall !== undefined) add('i.hall_id = ?', filter.hall);
  if (filter.assignee === 'none') add('i.assignee_id IS NULL');
  else if (filter.assignee !== undefined) add('i.assignee_id = ?', filter.assignee);
  if (filter.answerBy) {
    add(`i.status IN (${openStatuses.map(() => '?').join(', ')})`, ...openStatuses);
    if (filter.answerBy.from !== undefined) add('i.answer_by >= ?', filter.answerBy.from);
    if (filter.answerBy.to !== undefined) add('i.answer_by <= ?', filter.answerBy.to);
  }
  if (filter.q !== undefined) {
    // Long enough for trigrams: the index names the candidates (by search_id, migration 008) and the
    // LIKE below keeps exactly the substring matches (the index folds case beyond ASCII). Shorter
    // queries (排队) are a LIKE over the rows the other filters leave: a department's rows for
    // reviewers and supervisors, every item for an admin without a department filter.
    if (Array.from(filter.q).length >= TRIGRAM) {
      add(
        'i.search_id IN (SELECT rowid FROM review_search WHERE review_search MATCH ?)',
        phrase(filter.q),
      );
    }
    const pattern = containing(filter.q);
    add(
      `(i.text LIKE ? ESCAPE '\\' OR coalesce(i.wanted, '') LIKE ? ESCAPE '\\')`,
      pattern,
      pattern,
    );
  }
  return { sql: clauses.join(' AND '), params };
}

const toQueueRow = ({ assigneeName, assigneeDisplay, ...row }: QueueDbRow): QueueRow => ({
  ...row,
  assignee:
    assigneeName === null || assigneeDisplay === null
      ? null
      : { userName: assigneeName, displayName: assigneeDisplay },
  hidden: row.hidden === 1,
  valid: row.valid === null ? null : row.valid === 1,
  fixed: row.fixed === 1,
  followedUp: row.followedUp === 1,
});

interface CaseDbRow extends Pick<
  ItemRecord,
  | 'kind'
  | 'status'
  | 'version'
  | 'level'
  | 'service'
  | 'hall'
  | 'departmentId'
  | 'assigneeId'
  | 'trackingCode'
  | 'receivedAt'
  | 'acknowledgeBy'
  | 'answerBy'
  | 'whatHappened'
  | 'wanted'
  | 'name'
  | 'mobile'
  | 'locale'
> {
  id: number;
  reasons: string | null;
  name: string | null;
  mobile: string | null;
  locale: 'zh-CN' | 'en';
  replyText: string | null;
  repliedAt: string | null;
  repliedBy: number | null;
  solved: number | null;
  verifiedValid: number | null;
  verifyReason: string | null;
  verifiedAt: string | null;
  verifiedBy: number | null;
  fixOutcome: 'fixed' | 'explained' | null;
  fixText: string | null;
  fixedAt: string | null;
  fixedBy: number | null;
  followUpOutcome: FollowUpOutcome | null;
  followUpNote: string | null;
  followedUpAt: string | null;
  followedUpBy: number | null;
  hiddenReason: string | null;
  hiddenAt: string | null;
  hiddenBy: number | null;
}

const caseItemSql = `SELECT c.id, c.kind, c.status, c.version, r.level, c.service_code AS service,
    c.hall_id AS hall, c.department_id AS departmentId, c.assignee_id AS assigneeId,
    c.tracking_code AS trackingCode, c.received_at AS receivedAt, c.acknowledge_by AS acknowledgeBy,
    c.answer_by AS answerBy, c.what_happened AS whatHappened, c.wanted, r.reasons, c.name, c.mobile,
    c.locale, c.reply_text AS replyText, c.replied_at AS repliedAt, c.replied_by AS repliedBy,
    c.solved, c.verified_valid AS verifiedValid, c.verify_reason AS verifyReason,
    c.verified_at AS verifiedAt, c.verified_by AS verifiedBy, c.fix_outcome AS fixOutcome,
    c.fix_text AS fixText, c.fixed_at AS fixedAt, c.fixed_by AS fixedBy,
    c.follow_up_outcome AS followUpOutcome, c.follow_up_note AS followUpNote,
    c.followed_up_at AS followedUpAt, c.followed_up_by AS followedUpBy,
    c.hidden_reason AS hiddenReason, c.hidden_at AS hiddenAt, c.hidden_by AS hiddenBy
  FROM feedback_cases c LEFT JOIN ratings r ON r.case_id = c.id WHERE c.id = ?`;

// A low rating shares the case's shape; what it lacks is null.
const ratingItemSql = `SELECT l.rating_id AS id, 'low-rating' AS kind, l.status, l.version, r.level,
    r.service_code AS service, r.hall_id AS hall, l.department_id AS departmentId,
    l.assignee_id AS assigneeId, NULL AS trackingCode, l.received_at AS receivedAt,
    l.acknowledge_by AS acknowledgeBy, l.answer_by AS answerBy,
    coalesce(r.comment, '') AS whatHappened, NULL AS wanted, r.reasons, NULL AS name,
    NULL AS mobile, r.locale, NULL AS replyText, NULL AS repliedAt, NULL AS repliedBy,
    NULL AS solved, NULL AS verifiedValid, NULL AS verifyReason, NULL AS verifiedAt,
    NULL AS verifiedBy, NULL AS fixOutcome, NULL AS fixText, NULL AS fixedAt, NULL AS fixedBy,
    NULL AS followUpOutcome, NULL AS followUpNote, NULL AS followedUpAt, NULL AS followedUpBy,
    l.hidden_reason AS hiddenReason, l.hidden_at AS hiddenAt, l.hidden_by AS hiddenBy,
    l.closed_at AS closedAt, l.closed_by AS closedBy
  FROM low_rating_reviews l JOIN ratings r ON r.id = l.rating_id
  WHERE l.rating_id = ? AND l.answer_by IS NOT NULL`;

/** The columns each change sets, per table; a status change also checks the status it leaves. */
function assignments(
  ref: ItemRef,
  change: ItemChange,
  context: ChangeContext,
): { set: Record<string, unknown>; guard?: string; guardParams?: unknown[] } {
  const by = context.actorId;
  const at = context.at;
  switch (change.type) {
    case 'assign':
      return { set: { assignee_id: change.assigneeId } };
    case 'note':
      return { set: {} };
    case 'status':
      if (ref.table === 'rating') {
        return {
          set: { status: change.to, closed_at: at, closed_by: by },
          guard: 'status = ?',
          guardParams: [change.from],
        };
      }
      return {
        set: {
          status: change.to,
          changed_by: 'staff',
          changed_at: at,
          changed_by_staff_id: by,
          ...(change.reply
            ? {
                reply_text: change.reply.text,
                replied_at: at,
                replied_by: by,
                // The first reply's day measures "fixed on time" (migration 005's triggers).
                first_replied_on: ['coalesce(first_replied_on, ?)', change.reply.on],
              }
            : {}),
        },
        guard: 'status = ?',
        guardParams: [change.from],
      };
    case 'verify':
      return {
        set: {
          verified_valid: change.valid ? 1 : 0,
          verify_reason: change.reason,
          verified_at: at,
          verified_by: by,
        },
        guard: 'verified_at IS NULL',
      };
    case 'fix':
      return {
        set: { fix_outcome: change.outcome, fix_text: change.text, fixed_at: at, fixed_by: by },
        guard: 'fixed_at IS NULL AND verified_valid = 1',
      };
    case 'follow-up':
      return {
        set: {
          follow_up_outcome: change.outcome,
          follow_up_note: change.note,
          followed_up_at: at,
          followed_up_by: by,
        },
        guard: 'followed_up_at IS NULL AND fixed_at IS NOT NULL',
      };
    case 'hide':
      return { set: { hidden_reason: change.reason, hidden_at: at, hidden_by: by } };
    case 'unhide':
      return { set: { hidden_reason: null, hidden_at: null, hidden_by: null } };
  }
}

export function createReviewRepository(db: Connection): ReviewRepository {
  const statements = new Map<string, Statement<unknown[]>>();
  /** Queue SQL varies with the filters given; each shape is prepared once. */
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[]>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const personById = db.prepare<[number], StaffPerson>(
    'SELECT user_name AS userName, display_name AS displayName FROM staff_accounts WHERE id = ?',
  );
  const person = (id: number | null): StaffPerson | null =>
    id === null ? null : (personById.get(id) ?? null);
  const done = (at: string | null, by: number | null): Done | null => {
    const who = person(by);
    return at === null || who === null ? null : { at, by: who };
  };

  const caseItem = db.prepare<[number], CaseDbRow>(caseItemSql);
  const ratingItem = db.prepare<
    [number],
    CaseDbRow & { closedAt: string | null; closedBy: number | null }
  >(ratingItemSql);
  const caseHistory = db.prepare<
    [number],
    {
      at: string;
      from: CaseStatus | null;
      to: CaseStatus;
      role: 'citizen' | 'staff' | 'system';
      staffId: number | null;
    }
  >(
    `SELECT at, from_status AS "from", to_status AS "to", by_role AS role, staff_id AS staffId
     FROM feedback_case_history WHERE case_id = ? ORDER BY id`,
  );
  const notesOf = db.prepare<[string], { at: string; authorId: number; text: string }>(
    'SELECT at, author_id AS authorId, text FROM review_notes WHERE item_id = ? ORDER BY id',
  );
  const insertNote = db.prepare<[string, string, number, string]>(
    'INSERT INTO review_notes (item_id, at, author_id, text) VALUES (?, ?, ?, ?)',
  );
  const accountByName = db.prepare<
    [string],
    Omit<StaffAccountRef, 'disabled'> & { disabled: number }
  >(
    `SELECT id, user_name AS userName, display_name AS displayName, role,
       department_id AS departmentId, disabled
     FROM staff_accounts WHERE user_name = ?`,
  );
  const undated = db.prepare<[], { ratingId: number; receivedOn: IsoDate }>(
    `SELECT rating_id AS ratingId, received_on AS receivedOn FROM low_rating_reviews
     WHERE answer_by IS NULL`,
  );
  const setDates = db.prepare<[IsoDate, IsoDate, number]>(
    `UPDATE low_rating_reviews SET acknowledge_by = ?, answer_by = ?
     WHERE rating_id = ? AND answer_by IS NULL`,
  );
  const auditOf = db.prepare<
    [string],
    {
      id: number;
      at: string;
      userName: string;
      displayName: string;
      action: string;
      target: string;
      before: string | null;
      after: string | null;
    }
  >(
    `SELECT a.id, a.at, s.user_name AS userName, s.display_name AS displayName, a.action,
       a.target, a.before, a.after
     FROM staff_audit a JOIN staff_accounts s ON s.id = a.actor_id
     WHERE a.target = ? ORDER BY a.id`,
  );
  const moderation = db.prepare<[number], { reason: string | null }>(
    'SELECT hidden_reason AS reason FROM feedback_cases WHERE id = ?',
  );

  const settle = db.transaction((due: (receivedOn: IsoDate) => DueDates): number => {
    let count = 0;
    for (const row of undated.all()) {
      const dates = due(row.receivedOn);
      count += setDates.run(dates.acknowledgeBy, dates.answerBy, row.ratingId).changes;
    }
    return count;
  });

  const change = db.transaction(
    (ref: ItemRef, itemChange: ItemChange, context: ChangeContext): boolean => {
      const { set, guard, guardParams = [] } = assignments(ref, itemChange, context);
      const columns: string[] = ['version = version + 1'];
      const params: unknown[] = [];
      for (const [column, value] of Object.entries(set)) {
        // A [expression, parameter] pair is an SQL expression over the row (first_replied_on).
        if (Array.isArray(value)) {
          columns.push(`${column} = ${String(value[0])}`);
          params.push(value[1]);
        } else {
          columns.push(`${column} = ?`);
          params.push(value);
        }
      }
      const [table, key] =
        ref.table === 'case' ? ['feedback_cases', 'id'] : ['low_rating_reviews', 'rating_id'];
      const sql = `UPDATE ${table} SET ${columns.join(', ')} WHERE ${key} = ? AND version = ?${
        guard ? ` AND ${guard}` : ''
      }`;
      const result = prepared(sql).run(...params, ref.id, context.version, ...guardParams);
      if (result.changes !== 1) return false;
      const itemId = itemIdOf(ref);
      if (itemChange.type === 'note') {
        insertNote.run(itemId, context.at, context.actorId, itemChange.text);
      }
      const department = (
        ref.table === 'case'
          ? prepared('SELECT department_id AS d FROM feedback_cases WHERE id = ?')
          : prepared('SELECT department_id AS d FROM low_rating_reviews WHERE rating_id = ?')
      ).get(ref.id) as { d: string };
      writeAudit(db, {
        at: context.at,
        actorId: context.actorId,
        target: itemId,
        departmentId: department.d,
        ...context.audit,
      });
      return true;
    },
  );

  const toItem = (ref: ItemRef, row: CaseDbRow): ItemRecord => ({
    ref,
    id: itemIdOf(ref),
    kind: row.kind,
    status: row.status,
    version: row.version,
    level: row.level,
    service: row.service,
    hall: row.hall,
    departmentId: row.departmentId,
    assigneeId: row.assigneeId,
    assignee: person(row.assigneeId),
    trackingCode: row.trackingCode,
    receivedAt: row.receivedAt,
    acknowledgeBy: row.acknowledgeBy,
    answerBy: row.answerBy,
    whatHappened: row.whatHappened,
    wanted: row.wanted,
    reasons: row.reasons === null ? [] : (JSON.parse(row.reasons) as RatingReason[]),
    name: row.name,
    mobile: row.mobile,
    locale: row.locale,
    reply: (() => {
      const when = done(row.repliedAt, row.repliedBy);
      return row.replyText === null || when === null ? null : { text: row.replyText, ...when };
    })(),
    solved: row.solved === null ? null : row.solved === 1,
    verification: (() => {
      const when = done(row.verifiedAt, row.verifiedBy);
      return when === null || row.verifiedValid === null
        ? null
        : { valid: row.verifiedValid === 1, reason: row.verifyReason ?? '', ...when };
    })(),
    fix: (() => {
      const when = done(row.fixedAt, row.fixedBy);
      return when === null || row.fixOutcome === null
        ? null
        : { outcome: row.fixOutcome, text: row.fixText ?? '', ...when };
    })(),
    followUp: (() => {
      const when = done(row.followedUpAt, row.followedUpBy);
      return when === null || row.followUpOutcome === null
        ? null
        : { outcome: row.followUpOutcome, note: row.followUpNote ?? '', ...when };
    })(),
    moderation: (() => {
      const when = done(row.hiddenAt, row.hiddenBy);
      return when === null ? null : { reason: row.hiddenReason ?? '', ...when };
    })(),
  });

  return {
    async settleDueDates(due) {
      return settle.immediate(due);
    },
    async queue(filter) {
      const counted = where(filter, false);
      const countRows = prepared(
        `SELECT i.status, count(*) AS n FROM review_items i WHERE ${counted.sql} GROUP BY i.status`,
      ).all(...counted.params) as { status: CaseStatus; n: number }[];
      const counts: StatusCounts = {
        received: 0,
        'in-review': 0,
        replied: 0,
        reopened: 0,
        closed: 0,
      };
      for (const row of countRows) counts[row.status] = row.n;
      const total =
        filter.status === undefined
          ? Object.values(counts).reduce((sum, n) => sum + n, 0)
          : counts[filter.status];
      // The page's keys first, then its rows: sorting whole rows (texts and all) of a department
      // would read every one of them.
      const listed = where(filter, true);
      const keys = prepared(
        `SELECT i.case_id AS caseId, i.rating_id AS ratingId FROM review_items i
         WHERE ${listed.sql} ORDER BY ${orderBy[filter.sort]} LIMIT ? OFFSET ?`,
      ).all(...listed.params, filter.limit, filter.offset) as {
        caseId: number | null;
        ratingId: number | null;
      }[];
      const fetch = (column: 'case_id' | 'rating_id', ids: number[]) =>
        ids.length === 0
          ? []
          : (prepared(
              `SELECT i.case_id AS caseId, i.rating_id AS ratingId, ${queueColumns}
               FROM review_items i LEFT JOIN staff_accounts a ON a.id = i.assignee_id
               WHERE i.${column} IN (${ids.map(() => '?').join(', ')})`,
            ).all(...ids) as (QueueDbRow & { caseId: number | null; ratingId: number | null })[]);
      const found = new Map(
        [
          ...fetch(
            'case_id',
            keys.flatMap((key) => (key.caseId === null ? [] : [key.caseId])),
          ),
          ...fetch(
            'rating_id',
            keys.flatMap((key) => (key.ratingId === null ? [] : [key.ratingId])),
          ),
        ].map(({ caseId, ratingId, ...row }) => [caseId ?? -(ratingId ?? 0), row]),
      );
      const rows = keys.flatMap((key) => {
        const row = found.get(key.caseId ?? -(key.ratingId ?? 0));
        return row ? [row] : [];
      });
      return {
        total,
        counts,
        rows: rows.map(toQueueRow),
      };
    },
    async exportQueue(filter) {
      const reader = openReader(db);
      const source = reader ?? db;
      let open = true;
      /** The statement being read, ended first: its connection refuses COMMIT while it is open. */
      let reading: Iterator<QueueDbRow> | undefined;
      const close = () => {
        if (!open) return;
        open = false;
        reading?.return?.();
        if (reader?.inTransaction) reader.exec('COMMIT');
        reader?.close();
      };
      try {
        // The count and the rows come from one snapshot, so the audit's count is the file's.
        reader?.exec('BEGIN');
        const listed = where(filter, true);
        const { n: total } = source
          .prepare<
            unknown[],
            { n: number }
          >(`SELECT count(*) AS n FROM review_items i WHERE ${listed.sql}`)
          .get(...listed.params)!;
        const select = source.prepare<unknown[], QueueDbRow>(
          `SELECT ${queueColumns}
           FROM review_items i LEFT JOIN staff_accounts a ON a.id = i.assignee_id
           WHERE ${listed.sql} ORDER BY ${orderBy[filter.sort]}`,
        );
        const rows = {
          *[Symbol.iterator]() {
            try {
              // In memory there is no second connection; such a store is small, read it at once.
              if (!open) return;
              const found = reader
                ? select.iterate(...listed.params)
                : select.all(...listed.params).values();
              reading = found;
              for (const row of found) yield toQueueRow(row);
            } finally {
              close();
            }
          },
        };
        return { total, rows, close };
      } catch (error) {
        close();
        throw error;
      }
    },
    async item(ref) {
      const row = ref.table === 'case' ? caseItem.get(ref.id) : ratingItem.get(ref.id);
      return row && toItem(ref, row);
    },
    async history(ref) {
      if (ref.table === 'case') {
        return caseHistory.all(ref.id).map(({ role, staffId, ...entry }) => ({
          ...entry,
          by: role === 'staff' ? (person(staffId) ?? 'system') : role,
        }));
      }
      const row = ratingItem.get(ref.id);
      if (!row) return [];
      const entries: ItemHistoryEntry[] = [
        { at: row.receivedAt, from: null, to: 'received', by: 'citizen' },
      ];
      const closed = done(row.closedAt, row.closedBy);
      if (closed) entries.push({ at: closed.at, from: 'received', to: 'closed', by: closed.by });
      return entries;
    },
    async notes(ref) {
      return notesOf.all(itemIdOf(ref)).flatMap(({ at, authorId, text }) => {
        const by = person(authorId);
        return by ? [{ at, by, text }] : [];
      });
    },
    async account(userName) {
      const row = accountByName.get(userName);
      return row && { ...row, disabled: row.disabled === 1 };
    },
    async change(ref, itemChange, context) {
      return change.immediate(ref, itemChange, context);
    },
    async audit(record) {
      writeAudit(db, record);
    },
    async auditTrail(itemId) {
      return auditOf.all(itemId).map(({ userName, displayName, before, after, ...row }) => ({
        ...row,
        actor: { userName, displayName },
        before: before === null ? null : (JSON.parse(before) as Record<string, unknown>),
        after: after === null ? null : (JSON.parse(after) as Record<string, unknown>),
      }));
    },
    async moderationOf(caseId) {
      const reason = moderation.get(caseId)?.reason ?? null;
      return reason === null ? null : { reason };
    },
  };
}
