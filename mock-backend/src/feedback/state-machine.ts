import type { CaseKind, CaseStatus } from '../../../contract/feedback.ts';

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

// ---------------------------------------------------------------------------------------------
// Staff work on a review item: the case machine above plus the 好差评 order of a negative rating
// and the low-rating item (a 基本满意 rating: read, then closed). Every staff status change and
// every 好差评 step is decided here.

export type ReviewKind = CaseKind | 'low-rating';
export type RatingStep = 'verify' | 'fix' | 'follow-up' | 'reply';
export type ReviewEvent = 'start-review' | 'verify' | 'fix' | 'follow-up' | 'reply' | 'close';
export const reviewEvents: readonly ReviewEvent[] = [
  'start-review',
  'verify',
  'fix',
  'follow-up',
  'reply',
  'close',
];

export interface ReviewState {
  kind: ReviewKind;
  status: CaseStatus;
  answered: boolean;
  /** 好差评 of a negative rating: null until verified, then whether the rating was valid. */
  valid: boolean | null;
  fixed: boolean;
  followedUp: boolean;
}

/**
 * The next 好差评 step of a negative rating under review, or null (another kind, or not in
 * review). A rating verified as not valid needs no fix or follow-up call, only the reply
 * explaining why.
 */
export function nextStep(state: ReviewState): RatingStep | null {
  if (state.kind !== 'negative-rating' || state.status === 'closed') return null;
  if (state.valid === null) return 'verify';
  if (state.valid && !state.fixed) return 'fix';
  if (state.valid && !state.followedUp) return 'follow-up';
  return state.status === 'replied' ? null : 'reply';
}

export type ReviewRefusal = TransitionRefusal | 'out-of-order' | 'wrong-kind';

export type ReviewTransition =
  | { ok: true; from: CaseStatus; to: CaseStatus }
  | { ok: false; refusal: ReviewRefusal };

const stepEvents: Partial<Record<ReviewEvent, RatingStep>> = {
  verify: 'verify',
  fix: 'fix',
  'follow-up': 'follow-up',
};

/** Whether staff may cause `event` on the item now, and the status it leads to. */
export function reviewTransition(state: ReviewState, event: ReviewEvent): ReviewTransition {
  if (state.kind === 'low-rating') {
    // Nothing to answer: a low rating is read and closed.
    if (event !== 'close') return { ok: false, refusal: 'wrong-kind' };
    return state.status === 'received'
      ? { ok: true, from: state.status, to: 'closed' }
      : { ok: false, refusal: 'illegal-transition' };
  }
  const step = stepEvents[event];
  if (step !== undefined) {
    if (state.kind !== 'negative-rating') return { ok: false, refusal: 'wrong-kind' };
    if (state.status !== 'in-review') return { ok: false, refusal: 'illegal-transition' };
    if (nextStep(state) !== step) return { ok: false, refusal: 'out-of-order' };
    return { ok: true, from: state.status, to: state.status };
  }
  const caseEvent = event as Exclude<ReviewEvent, 'verify' | 'fix' | 'follow-up'>;
  if (
    caseEvent === 'reply' &&
    state.kind === 'negative-rating' &&
    state.status === 'in-review' &&
    nextStep(state) !== 'reply'
  ) {
    return { ok: false, refusal: 'out-of-order' };
  }
  const result = transition(state, caseEvent, 'staff');
  return result.ok ? { ok: true, from: result.from, to: result.to } : result;
}
