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
  { $id: 'Problem' },
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
