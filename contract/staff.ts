import { Type, type Static } from '@sinclair/typebox';
import { Localized } from './catalogue';
import {
  DISPLAY_NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  QUEUE_MAX_PAGE_SIZE,
  QUEUE_QUERY_MAX_LENGTH,
  REASON_MAX_LENGTH,
  REPLY_MAX_LENGTH,
  USER_NAME_PATTERN,
} from './constants/staff-limits';
import {
  CaseStatus,
  FeedbackHallId,
  FeedbackServiceCode,
  RatingLevel,
  RatingReason,
} from './feedback';

/**
 * The staff workspace (/api/staff/...): department staff sign in, review what citizens sent
 * (ratings below 满意, complaints, suggestions, praise and questions), work each item against its
 * working-day deadlines and reply; supervisors assign, moderate and read the audit; admins keep
 * the accounts.
 *
 * Security, as the server enforces it (the SPA's guards are for comfort only):
 * - A signed-in session is a server-side row named by an HttpOnly, SameSite=Strict cookie
 *   (`__Host-portal-staff` over TLS, `portal-staff` otherwise). A missing, unknown, revoked or
 *   expired session answers 401 /problems/signed-out on every endpoint but sign-in.
 * - Every state-changing request (POST, PUT, PATCH, DELETE, sign-in included) carries the
 *   X-XSRF-TOKEN header echoing the XSRF-TOKEN cookie (Angular's XSRF support); the cookie is set
 *   by GET /api/staff/session, signed in or not. Without it: 403 /problems/csrf.
 * - Role and department are checked on every endpoint: a wrong role answers 403
 *   /problems/forbidden; an item of another department answers 404, as if it did not exist.
 * - Changes to an item or an account carry `If-Match` with the ETag its GET answered (the quoted
 *   version, e.g. "7"). Missing: 428 /problems/precondition-required. Stale: 412
 *   /problems/stale-item; the SPA then reloads the item, shows what changed and keeps the text
 *   the user typed.
 * - Mobile numbers and names are masked in every answer; revealing a mobile number in full is
 *   its own request, written to the audit.
 */

const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Instant = Type.String({ format: 'date-time' });

export const UserName = Type.String({ pattern: USER_NAME_PATTERN });
const DisplayName = Type.String({ minLength: 1, maxLength: DISPLAY_NAME_MAX_LENGTH });
const Password = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH });
/** Text staff write must hold more than white space (400 otherwise, with the field's path). */
const Note = Type.String({ minLength: 1, maxLength: NOTE_MAX_LENGTH });
const Reason = Type.String({ minLength: 1, maxLength: REASON_MAX_LENGTH });

/** reviewer: own department's items; supervisor: also assigns, moderates, reads the audit; admin: accounts, every department. */
export const StaffRole = Type.Union(
  [Type.Literal('reviewer'), Type.Literal('supervisor'), Type.Literal('admin')],
  { $id: 'StaffRole' },
);
export type StaffRole = Static<typeof StaffRole>;

/**
 * A department staff belong to: one of the catalogue's departments, or `zwb` (市政务服务管理局,
 * the City Government Services Administration), which runs the halls and receives every item
 * that names no service.
 */
export const StaffDepartmentId = Type.String({ pattern: '^[a-z0-9-]{1,40}$' });
export const StaffDepartment = Type.Object(
  { id: StaffDepartmentId, name: Localized },
  { $id: 'StaffDepartment', additionalProperties: false },
);
export type StaffDepartment = Static<typeof StaffDepartment>;

/** A colleague as other staff see them. */
export const StaffPerson = Type.Object(
  { userName: UserName, displayName: Type.String() },
  { $id: 'StaffPerson', additionalProperties: false },
);
export type StaffPerson = Static<typeof StaffPerson>;

/** A service hall an account works at (the hall's day), as pickers and account pages show it. */
export const StaffHall = Type.Object(
  { id: Type.String({ pattern: '^[a-z0-9-]{1,40}$' }), name: Localized },
  { $id: 'StaffHall', additionalProperties: false },
);
export type StaffHall = Static<typeof StaffHall>;
/** An account's hall: null for none. Admins set it; an unknown hall is 400 at /body/hallId. */
const AccountHall = Type.Union([StaffHall, Type.Null()]);
const HallIdInput = Type.Union([Type.String({ pattern: '^[a-z0-9-]{1,40}$' }), Type.Null()]);

// ---------------------------------------------------------------------------------------------
// Signing in

/** POST /api/staff/session. Unknown user, wrong password and disabled account answer the same 401 /problems/sign-in-failed, in the same time. */
export const SignInInput = Type.Object(
  {
    userName: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  },
  { $id: 'SignInInput', additionalProperties: false },
);
export type SignInInput = Static<typeof SignInInput>;

/** GET /api/staff/session (200 or 401) and the answer to sign-in (200, with a fresh cookie). */
export const StaffSession = Type.Object(
  {
    userName: UserName,
    displayName: Type.String(),
    role: StaffRole,
    /** Null for admins, who see every department. */
    department: Type.Union([StaffDepartment, Type.Null()]),
    /** The hall the account works at (the hall's day), or null. */
    hall: AccountHall,
    /** When the session ends without another request (idle), and at the latest (absolute). */
    idleExpiresAt: Instant,
    expiresAt: Instant,
  },
  { $id: 'StaffSession', additionalProperties: false },
);
export type StaffSession = Static<typeof StaffSession>;

/** POST /api/staff/password: 204; every other session of the account ends. Wrong current password: 400 with path /body/currentPassword. */
export const PasswordChangeInput = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
    newPassword: Password,
  },
  { $id: 'PasswordChangeInput', additionalProperties: false },
);
export type PasswordChangeInput = Static<typeof PasswordChangeInput>;

// DELETE /api/staff/session: 204, the session is revoked on the server and the cookie cleared.

// ---------------------------------------------------------------------------------------------
// Accounts (admin only)

export const StaffAccount = Type.Object(
  {
    userName: UserName,
    displayName: Type.String(),
    role: StaffRole,
    department: Type.Union([StaffDepartment, Type.Null()]),
    hall: AccountHall,
    disabled: Type.Boolean(),
    createdAt: Instant,
    lastSignInAt: Type.Union([Instant, Type.Null()]),
    /** The ETag is this, quoted. */
    version: Type.Integer({ minimum: 1 }),
  },
  { $id: 'StaffAccount', additionalProperties: false },
);
export type StaffAccount = Static<typeof StaffAccount>;

/** GET /api/staff/accounts: every account, by user name. */
export const StaffAccountList = Type.Object(
  { accounts: Type.Array(StaffAccount) },
  { $id: 'StaffAccountList', additionalProperties: false },
);
export type StaffAccountList = Static<typeof StaffAccountList>;

/** POST /api/staff/accounts: 201. Reviewers and supervisors need a department; admins have none (400 otherwise). A taken user name: 409 /problems/user-name-taken. */
export const AccountInput = Type.Object(
  {
    userName: UserName,
    displayName: DisplayName,
    role: StaffRole,
    department: Type.Union([StaffDepartmentId, Type.Null()]),
    hallId: Type.Optional(HallIdInput),
    password: Password,
  },
  { $id: 'AccountInput', additionalProperties: false },
);
export type AccountInput = Static<typeof AccountInput>;

export const AccountParams = Type.Object({ userName: UserName }, { additionalProperties: false });
export type AccountParams = Static<typeof AccountParams>;

/** PATCH /api/staff/accounts/{userName} with If-Match. Disabling ends the account's sessions; an admin cannot disable or demote themself (409). */
export const AccountChange = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    role: Type.Optional(StaffRole),
    department: Type.Optional(Type.Union([StaffDepartmentId, Type.Null()])),
    hallId: Type.Optional(HallIdInput),
    disabled: Type.Optional(Type.Boolean()),
  },
  { $id: 'AccountChange', additionalProperties: false, minProperties: 1 },
);
export type AccountChange = Static<typeof AccountChange>;

/** POST /api/staff/accounts/{userName}/password with If-Match: 204; the account's sessions end. */
export const PasswordResetInput = Type.Object(
  { newPassword: Password },
  { $id: 'PasswordResetInput', additionalProperties: false },
);
export type PasswordResetInput = Static<typeof PasswordResetInput>;

/**
 * GET /api/staff/colleagues (supervisor, admin): the reviewers and supervisors an item of the
 * department may be assigned to; `?department=` is required for admins and must be the caller's
 * own for supervisors (403 otherwise). Disabled accounts are left out.
 */
export const ColleaguesQuery = Type.Object(
  { department: Type.Optional(StaffDepartmentId) },
  { $id: 'ColleaguesQuery', additionalProperties: false },
);
export type ColleaguesQuery = Static<typeof ColleaguesQuery>;
export const ColleagueList = Type.Object(
  { colleagues: Type.Array(StaffPerson) },
  { $id: 'ColleagueList', additionalProperties: false },
);
export type ColleagueList = Static<typeof ColleagueList>;

/** GET /api/staff/departments (any signed-in staff): every staff department, for pickers and filters. */
export const StaffDepartmentList = Type.Object(
  { departments: Type.Array(StaffDepartment) },
  { $id: 'StaffDepartmentList', additionalProperties: false },
);
export type StaffDepartmentList = Static<typeof StaffDepartmentList>;

// ---------------------------------------------------------------------------------------------
// The review queue

/**
 * What staff review: the five kinds of case citizens can track, and 'low-rating', a 基本满意
 * rating with reasons (no citizen to answer: staff read it, note it and mark it closed).
 */
export const ReviewItemKind = Type.Union(
  [
    Type.Literal('complaint'),
    Type.Literal('suggestion'),
    Type.Literal('praise'),
    Type.Literal('question'),
    Type.Literal('negative-rating'),
    Type.Literal('low-rating'),
  ],
  { $id: 'ReviewItemKind' },
);
export type ReviewItemKind = Static<typeof ReviewItemKind>;

/**
 * 好差评 for a negative rating: verify (valid or not, with a reason) → fix or explain → the
 * follow-up call (回访) → reply. Each step is due a configured number of working days after the
 * one before (mock-backend/src/feedback/deadlines.json). Null for the other kinds.
 */
export const RatingStep = Type.Union(
  [Type.Literal('verify'), Type.Literal('fix'), Type.Literal('follow-up'), Type.Literal('reply')],
  { $id: 'RatingStep' },
);
export type RatingStep = Static<typeof RatingStep>;

/** Item ids: "c" and the case number, or "r" and the rating number for a low rating. */
export const ReviewItemId = Type.String({ pattern: '^[cr][1-9][0-9]{0,9}$' });
export const ReviewItemParams = Type.Object({ id: ReviewItemId }, { additionalProperties: false });
export type ReviewItemParams = Static<typeof ReviewItemParams>;

export const QueueSort = Type.Union(
  [
    /** Earliest answer deadline first (the default). */
    Type.Literal('due'),
    Type.Literal('received'),
    Type.Literal('-received'),
  ],
  { $id: 'QueueSort' },
);
export type QueueSort = Static<typeof QueueSort>;

/**
 * GET /api/staff/items. Every filter is optional and narrows; a reviewer or supervisor asking
 * for another department gets 403. `assignee` is 'me', 'none' or a user name; `due` 'soon'
 * (DUE_SOON_WORKING_DAYS or fewer left, not overdue) or 'overdue'. `q` searches what citizens
 * wrote (substring, any language).
 */
export const QueueQuery = Type.Object(
  {
    kind: Type.Optional(ReviewItemKind),
    status: Type.Optional(CaseStatus),
    level: Type.Optional(RatingLevel),
    service: Type.Optional(FeedbackServiceCode),
    hall: Type.Optional(FeedbackHallId),
    department: Type.Optional(StaffDepartmentId),
    assignee: Type.Optional(
      Type.Union([
        Type.Literal('me'),
        Type.Literal('none'),
        Type.String({ pattern: USER_NAME_PATTERN }),
      ]),
    ),
    due: Type.Optional(Type.Union([Type.Literal('soon'), Type.Literal('overdue')])),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: QUEUE_QUERY_MAX_LENGTH })),
    sort: Type.Optional(QueueSort),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: QUEUE_MAX_PAGE_SIZE })),
  },
  { $id: 'QueueQuery', additionalProperties: false },
);
export type QueueQuery = Static<typeof QueueQuery>;

/** The language of a staff CSV download's headings and names. */
export const CsvLang = Type.Union([Type.Literal('zh'), Type.Literal('en')]);

/**
 * GET /api/staff/review/export.csv: the queue's query (page and pageSize ignored), and `lang` for
 * the page's language; without it, the Accept-Language's.
 */
export const QueueExportQuery = Type.Object(
  { ...QueueQuery.properties, lang: Type.Optional(CsvLang) },
  { $id: 'QueueExportQuery', additionalProperties: false },
);
export type QueueExportQuery = Static<typeof QueueExportQuery>;

const ServiceRef = Type.Object(
  { code: FeedbackServiceCode, name: Localized },
  { additionalProperties: false },
);
const HallRef = Type.Object(
  { id: FeedbackHallId, name: Localized },
  { additionalProperties: false },
);

/** A queue row. Everything a citizen wrote is plain text: render it as text, never as HTML. */
export const ReviewItemSummary = Type.Object(
  {
    id: ReviewItemId,
    kind: ReviewItemKind,
    status: CaseStatus,
    /** For ratings; null otherwise. */
    level: Type.Union([RatingLevel, Type.Null()]),
    service: Type.Union([ServiceRef, Type.Null()]),
    hall: Type.Union([HallRef, Type.Null()]),
    department: StaffDepartment,
    assignee: Type.Union([StaffPerson, Type.Null()]),
    receivedAt: Instant,
    /** The current answer deadline (Asia/Shanghai date from the working-day calendar). */
    answerBy: IsoDate,
    /** Working days from today to answerBy: 0 is due today, negative is overdue. Null once replied or closed. */
    workingDaysLeft: Type.Union([Type.Integer(), Type.Null()]),
    overdue: Type.Boolean(),
    /** The next 好差评 step of a negative rating; null otherwise or when done. */
    step: Type.Union([RatingStep, Type.Null()]),
    /** The first 120 characters of what the citizen wrote (or of the rating's comment). */
    excerpt: Type.String(),
    /** Hidden from published views by a supervisor. */
    hidden: Type.Boolean(),
  },
  { $id: 'ReviewItemSummary', additionalProperties: false },
);
export type ReviewItemSummary = Static<typeof ReviewItemSummary>;

export const ReviewQueue = Type.Object(
  {
    items: Type.Array(ReviewItemSummary),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    /** Items per status under every filter but `status`, so the tabs show what each holds. */
    counts: Type.Object(
      {
        received: Type.Integer({ minimum: 0 }),
        'in-review': Type.Integer({ minimum: 0 }),
        replied: Type.Integer({ minimum: 0 }),
        reopened: Type.Integer({ minimum: 0 }),
        closed: Type.Integer({ minimum: 0 }),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'ReviewQueue', additionalProperties: false },
);
export type ReviewQueue = Static<typeof ReviewQueue>;

// ---------------------------------------------------------------------------------------------
// One item

/** What a staff member may do to the item now, given its state and their role: the SPA shows these actions and no others. */
export const ItemAction = Type.Union(
  [
    Type.Literal('claim'),
    Type.Literal('assign'),
    Type.Literal('note'),
    Type.Literal('start-review'),
    Type.Literal('verify'),
    Type.Literal('fix'),
    Type.Literal('follow-up'),
    Type.Literal('reply'),
    Type.Literal('close'),
    Type.Literal('hide'),
    Type.Literal('unhide'),
    Type.Literal('reveal-mobile'),
    Type.Literal('read-audit'),
  ],
  { $id: 'ItemAction' },
);
export type ItemAction = Static<typeof ItemAction>;

export const InternalNote = Type.Object(
  { at: Instant, by: StaffPerson, text: Type.String() },
  { additionalProperties: false },
);
export type InternalNote = Static<typeof InternalNote>;

export const FollowUpOutcome = Type.Union(
  [
    /** Reached, and the citizen is satisfied with what was done. */
    Type.Literal('satisfied'),
    /** Reached, and the citizen is still not satisfied. */
    Type.Literal('not-satisfied'),
    /** Three calls, no answer (or no number given). */
    Type.Literal('not-reached'),
  ],
  { $id: 'FollowUpOutcome' },
);
export type FollowUpOutcome = Static<typeof FollowUpOutcome>;

/** Recorded 好差评 steps; each null until done, with the date it is due. */
export const RatingWorkflow = Type.Object(
  {
    verification: Type.Object(
      {
        dueBy: IsoDate,
        done: Type.Union([
          Type.Object(
            { valid: Type.Boolean(), reason: Type.String(), at: Instant, by: StaffPerson },
            { additionalProperties: false },
          ),
          Type.Null(),
        ]),
      },
      { additionalProperties: false },
    ),
    fix: Type.Object(
      {
        dueBy: Type.Union([IsoDate, Type.Null()]),
        done: Type.Union([
          Type.Object(
            {
              outcome: Type.Union([Type.Literal('fixed'), Type.Literal('explained')]),
              text: Type.String(),
              at: Instant,
              by: StaffPerson,
            },
            { additionalProperties: false },
          ),
          Type.Null(),
        ]),
      },
      { additionalProperties: false },
    ),
    followUp: Type.Object(
      {
        dueBy: Type.Union([IsoDate, Type.Null()]),
        done: Type.Union([
          Type.Object(
            { outcome: FollowUpOutcome, note: Type.String(), at: Instant, by: StaffPerson },
            { additionalProperties: false },
          ),
          Type.Null(),
        ]),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type RatingWorkflow = Static<typeof RatingWorkflow>;

/** GET /api/staff/items/{id}, with the ETag header `"<version>"`. */
export const ReviewItem = Type.Object(
  {
    ...ReviewItemSummary.properties,
    version: Type.Integer({ minimum: 1 }),
    /** The citizen's tracking code; null for a low rating. */
    trackingCode: Type.Union([Type.String(), Type.Null()]),
    acknowledgeBy: IsoDate,
    /** What the citizen wrote, in full, as plain text, even when hidden (staff need to read it). */
    whatHappened: Type.String(),
    wanted: Type.Union([Type.String(), Type.Null()]),
    /** A rating's reasons; [] otherwise. */
    reasons: Type.Array(RatingReason),
    /** Masked ("张*", "138****5678"); null when none was given. */
    name: Type.Union([Type.String(), Type.Null()]),
    mobile: Type.Union([Type.String(), Type.Null()]),
    locale: Type.Union([Type.Literal('zh-CN'), Type.Literal('en')]),
    /** Status changes, oldest first; `by` names the staff member when staff made it. */
    history: Type.Array(
      Type.Object(
        {
          at: Instant,
          from: Type.Union([CaseStatus, Type.Null()]),
          to: CaseStatus,
          by: Type.Union([StaffPerson, Type.Literal('citizen'), Type.Literal('system')]),
        },
        { additionalProperties: false },
      ),
    ),
    /** Internal notes, oldest first: never shown to citizens. */
    notes: Type.Array(InternalNote),
    /** The public reply as the citizen sees it on the tracking page. */
    reply: Type.Union([
      Type.Object(
        { text: Type.String(), at: Instant, by: StaffPerson },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    /** The citizen's answer to the reply. */
    solved: Type.Union([Type.Boolean(), Type.Null()]),
    /** For a negative rating; null otherwise. */
    workflow: Type.Union([RatingWorkflow, Type.Null()]),
    moderation: Type.Union([
      Type.Object(
        { reason: Type.String(), at: Instant, by: StaffPerson },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    actions: Type.Array(ItemAction),
  },
  { $id: 'ReviewItem', additionalProperties: false },
);
export type ReviewItem = Static<typeof ReviewItem>;

// Actions: POST /api/staff/items/{id}/<action> with If-Match; each answers 200 with the changed
// ReviewItem and its new ETag, and writes one audit row. An action the state machine or the
// 好差评 order does not allow now: 409 /problems/invalid-transition.

/** .../claim: take an unassigned item of one's department (or one's own again); no body. */
/** .../assign (supervisor, admin): to a reviewer or supervisor of the item's department, or null to unassign. */
export const AssignInput = Type.Object(
  { assignee: Type.Union([UserName, Type.Null()]) },
  { $id: 'AssignInput', additionalProperties: false },
);
export type AssignInput = Static<typeof AssignInput>;

/** .../notes: an internal note. */
export const NoteInput = Type.Object(
  { text: Note },
  { $id: 'NoteInput', additionalProperties: false },
);
export type NoteInput = Static<typeof NoteInput>;

/** .../start-review: received or reopened → in-review; no body. */

/** .../verify: the first 好差评 step. Not valid (e.g. the rating is about another service or abusive) still needs the reply explaining why. */
export const VerifyInput = Type.Object(
  { valid: Type.Boolean(), reason: Reason },
  { $id: 'VerifyInput', additionalProperties: false },
);
export type VerifyInput = Static<typeof VerifyInput>;

/** .../fix: what was fixed, or why nothing needed fixing. */
export const FixInput = Type.Object(
  {
    outcome: Type.Union([Type.Literal('fixed'), Type.Literal('explained')]),
    text: Note,
  },
  { $id: 'FixInput', additionalProperties: false },
);
export type FixInput = Static<typeof FixInput>;

/** .../follow-up: the outcome of the follow-up call (回访). */
export const FollowUpInput = Type.Object(
  { outcome: FollowUpOutcome, note: Type.String({ maxLength: NOTE_MAX_LENGTH }) },
  { $id: 'FollowUpInput', additionalProperties: false },
);
export type FollowUpInput = Static<typeof FollowUpInput>;

/** .../reply: in-review → replied, the text the citizen reads on the tracking page. A negative rating needs its follow-up recorded first. */
export const ReplyInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: REPLY_MAX_LENGTH }) },
  { $id: 'ReplyInput', additionalProperties: false },
);
export type ReplyInput = Static<typeof ReplyInput>;

/** .../close: a reply the citizen never answered, or a low rating that was read; no body. */
/** .../hide (supervisor, admin): hide abusive text from published views; the author sees the reason. .../unhide: no body. */
export const HideInput = Type.Object(
  { reason: Reason },
  { $id: 'HideInput', additionalProperties: false },
);
export type HideInput = Static<typeof HideInput>;

/** POST .../reveal-mobile (no If-Match, no change to the item): the full number, written to the audit. 404 when there is none. */
export const RevealedMobile = Type.Object(
  { mobile: Type.String() },
  { $id: 'RevealedMobile', additionalProperties: false },
);
export type RevealedMobile = Static<typeof RevealedMobile>;

// ---------------------------------------------------------------------------------------------
// The audit (supervisor: own department's items; admin: everything)

/** One change, as it was made: never edited or deleted (the database refuses). */
export const AuditEntry = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    at: Instant,
    actor: StaffPerson,
    /** 'claim', 'assign', 'note', 'verify', …, 'reveal-mobile', 'account-create', 'sign-in' … */
    action: Type.String(),
    /** What the action touched: an item id or an account's user name. */
    target: Type.String(),
    /** The changed fields before and after, personal data masked. */
    before: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    after: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  },
  { $id: 'AuditEntry', additionalProperties: false },
);
export type AuditEntry = Static<typeof AuditEntry>;

/** GET /api/staff/items/{id}/audit: the item's audit rows, oldest first. */
export const AuditTrail = Type.Object(
  { entries: Type.Array(AuditEntry) },
  { $id: 'AuditTrail', additionalProperties: false },
);
export type AuditTrail = Static<typeof AuditTrail>;
