import {
  DASHBOARD_DEFAULT_DAYS,
  DASHBOARD_MAX_DAYS,
  DASHBOARD_WEEKLY_MAX_DAYS,
  OVERDUE_AGE_STARTS,
  type DashboardBucket,
  type DashboardBucketSize,
  type FixRate,
  type OverdueAge,
} from '../../../contract/dashboard.ts';
import type { OpeningHours } from '../../../contract/catalogue.ts';
import { MIN_RATINGS_TO_PUBLISH, type RatingLevel } from '../../../contract/feedback.ts';
import type { FieldError } from '../../../contract/problem.ts';
import {
  capacityOn,
  isClosedBy,
  slotsOf,
  type CapacityFrom,
  type ClosedPeriod,
} from '../appointments/slots.ts';
import {
  calendarYears,
  hoursWeekday,
  type CalendarDay,
  type WorkingCalendar,
} from '../calendar/calendar.ts';
import { addCalendarDays, dayNumber, fromDayNumber, weekday } from '../calendar/dates.ts';
import { isValidIsoDate, type IsoDate } from '../clock.ts';
import { share, type RatingTally } from '../feedback/satisfaction.ts';

/**
 * The dashboard's rules as pure functions (no fastify, no SQL): the period and its buckets,
 * overdue ages in working days, and the seats a hall offered. The repository sums the records;
 * these turn its sums into the figures the contract names.
 */

export interface DashboardPeriod {
  from: IsoDate;
  to: IsoDate;
  bucketSize: DashboardBucketSize;
}

/**
 * The period asked for, or the field errors that refuse it: real dates, `from` not after `to`,
 * at most DASHBOARD_MAX_DAYS days. Defaults: to today, from DASHBOARD_DEFAULT_DAYS days up to `to`.
 */
export function dashboardPeriod(
  query: { from?: string | undefined; to?: string | undefined },
  today: IsoDate,
): DashboardPeriod | FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && !isValidIsoDate(value)) {
      errors.push({ path: `/query/${field}`, message: 'must be a real date' });
    }
  }
  if (errors.length > 0) return errors;
  const to = query.to ?? today;
  const from = query.from ?? addCalendarDays(to, 1 - DASHBOARD_DEFAULT_DAYS);
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) return [{ path: '/query/from', message: 'must not be after to' }];
  if (days > DASHBOARD_MAX_DAYS) {
    return [
      { path: '/query/from', message: `must be at most ${DASHBOARD_MAX_DAYS} days before to` },
    ];
  }
  return { from, to, bucketSize: days <= DASHBOARD_WEEKLY_MAX_DAYS ? 'week' : 'month' };
}

/** The first day of the week (Monday) or month holding `date`; what the repository groups by. */
export function bucketStart(date: IsoDate, size: DashboardBucketSize): IsoDate {
  return size === 'week' ? addCalendarDays(date, 1 - weekday(date)) : `${date.slice(0, 7)}-01`;
}

/** The period's buckets in order, the first and last cut to the period. */
export function bucketsOf(period: DashboardPeriod): DashboardBucket[] {
  const buckets: DashboardBucket[] = [];
  let start = bucketStart(period.from, period.bucketSize);
  while (start <= period.to) {
    const next = period.bucketSize === 'week' ? addCalendarDays(start, 7) : nextMonth(start);
    buckets.push({
      from: start < period.from ? period.from : start,
      to: addCalendarDays(next, -1) > period.to ? period.to : addCalendarDays(next, -1),
    });
    start = next;
  }
  return buckets;
}

function nextMonth(first: IsoDate): IsoDate {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

export function fixRate(due: number, fixedOnTime: number): FixRate {
  return { due, fixedOnTime, share: due < MIN_RATINGS_TO_PUBLISH ? null : share(fixedOnTime, due) };
}

/** Tallies per key and bucket from rows of counts per key, bucket start and level. */
export interface LevelCount {
  key: string;
  bucket: IsoDate;
  level: RatingLevel;
  ratings: number;
  fixedOnTime: number;
}

const NEGATIVE: ReadonlySet<RatingLevel> = new Set(['dissatisfied', 'very-dissatisfied']);

export interface KeyTallies {
  overall: RatingTally;
  /** By bucket start. */
  buckets: Map<IsoDate, RatingTally>;
  ratings: number;
}

const emptyTally = (): RatingTally => ({ levels: {}, negative: 0, fixedOnTime: 0 });

function addTo(tally: RatingTally, row: LevelCount): void {
  tally.levels[row.level] = (tally.levels[row.level] ?? 0) + row.ratings;
  if (NEGATIVE.has(row.level)) {
    tally.negative += row.ratings;
    tally.fixedOnTime += row.fixedOnTime;
  }
}

/** Sums rows into tallies per key (a service or a hall) and per bucket; `all` sums every key. */
export function talliesOf(rows: readonly LevelCount[]): {
  byKey: Map<string, KeyTallies>;
  all: KeyTallies;
} {
  const byKey = new Map<string, KeyTallies>();
  const all: KeyTallies = { overall: emptyTally(), buckets: new Map(), ratings: 0 };
  const add = (tallies: KeyTallies, row: LevelCount) => {
    addTo(tallies.overall, row);
    let bucket = tallies.buckets.get(row.bucket);
    if (!bucket) tallies.buckets.set(row.bucket, (bucket = emptyTally()));
    addTo(bucket, row);
    tallies.ratings += row.ratings;
  };
  for (const row of rows) {
    let tallies = byKey.get(row.key);
    if (!tallies) {
      byKey.set(row.key, (tallies = { overall: emptyTally(), buckets: new Map(), ratings: 0 }));
    }
    add(tallies, row);
    add(all, row);
  }
  return { byKey, all };
}

/** Open items past their answer date, by working days overdue (at least 1, as the queue counts). */
export function overdueAges(
  counts: readonly { answerBy: IsoDate; count: number }[],
  today: IsoDate,
  calendar: WorkingCalendar,
): { total: number; ages: OverdueAge[] } {
  const ages: OverdueAge[] = OVERDUE_AGE_STARTS.map((from, index) => {
    const next = OVERDUE_AGE_STARTS[index + 1];
    return { from, to: next === undefined ? null : next - 1, count: 0 };
  });
  let total = 0;
  // The calendar refuses years it has no data for; an item due before them is counted from the
  // first day it knows, which already puts it among the oldest.
  const known = `${calendarYears.first}-01-01`;
  for (const { answerBy, count } of counts) {
    if (answerBy >= today) continue;
    const since = answerBy < known ? known : answerBy;
    const days = Math.max(1, calendar.workingDaysBetween(since, today));
    const age = ages.findLast((each) => each.from <= days);
    if (age) age.count += count;
    total += count;
  }
  return { total, ages };
}

export interface WindowSchedule {
  hallId: string;
  slotMinutes: number;
  capacity: number;
  /** Capacity changed from a date on (staff's capacity page); none: `capacity` throughout. */
  capacityChanges?: readonly CapacityFrom[];
}

/** A hall's closure of part of one day: its slots offered no seats. */
export type PartDayClosure = Pick<ClosedPeriod, 'starts' | 'ends'> & {
  hallId: string;
  date: IsoDate;
};

/**
 * Seats each hall offered from `from` to `to`: every window's slots on each day, as booking
 * computes them (the calendar with the hall's whole-day closures, its hours, the window's slot
 * length, less the slots a part-day closure covers), times the window's capacity on that day. A day in a year the calendar has no data for offered none:
 * booking cannot offer it either.
 */
export function offeredSeats(
  windows: readonly WindowSchedule[],
  hoursOf: (hallId: string) => readonly OpeningHours[] | undefined,
  period: { from: IsoDate; to: IsoDate },
  calendar: WorkingCalendar,
  partDayClosures: readonly PartDayClosure[] = [],
): Map<string, number> {
  const offered = new Map<string, number>();
  const closedOn = new Map<string, PartDayClosure[]>();
  for (const closure of partDayClosures) {
    const key = `${closure.hallId} ${closure.date}`;
    closedOn.set(key, [...(closedOn.get(key) ?? []), closure]);
  }
  const first = Math.max(dayNumber(period.from), dayNumber(`${calendarYears.first}-01-01`));
  const last = Math.min(dayNumber(period.to), dayNumber(`${calendarYears.last}-12-31`));
  // A hall's windows share its days: each day is asked of the calendar once per hall, and each
  // (hours, slot length) is cut into slots once per day.
  const daysOf = new Map<string, CalendarDay[]>();
  for (const window of windows) {
    const hours = hoursOf(window.hallId);
    if (!hours) continue;
    let days = daysOf.get(window.hallId);
    if (!days) {
      days = [];
      for (let day = first; day <= last; day += 1) {
        days.push(calendar.day(fromDayNumber(day), window.hallId));
      }
      daysOf.set(window.hallId, days);
    }
    const slotCounts = new Map<string, number>();
    let seats = 0;
    const changes = window.capacityChanges ?? [];
    for (const day of days) {
      const closed = closedOn.get(`${window.hallId} ${day.date}`);
      const kind = `${day.working} ${hoursWeekday(day)}`;
      let slots = closed ? undefined : slotCounts.get(kind);
      if (slots === undefined) {
        const all = slotsOf(day, { hours, slotMinutes: window.slotMinutes });
        slots = closed
          ? all.filter((slot) => !closed.some((period) => isClosedBy(slot, period))).length
          : all.length;
        if (!closed) slotCounts.set(kind, slots);
      }
      const capacity = changes.length
        ? capacityOn(window.capacity, changes, day.date)
        : window.capacity;
      seats += slots * capacity;
    }
    offered.set(window.hallId, (offered.get(window.hallId) ?? 0) + seats);
  }
  return offered;
}
