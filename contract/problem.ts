import { Type, type Static } from '@sinclair/typebox';

/** One thing wrong with a request: where (a JSON pointer such as "/body/comment" or "/query/page") and what. */
export const FieldError = Type.Object(
  {
    path: Type.String(),
    message: Type.String(),
  },
  { additionalProperties: false },
);
export type FieldError = Static<typeof FieldError>;

/** Every kind of problem the server sends, so server and SPA name them from one list. */
export type ServerProblemType =
  | '/problems/validation'
  | '/problems/malformed-json'
  | '/problems/bad-request'
  | '/problems/forbidden'
  | '/problems/not-found'
  | '/problems/method-not-allowed'
  | '/problems/not-acceptable'
  | '/problems/request-timeout'
  | '/problems/payload-too-large'
  | '/problems/uri-too-long'
  | '/problems/unsupported-media-type'
  | '/problems/range-not-satisfiable'
  | '/problems/rate-limited'
  | '/problems/headers-too-large'
  | '/problems/internal'
  | '/problems/site-not-built'
  | AppointmentProblemType
  | FeedbackProblemType
  | StaffProblemType
  | HallDayProblemType;

/**
 * Problem `type`s of the appointments API (409 unless noted). Validation failures of bookings
 * (bad check digit, closed day, a hall that does not handle the service, a missing or malformed
 * Idempotency-Key at /headers/idempotency-key) are `/problems/validation` with field paths.
 */
export type AppointmentProblemType =
  /** The slot has no seat left. */
  | '/problems/slot-full'
  /** 403: three no-shows in 90 days; members `reason` and `until` (first date allowed again). */
  | '/problems/appointment-blocked'
  /** The person already holds an active booking for this service. */
  | '/problems/already-booked'
  /** The person already holds three bookings on that day. */
  | '/problems/daily-limit'
  /** Past the cut-off (2 hours before); member `changeableUntil`. */
  | '/problems/appointment-too-late'
  /** The booking was cancelled or has taken place, so it cannot be changed. */
  | '/problems/appointment-not-active'
  /** 422: the Idempotency-Key was used before with a different request. */
  | '/problems/idempotency-key-reused'
  /** The first request with this Idempotency-Key is still being processed. */
  | '/problems/idempotency-key-in-flight';

/**
 * The kinds the SPA makes itself: no answer reached it (`unreachable`), or an answer that was not
 * a problem document (`about:blank`, RFC 9457's "nothing more than the status").
 */
export type ClientProblemType = '/problems/unreachable' | 'about:blank';

export type ProblemType = ServerProblemType | ClientProblemType;

/**
 * RFC 9457 problem details, the body of every error response (`application/problem+json`).
 * `type` is a URI under /problems/ naming the kind of problem, e.g. "/problems/validation". On the
 * wire it is a plain string, so a client built before a new kind arrived still reads the answer.
 */
export const Problem = Type.Object(
  {
    type: Type.Unsafe<ProblemType>(Type.String()),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldError)),
  },
  // RFC 9457 extension members (e.g. `until` of a fair-use refusal) are kept when serialising.
  { $id: 'Problem', additionalProperties: true },
);
export type Problem = Static<typeof Problem>;

/**
 * Problem types of citizen feedback (beside the generic ones in mock-backend/src/problems.ts):
 * a rating link used twice, a status change the case's state does not allow (including a second
 * "did this solve it?"), and an edit made against a stale version (If-Match).
 */
export const feedbackProblemTypes = {
  alreadyRated: '/problems/already-rated',
  invalidTransition: '/problems/invalid-transition',
  versionMismatch: '/problems/version-mismatch',
} as const;

/** The feedback API's problem types, for the union above. */
export type FeedbackProblemType = (typeof feedbackProblemTypes)[keyof typeof feedbackProblemTypes];

/** The staff workspace's problem types (contract/staff.ts). */
export const staffProblemTypes = {
  /** 401: unknown user, wrong password or disabled account, all alike. */
  signInFailed: '/problems/sign-in-failed',
  /** 401: no session, or it was revoked or has expired. */
  signedOut: '/problems/signed-out',
  /** 403: a state-changing request without the XSRF header matching the cookie. */
  csrf: '/problems/csrf',
  /** 428: a change without If-Match. */
  preconditionRequired: '/problems/precondition-required',
  /** 412: If-Match names an earlier version than the current one. */
  staleItem: '/problems/stale-item',
  /** 409: an account with this user name exists. */
  userNameTaken: '/problems/user-name-taken',
} as const;

/** The staff API's problem types, for the union above. */
export type StaffProblemType = (typeof staffProblemTypes)[keyof typeof staffProblemTypes];

/** The hall's day's problem types (contract/hall-day.ts), all 409. */
export const hallDayProblemTypes = {
  /** The appointment was checked in already. */
  alreadyCheckedIn: '/problems/already-checked-in',
  /** A no-show before the slot's end. */
  tooEarlyForNoShow: '/problems/too-early-for-no-show',
  /** Check-in on a day that is not today. */
  notToday: '/problems/not-today',
  /** The appointment is not booked any more (cancelled, no-show). */
  notBooked: '/problems/appointment-not-booked',
} as const;

export type HallDayProblemType = (typeof hallDayProblemTypes)[keyof typeof hallDayProblemTypes];
