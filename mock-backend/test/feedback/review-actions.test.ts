import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allowedActions,
  canSee,
  type ItemFacts,
  type Viewer,
} from '../../src/feedback/review-actions.ts';

const wang: Viewer = { accountId: 2, role: 'reviewer', departmentId: 'gjj' };
const li: Viewer = { accountId: 3, role: 'reviewer', departmentId: 'gjj' };
const zhao: Viewer = { accountId: 4, role: 'supervisor', departmentId: 'gjj' };
const chen: Viewer = { accountId: 5, role: 'reviewer', departmentId: 'gaj' };
const sun: Viewer = { accountId: 6, role: 'supervisor', departmentId: 'gaj' };
const admin: Viewer = { accountId: 1, role: 'admin', departmentId: null };

const item = (facts: Partial<ItemFacts> = {}): ItemFacts => ({
  kind: 'negative-rating',
  status: 'received',
  answered: false,
  valid: null,
  fixed: false,
  followedUp: false,
  departmentId: 'gjj',
  assigneeId: null,
  hidden: false,
  hasText: true,
  hasMobile: true,
  ...facts,
});

describe('who may see and do what to a review item', () => {
  test('another department’s item is invisible, to reviewers and supervisors alike', () => {
    assert.equal(canSee(chen, item()), false);
    assert.equal(canSee(sun, item()), false);
    assert.deepEqual(allowedActions(sun, item()), []);
    assert.equal(canSee(admin, item()), true);
    assert.equal(canSee(wang, item()), true);
  });

  test('a reviewer claims or notes an unassigned item, and works nothing before claiming it', () => {
    assert.deepEqual(allowedActions(wang, item()), ['claim', 'note']);
  });

  test('a reviewer works the item assigned to them through the state machine', () => {
    assert.deepEqual(allowedActions(wang, item({ assigneeId: 2 })), [
      'note',
      'start-review',
      'reveal-mobile',
    ]);
    assert.deepEqual(allowedActions(wang, item({ assigneeId: 2, status: 'in-review' })), [
      'note',
      'verify',
      'reveal-mobile',
    ]);
  });

  test('a colleague’s item is read-only to a reviewer', () => {
    assert.deepEqual(allowedActions(li, item({ assigneeId: 2, status: 'in-review' })), []);
  });

  test('a supervisor assigns, works, moderates and reads the audit of any item of the department', () => {
    assert.deepEqual(allowedActions(zhao, item({ assigneeId: 2, status: 'in-review' })), [
      'assign',
      'note',
      'verify',
      'hide',
      'reveal-mobile',
      'read-audit',
    ]);
    assert.deepEqual(allowedActions(zhao, item({ hidden: true, status: 'closed' })), [
      'note',
      'unhide',
      'reveal-mobile',
      'read-audit',
    ]);
  });

  test('an admin works every department but claims nothing', () => {
    assert.deepEqual(allowedActions(admin, item()), [
      'assign',
      'note',
      'start-review',
      'hide',
      'reveal-mobile',
      'read-audit',
    ]);
  });

  test('a low rating is closed from received; nothing to reveal without a mobile', () => {
    assert.deepEqual(
      allowedActions(wang, item({ kind: 'low-rating', assigneeId: 2, hasMobile: false })),
      ['note', 'close'],
    );
  });

  test('nothing to hide when the citizen wrote nothing', () => {
    assert.ok(!allowedActions(zhao, item({ hasText: false })).includes('hide'));
  });
});
