import { Type, type Static } from '@sinclair/typebox';
import { MIN_RATINGS_TO_PUBLISH } from './constants/feedback-limits';
import { ResultsRow } from './feedback';

/**
 * Open data (issue 10): the published satisfaction figures, the same numbers the public results
 * page shows, for anyone to download without signing in, as CSV or JSON:
 * GET /api/open-data/satisfaction.csv and GET /api/open-data/satisfaction.json.
 */

/** The longest period one download may cover: a year (a leap year's 366 days). */
export const OPEN_DATA_MAX_DAYS = 366;

const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/**
 * `from` and `to` (Asia/Shanghai days, both included) default to the results page's period, the
 * 365 days up to today. Rules the schema cannot say (400 naming the field): `from` not after
 * `to`, `to` not after today, at most OPEN_DATA_MAX_DAYS days.
 */
export const OpenDataQuery = Type.Object(
  {
    by: Type.Optional(Type.Union([Type.Literal('service'), Type.Literal('hall')])),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
  },
  { $id: 'OpenDataQuery', additionalProperties: false },
);
export type OpenDataQuery = Static<typeof OpenDataQuery>;

/**
 * The JSON download: the results table's rows for the period, highest satisfied share first.
 * A row built from fewer than `minimumRatings` ratings carries `published: false` and no figure.
 */
export const OpenDataSatisfaction = Type.Object(
  {
    by: Type.Union([Type.Literal('service'), Type.Literal('hall')]),
    period: Type.Object({ from: IsoDate, to: IsoDate }, { additionalProperties: false }),
    /** Below this many ratings nothing is published; the fixed-on-time share alike below this many negative ratings. */
    minimumRatings: Type.Literal(MIN_RATINGS_TO_PUBLISH),
    rows: Type.Array(ResultsRow),
  },
  { $id: 'OpenDataSatisfaction', additionalProperties: false },
);
export type OpenDataSatisfaction = Static<typeof OpenDataSatisfaction>;
