import { Type, type Static } from '@sinclair/typebox';
import {
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  SERVICE_CODE_PATTERN,
} from './constants/catalogue-limits';

/** Text the portal shows in both of its languages. */
export const Localized = Type.Object(
  { zh: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
  { $id: 'Localized', additionalProperties: false },
);
export type Localized = Static<typeof Localized>;

export const Audience = Type.Union([Type.Literal('individual'), Type.Literal('business')], {
  $id: 'Audience',
});
export type Audience = Static<typeof Audience>;

/** How a required material must be handed in (原件 / 复印件 / 原件和复印件 / 电子版). */
export const MaterialForm = Type.Union(
  [
    Type.Literal('original'),
    Type.Literal('copy'),
    Type.Literal('original-and-copy'),
    Type.Literal('electronic'),
  ],
  { $id: 'MaterialForm' },
);
export type MaterialForm = Static<typeof MaterialForm>;

export const Material = Type.Object(
  {
    name: Localized,
    form: MaterialForm,
    copies: Type.Integer({ minimum: 0, maximum: 10 }),
    notes: Type.Optional(Localized),
  },
  { additionalProperties: false },
);
export type Material = Static<typeof Material>;

export const Step = Type.Object(
  { title: Localized, description: Localized },
  { additionalProperties: false },
);
export type Step = Static<typeof Step>;

export const Faq = Type.Object(
  { question: Localized, answer: Localized },
  { additionalProperties: false },
);
export type Faq = Static<typeof Faq>;

/** Stable public code of a service (事项编码), e.g. "GA-CRJ-001". */
export const ServiceCode = Type.String({ pattern: SERVICE_CODE_PATTERN });

/** A full service guide (办事指南). */
export const ServiceGuide = Type.Object(
  {
    code: ServiceCode,
    name: Localized,
    summary: Localized,
    departmentId: Type.String(),
    audience: Type.Array(Audience, { minItems: 1 }),
    themeIds: Type.Array(Type.String(), { minItems: 1 }),
    /** Extra search words citizens use (synonyms, abbreviations such as 社保, 医保). */
    keywords: Type.Object(
      { zh: Type.Array(Type.String()), en: Type.Array(Type.String()) },
      { additionalProperties: false },
    ),
    /** 受理条件 */
    eligibility: Type.Array(Localized, { minItems: 1 }),
    /** 申请材料 */
    materials: Type.Array(Material),
    /** 办理流程 */
    steps: Type.Array(Step, { minItems: 1 }),
    /** 法定办结时限, in working days. */
    statutoryDays: Type.Integer({ minimum: 0 }),
    /** 承诺办结时限, in working days; 0 means on the spot (即办). */
    promisedDays: Type.Integer({ minimum: 0 }),
    /** 收费标准 */
    fee: Type.Object(
      { free: Type.Boolean(), description: Localized },
      { additionalProperties: false },
    ),
    /** Service halls where the service is handled in person. */
    hallIds: Type.Array(Type.String()),
    /** Online application: available, and the address of the online form when it is. */
    online: Type.Object(
      { available: Type.Boolean(), url: Type.Optional(Type.String({ format: 'uri' })) },
      { additionalProperties: false },
    ),
    /** 跑动次数: visits to a hall needed (0, 1 or 2). */
    visits: Type.Union([Type.Literal(0), Type.Literal(1), Type.Literal(2)]),
    enquiryPhone: Type.String(),
    complaintPhone: Type.String(),
    /** 设定依据 */
    legalBasis: Type.Array(Localized, { minItems: 1 }),
    faqs: Type.Array(Faq),
    relatedCodes: Type.Array(Type.String()),
    /** Relative demand, used by the "popular" sort. */
    popularity: Type.Integer({ minimum: 0 }),
    /** Last-updated date of the guide, YYYY-MM-DD. */
    updatedAt: Type.String({ format: 'date' }),
  },
  { $id: 'ServiceGuide', additionalProperties: false },
);
export type ServiceGuide = Static<typeof ServiceGuide>;

export const Theme = Type.Object(
  {
    id: Type.String(),
    name: Localized,
    description: Localized,
    /** Which audience the theme is shown to first. */
    audience: Audience,
  },
  { $id: 'Theme', additionalProperties: false },
);
export type Theme = Static<typeof Theme>;

export const Department = Type.Object(
  {
    id: Type.String(),
    name: Localized,
    phone: Type.String(),
    address: Localized,
  },
  { $id: 'Department', additionalProperties: false },
);
export type Department = Static<typeof Department>;

export const OpeningHours = Type.Object(
  {
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1 }),
    open: Type.String({ pattern: '^[0-2][0-9]:[0-5][0-9]$' }),
    close: Type.String({ pattern: '^[0-2][0-9]:[0-5][0-9]$' }),
  },
  { additionalProperties: false },
);
export type OpeningHours = Static<typeof OpeningHours>;

export const Hall = Type.Object(
  {
    id: Type.String(),
    name: Localized,
    district: Localized,
    address: Localized,
    phone: Type.String(),
    hours: Type.Array(OpeningHours, { minItems: 1 }),
    /** Lunch breaks, public-holiday rules, parking and access notes. */
    notes: Localized,
    /** Step-free access for wheelchair users. */
    accessible: Type.Boolean(),
  },
  { $id: 'Hall', additionalProperties: false },
);
export type Hall = Static<typeof Hall>;

/** What a result list shows of a service; the full guide comes from GET /api/services/{code}. */
export const ServiceSummary = Type.Object(
  {
    // The guide's own fields, so a summary cannot describe one differently from its guide.
    ...Type.Pick(ServiceGuide, ['code', 'name', 'summary', 'departmentId', 'audience', 'themeIds'])
      .properties,
    onlineAvailable: Type.Boolean(),
    ...Type.Pick(ServiceGuide, ['visits', 'promisedDays', 'popularity']).properties,
  },
  { $id: 'ServiceSummary', additionalProperties: false },
);
export type ServiceSummary = Static<typeof ServiceSummary>;

export const ServiceSort = Type.Union(
  [Type.Literal('relevance'), Type.Literal('popular'), Type.Literal('name')],
  { $id: 'ServiceSort' },
);
export type ServiceSort = Static<typeof ServiceSort>;

/** GET /api/services query string. Every filter is optional; absent means "any". */
export const ServiceSearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: MAX_QUERY_LENGTH })),
    theme: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,40}$' })),
    department: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,40}$' })),
    audience: Type.Optional(Audience),
    online: Type.Optional(Type.Boolean()),
    visits: Type.Optional(Type.Union([Type.Literal(0), Type.Literal(1), Type.Literal(2)])),
    /** Default: relevance when there is a query, popular otherwise. */
    sort: Type.Optional(ServiceSort),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE })),
    /** The page's language: the order of the "name" sort (Chinese by pinyin, English A–Z). */
    lang: Type.Optional(Type.Union([Type.Literal('zh-CN'), Type.Literal('en')])),
  },
  { $id: 'ServiceSearchQuery', additionalProperties: false },
);
export type ServiceSearchQuery = Static<typeof ServiceSearchQuery>;

/** How many results one facet value leads to, other filters kept. */
export const FacetCount = Type.Object(
  { value: Type.String(), count: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
export type FacetCount = Static<typeof FacetCount>;

export const ServiceSearchResult = Type.Object(
  {
    items: Type.Array(ServiceSummary),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    sort: ServiceSort,
    /**
     * 'all' when the results hold every word of the query (or there is no query); 'some' when no
     * service does and the results are those holding the most words, which the page says.
     */
    match: Type.Union([Type.Literal('all'), Type.Literal('some')]),
    /**
     * Per facet, the number of results that choosing each value gives: the query and the
     * other facets' filters are kept, the facet's own filter is replaced by the value.
     */
    facets: Type.Object(
      {
        theme: Type.Array(FacetCount),
        department: Type.Array(FacetCount),
        audience: Type.Array(FacetCount),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'ServiceSearchResult', additionalProperties: false },
);
export type ServiceSearchResult = Static<typeof ServiceSearchResult>;

/** GET /api/services/{code}: the guide, and summaries of the services it points to. */
export const ServiceGuidePage = Type.Object(
  { guide: ServiceGuide, related: Type.Array(ServiceSummary) },
  { $id: 'ServiceGuidePage', additionalProperties: false },
);
export type ServiceGuidePage = Static<typeof ServiceGuidePage>;
