import type { CaseStatus, RatingLevel, RatingReason } from '@contract/feedback';
import type {
  FollowUpOutcome,
  ItemAction,
  ReviewItemKind,
  ReviewItemSummary,
} from '@contract/staff';

/**
 * Names of the contract's codes on staff pages, in the page's language. The citizen pages have
 * their own wording (feedback-text.ts); staff read the officials' terms (差评, 回访).
 */

export function kindText(kind: ReviewItemKind): string {
  switch (kind) {
    case 'complaint':
      return $localize`:@@staff.queue.kind.complaint:投诉`;
    case 'suggestion':
      return $localize`:@@staff.queue.kind.suggestion:建议`;
    case 'praise':
      return $localize`:@@staff.queue.kind.praise:表扬`;
    case 'question':
      return $localize`:@@staff.queue.kind.question:咨询`;
    case 'negative-rating':
      return $localize`:@@staff.queue.kind.negativeRating:差评`;
    case 'low-rating':
      return $localize`:@@staff.queue.kind.lowRating:基本满意评价`;
  }
}

export function statusText(status: CaseStatus): string {
  switch (status) {
    case 'received':
      return $localize`:@@staff.queue.status.received:待处理`;
    case 'in-review':
      return $localize`:@@staff.queue.status.inReview:处理中`;
    case 'replied':
      return $localize`:@@staff.queue.status.replied:已答复`;
    case 'reopened':
      return $localize`:@@staff.queue.status.reopened:重新处理`;
    case 'closed':
      return $localize`:@@staff.queue.status.closed:已办结`;
  }
}

export function levelText(level: RatingLevel): string {
  switch (level) {
    case 'very-satisfied':
      return $localize`:@@staff.queue.level.verySatisfied:非常满意`;
    case 'satisfied':
      return $localize`:@@staff.queue.level.satisfied:满意`;
    case 'basically-satisfied':
      return $localize`:@@staff.queue.level.basicallySatisfied:基本满意`;
    case 'dissatisfied':
      return $localize`:@@staff.queue.level.dissatisfied:不满意`;
    case 'very-dissatisfied':
      return $localize`:@@staff.queue.level.veryDissatisfied:非常不满意`;
  }
}

export function reasonText(reason: RatingReason): string {
  switch (reason) {
    case 'materials-unclear':
      return $localize`:@@staff.item.reason.materialsUnclear:材料要求说得不清楚`;
    case 'come-back-again':
      return $localize`:@@staff.item.reason.comeBackAgain:被要求再跑一次`;
    case 'long-wait':
      return $localize`:@@staff.item.reason.longWait:等候时间太长`;
    case 'attitude':
      return $localize`:@@staff.item.reason.attitude:工作人员态度不好`;
    case 'system-fault':
      return $localize`:@@staff.item.reason.systemFault:系统故障`;
    case 'other':
      return $localize`:@@staff.item.reason.other:其他原因`;
  }
}

export function outcomeText(outcome: FollowUpOutcome): string {
  switch (outcome) {
    case 'satisfied':
      return $localize`:@@staff.item.followUp.satisfied:已联系，群众满意`;
    case 'not-satisfied':
      return $localize`:@@staff.item.followUp.notSatisfied:已联系，群众仍不满意`;
    case 'not-reached':
      return $localize`:@@staff.item.followUp.notReached:三次未接通或没有留号码`;
  }
}

export function fixText(outcome: 'fixed' | 'explained'): string {
  return outcome === 'fixed'
    ? $localize`:@@staff.item.fix.fixed:已整改`
    : $localize`:@@staff.item.fix.explained:无需整改，已作说明`;
}

/** The buttons that need no form: one press, one request. */
export type ButtonAction = Extract<ItemAction, 'claim' | 'start-review' | 'close' | 'unhide'>;

export function buttonText(action: ButtonAction): string {
  switch (action) {
    case 'claim':
      return $localize`:@@staff.item.action.claim:认领`;
    case 'start-review':
      return $localize`:@@staff.item.action.startReview:开始处理`;
    case 'close':
      return $localize`:@@staff.item.action.close:办结`;
    case 'unhide':
      return $localize`:@@staff.item.action.unhide:取消屏蔽`;
  }
}

/**
 * How long is left to answer, in words, so the queue does not rely on colour: "3 working days
 * left", "due today", "overdue by 2 working days"; null once replied or closed.
 */
export function workingDaysLabel(
  item: Pick<ReviewItemSummary, 'workingDaysLeft' | 'overdue'>,
): string | null {
  const left = item.workingDaysLeft;
  if (left === null) return null;
  if (item.overdue || left < 0) {
    const late = Math.max(1, -left);
    return late === 1
      ? $localize`:@@staff.queue.overdueOne:已超期 1 个工作日`
      : $localize`:@@staff.queue.overdueMany:已超期 ${late}:count: 个工作日`;
  }
  if (left === 0) return $localize`:@@staff.queue.dueToday:今天到期`;
  return left === 1
    ? $localize`:@@staff.queue.leftOne:还剩 1 个工作日`
    : $localize`:@@staff.queue.leftMany:还剩 ${left}:count: 个工作日`;
}
