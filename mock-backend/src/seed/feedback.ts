import type { Hall, ServiceGuide } from '../../../contract/catalogue.ts';
import {
  NEGATIVE_LEVELS,
  RATING_LEVELS,
  type CaseStatus,
  type RatingChannel,
  type RatingLevel,
  type RatingReason,
  type SubmissionKind,
} from '../../../contract/feedback.ts';
import { WorkingCalendar, addCalendarDays, calendarYears } from '../calendar/calendar.ts';
import { dayNumber } from '../calendar/dates.ts';
import { shanghaiDate, shanghaiInstant, type IsoDate } from '../clock.ts';
import { dueDates, type DeadlineConfig } from '../feedback/deadlines.ts';
import { PHONE_SAFE_ALPHABET as TRACKING_ALPHABET } from '../../../contract/constants/personal-data.ts';
import type { Connection } from '../store/database.ts';
import { prng } from './large-catalogue.ts';

/**
 * Demo feedback: a few hundred ratings and submissions spread over the year before `now`, across
 * the seeded services and halls, so the published results and the staff queue show realistic
 * figures. Drawn from a fixed-seed generator: the same clock gives the same data.
 */
export interface FeedbackSeedOptions {
  now: Date;
  services: readonly ServiceGuide[];
  halls: readonly Hall[];
  deadlines: DeadlineConfig;
  ratings?: number;
  submissions?: number;
  /** Of the generator; a second call on one database needs another, or its codes repeat. */
  seed?: number;
}

// Roughly the shape of published 好差评 figures: most very satisfied, a few per cent negative.
const levelWeights: Readonly<Record<RatingLevel, number>> = {
  'very-satisfied': 0.62,
  satisfied: 0.2,
  'basically-satisfied': 0.09,
  dissatisfied: 0.06,
  'very-dissatisfied': 0.03,
};
const reasons: readonly RatingReason[] = [
  'materials-unclear',
  'come-back-again',
  'long-wait',
  'attitude',
  'system-fault',
  'other',
];
const kinds: readonly SubmissionKind[] = ['complaint', 'suggestion', 'praise', 'question'];

const ratingComments: readonly string[] = [
  '窗口排队时间太长，等了一个多小时。',
  '材料清单写得不清楚，跑了两趟。',
  'The online form kept timing out.',
  '工作人员态度很好，解释耐心。',
  '系统故障，无法提交。',
];
const texts: Readonly<Record<SubmissionKind, readonly [string, string][]>> = {
  complaint: [
    ['窗口只开了两个，排队一个半小时。', '希望高峰时段多开窗口。'],
    ['办事指南写的材料和窗口要求的不一样，白跑一趟。', '请更新办事指南。'],
    ['The hall closed its doors 20 minutes before the posted time.', 'Keep to the posted hours.'],
  ],
  suggestion: [
    ['建议在网上办理时可以上传手机拍的照片。', '支持常见图片格式。'],
    ['Please add English signs at the self-service machines.', 'Bilingual signs.'],
  ],
  praise: [['窗口工作人员主动帮我复印材料，非常感谢。', '']],
  question: [
    ['异地办理需要带户口本原件吗？', '请告知需要的材料。'],
    ['Can a relative collect the permit for me?', 'Tell me what they must bring.'],
  ],
};
const replies: readonly string[] = [
  '您好，经核实，已对窗口人员进行培训并调整高峰时段的窗口数量。感谢您的反馈。',
  'Thank you. We have checked the guide and corrected the list of materials.',
  '您好，您反映的问题已转交相关部门处理，现已整改完毕。',
];

export function seedFeedback(db: Connection, options: FeedbackSeedOptions): void {
  const random = prng(options.seed ?? 20260915);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const calendar = new WorkingCalendar([]);
  const today = shanghaiDate(options.now);
  const hallIds = new Set(options.halls.map((hall) => hall.id));
  const inHalls = options.services.filter((service) =>
    service.hallIds.some((id) => hallIds.has(id)),
  );
  // A few services draw most ratings, as in life; the rest get one or two or none (unpublished).
  const popular = inHalls.slice(0, Math.max(1, Math.floor(inHalls.length / 3)));

  const insertCase = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO feedback_cases (tracking_code, kind, service_code, hall_id, what_happened, wanted,
       name, mobile, locale, received_at, acknowledge_by, first_answer_by, answer_by, changed_by,
       changed_at)
     VALUES (:code, :kind, :service, :hall, :whatHappened, :wanted, :name, :mobile, :locale, :at,
       :acknowledgeBy, :answerBy, :answerBy, 'citizen', :at)
     RETURNING id`,
  );
  const move = db.prepare<Record<string, unknown>>(
    `UPDATE feedback_cases SET status = :to, version = version + 1, changed_by = :by, changed_at = :at,
       reply_text = coalesce(:reply, reply_text),
       replied_at = CASE WHEN :reply IS NULL THEN replied_at ELSE :at END,
       first_replied_on = coalesce(first_replied_on, CASE WHEN :reply IS NULL THEN NULL ELSE :on END),
       solved = coalesce(:solved, solved)
     WHERE id = :id`,
  );
  const insertRating = db.prepare<Record<string, unknown>>(
    `INSERT INTO ratings (service_code, hall_id, channel, level, reasons, comment, locale, rated_at,
       rated_on, case_id)
     VALUES (:service, :hall, :channel, :level, :reasons, :comment, :locale, :at, :on, :caseId)`,
  );

  const code = () => {
    let text = '';
    for (let i = 0; i < 12; i++) text += pick([...TRACKING_ALPHABET]);
    return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
  };
  // The calendar answers only for the years whose holidays it knows; deadlines need it.
  const firstDay = `${calendarYears.first}-01-01`;
  const span = Math.min(364, dayNumber(today) - dayNumber(firstDay));
  if (span < 1) return;
  /** A moment in office hours on a day within the last year (today excluded). */
  const moment = (): { on: IsoDate; at: string } => {
    const on = addCalendarDays(today, -1 - Math.floor(random() * span));
    const minutes = 9 * 60 + Math.floor(random() * 8 * 60);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return { on, at: shanghaiInstant(on, time).toISOString() };
  };
  /** Walks a new case along the machine's happy path as far as its age allows. */
  const progress = (id: number, on: IsoDate, answerBy: IsoDate) => {
    const step = (to: CaseStatus, by: 'staff' | 'citizen', day: IsoDate, extra: object = {}) =>
      move.run({
        id,
        to,
        by,
        at: shanghaiInstant(day, '10:00').toISOString(),
        on: day,
        reply: null,
        solved: null,
        ...extra,
      });
    const reviewDay = calendar.addWorkingDays(on, 1);
    if (reviewDay >= today) return;
    step('in-review', 'staff', reviewDay);
    // Most are answered on time; one in eight a few days late.
    const late = random() < 0.125;
    const replyDay = late
      ? calendar.addWorkingDays(answerBy, 3)
      : calendar.addWorkingDays(reviewDay, 1 + Math.floor(random() * 6));
    if (replyDay >= today) return;
    step('replied', 'staff', replyDay, { reply: pick(replies) });
    const answerDay = addCalendarDays(replyDay, 2);
    if (answerDay >= today || random() < 0.3) return;
    const solved = random() < 0.85;
    step(solved ? 'closed' : 'reopened', 'citizen', answerDay, { solved: solved ? 1 : 0 });
  };

  const levels = RATING_LEVELS.flatMap((level) =>
    Array.from({ length: Math.round(levelWeights[level] * 100) }, () => level),
  );
  for (let i = 0; i < (options.ratings ?? 400); i++) {
    const service = random() < 0.85 ? pick(popular) : pick(inHalls);
    const hall = pick(service.hallIds.filter((id) => hallIds.has(id)));
    const channel: RatingChannel = random() < 0.4 ? 'online' : 'hall';
    const level = pick(levels);
    const { on, at } = moment();
    const withReasons = level !== 'very-satisfied' && level !== 'satisfied';
    const negative = NEGATIVE_LEVELS.includes(level);
    const comment = withReasons && random() < 0.5 ? pick(ratingComments) : null;
    let caseId: number | null = null;
    if (negative) {
      const due = dueDates(options.deadlines, 'negative-rating', on, calendar);
      const [row] = insertCase.all({
        code: code(),
        kind: 'negative-rating',
        service: service.code,
        hall: channel === 'hall' ? hall : null,
        whatHappened: comment ?? '',
        wanted: null,
        name: null,
        mobile: random() < 0.5 ? `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null,
        locale: 'zh-CN',
        at,
        ...due,
      });
      caseId = row?.id ?? null;
      if (caseId !== null) progress(caseId, on, due.answerBy);
    }
    insertRating.run({
      service: service.code,
      hall: channel === 'hall' ? hall : null,
      channel,
      level,
      reasons: JSON.stringify(withReasons ? [pick(reasons)] : []),
      comment,
      locale: random() < 0.9 ? 'zh-CN' : 'en',
      at,
      on,
      caseId,
    });
  }

  for (let i = 0; i < (options.submissions ?? 120); i++) {
    const kind = pick(kinds);
    const [whatHappened, wanted] = pick(texts[kind]);
    const service = random() < 0.7 ? pick(inHalls) : undefined;
    const { on, at } = moment();
    const named = random() < 0.6;
    const due = dueDates(options.deadlines, kind, on, calendar);
    const [row] = insertCase.all({
      code: code(),
      kind,
      service: service?.code ?? null,
      hall:
        service && random() < 0.5
          ? (pick(service.hallIds.filter((id) => hallIds.has(id))) ?? null)
          : null,
      whatHappened,
      wanted: wanted || null,
      name: named ? pick(['王女士', '李先生', 'Chen Wei', '张先生']) : null,
      mobile: named ? `138${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null,
      locale: /[a-z]/i.test(whatHappened.slice(0, 1)) ? 'en' : 'zh-CN',
      at,
      ...due,
    });
    if (row) progress(row.id, on, due.answerBy);
  }
}
