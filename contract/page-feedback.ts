import { Type, type Static } from '@sinclair/typebox';
import { COMMENT_MAX_LENGTH, PAGE_PATH_MAX_LENGTH } from './constants/page-feedback-limits';

/**
 * "Is this page useful?" — the short yes/no survey at the foot of every page (as on GOV.UK).
 * It carries no personal data: the page path, the answer and an optional comment.
 */
export const PageFeedbackInput = Type.Object(
  {
    /** The page's path inside the portal, without language prefix or query, e.g. "/about". */
    path: Type.String({ minLength: 1, maxLength: PAGE_PATH_MAX_LENGTH, pattern: '^/[^?#\\s]*$' }),
    locale: Type.Union([Type.Literal('zh-CN'), Type.Literal('en')]),
    useful: Type.Boolean(),
    /**
     * What was missing or wrong; asked only when the page was not useful. The server trims it,
     * treats a blank one as none, and refuses a non-blank one with `useful: true` (400, /body/comment).
     */
    comment: Type.Optional(Type.String({ maxLength: COMMENT_MAX_LENGTH })),
  },
  { $id: 'PageFeedbackInput', additionalProperties: false },
);
export type PageFeedbackInput = Static<typeof PageFeedbackInput>;

export const PageFeedbackReceipt = Type.Object(
  {
    id: Type.Integer(),
    receivedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'PageFeedbackReceipt', additionalProperties: false },
);
export type PageFeedbackReceipt = Static<typeof PageFeedbackReceipt>;
