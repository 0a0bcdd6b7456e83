import { WorkingCalendar, addCalendarDays } from '../calendar/calendar.ts';
import { shanghaiDate, shanghaiInstant, type IsoDate } from '../clock.ts';
import { dueDates, type DeadlineConfig } from '../feedback/deadlines.ts';
import type { Connection } from '../store/database.ts';

/**
 * The review queue's demo state, after the random year of feedback and the staff accounts:
 *
 * 1. The staff work the random year walked through is attributed to an account of the item's
 *    department (its first reviewer, else the admin), so history and replies name a person;
 *    基本满意 items older than their answer window are closed the same way.
 * 2. A few items with FIXED ids and tracking codes that the e2e tests rely on, dated relative to
 *    `now` in working days (e2e runs at 2026-09-15T09:00+08:00):
 *
 * | id    | department | what                                                              |
 * | ----- | ---------- | ----------------------------------------------------------------- |
 * | c9001 | gjj        | negative rating (GJJ-001, 非常不满意), received 17 working days ago, unassigned, overdue; tracking code 7K3M-Q9RT-WX2A, mobile 13912345678 |
 * | c9002 | gjj        | negative rating (GJJ-002, 不满意), received 14 working days ago, unassigned, due in 1 working day |
 * | c9003 | gjj        | negative rating (GJJ-001, 不满意), in review, assigned to wang.min, verified valid: at the fix step; tracking code 8P4N-H6JV-YZ3B, mobile 13987654321 |
 * | c9004 | gaj        | complaint (GAJ-001), received 2 working days ago, unassigned     |
 * | c9005 | gjj        | complaint whose text is the stored-XSS probe below, received 1 working day ago, unassigned |
 *
 * Texts: c9001 "窗口排队两个小时，工作人员说系统故障让我明天再来。"; c9002 "The online
 * application lost my uploaded documents twice."; c9003 "提取材料清单与窗口要求不一致，跑了三趟。";
 * c9004 "身份证办理窗口中午无人，等了一个半小时。"; c9005 XSS_PROBE.
 */
export const XSS_PROBE = `<script>alert('xss')</script><img src=x onerror=alert(1)>请核实`;

export const DEMO_REVIEW_ITEMS = {
  overdue: { id: 'c9001', trackingCode: '7K3M-Q9RT-WX2A', mobile: '13912345678' },
  dueSoon: { id: 'c9002' },
  atFix: { id: 'c9003', trackingCode: '8P4N-H6JV-YZ3B', mobile: '13987654321' },
  gajComplaint: { id: 'c9004' },
  xss: { id: 'c9005' },
} as const;

interface DemoItem {
  id: number;
  kind: 'negative-rating' | 'complaint';
  level?: 'dissatisfied' | 'very-dissatisfied';
  service: string;
  hall: string | null;
  text: string;
  mobile: string | null;
  trackingCode: string;
  /** Received this many working days before today. */
  age: number;
  assignee?: string;
  verified?: boolean;
}

const demoItems: readonly DemoItem[] = [
  {
    id: 9001,
    kind: 'negative-rating',
    level: 'very-dissatisfied',
    service: 'GJJ-001',
    hall: 'gjj-hall',
    text: '窗口排队两个小时，工作人员说系统故障让我明天再来。',
    mobile: DEMO_REVIEW_ITEMS.overdue.mobile,
    trackingCode: DEMO_REVIEW_ITEMS.overdue.trackingCode,
    age: 17,
  },
  {
    id: 9002,
    kind: 'negative-rating',
    level: 'dissatisfied',
    service: 'GJJ-002',
    hall: null,
    text: 'The online application lost my uploaded documents twice.',
    mobile: null,
    trackingCode: '5D8F-K2MR-T7VX',
    age: 14,
  },
  {
    id: 9003,
    kind: 'negative-rating',
    level: 'dissatisfied',
    service: 'GJJ-001',
    hall: 'linjiang',
    text: '提取材料清单与窗口要求不一致，跑了三趟。',
    mobile: DEMO_REVIEW_ITEMS.atFix.mobile,
    trackingCode: DEMO_REVIEW_ITEMS.atFix.trackingCode,
    age: 3,
    assignee: 'wang.min',
    verified: true,
  },
  {
    id: 9004,
    kind: 'complaint',
    service: 'GAJ-001',
    hall: 'smzx',
    text: '身份证办理窗口中午无人，等了一个半小时。',
    mobile: null,
    trackingCode: '9W3H-N5QS-B6CE',
    age: 2,
  },
  {
    id: 9005,
    kind: 'complaint',
    service: 'GJJ-002',
    hall: null,
    text: XSS_PROBE,
    mobile: null,
    trackingCode: '4G7J-P8XY-Z2DK',
    age: 1,
  },
];

export function seedReview(
  db: Connection,
  options: { now: Date; deadlines: DeadlineConfig },
): void {
  const calendar = new WorkingCalendar([]);
  const today = shanghaiDate(options.now);
  const staffOf = db.prepare<[string], { id: number }>(
    `SELECT id FROM staff_accounts
     WHERE (department_id = ? AND role = 'reviewer') OR role = 'admin'
     ORDER BY role = 'admin', id LIMIT 1`,
  );
  const accountId = (userName: string) =>
    db
      .prepare<[string], { id: number }>('SELECT id FROM staff_accounts WHERE user_name = ?')
      .get(userName)?.id;

  // 1. Attribute the random year's staff work.
  const departments = db
    .prepare<[], { d: string }>('SELECT DISTINCT department_id AS d FROM feedback_cases')
    .all()
    .concat(
      db
        .prepare<[], { d: string }>('SELECT DISTINCT department_id AS d FROM low_rating_reviews')
        .all(),
    );
  for (const { d } of departments) {
    const staff = staffOf.get(d)?.id;
    if (staff === undefined) continue;
    db.prepare(
      `UPDATE feedback_case_history SET staff_id = ?
       WHERE by_role = 'staff' AND staff_id IS NULL
         AND case_id IN (SELECT id FROM feedback_cases WHERE department_id = ?)`,
    ).run(staff, d);
    db.prepare(
      `UPDATE feedback_cases SET replied_by = ? WHERE department_id = ? AND reply_text IS NOT NULL`,
    ).run(staff, d);
    // 基本满意 items past a working fortnight were read and closed at the time.
    db.prepare(
      `UPDATE low_rating_reviews SET status = 'closed', version = version + 1,
         closed_at = received_at, closed_by = ?
       WHERE department_id = ? AND received_on < ?`,
    ).run(staff, d, addCalendarDays(today, -14));
  }

  // 2. The fixed items.
  const insertCase = db.prepare<Record<string, unknown>>(
    `INSERT INTO feedback_cases (id, tracking_code, kind, service_code, hall_id, what_happened,
       mobile, locale, received_at, acknowledge_by, first_answer_by, answer_by, changed_by,
       changed_at)
     VALUES (:id, :trackingCode, :kind, :service, :hall, :text, :mobile, :locale, :at,
       :acknowledgeBy, :answerBy, :answerBy, 'citizen', :at)`,
  );
  const insertRating = db.prepare<Record<string, unknown>>(
    `INSERT INTO ratings (id, service_code, hall_id, channel, level, reasons, comment, locale,
       rated_at, rated_on, case_id)
     VALUES (:id, :service, :hall, :channel, :level, '["long-wait"]', :text, :locale, :at, :on, :id)`,
  );
  const startReview = db.prepare<Record<string, unknown>>(
    `UPDATE feedback_cases SET status = 'in-review', version = version + 1, changed_by = 'staff',
       changed_at = :at, changed_by_staff_id = :staff, assignee_id = :staff,
       verified_valid = 1, verify_reason = :reason, verified_at = :at, verified_by = :staff
     WHERE id = :id`,
  );
  for (const item of demoItems) {
    const on = workingDaysBefore(calendar, today, item.age);
    const at = shanghaiInstant(on, '10:30').toISOString();
    const locale = /^[A-Za-z]/.test(item.text) ? 'en' : 'zh-CN';
    const row = {
      ...item,
      locale,
      at,
      on,
      ...dueDates(options.deadlines, item.kind, on, calendar),
    };
    insertCase.run(row);
    if (item.kind === 'negative-rating') {
      insertRating.run({ ...row, channel: item.hall === null ? 'online' : 'hall' });
    }
    const staff = item.assignee === undefined ? undefined : accountId(item.assignee);
    if (staff !== undefined && item.verified) {
      startReview.run({
        id: item.id,
        staff,
        at: shanghaiInstant(calendar.addWorkingDays(on, 1), '09:30').toISOString(),
        reason: '核实属实：清单与窗口要求不一致。',
      });
    }
  }
}

/** The date `n` working days before `day` (the day d with n working days in (d, day]). */
function workingDaysBefore(calendar: WorkingCalendar, day: IsoDate, n: number): IsoDate {
  let date = day;
  while (calendar.workingDaysBetween(date, day) < n) date = addCalendarDays(date, -1);
  // Land on a working day, as a citizen sending it in office hours would.
  while (!calendar.isWorkingDay(date)) date = addCalendarDays(date, -1);
  return date;
}
