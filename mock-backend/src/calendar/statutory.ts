import type { IsoDate } from '../clock.ts';
import type { ArrangedHoliday } from './arrangements.ts';
import { addCalendarDays, weekday } from './dates.ts';

/** Years whose festival dates this module can compute (the Qingming approximation holds for them). */
export const statutoryYears = { first: 2000, last: 2099 } as const;

// The lunar dates come from ICU's Chinese calendar (Node 20 ships ICU with it); a leap month reads
// "6bis", so matching the plain month number skips it, as the festivals do.
const lunar = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});

function lunarMonthDay(date: IsoDate): string {
  const parts = lunar.formatToParts(new Date(`${date}T00:00:00Z`));
  const month = parts.find((part) => part.type === 'month')?.value;
  const day = parts.find((part) => part.type === 'day')?.value;
  return `${month}/${day}`;
}

/** The first Gregorian date in [from, from + span) that is lunar month/day `monthDay`. */
function findLunar(monthDay: string, from: IsoDate, span: number): IsoDate {
  for (let offset = 0; offset < span; offset += 1) {
    const date = addCalendarDays(from, offset);
    if (lunarMonthDay(date) === monthDay) return date;
  }
  throw new Error(`No lunar ${monthDay} within ${span} days of ${from}`);
}

/**
 * Qingming is a solar term, not a lunar date: the sun at 15° longitude, 4 or 5 April. This is the
 * common 21st-century approximation (day = ⌊0.2422·Y + 4.81⌋ − ⌊Y/4⌋ with Y the year's last two
 * digits); the tests check it against the observed dates of 2020–2030.
 */
export function qingming(year: number): IsoDate {
  const y = year % 100;
  const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
  return `${year}-04-${String(day).padStart(2, '0')}`;
}

/** 春节 (lunar 1/1), 端午 (5/5) and 中秋 (8/15) in a Gregorian year; each has one possible window. */
export function lunarFestivals(year: number): {
  springFestival: IsoDate;
  dragonBoat: IsoDate;
  midAutumn: IsoDate;
} {
  return {
    springFestival: findLunar('1/1', `${year}-01-20`, 33),
    dragonBoat: findLunar('5/5', `${year}-05-27`, 32),
    midAutumn: findLunar('8/15', `${year}-09-06`, 34),
  };
}

/**
 * The rest days the holiday regulations themselves fix, for a year whose arrangement is not yet
 * published: 全国年节及纪念日放假办法 as revised in 2024 (State Council Order No. 795), article 2,
 * with article 6's rule that a holiday falling on a Saturday or Sunday is given back on the
 * following working day. The published arrangement usually differs (longer breaks paid for with
 * make-up working days), which is why these days are marked provisional.
 */
export function statutoryHolidays(year: number): ArrangedHoliday[] {
  if (!Number.isInteger(year) || year < statutoryYears.first || year > statutoryYears.last) {
    throw new RangeError(
      `Holidays are known for ${statutoryYears.first}–${statutoryYears.last} only, not ${year}`,
    );
  }
  const { springFestival, dragonBoat, midAutumn } = lunarFestivals(year);
  const fixed: [ArrangedHoliday['name'], IsoDate, number][] = [
    [{ zh: '元旦', en: "New Year's Day" }, `${year}-01-01`, 1],
    [{ zh: '春节', en: 'Spring Festival' }, addCalendarDays(springFestival, -1), 4],
    [{ zh: '清明节', en: 'Qingming Festival' }, qingming(year), 1],
    [{ zh: '劳动节', en: 'Labour Day' }, `${year}-05-01`, 2],
    [{ zh: '端午节', en: 'Dragon Boat Festival' }, dragonBoat, 1],
    [{ zh: '中秋节', en: 'Mid-Autumn Festival' }, midAutumn, 1],
    [{ zh: '国庆节', en: 'National Day' }, `${year}-10-01`, 3],
  ];
  const taken = new Set<IsoDate>();
  for (const [, from, days] of fixed) {
    for (let offset = 0; offset < days; offset += 1) taken.add(addCalendarDays(from, offset));
  }
  return fixed.map(([name, from, days]) => {
    let to = addCalendarDays(from, days - 1);
    let owed = 0;
    for (let offset = 0; offset < days; offset += 1) {
      if (weekday(addCalendarDays(from, offset)) >= 6) owed += 1;
    }
    // Days given back extend the break over the next weekdays not already a holiday.
    let next = to;
    while (owed > 0) {
      next = addCalendarDays(next, 1);
      if (weekday(next) >= 6 || taken.has(next)) continue;
      taken.add(next);
      to = next;
      owed -= 1;
    }
    return { name, from, to, makeUpWorkdays: [] };
  });
}
