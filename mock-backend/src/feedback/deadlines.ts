import { readFileSync } from 'node:fs';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { CaseKind } from '../../../contract/feedback.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { IsoDate } from '../clock.ts';

const Days = Type.Integer({ minimum: 0, maximum: 60 });
const KindDeadlines = Type.Object(
  { acknowledge: Days, answer: Days },
  { additionalProperties: false },
);
/**
 * Working days to acknowledge and to answer, per kind of case and for a 基本满意 rating's review
 * item ('low-rating'); every kind must be present. `ratingSteps`: the 好差评 steps of a negative
 * rating, each due this many working days after the one before (verify after receipt, fix after
 * verification, the follow-up call after the fix).
 */
export const DeadlineConfig = Type.Object(
  {
    ...Type.Record(CaseKind, KindDeadlines).properties,
    'low-rating': KindDeadlines,
    ratingSteps: Type.Object(
      { verify: Days, fix: Days, followUp: Days },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type DeadlineConfig = Static<typeof DeadlineConfig>;
/** What is due on a date counted from receipt: every kind of review item. */
export type DeadlineKind = Exclude<keyof DeadlineConfig, 'ratingSteps'>;

/**
 * Reads the deadlines from configuration data (deadlines.json beside this file by default), so
 * a change of policy is a change of data; a file that misses a kind stops the server at start.
 */
export function loadDeadlines(
  file: URL | string = new URL('./deadlines.json', import.meta.url),
): DeadlineConfig {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Value.Check(DeadlineConfig, data)) {
    const first = Value.Errors(DeadlineConfig, data).First();
    throw new Error(
      `Feedback deadlines are not valid: ${first?.path ?? ''} ${first?.message ?? ''}`,
    );
  }
  return data;
}

export interface DueDates {
  acknowledgeBy: IsoDate;
  answerBy: IsoDate;
}

/**
 * Due dates of a case received (or reopened) on `day`, Asia/Shanghai: counted in working days of
 * the one calendar, the day itself not counted, so a case sent on a Friday before a holiday is
 * answered after it.
 */
export function dueDates(
  config: DeadlineConfig,
  kind: DeadlineKind,
  day: IsoDate,
  calendar: WorkingCalendar,
): DueDates {
  const { acknowledge, answer } = config[kind];
  return {
    acknowledgeBy: calendar.addWorkingDays(day, acknowledge),
    answerBy: calendar.addWorkingDays(day, answer),
  };
}
