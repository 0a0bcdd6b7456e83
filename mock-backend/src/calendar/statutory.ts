import type { IsoDate } from '../clock.ts';
import type { ArrangedHoliday } from './arrangements.ts';
import { addCalendarDays, weekday } from './dates.ts';

/** The Gregorian dates of the festivals that move with the Chinese calendar. */
export interface FestivalDates {
  /** 春节: the first day of the first lunar month (the eve before it is a holiday too). */
  springFestival: IsoDate;
  /** 清明: the solar term at the sun's 15° longitude, 4 or 5 April. */
  qingming: IsoDate;
  /** 端午: the fifth day of the fifth lunar month. */
  dragonBoat: IsoDate;
  /** 中秋: the fifteenth day of the eighth lunar month. */
  midAutumn: IsoDate;
}

/**
 * Festival dates for the years after the last published arrangement, by the official rules of the
 * Chinese calendar (GB/T 33661-2017 农历的编算和颁行: a month begins on the day, in Beijing time,
 * of the new moon). New-moon instants were computed with J. Meeus, Astronomical Algorithms (2nd
 * ed.), chapter 49. Data rather than a computation at run time: ICU's Chinese calendar (the one in
 * Intl.DateTimeFormat) puts the Spring Festivals of 2027 and 2030 a day off, because their new
 * moons fall within minutes of Beijing midnight (23:56 on 6 February 2027, 00:07 on 3 February
 * 2030); the tests compare this table with ICU and expect exactly those two differences.
 */
export const festivalDates: Readonly<Record<number, FestivalDates>> = {
  2027: {
    springFestival: '2027-02-06',
    qingming: '2027-04-05',
    dragonBoat: '2027-06-09',
    midAutumn: '2027-09-15',
  },
  2028: {
    springFestival: '2028-01-26',
    qingming: '2028-04-04',
    dragonBoat: '2028-05-28',
    midAutumn: '2028-10-03',
  },
  2029: {
    springFestival: '2029-02-13',
    qingming: '2029-04-04',
    dragonBoat: '2029-06-16',
    midAutumn: '2029-09-22',
  },
  2030: {
    springFestival: '2030-02-03',
    qingming: '2030-04-05',
    dragonBoat: '2030-06-05',
    midAutumn: '2030-09-12',
  },
};

/**
 * The rest days the holiday regulations themselves fix, for a year whose arrangement is not yet
 * published: 全国年节及纪念日放假办法 as revised in 2024, article 2 (New Year's Day 1 day; Spring
 * Festival 4: the eve and the first three days; Qingming 1; Labour Day 2: 1–2 May; Dragon Boat 1;
 * Mid-Autumn 1; National Day 3: 1–3 October), with article 6: a holiday falling on a Saturday or
 * Sunday is given back on the following working day. A day two holidays share (Mid-Autumn on
 * 1–3 October) is given back the same way, so that each keeps its days. The published arrangement
 * usually differs (longer breaks paid for with make-up working days): hence "provisional".
 */
export function statutoryHolidays(year: number): ArrangedHoliday[] {
  const festivals = festivalDates[year];
  if (!festivals) throw new RangeError(`The festival dates of ${year} are not known`);
  const fixed: [ArrangedHoliday['name'], IsoDate, number][] = [
    [{ zh: '元旦', en: "New Year's Day" }, `${year}-01-01`, 1],
    [{ zh: '春节', en: 'Spring Festival' }, addCalendarDays(festivals.springFestival, -1), 4],
    [{ zh: '清明节', en: 'Qingming Festival' }, festivals.qingming, 1],
    [{ zh: '劳动节', en: 'Labour Day' }, `${year}-05-01`, 2],
    [{ zh: '端午节', en: 'Dragon Boat Festival' }, festivals.dragonBoat, 1],
    [{ zh: '中秋节', en: 'Mid-Autumn Festival' }, festivals.midAutumn, 1],
    [{ zh: '国庆节', en: 'National Day' }, `${year}-10-01`, 3],
  ];
  const taken = new Set<IsoDate>();
  for (const [, from, days] of fixed) {
    for (let offset = 0; offset < days; offset += 1) taken.add(addCalendarDays(from, offset));
  }
  const claimed = new Set<IsoDate>();
  return fixed.map(([name, from, days]) => {
    let to = addCalendarDays(from, days - 1);
    let owed = 0;
    for (let offset = 0; offset < days; offset += 1) {
      const date = addCalendarDays(from, offset);
      // A day on a weekend, or one another holiday already rests (Mid-Autumn on 1–3 October), is
      // not a day off gained, so it is owed.
      if (weekday(date) >= 6 || claimed.has(date)) owed += 1;
      claimed.add(date);
    }
    // Days given back extend the break over the next weekdays that are not already a holiday.
    for (let next = to; owed > 0; ) {
      next = addCalendarDays(next, 1);
      if (weekday(next) >= 6 || taken.has(next)) continue;
      taken.add(next);
      to = next;
      owed -= 1;
    }
    return { name, from, to, makeUpWorkdays: [] };
  });
}
