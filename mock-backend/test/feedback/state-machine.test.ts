import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CaseStatus } from '../../../contract/feedback.ts';
import {
  canRespond,
  caseEvents,
  transition,
  type CaseActor,
  type CaseEvent,
} from '../../src/feedback/state-machine.ts';

const statuses: CaseStatus[] = ['received', 'in-review', 'replied', 'reopened', 'closed'];
const actors: CaseActor[] = ['citizen', 'staff', 'system'];

// The whole machine written out as a table, independently of caseRules: [from, event, by, to].
const legal: [CaseStatus, CaseEvent, CaseActor, CaseStatus][] = [
  ['received', 'start-review', 'staff', 'in-review'],
  ['reopened', 'start-review', 'staff', 'in-review'],
  ['in-review', 'reply', 'staff', 'replied'],
  ['replied', 'confirm-solved', 'citizen', 'closed'],
  ['replied', 'report-unsolved', 'citizen', 'reopened'],
  ['replied', 'close', 'staff', 'closed'],
  ['replied', 'close', 'system', 'closed'],
];
const citizenAnswers: CaseEvent[] = ['confirm-solved', 'report-unsolved'];

describe('the feedback case state machine', () => {
  for (const status of statuses) {
    for (const event of caseEvents) {
      for (const actor of actors) {
        for (const answered of [false, true]) {
          const row = legal.find(([f, e, a]) => f === status && e === event && a === actor);
          const allowed = row !== undefined && !(answered && citizenAnswers.includes(event));
          test(`${status} --${event} by ${actor}${answered ? ' (answered)' : ''}--> ${allowed ? row[3] : 'refused'}`, () => {
            const result = transition({ status, answered }, event, actor);
            if (allowed) {
              assert.deepEqual(result, {
                ok: true,
                from: status,
                to: row[3],
                answered: answered || citizenAnswers.includes(event),
              });
            } else {
              assert.equal(result.ok, false);
            }
          });
        }
      }
    }
  }

  test('a case is reopened once: after "not solved" and a second reply, the citizen cannot answer again', () => {
    let state = { status: 'replied' as CaseStatus, answered: false };
    const step = (event: CaseEvent, actor: CaseActor) => {
      const result = transition(state, event, actor);
      assert.ok(result.ok, `${event} from ${state.status}`);
      state = { status: result.to, answered: result.answered };
    };
    step('report-unsolved', 'citizen');
    assert.equal(state.status, 'reopened');
    step('start-review', 'staff');
    step('reply', 'staff');
    assert.equal(canRespond(state), false);
    assert.deepEqual(transition(state, 'report-unsolved', 'citizen'), {
      ok: false,
      refusal: 'already-answered',
    });
    step('close', 'system');
    assert.equal(state.status, 'closed');
  });

  test('the refusal says why', () => {
    assert.deepEqual(transition({ status: 'received', answered: false }, 'reply', 'citizen'), {
      ok: false,
      refusal: 'wrong-actor',
    });
    assert.deepEqual(transition({ status: 'received', answered: false }, 'reply', 'staff'), {
      ok: false,
      refusal: 'illegal-transition',
    });
  });
});
