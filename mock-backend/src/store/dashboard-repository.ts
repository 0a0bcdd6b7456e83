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

export function createDashboardRepository(db: Connection): DashboardRepository {
  // One statement per query shape, prepared on first use.
  const statements = new Map<string, Statement<Params>>();
  const all = <R>(sql: string, params: Params): R[] => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare<Params>(sql)));
    return statement.all(...params) as R[];
  };

  // The daily tallies of migration 005 serve a service's figures and the city's halls; a
  // department's halls need its ratings, which the tallies do not split by service.
  const tallies = (scope: DashboardScope, kind: 'service' | 'hall'): LevelCount[] => {
    const bucket = bucketOf('t.rated_on', scope.bucketSize);
    const select = `SELECT t.key, ${bucket} AS bucket, t.level, sum(t.ratings) AS ratings,
      sum(t.fixed_on_time) AS fixedOnTime`;
    const group = 'GROUP BY t.key, bucket, t.level';
    if (scope.department === null) {
      return all(
        `${select} FROM rating_tallies t
         WHERE t.scope = '${kind}' AND t.rated_on BETWEEN ? AND ? ${group}`,
        [scope.from, scope.to],
      );
    }
    return all(
      `${select} FROM services s
       JOIN rating_tallies t ON t.scope = 'service' AND t.key = s.code
         AND t.rated_on BETWEEN ? AND ?
       WHERE s.department_id = ? ${group}`,
      [scope.from, scope.to, scope.department],
    );
  };

  return {
    // SQLite answers synchronously; the Promises are for stores that cannot (PostgreSQL).
    async serviceRatings(scope) {
      return tallies(scope, 'service');
    },

    async hallRatings(scope) {
      if (scope.department === null) return tallies(scope, 'hall');
      return all(
        `SELECT r.hall_id AS key, ${bucketOf('r.rated_on', scope.bucketSize)} AS bucket, r.level,
           count(*) AS ratings,
           coalesce(sum((SELECT ${onTime('c')} FROM feedback_cases c WHERE c.id = r.case_id)), 0)
             AS fixedOnTime
         FROM services s
         JOIN ratings r ON r.service_code = s.code AND r.rated_on BETWEEN ? AND ?
         WHERE s.department_id = ? AND r.hall_id IS NOT NULL
         GROUP BY r.hall_id, bucket, r.level`,
        [scope.from, scope.to, scope.department],
      );
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
      const select = `SELECT hall_id AS hallId,
          sum(status IN ('booked', 'attended', 'no-show')) AS booked,
          sum(status = 'attended') AS attended, sum(status = 'no-show') AS noShows
        FROM appointments`;
      return scope.department === null
        ? all(`${select} WHERE date BETWEEN ? AND ? GROUP BY hall_id`, [scope.from, scope.to])
        : all(`${select} WHERE department_id = ? AND date BETWEEN ? AND ? GROUP BY hall_id`, [
            scope.department,
            scope.from,
            scope.to,
          ]);
    },

    async windows(department) {
      const select =
        'SELECT hall_id AS hallId, slot_minutes AS slotMinutes, capacity FROM hall_windows';
      return department === null
        ? all(`${select} ORDER BY hall_id, department_id`, [])
        : all(`${select} WHERE department_id = ? ORDER BY hall_id`, [department]);
    },
  };
}
