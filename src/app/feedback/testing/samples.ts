import type { Hall, ServiceSummary } from '@contract/catalogue';
import type {
  RatingReceipt,
  ResultsTable,
  SubmissionReceipt,
  TrackedCase,
} from '@contract/feedback';
import type { Problem } from '@contract/problem';

export const SERVICE: ServiceSummary = {
  code: 'GA-CRJ-001',
  name: { zh: '普通护照首次申领', en: 'Applying for your first passport' },
  summary: { zh: '护照', en: 'Passport' },
  departmentId: 'ga',
  audience: ['individual'],
  themeIds: ['travel'],
  onlineAvailable: false,
  visits: 1,
  promisedDays: 7,
  popularity: 10,
};

export const HALL: Hall = {
  id: 'city-hall',
  name: { zh: '市民中心', en: 'Citizen Centre' },
  district: { zh: '中区', en: 'Central' },
  address: { zh: '人民路 1 号', en: '1 Renmin Road' },
  phone: '0571-12345678',
  hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
  notes: { zh: '无', en: 'None' },
  accessible: true,
};

export const SUBMISSION_RECEIPT: SubmissionReceipt = {
  trackingCode: 'K7QM-3XPD-9HTW',
  kind: 'complaint',
  receivedAt: '2026-09-15T01:00:00.000Z',
  acknowledgeBy: '2026-09-16',
  answerBy: '2026-10-13',
};

export const NEGATIVE_RECEIPT: RatingReceipt = {
  receivedAt: '2026-09-15T01:00:00.000Z',
  level: 'dissatisfied',
  case: { trackingCode: 'AB23-CD45-EF67', acknowledgeBy: '2026-09-16', answerBy: '2026-09-29' },
};

export const TRACKED: TrackedCase = {
  trackingCode: 'K7QM-3XPD-9HTW',
  kind: 'complaint',
  status: 'replied',
  service: 'GA-CRJ-001',
  hall: null,
  receivedAt: '2026-09-15T01:00:00.000Z',
  acknowledgeBy: '2026-09-16',
  answerBy: '2026-10-13',
  whatHappened: '<script>alert(1)</script><img src=x onerror="alert(2)">',
  wanted: null,
  mobile: '138****5678',
  history: [
    { at: '2026-09-15T01:00:00.000Z', from: null, to: 'received', by: 'citizen' },
    { at: '2026-09-16T01:00:00.000Z', from: 'received', to: 'in-review', by: 'staff' },
    { at: '2026-09-20T01:00:00.000Z', from: 'in-review', to: 'replied', by: 'staff' },
  ],
  reply: { text: 'We have spoken to the hall.', at: '2026-09-20T01:00:00.000Z' },
  solved: null,
  canRespond: true,
  moderation: null,
};

export const RESULTS: ResultsTable = {
  by: 'service',
  period: { from: '2025-09-15', to: '2026-09-14' },
  rows: [
    {
      id: 'GA-CRJ-001',
      name: SERVICE.name,
      satisfaction: {
        published: true,
        ratings: 40,
        satisfiedShare: 0.9,
        distribution: [
          { level: 'very-satisfied', count: 20 },
          { level: 'satisfied', count: 10 },
          { level: 'basically-satisfied', count: 6 },
          { level: 'dissatisfied', count: 3 },
          { level: 'very-dissatisfied', count: 1 },
        ],
        fixedOnTimeShare: null,
      },
    },
    {
      id: 'RSJ-005',
      name: { zh: '社保', en: 'Social insurance' },
      satisfaction: { published: false },
    },
  ],
};

export const VALIDATION: Problem = {
  type: '/problems/validation',
  title: 'Bad Request',
  status: 400,
  errors: [{ path: '/body/mobile', message: 'must match pattern' }],
};

export const UNREACHABLE: Problem = { type: '/problems/unreachable', title: 'x', status: 0 };
