import type { CaseStatus } from '../../../contract/feedback.ts';

/**
 * The one state machine every status change of a feedback case goes through: staff review and
 * reply, the citizen says once whether the reply solved the problem, and "not solved" sends the
 * case back to review. Pure: the repository applies the answer in one conditional UPDATE.
 */
export type CaseEvent = 'start-review' | 'reply' | 'confirm-solved' | 'report-unsolved' | 'close';
export type CaseActor = 'citizen' | 'staff' | 'system';

export interface CaseState {
  status: CaseStatus;
  /** The citizen has said whether the reply solved it; they may say so only once. */
  answered: boolean;
}

interface Rule {
  from: readonly CaseStatus[];
  to: CaseStatus;
  by: readonly CaseActor[];
  /** The citizen's one answer to a reply. */
  answers?: boolean;
}

export const caseRules: Readonly<Record<CaseEvent, Rule>> = {
  'start-review': { from: ['received', 'reopened'], to: 'in-review', by: ['staff'] },
  reply: { from: ['in-review'], to: 'replied', by: ['staff'] },
  'confirm-solved': { from: ['replied'], to: 'closed', by: ['citizen'], answers: true },
  'report-unsolved': { from: ['replied'], to: 'reopened', by: ['citizen'], answers: true },
  // A reply the citizen never answers is closed by staff or, later, by a sweep.
  close: { from: ['replied'], to: 'closed', by: ['staff', 'system'] },
};

export const caseEvents = Object.keys(caseRules) as CaseEvent[];

export type TransitionRefusal = 'illegal-transition' | 'wrong-actor' | 'already-answered';

export type Transition =
  | { ok: true; from: CaseStatus; to: CaseStatus; answered: boolean }
  | { ok: false; refusal: TransitionRefusal };

export function transition(state: CaseState, event: CaseEvent, actor: CaseActor): Transition {
  const rule = caseRules[event];
  if (!rule.by.includes(actor)) return { ok: false, refusal: 'wrong-actor' };
  if (!rule.from.includes(state.status)) return { ok: false, refusal: 'illegal-transition' };
  if (rule.answers && state.answered) return { ok: false, refusal: 'already-answered' };
  return {
    ok: true,
    from: state.status,
    to: rule.to,
    answered: state.answered || rule.answers === true,
  };
}

/** Whether the citizen may now say whether the reply solved the problem. */
export function canRespond(state: CaseState): boolean {
  return transition(state, 'confirm-solved', 'citizen').ok;
}
