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

/**
 * RFC 9457 problem details, the body of every error response (`application/problem+json`).
 * `type` is a URI under /problems/ naming the kind of problem, e.g. "/problems/validation".
 */
export const Problem = Type.Object(
  {
    type: Type.String(),
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
 * Problem `type`s of the appointments API (409 unless noted). Validation failures of bookings
 * (bad check digit, closed day, a hall that does not handle the service, a missing or malformed
 * Idempotency-Key at /headers/idempotency-key) are `/problems/validation` with field paths.
 */
export const appointmentProblemTypes = [
  /** The slot has no seat left. */
  '/problems/slot-full',
  /** 403: three no-shows in 90 days; members `reason` and `until` (first date allowed again). */
  '/problems/appointment-blocked',
  /** The person already holds an active booking for this service. */
  '/problems/already-booked',
  /** The person already holds three bookings on that day. */
  '/problems/daily-limit',
  /** Past the cut-off (2 hours before) or the booking is no longer active; member `changeableUntil`. */
  '/problems/appointment-too-late',
  /** The booking was cancelled or has taken place, so it cannot be changed. */
  '/problems/appointment-not-active',
  /** 422: the Idempotency-Key was used before with a different request. */
  '/problems/idempotency-key-reused',
  /** The first request with this Idempotency-Key is still being processed. */
  '/problems/idempotency-key-in-flight',
] as const;

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
