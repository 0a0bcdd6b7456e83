import type { IsoDate } from '../clock.ts';
import { arrangements, type ArrangedHoliday } from './arrangements.ts';
import { dayNumber, fromDayNumber, weekday } from './dates.ts';
import { festivalDates, statutoryHolidays } from './statutory.ts';

export { addCalendarDays, weekday } from './dates.ts';
export type { IsoDate } from '../clock.ts';

/**
 * The one place that knows what a working day is. Pure (no database, no clock): the routes build
 * one per request from the closures they read, so every server instance answers the same.
 */

const knownYears = [
  ...arrangements.map((arrangement) => arrangement.year),
  ...Object.keys(festivalDates).map(Number),
];

/**
 * The years the calendar can answer for: the published arrangements and the years after them whose
 * festival dates are known. Outside them it throws rather than guess; extend the data in time.
 */
export const calendarYears = {
  first: Math.min(...knownYears),
  last: Math.max(...knownYears),
} as const;

export type RestReason = 'weekend' | 'holiday' | 'hall-closure';

export interface LocalText {
  zh: string;
  en: string;
}

export interface HallClosure {
  hallId: string;
  date: IsoDate;
  reason: LocalText;
}

export interface CalendarDay {
  date: IsoDate;
  working: boolean;
  /** Why the day is not working; null when it is. */
  reason: RestReason | null;
  /** 调休: a Saturday or Sunday worked in exchange for a longer holiday. */
  makeUpWorkday: boolean;
  /** The year's arrangement is not published yet; the day follows the regulations alone. */
  provisional: boolean;
  /** The holiday's name when reason is 'holiday'. */
  holiday: LocalText | null;
  /** The closure's reason when reason is 'hall-closure'. */
  closure: LocalText | null;
}

interface YearRules {
  provisional: boolean;
  holidays: Map<IsoDate, LocalText>;
  makeUpWorkdays: Set<IsoDate>;
}

function rulesFrom(holidays: readonly ArrangedHoliday[], provisional: boolean): YearRules {
  const rules: YearRules = { provisional, holidays: new Map(), makeUpWorkdays: new Set() };
  for (const holiday of holidays) {
    for (let day = dayNumber(holiday.from); day <= dayNumber(holiday.to); day += 1) {
      const date = fromDayNumber(day);
      // A festival's own day keeps its name inside a longer break that was extended over it.
      if (!rules.holidays.has(date)) rules.holidays.set(date, holiday.name);
    }
    for (const date of holiday.makeUpWorkdays) rules.makeUpWorkdays.add(date);
  }
  return rules;
}

// Rules never change while the server runs, so each year is worked out once.
const years = new Map<number, YearRules>();

function rulesFor(year: number): YearRules {
  let rules = years.get(year);
  if (!rules) {
    const published = arrangements.find((arrangement) => arrangement.year === year);
    rules = published
      ? rulesFrom(published.holidays, false)
      : rulesFrom(statutoryHolidays(year), true);
    years.set(year, rules);
  }
  return rules;
}

/** The day as the whole country keeps it, before any hall's own closures. */
function publicDay(date: IsoDate): CalendarDay {
  const rules = rulesFor(Number(date.slice(0, 4)));
  const weekend = weekday(date) >= 6;
  const holiday = rules.holidays.get(date) ?? null;
  const makeUpWorkday = weekend && rules.makeUpWorkdays.has(date);
  const reason: RestReason | null = holiday
    ? 'holiday'
    : weekend && !makeUpWorkday
      ? 'weekend'
      : null;
  return {
    date,
    working: reason === null,
    reason,
    makeUpWorkday,
    provisional: rules.provisional,
    holiday,
    closure: null,
  };
}

export class WorkingCalendar {
  readonly #closures = new Map<string, LocalText>();

  constructor(closures: readonly HallClosure[] = []) {
    for (const closure of closures) {
      this.#closures.set(`${closure.hallId} ${closure.date}`, closure.reason);
    }
  }

  /** The day for everyone, or for one hall when `hallId` is given (its closures apply). */
  day(date: IsoDate, hallId?: string): CalendarDay {
    const day = publicDay(date);
    if (!day.working || hallId === undefined) return day;
    const closure = this.#closures.get(`${hallId} ${date}`);
    return closure ? { ...day, working: false, reason: 'hall-closure', closure } : day;
  }

  isWorkingDay(date: IsoDate, hallId?: string): boolean {
    return this.day(date, hallId).working;
  }

  /** The date n working days after `date` (n >= 0; `date` itself is not counted; n = 0 -> date). */
  addWorkingDays(date: IsoDate, n: number, hallId?: string): IsoDate {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`n must be a whole number >= 0, got ${n}`);
    }
    let day = dayNumber(date);
    for (let left = n; left > 0; ) {
      day += 1;
      if (this.isWorkingDay(fromDayNumber(day), hallId)) left -= 1;
    }
    return fromDayNumber(day);
  }

  /** Working days d with from < d <= to (0 when to <= from). */
  workingDaysBetween(from: IsoDate, to: IsoDate, hallId?: string): number {
    let count = 0;
    for (let day = dayNumber(from) + 1; day <= dayNumber(to); day += 1) {
      if (this.isWorkingDay(fromDayNumber(day), hallId)) count += 1;
    }
    return count;
  }
}
