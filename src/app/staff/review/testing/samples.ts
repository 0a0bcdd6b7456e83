import type { ReviewItem, ReviewQueue } from '@contract/staff';

const WANG = { userName: 'wang.min', displayName: '王敏' };

/** A negative rating at its first 好差评 step, with markup in what the citizen wrote. */
export const ITEM: ReviewItem = {
  id: 'c12',
  kind: 'negative-rating',
  status: 'in-review',
  level: 'very-dissatisfied',
  service: { code: 'GJJ-TQ-001', name: { zh: '住房公积金提取', en: 'Housing fund withdrawal' } },
  hall: null,
  department: { id: 'gjj', name: { zh: '住房公积金中心', en: 'Housing Provident Fund Centre' } },
  assignee: WANG,
  receivedAt: '2026-09-10T02:00:00.000Z',
  answerBy: '2026-09-17',
  workingDaysLeft: 2,
  overdue: false,
  step: 'verify',
  excerpt: '<script>alert(1)</script> 排队两个小时',
  hidden: false,
  version: 3,
  trackingCode: 'K7QM-3XPD-9HTW',
  acknowledgeBy: '2026-09-11',
  whatHappened: '<script>alert(1)</script> 排队两个小时',
  wanted: null,
  reasons: ['long-wait'],
  name: null,
  mobile: '138****5678',
  locale: 'zh-CN',
  history: [{ at: '2026-09-10T02:00:00.000Z', from: null, to: 'received', by: 'citizen' }],
  notes: [],
  reply: null,
  solved: null,
  workflow: {
    verification: { dueBy: '2026-09-11', done: null },
    fix: { dueBy: null, done: null },
    followUp: { dueBy: null, done: null },
  },
  moderation: null,
  actions: ['note', 'verify', 'reveal-mobile'],
};

export const QUEUE: ReviewQueue = {
  items: [ITEM],
  total: 1,
  page: 1,
  pageSize: 20,
  counts: { received: 0, 'in-review': 1, replied: 0, reopened: 0, closed: 0 },
};
