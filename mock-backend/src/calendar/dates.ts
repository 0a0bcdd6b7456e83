import { isValidIsoDate, type IsoDate } from '../clock.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a calendar date; refuses anything but a real 'YYYY-MM-DD'. */
export function dayNumber(date: IsoDate): number {
  if (!isValidIsoDate(date)) throw new RangeError(`Not a date: "${date}"`);
  return Date.parse(`${date}T00:00:00Z`) / dayMs;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The date n calendar days after `date` (n may be negative). */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}
