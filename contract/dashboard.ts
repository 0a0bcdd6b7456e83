import { Type, type Static } from '@sinclair/typebox';
import { Localized } from './catalogue';
import { FeedbackHallId, FeedbackServiceCode, Satisfaction } from './feedback';
import { StaffDepartment, StaffDepartmentId } from './staff';

export {
  DASHBOARD_DEFAULT_DAYS,
  DASHBOARD_MAX_DAYS,
  DASHBOARD_MAX_SERVICES,
  DASHBOARD_WEEKLY_MAX_DAYS,
  OVERDUE_AGE_STARTS,
} from './constants/dashboard-limits';

/**
 * The supervisors' dashboard (/api/staff/dashboard, issue 10): for one department or the whole
 * city and a period of at most a year, satisfaction per service and per hall over time, the
 * negative-review fix rate within deadline, open items overdue by age, and per hall the
 * appointment seats used and the no-show rate.
 *
 * Who sees what, as the server enforces it: a supervisor sees their own department; supervisors
 * of zwb (市政务服务管理局, which publishes the 好差评 figures) and admins see the whole city or
 * any one department. Reviewers get 403; a supervisor of another department who names a
 * department not their own gets 403 as the review queue answers.
 *
 * Satisfaction figures follow the published ones: fewer than 5 ratings and a figure says
 * `{ published: false }` with no counts, so no citizen's rating can be singled out.
 */

const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
/** A share from 0 to 1 to three decimals; null when there is nothing (or too little) to divide. */
const Share = Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]);
const Count = Type.Integer({ minimum: 0 });

export const DashboardQuery = Type.Object(
  {
    /** First day counted (Asia/Shanghai); default 89 days before `to`. */
    from: Type.Optional(IsoDate),
    /** Last day counted; default today. The period holds at most 366 days. */
    to: Type.Optional(IsoDate),
    /** One department; only for zwb supervisors and admins, who otherwise see the whole city. */
    department: Type.Optional(StaffDepartmentId),
  },
  { $id: 'DashboardQuery', additionalProperties: false },
);
export type DashboardQuery = Static<typeof DashboardQuery>;

export const DashboardBucketSize = Type.Union([Type.Literal('week'), Type.Literal('month')], {
  $id: 'DashboardBucketSize',
});
export type DashboardBucketSize = Static<typeof DashboardBucketSize>;

/** One bucket of the period: a Monday-to-Sunday week or a calendar month, cut to the period. */
export const DashboardBucket = Type.Object(
  { from: IsoDate, to: IsoDate },
  { additionalProperties: false },
);
export type DashboardBucket = Static<typeof DashboardBucket>;

/** Satisfaction over the whole period and in each bucket (same order as `buckets`). */
const SatisfactionSeries = {
  overall: Satisfaction,
  buckets: Type.Array(Satisfaction),
};

export const ServiceSatisfaction = Type.Object(
  {
    service: Type.Object(
      { code: FeedbackServiceCode, name: Localized },
      { additionalProperties: false },
    ),
    ...SatisfactionSeries,
  },
  { additionalProperties: false },
);
export type ServiceSatisfaction = Static<typeof ServiceSatisfaction>;

export const HallRef = Type.Object(
  { id: FeedbackHallId, name: Localized },
  { additionalProperties: false },
);
export type DashboardHallRef = Static<typeof HallRef>;

export const HallSatisfaction = Type.Object(
  { hall: HallRef, ...SatisfactionSeries },
  { additionalProperties: false },
);
export type HallSatisfaction = Static<typeof HallSatisfaction>;

/**
 * Negative ratings (不满意, 非常不满意) whose case was due in the bucket, by a deadline already
 * passed, and of those the ones answered by their first deadline and not reported unsolved (the
 * published "fixed on time" rule). `share` is null below 5 due, as the published share is.
 */
export const FixRate = Type.Object(
  { due: Count, fixedOnTime: Count, share: Share },
  { additionalProperties: false },
);
export type FixRate = Static<typeof FixRate>;

/** Open items whose answer deadline has passed, by working days overdue: from..to (to null: and more). */
export const OverdueAge = Type.Object(
  {
    from: Type.Integer({ minimum: 1 }),
    to: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    count: Count,
  },
  { additionalProperties: false },
);
export type OverdueAge = Static<typeof OverdueAge>;

/**
 * One hall's appointments in the period. Offered seats: every slot the calendar, the hall's hours
 * and its windows give (as booking computes them), times each window's capacity. Booked seats:
 * appointments not cancelled. The no-show rate divides no-shows by the visits whose outcome was
 * recorded (attended or no-show); null when none was.
 */
export const HallAppointments = Type.Object(
  {
    hall: HallRef,
    offeredSeats: Count,
    bookedSeats: Count,
    utilisation: Share,
    attended: Count,
    noShows: Count,
    noShowRate: Share,
  },
  { additionalProperties: false },
);
export type HallAppointments = Static<typeof HallAppointments>;

export const Dashboard = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    /** The day the figures were counted on (overdue ages count to it). */
    asOf: IsoDate,
    /** Weeks for periods of up to 92 days, months for longer ones. */
    bucketSize: DashboardBucketSize,
    buckets: Type.Array(DashboardBucket),
    /** The department shown; null for the whole city. */
    department: Type.Union([StaffDepartment, Type.Null()]),
    /** The departments the caller may choose from; empty when they see their own only. */
    departments: Type.Array(StaffDepartment),
    satisfaction: Type.Object(
      {
        ...SatisfactionSeries,
        /** The most-rated services first, at most DASHBOARD_MAX_SERVICES. */
        services: Type.Array(ServiceSatisfaction),
        /** Rated services left out of `services`. */
        servicesOmitted: Count,
        halls: Type.Array(HallSatisfaction),
      },
      { additionalProperties: false },
    ),
    fixRate: Type.Object(
      { overall: FixRate, buckets: Type.Array(FixRate) },
      { additionalProperties: false },
    ),
    overdue: Type.Object(
      { total: Count, ages: Type.Array(OverdueAge) },
      { additionalProperties: false },
    ),
    appointments: Type.Array(HallAppointments),
  },
  { $id: 'Dashboard', additionalProperties: false },
);
export type Dashboard = Static<typeof Dashboard>;
