import type { DashboardBucketSize } from '../../../contract/dashboard.ts';
import type { IsoDate } from '../clock.ts';
import type { LevelCount, WindowSchedule } from '../staff/dashboard.ts';
import type { Statement } from 'better-sqlite3';
import type { Connection } from './database.ts';

/** What the dashboard sums: one department (null: the whole city), a period, its bucket size. */
export interface DashboardScope {
  department: string | null;
  from: IsoDate;
  to: IsoDate;
  bucketSize: DashboardBucketSize;
}

export interface FixRateRow {
  bucket: IsoDate;
  due: number;
  fixedOnTime: number;
}

export interface HallVisits {
  hallId: string;
  booked: number;
  attended: number;
  noShows: number;
}

/**
 * The dashboard's sums, each one SQL aggregate over indexed columns (migration 011): rows of
 * counts come back, never the records counted. Buckets are the Monday of the week or the first
 * of the month, as bucketStart() in staff/dashboard.ts computes them.
 */
export interface DashboardRepository {
  /** Ratings per service, bucket and level. */
  serviceRatings(scope: DashboardScope): Promise<LevelCount[]>;
  /** Ratings per hall, bucket and level (ratings given at no hall are not counted). */
  hallRatings(scope: DashboardScope): Promise<LevelCount[]>;
  /** Negative ratings' cases due in the period before `today`, per bucket of their first deadline. */
  fixRates(scope: DashboardScope, today: IsoDate): Promise<FixRateRow[]>;
  /** Open items (cases and 基本满意 reviews) whose answer date is before `today`, per answer date. */
  overdue(
    department: string | null,
    today: IsoDate,
  ): Promise<{ answerBy: IsoDate; count: number }[]>;
  /** Appointments per hall in the period: seats taken (not cancelled), attended, no-shows. */
  hallVisits(scope: Omit<DashboardScope, 'bucketSize'>): Promise<HallVisits[]>;
  /** The windows whose seats the period offered: the department's, or every one. */
  windows(department: string | null): Promise<WindowSchedule[]>;
}

const bucketOf = (column: string, size: DashboardBucketSize): string =>
  size === 'week' ? `date(${column}, '-6 days', 'weekday 1')` : `substr(${column}, 1, 7) || '-01'`;

const onTime = (c: string) =>
  `(${c}.first_replied_on IS NOT NULL AND ${c}.first_replied_on <= ${c}.first_answer_by
    AND coalesce(${c}.solved, 1) = 1)`;

const openStatuses = "('received', 'in-review', 'reopened')";

type Params = (string | null)[];

interface WindowRow {
  hallId: string;
  departmentId: string;
  slotMinutes: number;
  capacity: number;
}

export function createDashboardRepository(db: Connection): DashboardRepository {
  // One statement per query shape, prepared on first use.
  const statements = new Map<string, Statement<Params>>();
  const all = <R>(sql: string, params: Params): R[] => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare<Params>(sql)));
    return statement.all(...params) as R[];
  };

  // The city's figures read the daily tallies of migration 005. A department's read its ratings
  // through ratings_by_service_day (migration 011), one range per service: the tallies' by-day
  // index would read every service's days to keep the department's.
  const cityTallies = (scope: DashboardScope, kind: 'service' | 'hall'): LevelCount[] =>
    all(
      `SELECT t.key, ${bucketOf('t.rated_on', scope.bucketSize)} AS bucket, t.level,
         sum(t.ratings) AS ratings, sum(t.fixed_on_time) AS fixedOnTime
       FROM rating_tallies t
       WHERE t.scope = '${kind}' AND t.rated_on BETWEEN ? AND ?
       GROUP BY t.key, bucket, t.level`,
      [scope.from, scope.to],
    );
  const departmentRatings = (
    scope: DashboardScope,
    key: 'service_code' | 'hall_id',
  ): LevelCount[] =>
    all(
      `SELECT r.${key} AS key, ${bucketOf('r.rated_on', scope.bucketSize)} AS bucket, r.level,
         count(*) AS ratings,
         coalesce(sum((SELECT ${onTime('c')} FROM feedback_cases c WHERE c.id = r.case_id)), 0)
           AS fixedOnTime
       FROM services s
       JOIN ratings r ON r.service_code = s.code AND r.rated_on BETWEEN ? AND ?
       WHERE s.department_id = ? AND r.${key} IS NOT NULL
       GROUP BY r.${key}, bucket, r.level`,
      [scope.from, scope.to, scope.department],
    );

  return {
    // SQLite answers synchronously; the Promises are for stores that cannot (PostgreSQL).
    async serviceRatings(scope) {
      return scope.department === null
        ? cityTallies(scope, 'service')
        : departmentRatings(scope, 'service_code');
    },

    async hallRatings(scope) {
      return scope.department === null
        ? cityTallies(scope, 'hall')
        : departmentRatings(scope, 'hall_id');
    },

    async fixRates(scope, today) {
      // Due by a deadline already passed: one due today still has the day.
      return all(
        `SELECT ${bucketOf('c.first_answer_by', scope.bucketSize)} AS bucket, count(*) AS due,
           sum(${onTime('c')}) AS fixedOnTime
         FROM feedback_cases c
         WHERE c.kind = 'negative-rating' AND c.first_answer_by BETWEEN ? AND ?
           AND c.first_answer_by < ? AND (? IS NULL OR c.department_id = ?)
         GROUP BY bucket`,
        [scope.from, scope.to, today, scope.department, scope.department],
      );
    },

    async overdue(department, today) {
      const where =
        department === null
          ? `status IN ${openStatuses} AND answer_by < ?`
          : `department_id = ? AND status IN ${openStatuses} AND answer_by < ?`;
      const params = department === null ? [today] : [department, today];
      return all(
        `SELECT answerBy, sum(count) AS count FROM (
           SELECT answer_by AS answerBy, count(*) AS count FROM feedback_cases
           WHERE ${where} GROUP BY answer_by
           UNION ALL
           SELECT answer_by, count(*) FROM low_rating_reviews
           WHERE ${where} GROUP BY answer_by)
         GROUP BY answerBy`,
        [...params, ...params],
      );
    },

    async hallVisits(scope) {
      // Counts per hall and status, walked in index order; the hall's figures are their sums.
      const rows = all<{ hallId: string; status: string; count: number }>(
        `SELECT hall_id AS hallId, status, count(*) AS count FROM appointments
         WHERE ${scope.department === null ? '' : 'department_id = ? AND'} date BETWEEN ? AND ?
         GROUP BY hall_id, status`,
        scope.department === null
          ? [scope.from, scope.to]
          : [scope.department, scope.from, scope.to],
      );
      const halls = new Map<string, HallVisits>();
      for (const { hallId, status, count } of rows) {
        let hall = halls.get(hallId);
        if (!hall) halls.set(hallId, (hall = { hallId, booked: 0, attended: 0, noShows: 0 }));
        // A cancelled booking gave its seat back.
        if (status === 'booked' || status === 'attended' || status === 'no-show')
          hall.booked += count;
        if (status === 'attended') hall.attended += count;
        if (status === 'no-show') hall.noShows += count;
      }
      return [...halls.values()];
    },

    async windows(department) {
      const select = `SELECT hall_id AS hallId, department_id AS departmentId,
        slot_minutes AS slotMinutes, capacity FROM hall_windows`;
      const windows =
        department === null
          ? all<WindowRow>(`${select} ORDER BY hall_id, department_id`, [])
          : all<WindowRow>(`${select} WHERE department_id = ? ORDER BY hall_id`, [department]);
      const changes = all<WindowRow & { from: IsoDate }>(
        `SELECT hall_id AS hallId, department_id AS departmentId, from_date AS "from", capacity
         FROM hall_window_capacity${department === null ? '' : ' WHERE department_id = ?'}`,
        department === null ? [] : [department],
      );
      return windows.map(({ hallId, departmentId, slotMinutes, capacity }) => ({
        hallId,
        slotMinutes,
        capacity,
        capacityChanges: changes
          .filter((change) => change.hallId === hallId && change.departmentId === departmentId)
          .map((change) => ({ from: change.from, capacity: change.capacity })),
      }));
    },
  };
}
