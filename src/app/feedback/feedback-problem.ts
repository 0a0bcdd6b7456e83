import { type Signal, computed } from '@angular/core';
import type { Problem } from '@contract/problem';
import type { SummaryItem } from '../shared/error-summary/error-summary';

/** The form fields a server error can point at; each is also the id of its control. */
export type FeedbackField =
  | 'kind'
  | 'service'
  | 'hall'
  | 'whatHappened'
  | 'wanted'
  | 'anonymous'
  | 'name'
  | 'mobile'
  | 'level'
  | 'reasons'
  | 'comment'
  | 'channel'
  | 'trackingCode';

/** The message shown next to a field and in the error summary, in the page's language. */
export function fieldText(field: FeedbackField): string {
  switch (field) {
    case 'kind':
      return $localize`:@@feedback.error.kind:选择您要提交的类型`;
    case 'service':
      return $localize`:@@feedback.error.service:从列表中选择一项服务`;
    case 'hall':
      return $localize`:@@feedback.error.hall:从列表中选择一个办事大厅`;
    case 'whatHappened':
      return $localize`:@@feedback.error.whatHappened:写下发生了什么，不超过 2,000 个字`;
    case 'wanted':
      return $localize`:@@feedback.error.wanted:希望我们怎么做，不超过 1,000 个字`;
    case 'anonymous':
      return $localize`:@@feedback.error.anonymous:选择是否留下姓名和手机号码`;
    case 'name':
      return $localize`:@@feedback.error.name:输入您的姓名，不超过 50 个字`;
    case 'mobile':
      return $localize`:@@feedback.error.mobile:输入 11 位手机号码，例如 13812345678`;
    case 'level':
      return $localize`:@@feedback.error.level:选择您的满意程度`;
    case 'reasons':
      return $localize`:@@feedback.error.reasons:至少选择一个原因`;
    case 'comment':
      return $localize`:@@feedback.error.comment:意见不能超过 500 个字`;
    case 'channel':
      return $localize`:@@feedback.error.channel:选择您是怎样办理的`;
    case 'trackingCode':
      return $localize`:@@feedback.error.trackingCode:输入 12 位查询码，例如 K7QM-3XPD-9HTW`;
  }
}

const FIELDS: readonly FeedbackField[] = [
  'kind',
  'service',
  'hall',
  'whatHappened',
  'wanted',
  'anonymous',
  'name',
  'mobile',
  'level',
  'reasons',
  'comment',
  'channel',
  'trackingCode',
];

/**
 * The fields a problem's `errors[]` points at (`/body/mobile` -> mobile, `/body/reasons/0` ->
 * reasons), each once, in the order the forms show them.
 */
export function problemFields(problem: Problem | null): FeedbackField[] {
  const named = new Set<string>();
  for (const error of problem?.errors ?? []) {
    for (const part of error.path.split('/')) named.add(part);
  }
  return FIELDS.filter((field) => named.has(field));
}

/** The error summary's items for some fields, each linking to its control. */
export function summaryItems(fields: Iterable<FeedbackField>): SummaryItem[] {
  return [...fields].map((field) => ({ fieldId: field, text: fieldText(field) }));
}

/** What went wrong with a request as a whole, in the page's language. */
export function problemMessage(problem: Problem): string {
  switch (problem.type) {
    case '/problems/already-rated':
      return $localize`:@@feedback.problem.alreadyRated:这次办理已经评价过了。每次办理只能评价一次。`;
    case '/problems/invalid-transition':
      return $localize`:@@feedback.problem.invalidTransition:这件事现在不能这样更改，可能您已经回答过了。请刷新后查看最新进度。`;
    case '/problems/validation':
      return $localize`:@@feedback.problem.validation:请修改下面标出的内容后再提交。`;
  }
  if (problem.status === 404) {
    return $localize`:@@feedback.problem.notFound:没有找到与这个查询码和手机号码相符的记录。请核对后重新输入。`;
  }
  if (problem.status === 429) {
    return $localize`:@@feedback.problem.rateLimited:尝试次数太多，请稍等几分钟再试。`;
  }
  if (problem.type === '/problems/unreachable' || [0, 502, 503, 504].includes(problem.status)) {
    return $localize`:@@feedback.problem.unreachable:暂时无法连接到服务，您填写的内容都已保留。请检查网络后重试。`;
  }
  return $localize`:@@feedback.problem.other:系统出现问题，您填写的内容都已保留。请稍后重试，或拨打 12345 政务服务便民热线。`;
}

interface RequestSlice {
  status: 'idle' | 'loading' | 'loaded' | 'error';
  error: Problem | null;
}

/**
 * A form page's errors: those the page found on submit, and those the server named in its
 * problem; the summary's items; a message when the server refused for no field in particular;
 * and the aria-describedby of each field.
 */
export function formErrors(found: Signal<readonly FeedbackField[]>, request: Signal<RequestSlice>) {
  const refusal = computed(() => {
    const slice = request();
    return slice.status === 'error' ? slice.error : null;
  });
  const errors = computed(
    (): ReadonlySet<FeedbackField> => new Set([...found(), ...problemFields(refusal())]),
  );
  return {
    errors,
    summary: computed(() => summaryItems(errors())),
    failure: computed(() => {
      const problem = refusal();
      return problem && problemFields(problem).length === 0 ? problemMessage(problem) : null;
    }),
    describedBy: (field: FeedbackField, ...others: string[]): string | null => {
      const ids = [...others, ...(errors().has(field) ? [`${field}-error`] : [])];
      return ids.length ? ids.join(' ') : null;
    },
  };
}
