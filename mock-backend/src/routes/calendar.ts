import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CalendarQuery, CalendarRange } from '../../../contract/calendar.ts';
import type { Hall } from '../../../contract/catalogue.ts';
import type { FieldError } from '../../../contract/problem.ts';
import { WorkingCalendar, addCalendarDays, calendarYears } from '../calendar/calendar.ts';
import { dayNumber } from '../calendar/dates.ts';
import { shanghaiDate } from '../clock.ts';
import { validationProblem } from '../problems.ts';
import { problemResponses } from '../schemas.ts';
import type { Store } from '../store/store.ts';

export interface CalendarRouteOptions {
  store: Store;
  /** The catalogue's halls: a hall the catalogue does not know is refused. */
  halls: readonly Pick<Hall, 'id'>[];
}

/** Longest range one request may ask for, in days: a whole leap year. */
export const maxCalendarDays = 366;
/** Days shown when the request names no end: four whole weeks. */
const defaultCalendarDays = 28;

const calendarRoutes: FastifyPluginAsyncTypebox<CalendarRouteOptions> = async (
  app,
  { store, halls },
) => {
  const hallIds = new Set(halls.map((hall) => hall.id));

  app.get(
    '/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Working days, holidays and hall closures over a range of dates',
        description: `Each day from \`from\` to \`to\` (inclusive, at most ${maxCalendarDays} days, years ${calendarYears.first}–${calendarYears.last}) with whether it is a working day and why not: a weekend, a public holiday (with its name) or, when \`hall\` is given, that hall's own closure. Make-up working days (调休) are working days on a weekend. Days of a year whose holiday arrangement the State Council has not yet published follow the holiday regulations alone and are marked provisional. An unknown hall is refused with 400, as unknown filters are elsewhere.`,
        querystring: CalendarQuery,
        response: { 200: CalendarRange, ...problemResponses(400, 429, 500) },
      },
    },
    async (request) => {
      const { hall } = request.query;
      const today = shanghaiDate(app.clock.now());
      const from = request.query.from ?? today;
      const to = request.query.to ?? addCalendarDays(from, defaultCalendarDays - 1);

      const errors: FieldError[] = [];
      for (const [name, date] of [
        ['from', from],
        ['to', to],
      ] as const) {
        const year = Number(date.slice(0, 4));
        if (year < calendarYears.first || year > calendarYears.last) {
          errors.push({
            path: `/query/${name}`,
            message: `must be in the years ${calendarYears.first}–${calendarYears.last}`,
          });
        }
      }
      const length = dayNumber(to) - dayNumber(from) + 1;
      if (length < 1) {
        errors.push({ path: '/query/to', message: 'must not be before from' });
      } else if (length > maxCalendarDays) {
        errors.push({
          path: '/query/to',
          message: `must be at most ${maxCalendarDays} days from the start (inclusive)`,
        });
      }
      if (hall !== undefined && !hallIds.has(hall)) {
        errors.push({ path: '/query/hall', message: 'is not a known hall' });
      }
      if (errors.length > 0) throw validationProblem(errors);

      // Built per request from the stored closures, so every server instance answers alike.
      const calendar = new WorkingCalendar(
        hall === undefined ? [] : await store.calendar.closures(hall, from, to),
      );
      const days = Array.from({ length }, (_, offset) =>
        calendar.day(addCalendarDays(from, offset), hall),
      );
      return { today, days };
    },
  );
};

export default calendarRoutes;
