import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  MIN_RATINGS_TO_PUBLISH,
  RATING_LEVELS,
  type ResultsRow,
} from '../../../contract/feedback.ts';
import {
  OPEN_DATA_MAX_DAYS,
  OpenDataQuery,
  OpenDataSatisfaction,
} from '../../../contract/open-data.ts';
import type { FieldError } from '../../../contract/problem.ts';
import { addCalendarDays, dayNumber } from '../calendar/dates.ts';
import { isValidIsoDate, type IsoDate } from '../clock.ts';
import { csvResponse, sendCsv, type CsvColumn } from '../export/csv.ts';
import type { PublishedResults } from '../feedback/published-results.ts';
import { validationProblem } from '../problems.ts';
import { problemResponses } from '../schemas.ts';

export interface OpenDataRouteOptions {
  published: PublishedResults;
  /** The results page's period: the 365 days up to today. */
  period: () => { from: IsoDate; to: IsoDate };
  today: () => IsoDate;
}

/**
 * Downloads may be kept as long as the results table is (a minute), then revalidated: the ETag
 * is a hash of the figures, so an unchanged table answers 304 without a body.
 */
const CACHE_CONTROL = 'public, max-age=60';

/** The CSV's columns: ASCII headings for scripts, names in both languages, empty when suppressed. */
const columns: CsvColumn<ResultsRow & { by: string; from: IsoDate; to: IsoDate }>[] = [
  { header: 'by', value: (row) => row.by },
  { header: 'id', value: (row) => row.id },
  { header: 'name_zh', value: (row) => row.name.zh },
  { header: 'name_en', value: (row) => row.name.en },
  { header: 'period_from', value: (row) => row.from },
  { header: 'period_to', value: (row) => row.to },
  { header: 'published', value: (row) => row.satisfaction.published },
  {
    header: 'ratings',
    value: (row) => (row.satisfaction.published ? row.satisfaction.ratings : null),
  },
  {
    header: 'satisfied_share',
    value: (row) => (row.satisfaction.published ? row.satisfaction.satisfiedShare : null),
  },
  ...RATING_LEVELS.map(
    (level): CsvColumn<ResultsRow> => ({
      header: level.replace(/-/g, '_'),
      value: (row) =>
        row.satisfaction.published
          ? (row.satisfaction.distribution.find((entry) => entry.level === level)?.count ?? 0)
          : null,
    }),
  ),
  {
    header: 'fixed_on_time_share',
    value: (row) => (row.satisfaction.published ? row.satisfaction.fixedOnTimeShare : null),
  },
];

/**
 * Open data (issue 10): the published satisfaction figures as CSV and JSON for anyone, no sign-in.
 * The numbers are the results page's own table (PublishedResults), suppressed the same way.
 */
const openDataRoutes: FastifyPluginAsyncTypebox<OpenDataRouteOptions> = async (app, options) => {
  const { published } = options;

  /** The period asked for, checked: 400 naming the field for anything the schema cannot say. */
  const periodOf = (query: OpenDataQuery): { from: IsoDate; to: IsoDate } => {
    const today = options.today();
    const errors: FieldError[] = [];
    for (const name of ['from', 'to'] as const) {
      const value = query[name];
      if (value !== undefined && !isValidIsoDate(value)) {
        errors.push({ path: `/query/${name}`, message: 'is not a date' });
      }
    }
    if (errors.length > 0) throw validationProblem(errors);
    const defaults = options.period();
    const to = query.to ?? (query.from === undefined ? defaults.to : today);
    // Like the results page: the 365 days up to `to`.
    const from = query.from ?? addCalendarDays(to, -364);
    if (to > today) errors.push({ path: '/query/to', message: 'must not be after today' });
    const days = dayNumber(to) - dayNumber(from) + 1;
    if (days < 1) errors.push({ path: '/query/from', message: 'must not be after to' });
    else if (days > OPEN_DATA_MAX_DAYS) {
      errors.push({
        path: '/query/from',
        message: `must be at most ${OPEN_DATA_MAX_DAYS} days before to (inclusive)`,
      });
    }
    if (errors.length > 0) throw validationProblem(errors);
    return query.from === undefined && query.to === undefined ? defaults : { from, to };
  };

  const figuresOf = async (query: OpenDataQuery): Promise<OpenDataSatisfaction> => {
    const { from, to } = periodOf(query);
    const table = await published.table(query.by ?? 'service', from, to);
    return { ...table, minimumRatings: MIN_RATINGS_TO_PUBLISH };
  };

  /** Marks the answer cacheable; true when the client's copy is current and 304 has been sent. */
  const notModified = (request: FastifyRequest, reply: FastifyReply, etag: string): boolean => {
    reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
    const held = request.headers['if-none-match'];
    if (!held?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) return false;
    void reply.code(304).send();
    return true;
  };
  const etagOf = (figures: OpenDataSatisfaction, format: string) =>
    `"${format}-${createHash('sha256').update(JSON.stringify(figures)).digest('base64url').slice(0, 27)}"`;

  const description = (format: string) =>
    `The published satisfaction figures ${format}: every rated service (by=service, the default) or every hall (by=hall) over the period (from/to, Asia/Shanghai days, both included; default the results page's 365 days up to today; at most ${OPEN_DATA_MAX_DAYS} days, not after today). The same numbers the public results page shows: with fewer than ${MIN_RATINGS_TO_PUBLISH} ratings a row is marked unpublished and carries no figure, and the fixed-on-time share is empty below ${MIN_RATINGS_TO_PUBLISH} negative ratings. No sign-in; cacheable for a minute, revalidated with ETag.`;

  app.get(
    '/open-data/satisfaction.json',
    {
      schema: {
        tags: ['open-data'],
        summary: 'Satisfaction figures as open data (JSON)',
        description: description('as JSON'),
        querystring: OpenDataQuery,
        response: {
          200: OpenDataSatisfaction,
          304: Type.Null(),
          ...problemResponses(400, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const figures = await figuresOf(request.query);
      if (notModified(request, reply, etagOf(figures, 'json'))) return reply;
      return figures;
    },
  );

  app.get(
    '/open-data/satisfaction.csv',
    {
      schema: {
        tags: ['open-data'],
        summary: 'Satisfaction figures as open data (CSV)',
        description: `${description('as CSV (UTF-8 with a BOM, one row per service or hall)')} Columns: ${columns.map((column) => column.header).join(', ')}.`,
        querystring: OpenDataQuery,
        response: {
          200: csvResponse('One row per service or hall; empty figures where suppressed.'),
          304: Type.Null(),
          ...problemResponses(400, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const figures = await figuresOf(request.query);
      if (notModified(request, reply, etagOf(figures, 'csv'))) return reply;
      const { by, period } = figures;
      return sendCsv(reply, {
        filename: `satisfaction-by-${by}-${period.from}-${period.to}.csv`,
        columns,
        rows: figures.rows.map((row) => ({ ...row, by, ...period })),
      });
    },
  );
};

export default openDataRoutes;
