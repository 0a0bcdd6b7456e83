import { Type, type Static } from '@sinclair/typebox';
import { COMMENT_MAX_LENGTH, PAGE_PATH_MAX_LENGTH } from './constants/page-feedback-limits';

/** The parts of a service guide a reader can point at. */
export const GuidePart = Type.Union(
  [
    Type.Literal('eligibility'),
    Type.Literal('material'),
    Type.Literal('step'),
    Type.Literal('fee'),
    Type.Literal('time-limit'),
    Type.Literal('hours'),
    Type.Literal('phone'),
    Type.Literal('legal-basis'),
    Type.Literal('other'),
  ],
  { $id: 'GuidePart' },
);
export type GuidePart = Static<typeof GuidePart>;

export const GuideFieldRef = Type.Object(
  {
    part: GuidePart,
    /** Which one, where the part is a list: a material's name or a step's title, as shown. */
    item: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { $id: 'GuideFieldRef', additionalProperties: false },
);
export type GuideFieldRef = Static<typeof GuideFieldRef>;

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
    /**
     * On a service guide (path "/services/CODE"), the part of the guide a "not useful" answer is
     * about, so editors can fix that field. Taken only with `useful: false`, on a guide's path,
     * and with a non-blank comment saying what is wrong (400 otherwise).
     */
    field: Type.Optional(GuideFieldRef),
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
