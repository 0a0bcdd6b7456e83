import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  WorkingCalendar,
  addCalendarDays,
  calendarYears,
  weekday,
  type HallClosure,
} from '../../src/calendar/calendar.ts';
import { arrangements } from '../../src/calendar/arrangements.ts';
import type { IsoDate } from '../../src/clock.ts';

const calendar = new WorkingCalendar();

/** Every date from `from` to `to` inclusive. */
function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) dates.push(date);
  return dates;
}

const firstDay = `${calendarYears.first}-01-01`;
const lastDay = `${calendarYears.last}-12-31`;
const allDays = datesBetween(firstDay, lastDay);

describe('dates', () => {
  test('weekday is ISO: 1 = Monday … 7 = Sunday', () => {
    assert.equal(weekday('2026-09-14'), 1);
    assert.equal(weekday('2026-09-15'), 2);
    assert.equal(weekday('2026-09-20'), 7);
    assert.equal(weekday('1970-01-01'), 4);
    assert.equal(weekday('1969-12-29'), 1);
  });

  test('addCalendarDays crosses months, leap days and years, both ways', () => {
    assert.equal(addCalendarDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addCalendarDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addCalendarDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addCalendarDays('2027-01-01', -1), '2026-12-31');
    assert.equal(addCalendarDays('2026-09-15', 0), '2026-09-15');
    assert.throws(() => addCalendarDays('2026-02-30', 1), RangeError);
  });
});

describe('the 2026 arrangement (State Council notice of 4 November 2025)', () => {
  const makeUpWorkdays: [IsoDate, number][] = [
    ['2026-01-04', 7],
    ['2026-02-14', 6],
    ['2026-02-28', 6],
    ['2026-05-09', 6],
    ['2026-09-20', 7],
    ['2026-10-10', 6],
  ];
  for (const [date, day] of makeUpWorkdays) {
    test(`${date} is a make-up working day on a weekend`, () => {
      assert.equal(weekday(date), day);
      assert.deepEqual(calendar.day(date), {
        date,
        working: true,
        reason: null,
        makeUpWorkday: true,
        provisional: false,
        holiday: null,
        closure: null,
      });
    });
  }

  const holidays: [IsoDate, IsoDate, string, string][] = [
    ['2026-01-01', '2026-01-03', '元旦', "New Year's Day"],
    ['2026-02-15', '2026-02-23', '春节', 'Spring Festival'],
    ['2026-04-04', '2026-04-06', '清明节', 'Qingming Festival'],
    ['2026-05-01', '2026-05-05', '劳动节', 'Labour Day'],
    ['2026-06-19', '2026-06-21', '端午节', 'Dragon Boat Festival'],
    ['2026-09-25', '2026-09-27', '中秋节', 'Mid-Autumn Festival'],
    ['2026-10-01', '2026-10-07', '国庆节', 'National Day'],
  ];
  for (const [from, to, zh, en] of holidays) {
    test(`${from} to ${to} rest for ${en}, and only those days`, () => {
      for (const date of datesBetween(from, to)) {
        assert.deepEqual(calendar.day(date), {
          date,
          working: false,
          reason: 'holiday',
          makeUpWorkday: false,
          provisional: false,
          holiday: { zh, en },
          closure: null,
        });
      }
      // The days either side are not part of this holiday.
      const neighbours = [addCalendarDays(from, -1), addCalendarDays(to, 1)];
      for (const date of neighbours.filter((date) => date >= firstDay)) {
        assert.notDeepEqual(calendar.day(date).holiday, { zh, en }, date);
      }
    });
  }

  test('every other day of 2026 works Monday to Friday and rests at weekends', () => {
    const special = new Set([
      ...makeUpWorkdays.map(([date]) => date),
      ...holidays.flatMap(([from, to]) => datesBetween(from, to)),
    ]);
    const days = datesBetween('2026-01-01', '2026-12-31');
    assert.equal(special.size, 6 + 33);
    for (const date of days.filter((date) => !special.has(date))) {
      const day = calendar.day(date);
      const weekend = weekday(date) >= 6;
      assert.equal(day.working, !weekend, date);
      assert.equal(day.reason, weekend ? 'weekend' : null, date);
      assert.equal(day.makeUpWorkday, false, date);
      assert.equal(day.holiday, null, date);
    }
  });

  test('the data names its source', () => {
    assert.match(arrangements.find((a) => a.year === 2026)?.source ?? '', /国务院办公厅关于2026年/);
  });

  test('working days are counted over the Mid-Autumn and National Day breaks', () => {
    // Tue 15 Sep; 16–18, Sun 20 (make-up), 21–24, 28, 29.
    assert.equal(calendar.workingDaysBetween('2026-09-15', '2026-09-29'), 10);
    assert.equal(calendar.addWorkingDays('2026-09-24', 1), '2026-09-28');
    assert.equal(calendar.addWorkingDays('2026-09-30', 1), '2026-10-08');
    assert.equal(calendar.addWorkingDays('2026-09-30', 3), '2026-10-10');
    assert.equal(calendar.addWorkingDays('2026-09-19', 1), '2026-09-20');
    // Zero days is the day itself, even a holiday.
    assert.equal(calendar.addWorkingDays('2026-10-01', 0), '2026-10-01');
    assert.equal(calendar.workingDaysBetween('2026-09-29', '2026-09-15'), 0);
    assert.throws(() => calendar.addWorkingDays('2026-09-15', -1), RangeError);
    assert.throws(() => calendar.addWorkingDays('2026-09-15', 1.5), RangeError);
  });
});

describe('years without a published arrangement', () => {
  test('are provisional; 2026 is not', () => {
    for (const date of ['2027-01-01', '2027-07-14', '2030-12-31']) {
      assert.equal(calendar.day(date).provisional, true, date);
    }
    assert.equal(calendar.day('2026-12-31').provisional, false);
  });

  test('rest on the statutory days and give weekend ones back on the next weekdays', () => {
    const rest = (from: IsoDate, to: IsoDate, en: string) => {
      for (const date of datesBetween(from, to)) {
        const day = calendar.day(date);
        assert.equal(day.reason, 'holiday', date);
        assert.equal(day.holiday?.en, en, date);
      }
    };
    // Fri 1 Jan 2027: one day.
    rest('2027-01-01', '2027-01-01', "New Year's Day");
    // Eve Fri 5 Feb, New Year Sat 6 Feb to Mon 8 Feb; Sat and Sun given back Tue 9 and Wed 10.
    rest('2027-02-05', '2027-02-10', 'Spring Festival');
    // Sat 1 and Sun 2 May 2027, given back Mon 3 and Tue 4.
    rest('2027-05-01', '2027-05-04', 'Labour Day');
    // Fri 1 to Sun 3 Oct 2027, given back Mon 4 and Tue 5.
    rest('2027-10-01', '2027-10-05', 'National Day');
    for (const date of ['2027-01-04', '2027-02-04', '2027-02-11', '2027-05-05', '2027-10-06']) {
      assert.ok(calendar.isWorkingDay(date), date);
    }
    // 2028: Mid-Autumn falls on Tue 3 Oct, inside National Day (Sun 1 to Tue 3): two days owed.
    rest('2028-10-01', '2028-10-02', 'National Day');
    rest('2028-10-04', '2028-10-05', 'National Day');
    assert.equal(calendar.day('2028-10-03').holiday?.en, 'Mid-Autumn Festival');
    assert.ok(calendar.isWorkingDay('2028-10-06'));
    // Qingming, Dragon Boat and Mid-Autumn from the festival table.
    rest('2029-04-04', '2029-04-04', 'Qingming Festival');
    rest('2030-06-05', '2030-06-05', 'Dragon Boat Festival');
    rest('2029-09-22', '2029-09-24', 'Mid-Autumn Festival');
  });

  test('have no make-up working days: nobody can know them yet', () => {
    const made = allDays.filter((date) => date >= '2027-01-01' && calendar.day(date).makeUpWorkday);
    assert.deepEqual(made, []);
  });

  test('outside the known years the calendar refuses rather than guesses', () => {
    assert.throws(() => calendar.day(addCalendarDays(firstDay, -1)), RangeError);
    assert.throws(() => calendar.day(addCalendarDays(lastDay, 1)), RangeError);
  });
});

describe('properties', () => {
  const closureArb = fc.record({
    hallId: fc.constantFrom('beihu', 'nanshan'),
    date: fc.constantFrom(...allDays),
    reason: fc.constant({ zh: '检修', en: 'Maintenance' }),
  });
  // Starting dates leave room for 60 working days before the last known day.
  const startArb = fc.constantFrom(...allDays.slice(0, allDays.length - 120));
  const hallArb = fc.constantFrom(undefined, 'beihu', 'nanshan');
  const closuresArb = fc.array(closureArb, { maxLength: 30 });

  /** A calendar with generated closures, a start, a count of working days and maybe a hall. */
  const countCase = fc.record({
    closures: closuresArb,
    start: startArb,
    n: fc.integer({ min: 0, max: 60 }),
    hall: hallArb,
  });

  test('addWorkingDays agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(countCase, ({ closures, start, n, hall }) => {
        const cal = new WorkingCalendar(closures);
        let date = start;
        for (let left = n; left > 0; ) {
          date = addCalendarDays(date, 1);
          if (cal.day(date, hall).working) left -= 1;
        }
        assert.equal(cal.addWorkingDays(start, n, hall), date);
      }),
      { numRuns: 300 },
    );
  });

  test('workingDaysBetween(from, addWorkingDays(from, n)) is n, and the day reached works', () => {
    fc.assert(
      fc.property(countCase, ({ closures, start, n, hall }) => {
        const cal = new WorkingCalendar(closures);
        const end = cal.addWorkingDays(start, n, hall);
        assert.equal(cal.workingDaysBetween(start, end, hall), n);
        if (n > 0) assert.ok(cal.isWorkingDay(end, hall));
      }),
      { numRuns: 300 },
    );
  });

  test('every make-up working day works; no holiday or weekend rest day does', () => {
    for (const date of allDays) {
      const day = calendar.day(date);
      if (day.makeUpWorkday) {
        assert.ok(day.working && weekday(date) >= 6, date);
      }
      assert.equal(day.holiday !== null, day.reason === 'holiday', date);
      assert.equal(day.working, day.reason === null, date);
      if (day.reason === 'holiday') assert.ok(!day.working, date);
      assert.equal(day.provisional, !date.startsWith('2026-'), date);
    }
    const madeUp = arrangements.flatMap((a) => a.holidays.flatMap((h) => h.makeUpWorkdays));
    for (const date of madeUp) assert.ok(calendar.isWorkingDay(date), date);
  });

  test('a closure makes a working day rest for its hall only, and leaves rest days as they were', () => {
    fc.assert(
      fc.property(closuresArb, fc.constantFrom(...allDays), (closures, probe) => {
        const cal = new WorkingCalendar(closures);
        for (const closure of [
          ...closures,
          { hallId: 'beihu', date: probe, reason: closures[0]?.reason },
        ]) {
          const publicDay = calendar.day(closure.date);
          const closed = closures.some(
            (c: HallClosure) => c.hallId === closure.hallId && c.date === closure.date,
          );
          // Without a hall, and for a hall with no closure that day, the public calendar stands.
          assert.deepEqual(cal.day(closure.date), publicDay);
          assert.deepEqual(cal.day(closure.date, 'xincheng'), publicDay);
          const hallDay = cal.day(closure.date, closure.hallId);
          if (!closed || !publicDay.working) {
            assert.deepEqual(hallDay, publicDay);
          } else {
            assert.equal(hallDay.working, false);
            assert.equal(hallDay.reason, 'hall-closure');
            assert.ok(hallDay.closure);
            assert.equal(hallDay.holiday, null);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
