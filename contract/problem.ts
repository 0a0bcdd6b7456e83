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
  | '/problems/site-not-built';

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
  { $id: 'Problem' },
);
export type Problem = Static<typeof Problem>;
