import type { Localized } from '@contract/catalogue';
import type { Dashboard, DashboardBucket, FixRate } from '@contract/dashboard';
import type { Satisfaction } from '@contract/feedback';

/**
 * The dashboard's figures as each chart, its data table and its one-sentence summary need them
 * (WCAG 1.1.1: the table and the sentence say what the chart shows). Pure functions of the
 * server's answer and the page's formats, so the specs check the words and numbers directly.
 */

/** How the page writes numbers, shares, names and buckets in its language. */
export interface Formats {
  percent(share: number): string;
  count(value: number): string;
  name(text: Localized): string;
  bucket(bucket: DashboardBucket, size: Dashboard['bucketSize']): string;
}

export interface ChartSeries {
  label: string;
  /** Per label; null where there is no figure (suppressed or nothing to divide). */
  values: (number | null)[];
}

export interface ChartModel {
  kind: 'line' | 'bar';
  labels: string[];
  series: ChartSeries[];
  /** Percent values run 0–100; counts from 0. */
  unit: 'percent' | 'count';
}

export interface FigureTable {
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

export interface Figure {
  chart: ChartModel;
  table: FigureTable;
  summary: string;
}

/** Formats for the page's language; dates are Asia/Shanghai calendar days, shown as such. */
export function formatsFor(locale: string): Formats {
  const chinese = locale.toLowerCase().startsWith('zh');
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale);
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const utc = (date: string) => new Date(`${date}T00:00:00Z`);
  return {
    percent: (share) => percent.format(share),
    count: (value) => count.format(value),
    name: (text: Localized) => (chinese ? text.zh : text.en),
    bucket: (bucket: DashboardBucket, size) =>
      size === 'month'
        ? month.format(utc(bucket.from))
        : `${day.format(utc(bucket.from))}–${day.format(utc(bucket.to))}`,
  };
}

/** Lines drawn at most: the city or department, then its halls; the table lists every one. */
export const MAX_LINES = 6;

const percentOf = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;

const satisfiedShare = (figure: Satisfaction): number | null =>
  figure.published ? figure.satisfiedShare : null;

function shareCell(figure: Satisfaction, formats: Formats): string {
  return figure.published
    ? formats.percent(figure.satisfiedShare)
    : $localize`:@@staff.dashboard.tooFew:不足5条`;
}

const bucketLabels = (dashboard: Dashboard, formats: Formats) =>
  dashboard.buckets.map((bucket) => formats.bucket(bucket, dashboard.bucketSize));

/** Satisfied share per bucket: the department or city first, then each hall. */
export function satisfactionTrend(dashboard: Dashboard, formats: Formats): Figure {
  const labels = bucketLabels(dashboard, formats);
  const overallLabel = dashboard.department
    ? formats.name(dashboard.department.name)
    : $localize`:@@staff.dashboard.city:全市`;
  const lines = [
    { label: overallLabel, ...dashboard.satisfaction },
    ...dashboard.satisfaction.halls.map((hall) => ({
      label: formats.name(hall.hall.name),
      ...hall,
    })),
  ];
  const overall = dashboard.satisfaction.overall;
  const latest = [...dashboard.satisfaction.buckets].reverse().find((figure) => figure.published);
  const summary = overall.published
    ? $localize`:@@staff.dashboard.trend.summary:所选期间共 ${formats.count(overall.ratings)}:count: 条评价，满意的占 ${formats.percent(overall.satisfiedShare)}:share:${
        latest?.published
          ? $localize`:@@staff.dashboard.trend.latest:；有数据的最近一期为 ${formats.percent(latest.satisfiedShare)}:latest:`
          : ''
      }:latestPart:。`
    : $localize`:@@staff.dashboard.trend.none:所选期间评价不足 5 条，不公布满意度。`;
  return {
    chart: {
      kind: 'line',
      labels,
      unit: 'percent',
      series: lines.slice(0, MAX_LINES).map((line) => ({
        label: line.label,
        values: line.buckets.map((figure) => percentOf(satisfiedShare(figure))),
      })),
    },
    table: {
      columns: [$localize`:@@staff.dashboard.col.whole:全期`, ...labels],
      rows: lines.map((line) => ({
        header: line.label,
        cells: [line.overall, ...line.buckets].map((figure) => shareCell(figure, formats)),
      })),
    },
    summary,
  };
}

/** Each listed service's satisfied share and ratings over the whole period. */
export function serviceSatisfaction(dashboard: Dashboard, formats: Formats): Figure {
  const services = dashboard.satisfaction.services;
  const published = services
    .filter((service) => service.overall.published)
    .map((service) => ({
      name: formats.name(service.service.name),
      share: satisfiedShare(service.overall) ?? 0,
    }))
    .sort((a, b) => b.share - a.share);
  const best = published[0];
  const worst = published[published.length - 1];
  const summary =
    best && worst && published.length > 1
      ? $localize`:@@staff.dashboard.services.summary:满意度最高的服务是${best.name}:best:（${formats.percent(best.share)}:bestShare:），最低的是${worst.name}:worst:（${formats.percent(worst.share)}:worstShare:）。`
      : best
        ? $localize`:@@staff.dashboard.services.one:只有${best.name}:best:的评价足够公布满意度，为 ${formats.percent(best.share)}:bestShare:。`
        : $localize`:@@staff.dashboard.services.none:没有一项服务的评价达到 5 条，不公布满意度。`;
  return {
    chart: {
      kind: 'bar',
      labels: services.map((service) => formats.name(service.service.name)),
      unit: 'percent',
      series: [
        {
          label: $localize`:@@staff.dashboard.satisfiedShare:满意率`,
          values: services.map((service) => percentOf(satisfiedShare(service.overall))),
        },
      ],
    },
    table: {
      columns: [
        $localize`:@@staff.dashboard.col.ratings:评价数`,
        $localize`:@@staff.dashboard.satisfiedShare:满意率`,
      ],
      rows: services.map((service) => ({
        header: formats.name(service.service.name),
        cells: [
          service.overall.published
            ? formats.count(service.overall.ratings)
            : $localize`:@@staff.dashboard.tooFew:不足5条`,
          shareCell(service.overall, formats),
        ],
      })),
    },
    summary,
  };
}

function fixShareCell(rate: FixRate, formats: Formats): string {
  return rate.share === null
    ? $localize`:@@staff.dashboard.tooFewDue:不足5条`
    : formats.percent(rate.share);
}

/** Negative reviews due per bucket, fixed on time, and the share. */
export function fixRates(dashboard: Dashboard, formats: Formats): Figure {
  const labels = bucketLabels(dashboard, formats);
  const { overall } = dashboard.fixRate;
  const summary =
    overall.due === 0
      ? $localize`:@@staff.dashboard.fix.none:所选期间没有到期的差评。`
      : $localize`:@@staff.dashboard.fix.summary:所选期间到期的 ${formats.count(overall.due)}:due: 条差评中，${formats.count(overall.fixedOnTime)}:fixed: 条按期整改${
          overall.share === null
            ? ''
            : $localize`:@@staff.dashboard.fix.share:，占 ${formats.percent(overall.share)}:share:`
        }:sharePart:。`;
  const rates = [overall, ...dashboard.fixRate.buckets];
  return {
    chart: {
      kind: 'bar',
      labels,
      unit: 'percent',
      series: [
        {
          label: $localize`:@@staff.dashboard.fix.rate:按期整改率`,
          values: dashboard.fixRate.buckets.map((rate) => percentOf(rate.share)),
        },
      ],
    },
    table: {
      columns: [$localize`:@@staff.dashboard.col.whole:全期`, ...labels],
      rows: [
        {
          header: $localize`:@@staff.dashboard.fix.due:到期差评`,
          cells: rates.map((rate) => formats.count(rate.due)),
        },
        {
          header: $localize`:@@staff.dashboard.fix.fixed:按期整改`,
          cells: rates.map((rate) => formats.count(rate.fixedOnTime)),
        },
        {
          header: $localize`:@@staff.dashboard.fix.rate:按期整改率`,
          cells: rates.map((rate) => fixShareCell(rate, formats)),
        },
      ],
    },
    summary,
  };
}

function ageLabel(from: number, to: number | null): string {
  return to === null
    ? $localize`:@@staff.dashboard.overdue.ageOpen:${from}:from: 个工作日及以上`
    : $localize`:@@staff.dashboard.overdue.age:${from}:from:–${to}:to: 个工作日`;
}

/** Open items overdue, by working days overdue. */
export function overdueByAge(dashboard: Dashboard, formats: Formats): Figure {
  const { total, ages } = dashboard.overdue;
  const labels = ages.map((age) => ageLabel(age.from, age.to));
  const oldest = ages[ages.length - 1];
  const summary =
    total === 0
      ? $localize`:@@staff.dashboard.overdue.none:目前没有超期未办结的事项。`
      : $localize`:@@staff.dashboard.overdue.summary:目前有 ${formats.count(total)}:total: 项事项超期未办结，其中 ${formats.count(oldest?.count ?? 0)}:oldest: 项超期${ageLabel(oldest?.from ?? 1, null)}:oldestAge:。`;
  return {
    chart: {
      kind: 'bar',
      labels,
      unit: 'count',
      series: [
        {
          label: $localize`:@@staff.dashboard.overdue.items:超期事项`,
          values: ages.map((age) => age.count),
        },
      ],
    },
    table: {
      columns: [$localize`:@@staff.dashboard.overdue.items:超期事项`],
      rows: ages.map((age, index) => ({
        header: labels[index] ?? '',
        cells: [formats.count(age.count)],
      })),
    },
    summary,
  };
}

/** Per hall: seats offered and booked, utilisation, attended, no-shows and the no-show rate. */
export function hallAppointments(dashboard: Dashboard, formats: Formats): Figure {
  const halls = dashboard.appointments;
  const highest = (pick: (hall: (typeof halls)[number]) => number | null) =>
    halls.filter((hall) => pick(hall) !== null).sort((a, b) => (pick(b) ?? 0) - (pick(a) ?? 0))[0];
  const busiest = highest((hall) => hall.utilisation);
  const mostNoShows = highest((hall) => hall.noShowRate);
  const dash = '—';
  const summary = !busiest
    ? $localize`:@@staff.dashboard.visits.none:所选期间没有可预约的号源。`
    : $localize`:@@staff.dashboard.visits.summary:号源使用率最高的是${formats.name(busiest.hall.name)}:hall:（${formats.percent(busiest.utilisation ?? 0)}:share:）${
        mostNoShows
          ? $localize`:@@staff.dashboard.visits.noShows:；爽约率最高的是${formats.name(mostNoShows.hall.name)}:noShowHall:（${formats.percent(mostNoShows.noShowRate ?? 0)}:noShowShare:）`
          : $localize`:@@staff.dashboard.visits.noOutcomes:；还没有记录到场或爽约`
      }:noShowPart:。`;
  return {
    chart: {
      kind: 'bar',
      labels: halls.map((hall) => formats.name(hall.hall.name)),
      unit: 'percent',
      series: [
        {
          label: $localize`:@@staff.dashboard.visits.utilisation:号源使用率`,
          values: halls.map((hall) => percentOf(hall.utilisation)),
        },
        {
          label: $localize`:@@staff.dashboard.visits.noShowRate:爽约率`,
          values: halls.map((hall) => percentOf(hall.noShowRate)),
        },
      ],
    },
    table: {
      columns: [
        $localize`:@@staff.dashboard.visits.offered:提供号源`,
        $localize`:@@staff.dashboard.visits.booked:已预约`,
        $localize`:@@staff.dashboard.visits.utilisation:号源使用率`,
        $localize`:@@staff.dashboard.visits.attended:到场`,
        $localize`:@@staff.dashboard.visits.noShow:爽约`,
        $localize`:@@staff.dashboard.visits.noShowRate:爽约率`,
      ],
      rows: halls.map((hall) => ({
        header: formats.name(hall.hall.name),
        cells: [
          formats.count(hall.offeredSeats),
          formats.count(hall.bookedSeats),
          hall.utilisation === null ? dash : formats.percent(hall.utilisation),
          formats.count(hall.attended),
          formats.count(hall.noShows),
          hall.noShowRate === null ? dash : formats.percent(hall.noShowRate),
        ],
      })),
    },
    summary,
  };
}
