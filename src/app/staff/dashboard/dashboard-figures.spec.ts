import type { Dashboard } from '@contract/dashboard';
import type { Satisfaction } from '@contract/feedback';
import {
  MAX_LINES,
  fixRates,
  hallAppointments,
  overdueByAge,
  satisfactionTrend,
  formatsFor,
  serviceSatisfaction,
} from './dashboard-figures';
import { dashboardQueryFrom, periodErrors } from './dashboard-query';

const published = (ratings: number, satisfiedShare: number): Satisfaction => ({
  published: true,
  ratings,
  satisfiedShare,
  distribution: [],
  fixedOnTimeShare: null,
});
const hidden: Satisfaction = { published: false };
const name = (zh: string, en: string) => ({ zh, en });

/** A department's two weeks: one hall with figures, one below the publishing threshold. */
const sample: Dashboard = {
  from: '2026-03-02',
  to: '2026-03-15',
  asOf: '2026-03-20',
  bucketSize: 'week',
  buckets: [
    { from: '2026-03-02', to: '2026-03-08' },
    { from: '2026-03-09', to: '2026-03-15' },
  ],
  department: { id: 'gjj', name: name('市住房公积金中心', 'Housing Fund Centre') },
  departments: [],
  satisfaction: {
    overall: published(9, 0.778),
    buckets: [published(6, 0.833), hidden],
    services: [
      {
        service: { code: 'GJJ-001', name: name('提取公积金', 'Withdraw') },
        overall: published(7, 0.857),
        buckets: [published(5, 0.8), hidden],
      },
      {
        service: { code: 'GJJ-002', name: name('公积金贷款', 'Loan') },
        overall: published(12, 0.5),
        buckets: [hidden, hidden],
      },
      {
        service: { code: 'GJJ-003', name: name('缴存证明', 'Certificate') },
        overall: hidden,
        buckets: [hidden, hidden],
      },
    ],
    servicesOmitted: 0,
    halls: [
      {
        hall: { id: 'h1', name: name('市民中心', 'Civic Centre') },
        overall: published(7, 0.857),
        buckets: [published(5, 0.8), hidden],
      },
      {
        hall: { id: 'h2', name: name('临江分中心', 'Linjiang') },
        overall: hidden,
        buckets: [hidden, hidden],
      },
    ],
  },
  fixRate: {
    overall: { due: 6, fixedOnTime: 3, share: 0.5 },
    buckets: [
      { due: 1, fixedOnTime: 0, share: null },
      { due: 5, fixedOnTime: 3, share: 0.6 },
    ],
  },
  overdue: {
    total: 3,
    ages: [
      { from: 1, to: 2, count: 1 },
      { from: 3, to: 5, count: 0 },
      { from: 6, to: 10, count: 1 },
      { from: 11, to: 20, count: 0 },
      { from: 21, to: null, count: 1 },
    ],
  },
  appointments: [
    {
      hall: { id: 'h1', name: name('市民中心', 'Civic Centre') },
      offeredSeats: 390,
      bookedSeats: 39,
      utilisation: 0.1,
      attended: 30,
      noShows: 3,
      noShowRate: 0.091,
    },
    {
      hall: { id: 'h2', name: name('临江分中心', 'Linjiang') },
      offeredSeats: 390,
      bookedSeats: 0,
      utilisation: 0,
      attended: 0,
      noShows: 0,
      noShowRate: null,
    },
  ],
};

const zh = formatsFor('zh-CN');
const en = formatsFor('en');

describe('dashboard figures', () => {
  it('satisfaction over time: a line per scope, a table row each, suppressed figures said so', () => {
    const figure = satisfactionTrend(sample, zh);
    expect(figure.chart.kind).toBe('line');
    expect(figure.chart.series.map((series) => series.label)).toEqual([
      '市住房公积金中心',
      '市民中心',
      '临江分中心',
    ]);
    // Percent values, null where the figure is suppressed.
    expect(figure.chart.series[0]?.values).toEqual([83.3, null]);
    expect(figure.table.columns.length).toBe(3);
    expect(figure.table.rows[1]).toEqual({
      header: '市民中心',
      cells: ['85.7%', '80%', '不足5条'],
    });
    expect(figure.table.rows[2]?.cells).toEqual(['不足5条', '不足5条', '不足5条']);
    expect(figure.summary).toBe('所选期间共 9 条评价，满意的占 77.8%；有数据的最近一期为 83.3%。');
    // English bucket labels from the dates.
    expect(satisfactionTrend(sample, en).chart.labels).toEqual(['Mar 2–Mar 8', 'Mar 9–Mar 15']);
    const none = satisfactionTrend(
      { ...sample, satisfaction: { ...sample.satisfaction, overall: hidden } },
      zh,
    );
    expect(none.summary).toBe('所选期间评价不足 5 条，不公布满意度。');
  });

  it('draws at most a few lines; the table keeps every hall', () => {
    const halls = Array.from({ length: MAX_LINES + 2 }, (_, index) => ({
      hall: { id: `h${index}`, name: name(`大厅${index}`, `Hall ${index}`) },
      overall: hidden,
      buckets: [hidden, hidden],
    }));
    const figure = satisfactionTrend(
      { ...sample, satisfaction: { ...sample.satisfaction, halls } },
      zh,
    );
    expect(figure.chart.series.length).toBe(MAX_LINES);
    expect(figure.table.rows.length).toBe(MAX_LINES + 3);
  });

  it('services: the best and worst published share in one sentence', () => {
    const figure = serviceSatisfaction(sample, zh);
    expect(figure.summary).toBe(
      '满意度最高的服务是提取公积金（85.7%），最低的是公积金贷款（50%）。',
    );
    expect(figure.chart.series[0]?.values).toEqual([85.7, 50, null]);
    expect(figure.table.rows[2]).toEqual({ header: '缴存证明', cells: ['不足5条', '不足5条'] });
  });

  it('fix rate: due, fixed on time and the share per week, the whole period first', () => {
    const figure = fixRates(sample, zh);
    expect(figure.table.rows.map((row) => row.cells)).toEqual([
      ['6', '1', '5'],
      ['3', '0', '3'],
      ['50%', '不足5条', '60%'],
    ]);
    expect(figure.chart.series[0]?.values).toEqual([null, 60]);
    expect(figure.summary).toBe('所选期间到期的 6 条差评中，3 条按期整改，占 50%。');
    // Numbers in the page's language.
    expect(
      fixRates(
        {
          ...sample,
          fixRate: { ...sample.fixRate, overall: { due: 12345, fixedOnTime: 0, share: 0 } },
        },
        en,
      ).table.rows[0]?.cells[0],
    ).toBe('12,345');
  });

  it('overdue items by age, the oldest named in the sentence', () => {
    const figure = overdueByAge(sample, zh);
    expect(figure.table.rows.map((row) => [row.header, row.cells[0]])).toEqual([
      ['1–2 个工作日', '1'],
      ['3–5 个工作日', '0'],
      ['6–10 个工作日', '1'],
      ['11–20 个工作日', '0'],
      ['21 个工作日及以上', '1'],
    ]);
    expect(figure.summary).toBe('目前有 3 项事项超期未办结，其中 1 项超期21 个工作日及以上。');
    const none = overdueByAge(
      {
        ...sample,
        overdue: { total: 0, ages: sample.overdue.ages.map((age) => ({ ...age, count: 0 })) },
      },
      zh,
    );
    expect(none.summary).toBe('目前没有超期未办结的事项。');
  });

  it('appointments per hall: seats, use and no-shows, a dash where nothing divides', () => {
    const figure = hallAppointments(sample, zh);
    expect(figure.table.rows[0]?.cells).toEqual(['390', '39', '10%', '30', '3', '9.1%']);
    expect(figure.table.rows[1]?.cells).toEqual(['390', '0', '0%', '0', '0', '—']);
    expect(figure.chart.series.map((series) => series.values)).toEqual([
      [10, 0],
      [9.1, null],
    ]);
    expect(figure.summary).toBe(
      '号源使用率最高的是市民中心（10%）；爽约率最高的是市民中心（9.1%）。',
    );
    expect(hallAppointments({ ...sample, appointments: [] }, zh).summary).toBe(
      '所选期间没有可预约的号源。',
    );
  });
});

describe('dashboard query', () => {
  it('reads the period and department from the URL, dropping what is malformed', () => {
    expect(dashboardQueryFrom({ from: '2026-03-02', to: '2026-03-15', department: 'gjj' })).toEqual(
      {
        from: '2026-03-02',
        to: '2026-03-15',
        department: 'gjj',
      },
    );
    expect(dashboardQueryFrom({ from: '2026-02-30', to: 'soon', department: 'GJJ;' })).toEqual({});
  });

  it('checks the period typed into the form, field by field', () => {
    expect(periodErrors('2026-03-02', '2026-03-15')).toEqual({});
    expect(periodErrors('', '2026-02-30')).toEqual({
      from: '请输入开始日期',
      to: '结束日期必须是真实的日期',
    });
    expect(periodErrors('2026-03-16', '2026-03-15')).toEqual({ from: '开始日期不能晚于结束日期' });
    expect(periodErrors('2025-03-14', '2026-03-15')).toEqual({ from: '所选期间不能超过 366 天' });
    expect(periodErrors('2025-03-15', '2026-03-15')).toEqual({});
  });
});
