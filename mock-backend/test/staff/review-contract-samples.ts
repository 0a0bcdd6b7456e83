import type { FastifyInstance } from 'fastify';
import { signInAs, type SignedIn } from '../staff-session.ts';

/** A request for response-contract.test.ts, in its Sample shape. */
interface ReviewSample {
  method?: 'GET' | 'POST';
  url: string;
  payload?: unknown;
  headers?: () => Record<string, string>;
  status: number;
}

// Sessions of their own: the account samples change passwords and end sessions of others.
const sessions = new Map<string, SignedIn>();
const people = ['wang.min', 'zhao.lei', 'zhou.yan'] as const;

export async function signInReviewersForSamples(app: FastifyInstance): Promise<void> {
  for (const userName of people) sessions.set(userName, await signInAs(app, userName));
}

const as = (userName: (typeof people)[number], version?: number) => (): Record<string, string> => ({
  'content-type': 'application/json',
  ...sessions.get(userName)!.headers,
  ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
});
/** Without a body, so without a content type (a JSON one with no body is malformed). */
const bodiless =
  (userName: (typeof people)[number], version?: number): (() => Record<string, string>) =>
  () => ({
    ...sessions.get(userName)!.headers,
    ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
  });

/**
 * The review routes' samples, on the seeded items of seed/review.ts, in order: each change's
 * If-Match names the version the one before left (c9002 and c9003 start at 1 and 2).
 */
export const reviewSamples: Record<string, ReviewSample[]> = {
  'GET /api/staff/items': [
    { url: '/api/staff/items?due=overdue&sort=-received', headers: as('wang.min'), status: 200 },
    {
      url: `/api/staff/items?q=${encodeURIComponent('排队')}`,
      headers: as('zhao.lei'),
      status: 200,
    },
    { url: '/api/staff/items?department=gaj', headers: as('wang.min'), status: 403 },
    { url: '/api/staff/items?pageSize=1000', headers: as('wang.min'), status: 400 },
    { url: '/api/staff/items', status: 401 },
  ],
  'GET /api/staff/review/export.csv': [
    { url: '/api/staff/review/export.csv?due=overdue', headers: bodiless('wang.min'), status: 200 },
    { url: '/api/staff/review/export.csv?department=gaj', headers: as('wang.min'), status: 403 },
    { url: '/api/staff/review/export.csv?sort=best', headers: as('wang.min'), status: 400 },
    { url: '/api/staff/review/export.csv', status: 401 },
  ],
  'GET /api/staff/items/:id': [
    { url: '/api/staff/items/c9003', headers: as('wang.min'), status: 200 },
    { url: '/api/staff/items/c9003', headers: as('zhou.yan'), status: 404 },
  ],
  'POST /api/staff/items/:id/claim': [
    {
      method: 'POST',
      url: '/api/staff/items/c9002/claim',
      headers: bodiless('wang.min', 1),
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/items/c9002/claim',
      headers: bodiless('wang.min'),
      status: 428,
    },
  ],
  'POST /api/staff/items/:id/assign': [
    {
      method: 'POST',
      url: '/api/staff/items/c9002/assign',
      headers: as('zhao.lei', 2),
      payload: { assignee: 'li.qiang' },
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/items/c9002/assign',
      headers: as('wang.min', 3),
      payload: { assignee: null },
      status: 403,
    },
  ],
  'POST /api/staff/items/:id/notes': [
    {
      method: 'POST',
      url: '/api/staff/items/c9003/notes',
      headers: as('wang.min', 2),
      payload: { text: '已联系窗口核对材料清单。' },
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/items/c9003/notes',
      headers: as('wang.min', 2),
      payload: { text: '过期的版本' },
      status: 412,
    },
    {
      method: 'POST',
      url: '/api/staff/items/c9003/notes',
      headers: as('wang.min', 3),
      payload: { text: '   ' },
      status: 400,
    },
  ],
  'POST /api/staff/items/:id/start-review': [
    {
      method: 'POST',
      url: '/api/staff/items/c9002/start-review',
      headers: bodiless('zhao.lei', 3),
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/items/c9002/start-review',
      headers: bodiless('zhao.lei', 4),
      status: 409,
    },
  ],
  'POST /api/staff/items/:id/verify': [
    {
      method: 'POST',
      url: '/api/staff/items/c9002/verify',
      headers: as('zhao.lei', 4),
      payload: { valid: true, reason: '核实属实' },
      status: 200,
    },
  ],
  'POST /api/staff/items/:id/fix': [
    {
      method: 'POST',
      url: '/api/staff/items/c9003/fix',
      headers: as('wang.min', 3),
      payload: { outcome: 'fixed', text: '已更正材料清单。' },
      status: 200,
    },
  ],
  'POST /api/staff/items/:id/follow-up': [
    {
      method: 'POST',
      url: '/api/staff/items/c9003/follow-up',
      headers: as('wang.min', 4),
      payload: { outcome: 'satisfied', note: '' },
      status: 200,
    },
  ],
  'POST /api/staff/items/:id/reply': [
    {
      method: 'POST',
      url: '/api/staff/items/c9003/reply',
      headers: as('wang.min', 5),
      payload: { text: '您好，材料清单已更正，感谢您的反馈。' },
      status: 200,
    },
  ],
  'POST /api/staff/items/:id/close': [
    {
      method: 'POST',
      url: '/api/staff/items/c9003/close',
      headers: bodiless('wang.min', 6),
      status: 200,
    },
  ],
  'POST /api/staff/items/:id/hide': [
    {
      method: 'POST',
      url: '/api/staff/items/c9005/hide',
      headers: as('zhao.lei', 1),
      payload: { reason: '含脚本代码' },
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/items/c9005/hide',
      headers: as('wang.min', 2),
      payload: { reason: '含脚本代码' },
      status: 403,
    },
  ],
  'POST /api/staff/items/:id/unhide': [
    {
      method: 'POST',
      url: '/api/staff/items/c9005/unhide',
      headers: bodiless('zhao.lei', 2),
      status: 200,
    },
  ],
  'POST /api/staff/items/:id/reveal-mobile': [
    {
      method: 'POST',
      url: '/api/staff/items/c9001/reveal-mobile',
      headers: bodiless('zhao.lei'),
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/items/c9002/reveal-mobile',
      headers: bodiless('zhao.lei'),
      status: 404,
    },
  ],
  'GET /api/staff/items/:id/audit': [
    { url: '/api/staff/items/c9003/audit', headers: as('zhao.lei'), status: 200 },
    { url: '/api/staff/items/c9003/audit', headers: as('wang.min'), status: 403 },
  ],
};
