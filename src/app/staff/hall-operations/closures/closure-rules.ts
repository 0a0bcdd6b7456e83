import { CHINESE_IN_TEXT } from '@contract/constants/english-text';
import type { ClosureInput } from '@contract/hall-operations';
import type { Problem } from '@contract/problem';

export const CLOSURE_FIELDS = [
  'hall',
  'date',
  'period',
  'from',
  'to',
  'reasonZh',
  'reasonEn',
] as const;
export type ClosureField = (typeof CLOSURE_FIELDS)[number];

export interface ClosureForm {
  hall: string;
  date: string;
  period: 'whole' | 'part' | '';
  from: string;
  to: string;
  reasonZh: string;
  reasonEn: string;
}

export const EMPTY_CLOSURE: ClosureForm = {
  hall: '',
  date: '',
  period: '',
  from: '',
  to: '',
  reasonZh: '',
  reasonEn: '',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const REASON_MAX = 200;

/** The form's own messages, in the page's language; the server checks again. */
export function closureErrors(
  form: ClosureForm,
  today: string,
): Partial<Record<ClosureField, string>> {
  const errors: Partial<Record<ClosureField, string>> = {};
  if (!form.hall) errors.hall = $localize`:@@staff.closures.error.hall:请选择大厅`;
  if (!DATE.test(form.date)) {
    errors.date = $localize`:@@staff.closures.error.date:请输入日期，例如 2026-09-16`;
  } else if (today && form.date < today) {
    errors.date = $localize`:@@staff.closures.error.datePast:日期必须是今天或以后`;
  }
  if (!form.period) errors.period = $localize`:@@staff.closures.error.period:请选择全天或部分时段`;
  if (form.period === 'part') {
    if (!TIME.test(form.from)) {
      errors.from = $localize`:@@staff.closures.error.from:请输入开始时间，例如 09:00`;
    }
    if (!TIME.test(form.to)) {
      errors.to = $localize`:@@staff.closures.error.to:请输入结束时间，例如 12:00`;
    } else if (TIME.test(form.from) && form.to <= form.from) {
      errors.to = $localize`:@@staff.closures.error.toBeforeFrom:结束时间必须晚于开始时间`;
    }
  }
  if (!form.reasonZh.trim()) {
    errors.reasonZh = $localize`:@@staff.closures.error.reasonZh:请输入中文原因`;
  } else if (form.reasonZh.trim().length > REASON_MAX) {
    errors.reasonZh = $localize`:@@staff.closures.error.reasonZhLong:中文原因不能超过 200 个字`;
  }
  if (!form.reasonEn.trim()) {
    errors.reasonEn = $localize`:@@staff.closures.error.reasonEn:请输入英文原因`;
  } else if (form.reasonEn.trim().length > REASON_MAX) {
    errors.reasonEn = $localize`:@@staff.closures.error.reasonEnLong:英文原因不能超过 200 个字符`;
  } else if (CHINESE_IN_TEXT.test(form.reasonEn)) {
    // Citizens reading the English pages see it; a Chinese input method left on types ，（）。
    errors.reasonEn = $localize`:@@staff.closures.error.reasonEnChinese:英文原因请用英文填写，不能包含汉字或“，”“。”“（）”等全角标点`;
  }
  return errors;
}

/** What the API takes for a valid form. */
export function closureInput(form: ClosureForm): ClosureInput {
  return {
    hall: form.hall,
    date: form.date,
    ...(form.period === 'part' ? { from: form.from, to: form.to } : {}),
    reason: { zh: form.reasonZh.trim(), en: form.reasonEn.trim() },
  };
}

const fieldOfPath: Record<string, ClosureField> = {
  '/body/hall': 'hall',
  '/body/date': 'date',
  '/body/from': 'from',
  '/body/to': 'to',
  '/body/reason/zh': 'reasonZh',
  '/body/reason/en': 'reasonEn',
};

/**
 * The form's fields a 400 names, each with the form's own message for it (the server's reasons
 * are in English only), or a general one where the form found nothing wrong.
 */
export function serverErrors(
  problem: Problem,
  form: ClosureForm,
  today: string,
): Partial<Record<ClosureField, string>> {
  const own = closureErrors(form, today);
  const errors: Partial<Record<ClosureField, string>> = {};
  for (const error of problem.errors ?? []) {
    const field = fieldOfPath[error.path];
    if (field) {
      errors[field] =
        own[field] ?? $localize`:@@staff.closures.error.refused:这一项未被系统接受，请检查后重试`;
    }
  }
  return errors;
}
