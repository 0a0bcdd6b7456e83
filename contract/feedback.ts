import { Type, type Static } from '@sinclair/typebox';
import { Localized, ServiceCode } from './catalogue';
import {
  COMMENT_MAX_LENGTH,
  MIN_RATINGS_TO_PUBLISH,
  TRACKING_CODE_PATTERN,
  WANTED_MAX_LENGTH,
  WHAT_HAPPENED_MAX_LENGTH,
  type RatingLevelName,
} from './constants/feedback-limits';
import { MOBILE_PATTERN, NAME_MAX_LENGTH } from './constants/personal-data';

export {
  LEVELS_WITH_REASONS,
  MIN_RATINGS_TO_PUBLISH,
  NEGATIVE_LEVELS,
  RATING_LEVELS,
  SATISFIED_LEVELS,
} from './constants/feedback-limits';

/**
 * Citizen feedback: 好差评 ratings of a service, 12345-style complaints, suggestions, praise and
 * questions with a tracking code, and the published satisfaction results.
 *
 * Personal data (PIPL): a mobile number is asked for only where a step needs it (the follow-up
 * call after a negative rating, a named submission); it travels in bodies, never in URLs, and
 * every answer shows it masked ("138****5678"). Everything a citizen writes is plain text: clients
 * render it as text, never as HTML.
 *
 * Honeypot: every submit body accepts `website`, a field the SPA hides from people. A request
 * with a non-empty `website` is answered like any other but nothing is stored.
 */

const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Instant = Type.String({ format: 'date-time' });

/** Service codes as the catalogue spells them (事项编码). */
export const FeedbackServiceCode = ServiceCode;
export const FeedbackHallId = Type.String({ pattern: '^[a-z0-9-]{1,40}$' });

const Mobile = Type.String({ pattern: MOBILE_PATTERN });

const Locale = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')]);
/** The honeypot: people never see it, so anything in it came from a robot. */
const Honeypot = Type.Optional(Type.String({ maxLength: 200 }));

// ---------------------------------------------------------------------------------------------
// Ratings (好差评)

/** The five levels, best first: 非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意. */
export const RatingLevel = Type.Union(
  [
    Type.Literal('very-satisfied'),
    Type.Literal('satisfied'),
    Type.Literal('basically-satisfied'),
    Type.Literal('dissatisfied'),
    Type.Literal('very-dissatisfied'),
  ],
  { $id: 'RatingLevel' },
);
export type RatingLevel = Static<typeof RatingLevel>;
// The plain level lists in constants/ and this schema must name the same five levels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const levelsAgree: Same<RatingLevel, RatingLevelName> = true;
void levelsAgree;

export const RatingReason = Type.Union(
  [
    Type.Literal('materials-unclear'),
    Type.Literal('come-back-again'),
    Type.Literal('long-wait'),
    Type.Literal('attitude'),
    Type.Literal('system-fault'),
    Type.Literal('other'),
  ],
  { $id: 'RatingReason' },
);
export type RatingReason = Static<typeof RatingReason>;

export const RatingChannel = Type.Union(
  [Type.Literal('online'), Type.Literal('hall'), Type.Literal('appointment')],
  { $id: 'RatingChannel' },
);
export type RatingChannel = Static<typeof RatingChannel>;

/**
 * POST /api/feedback/ratings. Rules the schema cannot say (400 with field paths):
 * - `reasons` (at least one, no repeats) exactly for the lower three levels, none otherwise;
 * - `mobile` only with a negative level (for the follow-up call, 回访);
 * - `hall` is required for the 'hall' channel; service and hall must be known to the catalogue;
 * - with `token` (the link sent after an appointment) the channel is 'appointment' and service
 *   and hall must be the appointment's; a token already used answers 409 /problems/already-rated,
 *   an unknown one 404. The 'appointment' channel needs a token.
 */
export const RatingInput = Type.Object(
  {
    service: FeedbackServiceCode,
    hall: Type.Optional(FeedbackHallId),
    channel: RatingChannel,
    level: RatingLevel,
    reasons: Type.Optional(Type.Array(RatingReason, { maxItems: 6 })),
    comment: Type.Optional(Type.String({ maxLength: COMMENT_MAX_LENGTH })),
    mobile: Type.Optional(Mobile),
    /** The single-use token from the rating link sent after an appointment (一事一评). */
    token: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' })),
    locale: Locale,
    website: Honeypot,
  },
  { $id: 'RatingInput', additionalProperties: false },
);
export type RatingInput = Static<typeof RatingInput>;

export const RatingReceipt = Type.Object(
  {
    receivedAt: Instant,
    level: RatingLevel,
    /**
     * A negative rating opens a case the citizen can track; null for the others. Its due dates
     * are those of the 'negative-rating' kind.
     */
    case: Type.Union([
      Type.Object(
        {
          trackingCode: Type.String(),
          acknowledgeBy: IsoDate,
          answerBy: IsoDate,
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { $id: 'RatingReceipt', additionalProperties: false },
);
export type RatingReceipt = Static<typeof RatingReceipt>;

/** GET /api/feedback/rating-invitations/{token}: what the rating link is about. */
export const RatingInvitationParams = Type.Object(
  { token: Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' }) },
  { additionalProperties: false },
);
export type RatingInvitationParams = Static<typeof RatingInvitationParams>;

/** The appointment a rating link was sent for. A used token answers 409 /problems/already-rated. */
export const RatingInvitation = Type.Object(
  {
    service: FeedbackServiceCode,
    serviceName: Localized,
    hall: FeedbackHallId,
    hallName: Localized,
    /** The appointment's day, Asia/Shanghai. */
    date: IsoDate,
  },
  { $id: 'RatingInvitation', additionalProperties: false },
);
export type RatingInvitation = Static<typeof RatingInvitation>;

// ---------------------------------------------------------------------------------------------
// Complaints, suggestions, praise and questions (12345-style), and their tracking

export const SubmissionKind = Type.Union(
  [
    Type.Literal('complaint'),
    Type.Literal('suggestion'),
    Type.Literal('praise'),
    Type.Literal('question'),
  ],
  { $id: 'SubmissionKind' },
);
export type SubmissionKind = Static<typeof SubmissionKind>;

/** What can be tracked: the four kinds above and the case a negative rating opens. */
export const CaseKind = Type.Union([SubmissionKind, Type.Literal('negative-rating')], {
  $id: 'CaseKind',
});
export type CaseKind = Static<typeof CaseKind>;

/**
 * received → in-review → replied → closed; a citizen who says a reply did not solve the problem
 * reopens it (once), and it goes back to review with a new deadline.
 */
export const CaseStatus = Type.Union(
  [
    Type.Literal('received'),
    Type.Literal('in-review'),
    Type.Literal('replied'),
    Type.Literal('reopened'),
    Type.Literal('closed'),
  ],
  { $id: 'CaseStatus' },
);
export type CaseStatus = Static<typeof CaseStatus>;

/**
 * POST /api/feedback/submissions. Rules the schema cannot say (400 with field paths): a named
 * submission (`anonymous: false`) needs `name` and `mobile`; an anonymous one takes neither;
 * `whatHappened` must hold more than white space; service and hall must be known to the
 * catalogue. The same text from the same client within a few minutes is acknowledged once: the
 * repeat answers 200 with the first receipt instead of 201 with a new one.
 */
export const SubmissionInput = Type.Object(
  {
    kind: SubmissionKind,
    service: Type.Optional(FeedbackServiceCode),
    hall: Type.Optional(FeedbackHallId),
    whatHappened: Type.String({ minLength: 1, maxLength: WHAT_HAPPENED_MAX_LENGTH }),
    /** What they would like done. */
    wanted: Type.Optional(Type.String({ maxLength: WANTED_MAX_LENGTH })),
    anonymous: Type.Boolean(),
    name: Type.Optional(Type.String({ maxLength: NAME_MAX_LENGTH })),
    mobile: Type.Optional(Mobile),
    locale: Locale,
    website: Honeypot,
  },
  { $id: 'SubmissionInput', additionalProperties: false },
);
export type SubmissionInput = Static<typeof SubmissionInput>;

/**
 * Tracking codes are read over the phone: 12 characters from an alphabet without 0/O, 1/I/L and
 * U, shown as three groups of four ("K7QM-3XPD-9HTW", about 59 bits). Look-ups accept lower case
 * and missing hyphens; answers carry the canonical form.
 */
export const TrackingCode = Type.String({ pattern: TRACKING_CODE_PATTERN });

export const SubmissionReceipt = Type.Object(
  {
    trackingCode: Type.String(),
    kind: SubmissionKind,
    receivedAt: Instant,
    /** Acknowledged within 1 working day (Asia/Shanghai dates, from the working-day calendar). */
    acknowledgeBy: IsoDate,
    /** Answered within 15 working days for complaints, 10 for the other kinds. */
    answerBy: IsoDate,
  },
  { $id: 'SubmissionReceipt', additionalProperties: false },
);
export type SubmissionReceipt = Static<typeof SubmissionReceipt>;

/**
 * POST /api/feedback/track. `mobile` is required when the case was given one. A wrong code and
 * a wrong or missing mobile answer the same 404; look-ups are rate-limited per client (429).
 */
export const TrackQuery = Type.Object(
  {
    trackingCode: TrackingCode,
    mobile: Type.Optional(Mobile),
  },
  { $id: 'TrackQuery', additionalProperties: false },
);
export type TrackQuery = Static<typeof TrackQuery>;

/**
 * POST /api/feedback/track/resolution: after a reply, the citizen says once whether it solved
 * the problem. `solved: false` reopens the case with a new answer deadline (only once per case);
 * `solved: true` closes it. Any other state, or a second answer, is 409 /problems/invalid-transition.
 */
export const ResolutionInput = Type.Object(
  {
    trackingCode: TrackingCode,
    mobile: Type.Optional(Mobile),
    solved: Type.Boolean(),
  },
  { $id: 'ResolutionInput', additionalProperties: false },
);
export type ResolutionInput = Static<typeof ResolutionInput>;

/** One status change. `by` names a role, never a person's data. */
export const CaseHistoryEntry = Type.Object(
  {
    at: Instant,
    from: Type.Union([CaseStatus, Type.Null()]),
    to: CaseStatus,
    by: Type.Union([Type.Literal('citizen'), Type.Literal('staff'), Type.Literal('system')]),
  },
  { additionalProperties: false },
);
export type CaseHistoryEntry = Static<typeof CaseHistoryEntry>;

export const TrackedCase = Type.Object(
  {
    trackingCode: Type.String(),
    kind: CaseKind,
    status: CaseStatus,
    service: Type.Union([FeedbackServiceCode, Type.Null()]),
    hall: Type.Union([FeedbackHallId, Type.Null()]),
    receivedAt: Instant,
    acknowledgeBy: IsoDate,
    /** The current answer deadline (a new one after a reopen). */
    answerBy: IsoDate,
    /** What the citizen wrote, as plain text (for a negative rating: its comment, or ''). */
    whatHappened: Type.String(),
    wanted: Type.Union([Type.String(), Type.Null()]),
    /** Masked, e.g. "138****5678"; null when none was given. */
    mobile: Type.Union([Type.String(), Type.Null()]),
    history: Type.Array(CaseHistoryEntry),
    /** The public reply, plain text, once there is one. */
    reply: Type.Union([
      Type.Object({ text: Type.String(), at: Instant }, { additionalProperties: false }),
      Type.Null(),
    ]),
    /** The citizen's answer to the reply; null until given. */
    solved: Type.Union([Type.Boolean(), Type.Null()]),
    /** Whether the citizen may answer "did this solve it?" now. */
    canRespond: Type.Boolean(),
    /**
     * Set when a supervisor hid the text from published views: the reason, for the author. The
     * author still sees what they wrote; staff's internal notes never appear here.
     */
    moderation: Type.Union([
      Type.Object({ reason: Type.String() }, { additionalProperties: false }),
      Type.Null(),
    ]),
  },
  { $id: 'TrackedCase', additionalProperties: false },
);
export type TrackedCase = Static<typeof TrackedCase>;

// ---------------------------------------------------------------------------------------------
// Published results

/**
 * Satisfaction over the last 12 months. With fewer than MIN_RATINGS_TO_PUBLISH ratings the
 * answer is `{ published: false }` and carries no figure at all (not even the count).
 */
export const Satisfaction = Type.Union(
  [
    Type.Object(
      {
        published: Type.Literal(true),
        ratings: Type.Integer({ minimum: MIN_RATINGS_TO_PUBLISH }),
        /** Share of ratings at the top three levels, 0–1. */
        satisfiedShare: Type.Number({ minimum: 0, maximum: 1 }),
        /** Ratings per level, best first, in RATING_LEVELS order. */
        distribution: Type.Array(
          Type.Object(
            { level: RatingLevel, count: Type.Integer({ minimum: 0 }) },
            { additionalProperties: false },
          ),
        ),
        /**
         * Share of negative ratings whose case was answered by its deadline; suppressed on its
         * own (null) when there were fewer than MIN_RATINGS_TO_PUBLISH negative ratings.
         */
        fixedOnTimeShare: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
      },
      { additionalProperties: false },
    ),
    Type.Object({ published: Type.Literal(false) }, { additionalProperties: false }),
  ],
  { $id: 'Satisfaction' },
);
export type Satisfaction = Static<typeof Satisfaction>;

export const ResultsPeriod = Type.Object(
  {
    /** First and last day counted, Asia/Shanghai: the 365 days up to and including today. */
    from: IsoDate,
    to: IsoDate,
  },
  { additionalProperties: false },
);

/** GET /api/feedback/results/services/{code}: one service's figures, for its guide page. */
export const ServiceResultsParams = Type.Object(
  { code: FeedbackServiceCode },
  { additionalProperties: false },
);
export const ServiceResults = Type.Object(
  { service: FeedbackServiceCode, period: ResultsPeriod, satisfaction: Satisfaction },
  { $id: 'ServiceResults', additionalProperties: false },
);
export type ServiceResults = Static<typeof ServiceResults>;

/** GET /api/feedback/results?by=service|hall: the results page (services once rated; all halls). */
export const ResultsQuery = Type.Object(
  { by: Type.Optional(Type.Union([Type.Literal('service'), Type.Literal('hall')])) },
  { $id: 'ResultsQuery', additionalProperties: false },
);
export type ResultsQuery = Static<typeof ResultsQuery>;

export const ResultsRow = Type.Object(
  {
    /** Service code or hall id. */
    id: Type.String(),
    name: Localized,
    satisfaction: Satisfaction,
  },
  { additionalProperties: false },
);
export type ResultsRow = Static<typeof ResultsRow>;

/** Rows by satisfied share, highest first; unpublished rows last, by name. */
export const ResultsTable = Type.Object(
  {
    by: Type.Union([Type.Literal('service'), Type.Literal('hall')]),
    period: ResultsPeriod,
    rows: Type.Array(ResultsRow),
  },
  { $id: 'ResultsTable', additionalProperties: false },
);
export type ResultsTable = Static<typeof ResultsTable>;
