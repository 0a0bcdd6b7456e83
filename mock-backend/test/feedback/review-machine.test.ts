import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CaseStatus } from '../../../contract/feedback.ts';
import {
  nextStep,
  reviewEvents,
  reviewTransition,
  type ReviewEvent,
  type ReviewKind,
  type ReviewState,
} from '../../src/feedback/state-machine.ts';

const statuses: CaseStatus[] = ['received', 'in-review', 'replied', 'reopened', 'closed'];
const caseKinds: ReviewKind[] = ['complaint', 'suggestion', 'praise', 'question'];

/** 好差评 progress of a negative rating: [valid, fixed, followedUp]. */
type Progress = [boolean | null, boolean, boolean];
const progresses: Progress[] = [
  [null, false, false],
  [true, false, false],
  [true, true, false],
  [true, true, true],
  [false, false, false],
];

/**
 * The legal staff transitions written out independently of the machine: for a case of any kind
 * but a negative rating, and for a negative rating given its 好差评 progress.
 */
function expected(state: ReviewState, event: ReviewEvent): CaseStatus | 'refused' {
  const { kind, status } = state;
  if (kind === 'low-rating')
    return event === 'close' && status === 'received' ? 'closed' : 'refused';
  const negative = kind === 'negative-rating';
  const [valid, fixed, followedUp] = [state.valid, state.fixed, state.followedUp];
  const readyToReply = !negative || valid === false || (valid === true && fixed && followedUp);
  switch (event) {
    case 'start-review':
      return status === 'received' || status === 'reopened' ? 'in-review' : 'refused';
    case 'verify':
      return negative && status === 'in-review' && valid === null ? status : 'refused';
    case 'fix':
      return negative && status === 'in-review' && valid === true && !fixed ? status : 'refused';
    case 'follow-up':
      return negative && status === 'in-review' && valid === true && fixed && !followedUp
        ? status
        : 'refused';
    case 'reply':
      return status === 'in-review' && readyToReply ? 'replied' : 'refused';
    case 'close':
      return status === 'replied' ? 'closed' : 'refused';
  }
}

const states: ReviewState[] = [
  ...caseKinds.flatMap((kind) =>
    statuses.map((status) => ({
      kind,
      status,
      answered: false,
      valid: null,
      fixed: false,
      followedUp: false,
    })),
  ),
  ...progresses.flatMap(([valid, fixed, followedUp]) =>
    statuses.map((status) => ({
      kind: 'negative-rating' as const,
      status,
      answered: false,
      valid,
      fixed,
      followedUp,
    })),
  ),
  ...statuses.map((status) => ({
    kind: 'low-rating' as const,
    status,
    answered: false,
    valid: null,
    fixed: false,
    followedUp: false,
  })),
];

describe('staff transitions of a review item', () => {
  for (const state of states) {
    for (const event of reviewEvents) {
      const to = expected(state, event);
      const progress =
        state.kind === 'negative-rating'
          ? ` (valid ${String(state.valid)}, fixed ${state.fixed}, followed up ${state.followedUp})`
          : '';
      test(`${state.kind} ${state.status}${progress} --${event}--> ${to}`, () => {
        const result = reviewTransition(state, event);
        if (to === 'refused') assert.equal(result.ok, false);
        else assert.deepEqual(result, { ok: true, from: state.status, to });
      });
    }
  }

  test('好差评 order: no fix before verify, no reply before the follow-up call', () => {
    const base: ReviewState = {
      kind: 'negative-rating',
      status: 'in-review',
      answered: false,
      valid: null,
      fixed: false,
      followedUp: false,
    };
    assert.deepEqual(reviewTransition(base, 'fix'), { ok: false, refusal: 'out-of-order' });
    assert.deepEqual(reviewTransition(base, 'reply'), { ok: false, refusal: 'out-of-order' });
    const fixed = { ...base, valid: true, fixed: true };
    assert.deepEqual(reviewTransition(fixed, 'reply'), { ok: false, refusal: 'out-of-order' });
    assert.equal(nextStep(fixed), 'follow-up');
    assert.equal(nextStep({ ...fixed, followedUp: true }), 'reply');
    assert.equal(nextStep({ ...fixed, followedUp: true, status: 'replied' }), null);
  });

  test('a rating verified as not valid goes straight to the reply that explains why', () => {
    const state: ReviewState = {
      kind: 'negative-rating',
      status: 'in-review',
      answered: false,
      valid: false,
      fixed: false,
      followedUp: false,
    };
    assert.equal(nextStep(state), 'reply');
    assert.deepEqual(reviewTransition(state, 'fix'), { ok: false, refusal: 'out-of-order' });
    assert.deepEqual(reviewTransition(state, 'reply'), {
      ok: true,
      from: 'in-review',
      to: 'replied',
    });
  });

  test('the steps belong to negative ratings only', () => {
    const complaint: ReviewState = {
      kind: 'complaint',
      status: 'in-review',
      answered: false,
      valid: null,
      fixed: false,
      followedUp: false,
    };
    assert.deepEqual(reviewTransition(complaint, 'verify'), { ok: false, refusal: 'wrong-kind' });
    assert.equal(nextStep(complaint), null);
  });
});
