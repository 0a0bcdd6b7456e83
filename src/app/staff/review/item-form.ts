import type { Problem } from '@contract/problem';
import type { FollowUpOutcome } from '@contract/staff';
import type { ChangeAction } from './data/review-client';
import {
  NOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  REPLY_MAX_LENGTH,
} from '@contract/constants/staff-limits';
import { characterLength } from '../../shared/character-count/character-count';
import type { ItemDraft } from './item-drafts';

/** The controls of the item page's forms; each is also the id of its control. */
export type ItemField =
  | 'assignee'
  | 'note'
  | 'verify-valid'
  | 'verify-reason'
  | 'fix-outcome'
  | 'fix-text'
  | 'follow-up-outcome'
  | 'follow-up-note'
  | 'reply'
  | 'hide-reason';

/** The choices beside the drafts' texts, as the radios and select give them; '' until chosen. */
export interface ItemChoices {
  assignee: string;
  verifyValid: string;
  fixOutcome: string;
  followUpOutcome: string;
}

export const FOLLOW_UP_OUTCOMES: readonly FollowUpOutcome[] = [
  'satisfied',
  'not-satisfied',
  'not-reached',
];
const FIX_OUTCOMES = ['fixed', 'explained'] as const;

export const NO_CHOICES: ItemChoices = {
  assignee: '',
  verifyValid: '',
  fixOutcome: '',
  followUpOutcome: '',
};

export function fieldText(field: ItemField): string {
  switch (field) {
    case 'assignee':
      return $localize`:@@staff.item.error.assignee:选择负责人`;
    case 'note':
      return $localize`:@@staff.item.error.note:写下备注内容，不超过 2,000 个字`;
    case 'verify-valid':
      return $localize`:@@staff.item.error.verifyValid:选择这条差评是否属实`;
    case 'verify-reason':
      return $localize`:@@staff.item.error.verifyReason:写下核实的理由，不超过 500 个字`;
    case 'fix-outcome':
      return $localize`:@@staff.item.error.fixOutcome:选择已经整改还是作出说明`;
    case 'fix-text':
      return $localize`:@@staff.item.error.fixText:写下整改或说明的内容，不超过 2,000 个字`;
    case 'follow-up-outcome':
      return $localize`:@@staff.item.error.followUpOutcome:选择回访结果`;
    case 'follow-up-note':
      return $localize`:@@staff.item.error.followUpNote:回访记录不能超过 2,000 个字`;
    case 'reply':
      return $localize`:@@staff.item.error.reply:写下答复内容，不超过 4,000 个字`;
    case 'hide-reason':
      return $localize`:@@staff.item.error.hideReason:写下屏蔽的理由，不超过 500 个字`;
  }
}

/** The fields in the order the page shows them, which the error summary follows. */
export const ITEM_FIELDS: readonly ItemField[] = [
  'assignee',
  'verify-valid',
  'verify-reason',
  'fix-outcome',
  'fix-text',
  'follow-up-outcome',
  'follow-up-note',
  'reply',
  'note',
  'hide-reason',
];

/** Each field's message, as FormErrors takes them. */
export function fieldErrors(fields: readonly ItemField[]): Partial<Record<ItemField, string>> {
  return Object.fromEntries(fields.map((field) => [field, fieldText(field)]));
}

/** Text that must hold more than white space, within the server's limit. */
function written(text: string, max: number): boolean {
  return text.trim() !== '' && characterLength(text) <= max;
}

/** An action's request body and the fields it found wrong (then the body is null). */
export interface Prepared {
  body: object | null;
  errors: ItemField[];
}

/**
 * What the form of one action sends, from the page's draft and choices. The server checks it
 * all again; this spares the reviewer a round trip for an empty field.
 */
export function prepare(action: ChangeAction, draft: ItemDraft, choices: ItemChoices): Prepared {
  const errors: ItemField[] = [];
  let body: object | null = null;
  switch (action) {
    case 'assign':
      // '-' stands for "nobody": unassigning is a choice, not a missing answer.
      if (!choices.assignee) errors.push('assignee');
      body = { assignee: choices.assignee === '-' ? null : choices.assignee };
      break;
    case 'note':
      if (!written(draft.note, NOTE_MAX_LENGTH)) errors.push('note');
      body = { text: draft.note.trim() };
      break;
    case 'verify':
      if (choices.verifyValid !== 'valid' && choices.verifyValid !== 'not-valid') {
        errors.push('verify-valid');
      }
      if (!written(draft.verifyReason, REASON_MAX_LENGTH)) errors.push('verify-reason');
      body = { valid: choices.verifyValid === 'valid', reason: draft.verifyReason.trim() };
      break;
    case 'fix':
      if (!FIX_OUTCOMES.some((o) => o === choices.fixOutcome)) errors.push('fix-outcome');
      if (!written(draft.fixText, NOTE_MAX_LENGTH)) errors.push('fix-text');
      body = { outcome: choices.fixOutcome, text: draft.fixText.trim() };
      break;
    case 'follow-up':
      if (!FOLLOW_UP_OUTCOMES.some((o) => o === choices.followUpOutcome)) {
        errors.push('follow-up-outcome');
      }
      if (characterLength(draft.followUpNote) > NOTE_MAX_LENGTH) errors.push('follow-up-note');
      body = { outcome: choices.followUpOutcome, note: draft.followUpNote.trim() };
      break;
    case 'reply':
      if (!written(draft.reply, REPLY_MAX_LENGTH)) errors.push('reply');
      body = { text: draft.reply.trim() };
      break;
    case 'hide':
      if (!written(draft.hideReason, REASON_MAX_LENGTH)) errors.push('hide-reason');
      body = { reason: draft.hideReason.trim() };
      break;
    case 'claim':
    case 'start-review':
    case 'close':
    case 'unhide':
      break;
  }
  return { body: errors.length ? null : body, errors };
}

/** The draft texts an action used, emptied once the server accepted it. */
export function sentDraft(action: ChangeAction, draft: ItemDraft): ItemDraft {
  switch (action) {
    case 'note':
      return { ...draft, note: '' };
    case 'verify':
      return { ...draft, verifyReason: '' };
    case 'fix':
      return { ...draft, fixText: '' };
    case 'follow-up':
      return { ...draft, followUpNote: '' };
    case 'reply':
      return { ...draft, reply: '' };
    case 'hide':
      return { ...draft, hideReason: '' };
    default:
      return draft;
  }
}

/** The field a 400 for an action points at, so the message lands next to the right control. */
export function refusedFields(action: ChangeAction, problem: Problem): ItemField[] {
  if (problem.status !== 400 || !problem.errors?.length) return [];
  const fields: Partial<Record<ChangeAction, ItemField>> = {
    assign: 'assignee',
    note: 'note',
    verify: 'verify-reason',
    fix: 'fix-text',
    'follow-up': 'follow-up-note',
    reply: 'reply',
    hide: 'hide-reason',
  };
  const field = fields[action];
  return field ? [field] : [];
}

/** What went wrong with a change as a whole, in the page's language. */
export function problemText(problem: Problem): string {
  switch (problem.type) {
    case '/problems/invalid-transition':
      return $localize`:@@staff.item.problem.invalidTransition:这个事项现在不能这样处理。页面已刷新为最新状态，请查看后再操作。`;
    case '/problems/forbidden':
      return $localize`:@@staff.item.problem.forbidden:您没有权限进行这个操作。`;
    case '/problems/validation':
      return $localize`:@@staff.item.problem.validation:请修改下面标出的内容后再提交。`;
  }
  if (problem.status === 404) {
    return $localize`:@@staff.item.problem.notFound:没有找到这个事项，或者它不属于您的部门。`;
  }
  if (problem.status === 401) {
    return $localize`:@@staff.item.problem.signedOut:您已退出登录。您填写的内容已保留，请重新登录后继续。`;
  }
  if (problem.type === '/problems/unreachable' || [0, 502, 503, 504].includes(problem.status)) {
    return $localize`:@@staff.item.problem.unreachable:暂时无法连接到服务，您填写的内容都已保留。请检查网络后重试。`;
  }
  return $localize`:@@staff.item.problem.other:系统出现问题，您填写的内容都已保留。请稍后重试。`;
}
