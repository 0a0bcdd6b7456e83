import type { IsoDate } from '../clock.ts';
import type { LocalText } from './calendar.ts';

/** One holiday of a published arrangement: the rest days and the weekend days worked to pay for them. */
export interface ArrangedHoliday {
  name: LocalText;
  /** First and last rest day, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** 调休: weekend days worked in exchange for the longer break. */
  makeUpWorkdays: readonly IsoDate[];
}

export interface HolidayArrangement {
  year: number;
  /** The notice the dates are copied from, so the next person can check them against it. */
  source: string;
  holidays: readonly ArrangedHoliday[];
}

/**
 * The State Council publishes each year's holiday dates, usually in November of the year before.
 * Add a year here when its notice appears; until then its days are computed from the regulations
 * (statutory.ts) and marked provisional.
 */
export const arrangements: readonly HolidayArrangement[] = [
  {
    year: 2026,
    source:
      '国务院办公厅关于2026年部分节假日安排的通知 (General Office of the State Council, 4 November 2025; published by Xinhua the same day)',
    holidays: [
      {
        name: { zh: '元旦', en: "New Year's Day" },
        from: '2026-01-01',
        to: '2026-01-03',
        makeUpWorkdays: ['2026-01-04'],
      },
      {
        name: { zh: '春节', en: 'Spring Festival' },
        from: '2026-02-15',
        to: '2026-02-23',
        makeUpWorkdays: ['2026-02-14', '2026-02-28'],
      },
      {
        name: { zh: '清明节', en: 'Qingming Festival' },
        from: '2026-04-04',
        to: '2026-04-06',
        makeUpWorkdays: [],
      },
      {
        name: { zh: '劳动节', en: 'Labour Day' },
        from: '2026-05-01',
        to: '2026-05-05',
        makeUpWorkdays: ['2026-05-09'],
      },
      {
        name: { zh: '端午节', en: 'Dragon Boat Festival' },
        from: '2026-06-19',
        to: '2026-06-21',
        makeUpWorkdays: [],
      },
      {
        name: { zh: '中秋节', en: 'Mid-Autumn Festival' },
        from: '2026-09-25',
        to: '2026-09-27',
        makeUpWorkdays: [],
      },
      {
        name: { zh: '国庆节', en: 'National Day' },
        from: '2026-10-01',
        to: '2026-10-07',
        makeUpWorkdays: ['2026-09-20', '2026-10-10'],
      },
    ],
  },
];
