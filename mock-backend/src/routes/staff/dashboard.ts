import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Localized } from '../../../../contract/catalogue.ts';
import {
  DASHBOARD_MAX_SERVICES,
  Dashboard,
  DashboardQuery,
  type HallAppointments,
} from '../../../../contract/dashboard.ts';
import type { Satisfaction } from '../../../../contract/feedback.ts';
import type { StaffRole } from '../../../../contract/staff.ts';
import { WorkingCalendar } from '../../calendar/calendar.ts';
import type { Catalogue } from '../../catalogue/catalogue.ts';
import { shanghaiDate, type IsoDate } from '../../clock.ts';
import { satisfaction, share } from '../../feedback/satisfaction.ts';
import { clientProblem } from '../../problem-status.ts';
import { ProblemError, validationProblem } from '../../problems.ts';
import { problemResponses } from '../../schemas.ts';
import {
  bucketStart,
  bucketsOf,
  dashboardPeriod,
  fixRate,
  offeredSeats,
  overdueAges,
  talliesOf,
  type KeyTallies,
} from '../../staff/dashboard.ts';
import { ROUTING_DESK, staffDepartments } from '../../staff/departments.ts';
import type { Store } from '../../store/store.ts';

export interface DashboardRouteOptions {
  store: Store;
  catalogue: Catalogue;
  /** How long one answer is reused for the same department and period, in ms; 0 sums every time. */
  maxAgeMs?: number | undefined;
}

const SUPERVISORS: readonly StaffRole[] = ['supervisor', 'admin'];
const DEFAULT_MAX_AGE_MS = 60_000;
/** Answers kept at most; the oldest go first (a period is chosen per request). */
const CACHE_ENTRIES = 200;

/**
 * GET /api/staff/dashboard (issue 10): the figures a supervisor answers for. Every figure is an
 * SQL sum (store/dashboard-repository.ts) turned into the contract's shape by staff/dashboard.ts.
 * One answer is reused for a minute per department and period: summing a year of 100,000
 * ratings and appointments takes tens of milliseconds, too long to pay on every request at 10
 * connections (docs/decisions.md), and figures a minute old serve a supervisor's overview.
 */
const dashboardRoutes: FastifyPluginAsyncTypebox<DashboardRouteOptions> = async (app, options) => {
  const { store, catalogue } = options;
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const departments = staffDepartments(catalogue);
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  const halls = new Map(catalogue.halls.map((hall) => [hall.id, hall]));
  const byCode = (code: string): Localized => ({ zh: code, en: code });
  // Deadlines are city-wide, as the review queue counts them: no hall closures.
  const deadlineCalendar = new WorkingCalendar([]);
  // Answers kept as the JSON sent: a year's figures hold hundreds of Satisfaction unions, which
  // the schema's serializer resolves one by one (tens of milliseconds per answer).
  const cache = new Map<string, { at: number; json: string }>();

  /**
   * Satisfaction over the period and per bucket. Sums are keyed by the week's Monday or the
   * month's first day (`keys`, one per bucket), which for a first bucket cut to the period lies
   * before the bucket's own first day.
   */
  const series = (tallies: KeyTallies | undefined, keys: readonly IsoDate[]) => {
    const none = { levels: {}, negative: 0, fixedOnTime: 0 };
    return {
      overall: satisfaction(tallies?.overall ?? none),
      buckets: keys.map((key): Satisfaction => satisfaction(tallies?.buckets.get(key) ?? none)),
    };
  };

  const compute = async (
    department: string | null,
    period: { from: IsoDate; to: IsoDate; bucketSize: 'week' | 'month' },
    today: IsoDate,
  ): Promise<Omit<Dashboard, 'departments'>> => {
    const scope = { department, ...period };
    const [serviceRows, hallRows, fixRows, overdueRows, visits, windows, closures, partDay] =
      await Promise.all([
        store.dashboard.serviceRatings(scope),
        store.dashboard.hallRatings(scope),
        store.dashboard.fixRates(scope, today),
        store.dashboard.overdue(department, today),
        store.dashboard.hallVisits(scope),
        store.dashboard.windows(department),
        store.calendar.closures(undefined, period.from, period.to),
        store.calendar.partDayClosures(undefined, period.from, period.to),
      ]);
    const buckets = bucketsOf(period);
    const keys = buckets.map((bucket) => bucketStart(bucket.from, period.bucketSize));

    const services = talliesOf(serviceRows);
    const hallTallies = talliesOf(hallRows);
    const ranked = [...services.byKey.entries()].sort(
      ([a, x], [b, y]) => y.ratings - x.ratings || a.localeCompare(b),
    );
    const fixByBucket = new Map(fixRows.map((row) => [row.bucket, row]));
    const offered = offeredSeats(
      windows,
      (hallId) => halls.get(hallId)?.hours,
      period,
      new WorkingCalendar(closures),
      partDay,
    );
    const visitsByHall = new Map(visits.map((row) => [row.hallId, row]));
    const hallIds = [...new Set([...offered.keys(), ...visitsByHall.keys()])].sort();
    const hallRef = (id: string) => ({ id, name: halls.get(id)?.name ?? byCode(id) });

    const fixDue = fixRows.reduce((sum, row) => sum + row.due, 0);
    const fixed = fixRows.reduce((sum, row) => sum + row.fixedOnTime, 0);
    return {
      ...period,
      asOf: today,
      buckets,
      department: department === null ? null : (departmentById.get(department) ?? null),
      satisfaction: {
        ...series(services.all, keys),
        services: ranked.slice(0, DASHBOARD_MAX_SERVICES).map(([code, tallies]) => ({
          service: { code, name: catalogue.guide(code)?.name ?? byCode(code) },
          ...series(tallies, keys),
        })),
        servicesOmitted: Math.max(0, ranked.length - DASHBOARD_MAX_SERVICES),
        halls: [...hallTallies.byKey.keys()].sort().map((id) => ({
          hall: hallRef(id),
          ...series(hallTallies.byKey.get(id), keys),
        })),
      },
      fixRate: {
        overall: fixRate(fixDue, fixed),
        buckets: keys.map((key) => {
          const row = fixByBucket.get(key);
          return fixRate(row?.due ?? 0, row?.fixedOnTime ?? 0);
        }),
      },
      overdue: overdueAges(overdueRows, today, deadlineCalendar),
      appointments: hallIds.map((id): HallAppointments => {
        const seats = offered.get(id) ?? 0;
        const row = visitsByHall.get(id);
        const outcomes = (row?.attended ?? 0) + (row?.noShows ?? 0);
        return {
          hall: hallRef(id),
          offeredSeats: seats,
          bookedSeats: row?.booked ?? 0,
          utilisation: seats === 0 ? null : Math.min(1, share(row?.booked ?? 0, seats)),
          attended: row?.attended ?? 0,
          noShows: row?.noShows ?? 0,
          noShowRate: outcomes === 0 ? null : share(row?.noShows ?? 0, outcomes),
        };
      }),
    };
  };

  app.get(
    '/dashboard',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        tags: ['staff'],
        summary: 'The supervisors’ dashboard',
        description:
          'Satisfaction per service and per hall by week or month, the negative-review fix rate within deadline, open items overdue by working days, and per hall the appointment seats used and the no-show rate, for a period of at most 366 days (400 otherwise). Supervisors see their own department (403 for another); zwb supervisors and admins see the whole city or any one department. Small counts are suppressed as on the published pages. Figures may be up to a minute old.',
        querystring: DashboardQuery,
        response: { 200: Dashboard, ...problemResponses(400, 401, 403, 429, 500) },
      },
    },
    async (request, reply) => {
      const { role, departmentId } = request.staff;
      const wholeCity = role === 'admin' || departmentId === ROUTING_DESK;
      const asked = request.query.department;
      if (!wholeCity && asked !== undefined && asked !== departmentId) {
        throw new ProblemError(
          clientProblem(403, 'Only your own department’s figures are yours to see.'),
        );
      }
      if (asked !== undefined && !departmentById.has(asked)) {
        throw validationProblem([{ path: '/query/department', message: 'is not a department' }]);
      }
      const today = shanghaiDate(app.clock.now());
      const period = dashboardPeriod(request.query, today);
      if (Array.isArray(period)) throw validationProblem(period);
      const department = wholeCity ? (asked ?? null) : departmentId;

      const key = `${department ?? '*'} ${period.from} ${period.to} ${today} ${wholeCity}`;
      const cached = cache.get(key);
      let json = cached && performance.now() - cached.at < maxAgeMs ? cached.json : null;
      if (json === null) {
        const dashboard: Dashboard = {
          ...(await compute(department, period, today)),
          departments: wholeCity ? departments : [],
        };
        json = JSON.stringify(dashboard);
        if (maxAgeMs > 0) {
          if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
          cache.set(key, { at: performance.now(), json });
        }
      }
      // Built to the Dashboard schema above (the response-contract test checks it); sent as is.
      return reply.type('application/json; charset=utf-8').send(json as unknown as Dashboard);
    },
  );
};

export default dashboardRoutes;
