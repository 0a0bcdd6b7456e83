import { Type, type Static } from '@sinclair/typebox';
import { Localized } from './catalogue.ts';

/** A calendar date, 'YYYY-MM-DD'. */
const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const CalendarQuery = Type.Object(
  {
    /** First day, inclusive; today in Asia/Shanghai (by the server's clock) when left out. */
    from: Type.Optional(IsoDate),
    /** Last day, inclusive, not before `from`; at most 366 days in all; four weeks when left out. */
    to: Type.Optional(IsoDate),
    /** A hall id from /api/halls: its own closures then count as rest days. */
    hall: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  },
  { $id: 'CalendarQuery', additionalProperties: false },
);
export type CalendarQuery = Static<typeof CalendarQuery>;

export const RestReason = Type.Union(
  [Type.Literal('weekend'), Type.Literal('holiday'), Type.Literal('hall-closure')],
  { $id: 'RestReason' },
);
export type RestReason = Static<typeof RestReason>;

export const CalendarDay = Type.Object(
  {
    date: IsoDate,
    working: Type.Boolean(),
    /** Why the day is not a working day; null when it is. */
    reason: Type.Union([RestReason, Type.Null()]),
    /** 调休: a Saturday or Sunday worked in exchange for a longer holiday (halls keep Monday hours). */
    makeUpWorkday: Type.Boolean(),
    /**
     * The State Council has not yet published this year's arrangement: the day follows the
     * holiday regulations alone and may still change.
     */
    provisional: Type.Boolean(),
    /** The holiday's name when reason is 'holiday'. */
    holiday: Type.Union([Localized, Type.Null()]),
    /** Why the hall is shut when reason is 'hall-closure'. */
    closure: Type.Union([Localized, Type.Null()]),
  },
  { $id: 'CalendarDay', additionalProperties: false },
);
export type CalendarDay = Static<typeof CalendarDay>;

export const CalendarRange = Type.Object(
  {
    /** Today in Asia/Shanghai by the server's clock, so pages need not trust the device's date. */
    today: IsoDate,
    days: Type.Array(CalendarDay),
  },
  { $id: 'CalendarRange', additionalProperties: false },
);
export type CalendarRange = Static<typeof CalendarRange>;
