import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { CalendarDay, CalendarRange } from '../../../contract/calendar.ts';
import { WorkingCalendar } from '../../src/calendar/calendar.ts';
import { fixedClock } from '../../src/clock.ts';
import { testApp } from '../test-app.ts';

/** A Tuesday morning in Jiangcheng; the e2e server starts at the same instant. */
const clock = fixedClock('2026-09-15T09:00:00+08:00');

function byDate(range: CalendarRange): Map<string, CalendarDay> {
  return new Map(range.days.map((day) => [day.date, day]));
}

describe('GET /api/calendar', () => {
  test('without dates: four weeks from today by the app clock', async (t) => {
    const { app } = await testApp(t, { clock });
    const response = await app.inject({ url: '/api/calendar' });
    assert.equal(response.statusCode, 200);
    const range: CalendarRange = response.json();
    assert.equal(range.today, '2026-09-15');
    assert.equal(range.days.length, 28);
    assert.equal(range.days[0]?.date, '2026-09-15');
    assert.equal(range.days.at(-1)?.date, '2026-10-12');
    const days = byDate(range);
    // The route answers exactly what the calendar module says.
    const calendar = new WorkingCalendar();
    for (const day of range.days) assert.deepEqual(day, calendar.day(day.date));
    assert.equal(days.get('2026-09-20')?.makeUpWorkday, true);
    assert.equal(days.get('2026-09-20')?.working, true);
    assert.equal(days.get('2026-09-19')?.reason, 'weekend');
    assert.deepEqual(days.get('2026-09-25')?.holiday, { zh: '中秋节', en: 'Mid-Autumn Festival' });
    assert.equal(days.get('2026-10-07')?.reason, 'holiday');
    assert.equal(days.get('2026-10-10')?.makeUpWorkday, true);
    // Without a hall, no hall's closure counts.
    assert.equal(days.get('2026-09-17')?.working, true);
  });

  test("today is the Shanghai date of the clock's instant", async (t) => {
    const lateEvening = await testApp(t, { clock: fixedClock('2026-09-15T15:59:59Z') });
    const afterMidnight = await testApp(t, { clock: fixedClock('2026-09-15T16:00:00Z') });
    const today = async ({ app }: { app: typeof lateEvening.app }) =>
      (await app.inject({ url: '/api/calendar?to=2026-12-31' })).json().today;
    assert.equal(await today(lateEvening), '2026-09-15');
    assert.equal(await today(afterMidnight), '2026-09-16');
  });

  test("with a hall: that hall's closures rest, with their reason", async (t) => {
    const { app } = await testApp(t, { clock });
    const range = (hall: string) =>
      app.inject({ url: `/api/calendar?from=2026-09-16&to=2026-09-18&hall=${hall}` });
    const beihu = byDate((await range('beihu')).json());
    assert.deepEqual(beihu.get('2026-09-17'), {
      date: '2026-09-17',
      working: false,
      reason: 'hall-closure',
      makeUpWorkday: false,
      provisional: false,
      holiday: null,
      closure: { zh: '业务系统升级，暂停对外服务', en: 'Closed for a system upgrade' },
    });
    assert.equal(beihu.get('2026-09-16')?.working, true);
    assert.equal(beihu.get('2026-09-18')?.working, true);
    const smzx = byDate((await range('smzx')).json());
    assert.equal(smzx.get('2026-09-17')?.working, true);
  });

  test('reads closures on every request, so a closure added by another server shows at once', async (t) => {
    const { app, dbPath } = await testApp(t, { clock });
    const url = '/api/calendar?from=2026-09-22&to=2026-09-22&hall=smzx';
    assert.equal((await app.inject({ url })).json().days[0].working, true);
    const db = new Database(dbPath);
    try {
      db.prepare(
        `INSERT INTO hall_closures (hall_id, date, reason_zh, reason_en)
         VALUES ('smzx', '2026-09-22', '业务培训', 'Staff training')`,
      ).run();
    } finally {
      db.close();
    }
    const day = (await app.inject({ url })).json().days[0];
    assert.equal(day.reason, 'hall-closure');
    assert.deepEqual(day.closure, { zh: '业务培训', en: 'Staff training' });
  });

  test('a whole leap year in one request; days of unpublished years are provisional', async (t) => {
    const { app } = await testApp(t, { clock });
    const leapYear = await app.inject({ url: '/api/calendar?from=2028-01-01&to=2028-12-31' });
    assert.equal(leapYear.statusCode, 200);
    const range: CalendarRange = leapYear.json();
    assert.equal(range.days.length, 366);
    assert.ok(range.days.every((day) => day.provisional));
    const turn = byDate(
      (await app.inject({ url: '/api/calendar?from=2026-12-31&to=2027-01-04' })).json(),
    );
    assert.equal(turn.get('2026-12-31')?.provisional, false);
    assert.equal(turn.get('2027-01-01')?.provisional, true);
    assert.equal(turn.get('2027-01-01')?.reason, 'holiday');
  });

  const invalid: [string, string, string[]][] = [
    ['an end before the start', 'from=2026-09-30&to=2026-09-29', ['/query/to']],
    ['more than 366 days', 'from=2028-01-01&to=2029-01-01', ['/query/to']],
    ['a day that does not exist', 'from=2026-02-30&to=2026-03-02', ['/query/from']],
    ['a date in another format', 'from=15/09/2026', ['/query/from']],
    ['a year the calendar does not know', 'from=2025-12-31&to=2026-01-02', ['/query/from']],
    ['a year the calendar does not know', 'from=2030-12-31&to=2031-01-01', ['/query/to']],
    ['an unknown hall', 'from=2026-09-15&to=2026-09-16&hall=atlantis', ['/query/hall']],
    ['an unknown parameter', 'from=2026-09-15&days=3', ['/query/days']],
    [
      'several mistakes at once',
      'from=2026-09-30&to=2026-09-01&hall=atlantis',
      ['/query/to', '/query/hall'],
    ],
  ];
  for (const [what, query, paths] of invalid) {
    test(`refuses ${what} (${query}) with a validation problem`, async (t) => {
      const { app } = await testApp(t, { clock });
      const response = await app.inject({ url: `/api/calendar?${query}` });
      assert.equal(response.statusCode, 400);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      const body = response.json();
      assert.equal(body.type, '/problems/validation');
      assert.deepEqual(
        body.errors.map((error: { path: string }) => error.path),
        paths,
      );
    });
  }
});
