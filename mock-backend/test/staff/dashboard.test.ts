import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { WorkingCalendar } from '../../src/calendar/calendar.ts';
import {
  bucketsOf,
  bucketStart,
  dashboardPeriod,
  offeredSeats,
  overdueAges,
  talliesOf,
} from '../../src/staff/dashboard.ts';
import { satisfaction } from '../../src/feedback/satisfaction.ts';
import {
  createDashboardRepository,
  type DashboardScope,
} from '../../src/store/dashboard-repository.ts';
import { openDatabase, type Connection } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrations.ts';
import { tempDirectory } from '../temp-directory.ts';

/**
 * The dashboard's sums over a small hand-built dataset whose answers are worked out by hand
 * below: two departments (gjj, gaj), two halls, three services, March 2026 (no holidays).
 */
const TODAY = '2026-03-20'; // a Friday
const PERIOD = { from: '2026-03-02', to: '2026-03-15' }; // two whole weeks, Monday to Sunday
const week = (department: string | null): DashboardScope => ({
  department,
  ...PERIOD,
  bucketSize: 'week',
});

function handBuilt(t: TestContext): Connection {
  const db = openDatabase(join(tempDirectory(t), 'portal.db'));
  t.after(() => db.close());
  migrate(db);
  const insert = (sql: string, ...rows: unknown[][]) => {
    const statement = db.prepare(sql);
    for (const row of rows) statement.run(...row);
  };
  insert(
    'INSERT INTO departments (id, position, data) VALUES (?, ?, ?)',
    ['gjj', 1, '{}'],
    ['gaj', 2, '{}'],
  );
  insert(
    'INSERT INTO halls (id, position, data) VALUES (?, ?, ?)',
    ['h1', 1, '{}'],
    ['h2', 2, '{}'],
  );
  insert(
    "INSERT INTO services (code, department_id, popularity, updated_at, data) VALUES (?, ?, 0, '2026-01-01', '{}')",
    ['AA-001', 'gjj'],
    ['AA-002', 'gjj'],
    ['BB-001', 'gaj'],
  );
  // Each link gives its (hall, department) a window: 30-minute slots, 3 seats.
  insert(
    'INSERT INTO service_halls (service_code, hall_id) VALUES (?, ?)',
    ['AA-001', 'h1'],
    ['AA-002', 'h2'],
    ['BB-001', 'h1'],
  );
  // Negative ratings' cases: [id, service, status, first deadline, first reply, solved, answer by].
  insert(
    `INSERT INTO feedback_cases (id, tracking_code, kind, status, service_code, what_happened, locale,
       received_at, acknowledge_by, first_answer_by, answer_by, reply_text, first_replied_on, solved, changed_at)
     VALUES (?, ?, 'negative-rating', ?, ?, '', 'zh-CN', '2026-03-01T00:00:00Z', ?, ?, ?, ?, ?, ?, '2026-03-01T00:00:00Z')`,
    // On time: answered before its deadline.
    [
      1,
      'T1',
      'closed',
      'AA-001',
      '2026-03-10',
      '2026-03-10',
      '2026-03-10',
      'r',
      '2026-03-09',
      null,
    ],
    // Late: answered the day after.
    [
      2,
      'T2',
      'replied',
      'AA-002',
      '2026-03-12',
      '2026-03-12',
      '2026-03-12',
      'r',
      '2026-03-13',
      null,
    ],
    // gaj, never answered: overdue 7 working days on the 20th (12, 13, 16–20 March).
    [3, 'T3', 'received', 'BB-001', '2026-03-11', '2026-03-11', '2026-03-11', null, null, null],
    // Due after today: not yet counted, not overdue.
    [4, 'T4', 'received', 'AA-001', '2026-03-25', '2026-03-25', '2026-03-25', null, null, null],
    // Answered on time but reported unsolved: not fixed on time.
    [5, 'T5', 'closed', 'AA-001', '2026-03-06', '2026-03-06', '2026-03-06', 'r', '2026-03-05', 0],
    // Due before the period (not in the fix rate) and open: 21 or more working days overdue.
    [6, 'T6', 'received', 'AA-001', '2026-02-02', '2026-02-02', '2026-02-02', null, null, null],
  );
  // Ratings: [service, hall, level, day, case].
  type Rating = [string, string, string, string, number | null];
  const ratings: Rating[] = [
    ...Array.from(
      { length: 3 },
      (): Rating => ['AA-001', 'h1', 'very-satisfied', '2026-03-03', null],
    ),
    // A Sunday belongs to the week that began on the Monday before.
    ['AA-001', 'h1', 'very-satisfied', '2026-03-08', null],
    ['AA-001', 'h1', 'dissatisfied', '2026-03-04', 1],
    ['AA-001', 'h1', 'satisfied', '2026-03-10', null],
    ['AA-001', 'h1', 'satisfied', '2026-03-11', null],
    ['AA-002', 'h2', 'basically-satisfied', '2026-03-05', null],
    ['AA-002', 'h2', 'very-dissatisfied', '2026-03-09', 2],
    ...Array.from({ length: 5 }, (): Rating => ['BB-001', 'h1', 'satisfied', '2026-03-06', null]),
    // Outside the period.
    ['AA-001', 'h1', 'very-dissatisfied', '2026-03-01', 5],
    ['AA-001', 'h1', 'satisfied', '2026-03-16', null],
  ];
  insert(
    `INSERT INTO ratings (service_code, hall_id, channel, level, locale, rated_at, rated_on, case_id)
     VALUES (?, ?, 'hall', ?, 'zh-CN', ? || 'T02:00:00Z', ?, ?)`,
    ...ratings.map(([service, hall, level, day, caseId]) => [
      service,
      hall,
      level,
      day,
      day,
      caseId,
    ]),
  );
  // The 基本满意 rating's review item: due on the 18th, open, 2 working days overdue (19, 20).
  db.prepare(
    "UPDATE low_rating_reviews SET acknowledge_by = '2026-03-06', answer_by = '2026-03-18'",
  ).run();
  // Appointments: [hall, department, service, day, status].
  insert(
    `INSERT INTO appointments (reference, status, service_code, hall_id, department_id, date, time, end_time,
       name, mobile, id_type, id_masked, person_key, materials, created_at)
     VALUES (?, ?, ?, ?, ?, ?, '09:00', '09:30', 'x', '13800000000', 'resident-id', '1***1', 'k', '[]', '2026-03-01T00:00:00Z')`,
    ['A1', 'booked', 'AA-001', 'h1', 'gjj', '2026-03-03'],
    ['A2', 'attended', 'AA-001', 'h1', 'gjj', '2026-03-04'],
    ['A3', 'no-show', 'AA-001', 'h1', 'gjj', '2026-03-05'],
    ['A4', 'cancelled', 'AA-001', 'h1', 'gjj', '2026-03-06'],
    ['A5', 'cancelled-by-hall', 'AA-001', 'h1', 'gjj', '2026-03-06'],
    ['A6', 'attended', 'AA-001', 'h1', 'gjj', '2026-03-20'],
    ['A7', 'attended', 'BB-001', 'h1', 'gaj', '2026-03-03'],
  );
  return db;
}

/** Satisfaction per key and per bucket start, as the route turns the rows into figures. */
function figures(
  rows: Awaited<ReturnType<ReturnType<typeof createDashboardRepository>['serviceRatings']>>,
) {
  const { byKey, all } = talliesOf(rows);
  const of = (tallies: ReturnType<typeof talliesOf>['all'] | undefined) => ({
    overall: satisfaction(tallies?.overall ?? { levels: {}, negative: 0, fixedOnTime: 0 }),
    weeks: ['2026-03-02', '2026-03-09'].map((key) =>
      satisfaction(tallies?.buckets.get(key) ?? { levels: {}, negative: 0, fixedOnTime: 0 }),
    ),
  });
  return { key: (key: string) => of(byKey.get(key)), all: of(all), keys: [...byKey.keys()].sort() };
}

describe('dashboard sums over a hand-built dataset', () => {
  test('satisfaction per service and per hall, by week, one department and the city', async (t) => {
    const repository = createDashboardRepository(handBuilt(t));

    const services = figures(await repository.serviceRatings(week('gjj')));
    assert.deepEqual(services.keys, ['AA-001', 'AA-002'], 'gaj’s service is not gjj’s');
    const first = services.key('AA-001');
    // 4 very satisfied, 2 satisfied, 1 dissatisfied in the period: 6 of 7 satisfied.
    assert.deepEqual(first.overall, {
      published: true,
      ratings: 7,
      satisfiedShare: 0.857,
      distribution: [
        { level: 'very-satisfied', count: 4 },
        { level: 'satisfied', count: 2 },
        { level: 'basically-satisfied', count: 0 },
        { level: 'dissatisfied', count: 1 },
        { level: 'very-dissatisfied', count: 0 },
      ],
      // One negative rating: too few to publish its share.
      fixedOnTimeShare: null,
    });
    // Week 1 holds the Sunday's rating: 4 very satisfied and 1 dissatisfied.
    assert.equal(first.weeks[0]!.published && first.weeks[0]!.ratings, 5);
    assert.equal(first.weeks[0]!.published && first.weeks[0]!.satisfiedShare, 0.8);
    // Week 2: two ratings, suppressed as on the public pages.
    assert.deepEqual(first.weeks[1], { published: false });
    assert.deepEqual(services.key('AA-002').overall, { published: false });
    // The department overall: 7 of 9 satisfied.
    assert.equal(services.all.overall.published && services.all.overall.ratings, 9);
    assert.equal(services.all.overall.published && services.all.overall.satisfiedShare, 0.778);

    // Hall h1 for gjj counts gjj's ratings there only (7), not gaj's five.
    const gjjHalls = figures(await repository.hallRatings(week('gjj')));
    assert.deepEqual(gjjHalls.keys, ['h1', 'h2']);
    const gjjH1 = gjjHalls.key('h1').overall;
    assert.equal(gjjH1.published && gjjH1.ratings, 7);
    const cityHalls = figures(await repository.hallRatings(week(null)));
    const h1 = cityHalls.key('h1').overall;
    assert.equal(h1.published && h1.ratings, 12);
    assert.equal(h1.published && h1.satisfiedShare, 0.917);
    // The city's services add gaj's.
    const city = figures(await repository.serviceRatings(week(null)));
    assert.deepEqual(city.keys, ['AA-001', 'AA-002', 'BB-001']);
    assert.equal(city.all.overall.published && city.all.overall.ratings, 14);

    // By month, the same days fall in March's one bucket.
    const months = talliesOf(
      await repository.serviceRatings({ ...week('gjj'), bucketSize: 'month' }),
    );
    assert.deepEqual([...months.all.buckets.keys()], ['2026-03-01']);
  });

  test('fix rate within deadline: due in the period and before today, on time and not unsolved', async (t) => {
    const repository = createDashboardRepository(handBuilt(t));
    // gjj: case 5 (due the 6th, week 1, unsolved), cases 1 (on time) and 2 (late) in week 2.
    assert.deepEqual(
      (await repository.fixRates(week('gjj'), TODAY)).sort((a, b) =>
        a.bucket.localeCompare(b.bucket),
      ),
      [
        { bucket: '2026-03-02', due: 1, fixedOnTime: 0 },
        { bucket: '2026-03-09', due: 2, fixedOnTime: 1 },
      ],
    );
    // The city adds gaj's unanswered case 3.
    const city = await repository.fixRates(week(null), TODAY);
    assert.equal(
      city.reduce((sum, row) => sum + row.due, 0),
      4,
    );
    assert.equal(
      city.reduce((sum, row) => sum + row.fixedOnTime, 0),
      1,
    );
    // On the 11th, case 2 (due the 12th) is not yet due and case 3 (due the 11th) has the day.
    const early = await repository.fixRates(week(null), '2026-03-11');
    assert.equal(
      early.reduce((sum, row) => sum + row.due, 0),
      2,
    );
  });

  test('overdue open items by working days overdue', async (t) => {
    const repository = createDashboardRepository(handBuilt(t));
    const calendar = new WorkingCalendar([]);
    const gjj = overdueAges(await repository.overdue('gjj', TODAY), TODAY, calendar);
    // The 基本满意 item (2 days) and case 6 (since 2 February); case 4 is not yet due.
    assert.equal(gjj.total, 2);
    assert.deepEqual(
      gjj.ages.map(({ from, count }) => [from, count]),
      [
        [1, 1],
        [3, 0],
        [6, 0],
        [11, 0],
        [21, 1],
      ],
    );
    const city = overdueAges(await repository.overdue(null, TODAY), TODAY, calendar);
    assert.equal(city.total, 3);
    assert.equal(city.ages.find((age) => age.from === 6)?.count, 1, 'gaj’s case 3, 7 days');
  });

  test('appointments per hall: seats taken, attended and no-shows in the period', async (t) => {
    const db = handBuilt(t);
    db.prepare(
      `INSERT INTO hall_window_capacity (hall_id, department_id, from_date, capacity)
       VALUES ('h2', 'gjj', '2026-03-09', 5)`,
    ).run();
    const repository = createDashboardRepository(db);
    assert.deepEqual(await repository.hallVisits({ department: 'gjj', ...PERIOD }), [
      { hallId: 'h1', booked: 3, attended: 1, noShows: 1 },
    ]);
    assert.deepEqual(await repository.hallVisits({ department: null, ...PERIOD }), [
      { hallId: 'h1', booked: 4, attended: 2, noShows: 1 },
    ]);
    assert.deepEqual(await repository.windows('gjj'), [
      { hallId: 'h1', slotMinutes: 30, capacity: 3, capacityChanges: [] },
      {
        hallId: 'h2',
        slotMinutes: 30,
        capacity: 3,
        capacityChanges: [{ from: '2026-03-09', capacity: 5 }],
      },
    ]);
  });
});

describe('dashboard rules', () => {
  test('offered seats: each working day’s slots times capacity, hall closures left out', () => {
    const hours = [
      { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
      { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
    ];
    const windows = [{ hallId: 'h1', slotMinutes: 30, capacity: 3 }];
    // 6 morning and 7 afternoon slots, 3 seats each, on 10 working days.
    const open = offeredSeats(windows, () => hours, PERIOD, new WorkingCalendar([]));
    assert.equal(open.get('h1'), 390);
    const closed = new WorkingCalendar([
      { hallId: 'h1', date: '2026-03-04', reason: { zh: '系统升级', en: 'Upgrade' } },
    ]);
    assert.equal(offeredSeats(windows, () => hours, PERIOD, closed).get('h1'), 351);
    // Around the 2026 Spring Festival (15–23 February, make-up days 14 and 28 February).
    const festival = offeredSeats(
      windows,
      () => hours,
      { from: '2026-02-14', to: '2026-02-28' },
      new WorkingCalendar([]),
    );
    // Working: 14 (Saturday, Monday's hours), 24–27, 28 (Saturday): 6 days.
    assert.equal(festival.get('h1'), 6 * 39);
    const unknownYear = { from: '2025-12-29', to: '2026-01-05' };
    // Only 2026's days count: 1–3 January are New Year holidays, 4 January a make-up day, then the 5th.
    assert.equal(
      offeredSeats(windows, () => hours, unknownYear, new WorkingCalendar([])).get('h1'),
      2 * 39,
    );
  });

  test('offered seats: a part-day closure removes its slots, a capacity change counts from its date', () => {
    const hours = [
      { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
      { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
    ];
    const calendar = new WorkingCalendar([]);
    // A morning outage on Wednesday 4 March: its 6 slots of 3 seats are not offered.
    const morning = [{ hallId: 'h1', date: '2026-03-04', starts: '09:00', ends: '12:00' }];
    const windows = [{ hallId: 'h1', slotMinutes: 30, capacity: 3 }];
    assert.equal(offeredSeats(windows, () => hours, PERIOD, calendar, morning).get('h1'), 390 - 18);
    // Another hall's closure changes nothing here.
    const elsewhere = [{ ...morning[0]!, hallId: 'h2' }];
    assert.equal(offeredSeats(windows, () => hours, PERIOD, calendar, elsewhere).get('h1'), 390);
    // Capacity 5 from Monday 9 March: the second week's 5 days offer 13 slots of 5 seats.
    const raised = [{ ...windows[0]!, capacityChanges: [{ from: '2026-03-09', capacity: 5 }] }];
    assert.equal(
      offeredSeats(raised, () => hours, PERIOD, calendar).get('h1'),
      5 * 13 * 3 + 5 * 13 * 5,
    );
  });

  test('the period: defaults, at most 366 days, from not after to, real dates the calendar knows', () => {
    assert.deepEqual(dashboardPeriod({}, '2026-09-15'), {
      from: '2026-06-18',
      to: '2026-09-15',
      bucketSize: 'week',
    });
    assert.deepEqual(dashboardPeriod({ from: '2025-09-15', to: '2026-09-15' }, '2026-09-15'), {
      from: '2025-09-15',
      to: '2026-09-15',
      bucketSize: 'month',
    });
    assert.deepEqual(dashboardPeriod({ from: '2025-09-14', to: '2026-09-15' }, '2026-09-15'), [
      { path: '/query/from', message: 'must be at most 366 days before to' },
    ]);
    assert.deepEqual(dashboardPeriod({ from: '2026-09-16', to: '2026-09-15' }, '2026-09-15'), [
      { path: '/query/from', message: 'must not be after to' },
    ]);
    assert.deepEqual(dashboardPeriod({ to: '2026-02-30' }, '2026-09-15'), [
      { path: '/query/to', message: 'must be a real date' },
    ]);
    // Before the years the calendar knows: satisfaction still counts; no seats were offered.
    assert.deepEqual(dashboardPeriod({ from: '2025-01-01', to: '2025-02-01' }, '2026-09-15'), {
      from: '2025-01-01',
      to: '2025-02-01',
      bucketSize: 'week',
    });
    // 92 days by week, 93 by month.
    assert.equal(
      (
        dashboardPeriod({ from: '2026-01-01', to: '2026-04-02' }, '2026-09-15') as {
          bucketSize: string;
        }
      ).bucketSize,
      'week',
    );
    assert.equal(
      (
        dashboardPeriod({ from: '2026-01-01', to: '2026-04-03' }, '2026-09-15') as {
          bucketSize: string;
        }
      ).bucketSize,
      'month',
    );
  });

  test('buckets: Monday weeks and calendar months, cut to the period', () => {
    assert.deepEqual(bucketsOf({ from: '2026-03-04', to: '2026-03-15', bucketSize: 'week' }), [
      { from: '2026-03-04', to: '2026-03-08' },
      { from: '2026-03-09', to: '2026-03-15' },
    ]);
    const months = bucketsOf({ from: '2025-12-15', to: '2026-03-10', bucketSize: 'month' });
    assert.deepEqual(months, [
      { from: '2025-12-15', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-10' },
    ]);
    assert.equal(bucketStart('2026-03-08', 'week'), '2026-03-02');
    assert.equal(bucketStart('2026-03-09', 'week'), '2026-03-09');
    assert.equal(bucketStart('2026-03-31', 'month'), '2026-03-01');
  });
});
