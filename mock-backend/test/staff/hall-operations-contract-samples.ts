import type { FastifyInstance } from 'fastify';
import { signInAs, type SignedIn } from '../staff-session.ts';

/** A request for response-contract.test.ts, in its Sample shape. */
interface HallOperationsSample {
  method?: 'GET' | 'POST' | 'PUT';
  url: string;
  payload?: unknown;
  headers?: () => Record<string, string>;
  status: number;
}

const sessions = new Map<string, SignedIn>();
const people = ['wu.fang', 'zhao.lei'] as const;

export async function signInHallOperationsForSamples(app: FastifyInstance): Promise<void> {
  for (const userName of people) sessions.set(userName, await signInAs(app, userName));
}

const as = (userName: (typeof people)[number], version?: number) => (): Record<string, string> => ({
  'content-type': 'application/json',
  ...sessions.get(userName)!.headers,
  ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
});

// The response-contract test's clock is 2026-09-15; nanshan is already closed on 09-24 (seed).
const closure = {
  hall: 'linjiang',
  date: '2026-09-21',
  from: '13:30',
  to: '17:00',
  reason: { zh: '网络故障', en: 'Network outage' },
};

/** Closures and window capacity, in order: the second confirmation repeats the first. */
export const hallOperationsSamples: Record<string, HallOperationsSample[]> = {
  'POST /api/staff/closures/preview': [
    {
      method: 'POST',
      url: '/api/staff/closures/preview',
      headers: as('wu.fang'),
      payload: closure,
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/closures/preview',
      headers: as('wu.fang'),
      payload: { ...closure, to: undefined },
      status: 400,
    },
    {
      method: 'POST',
      url: '/api/staff/closures/preview',
      headers: as('zhao.lei'),
      payload: closure,
      status: 403,
    },
  ],
  'POST /api/staff/closures': [
    {
      method: 'POST',
      url: '/api/staff/closures',
      headers: as('wu.fang'),
      payload: closure,
      status: 201,
    },
    {
      method: 'POST',
      url: '/api/staff/closures',
      headers: as('wu.fang'),
      payload: closure,
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/closures',
      headers: as('wu.fang'),
      payload: { ...closure, date: '2026-09-01' },
      status: 400,
    },
  ],
  'GET /api/staff/closures': [
    { url: '/api/staff/closures', headers: as('wu.fang'), status: 200 },
    { url: '/api/staff/closures', headers: as('zhao.lei'), status: 403 },
  ],
  'GET /api/staff/halls/:hallId/windows': [
    { url: '/api/staff/halls/smzx/windows', headers: as('wu.fang'), status: 200 },
    { url: '/api/staff/halls/atlantis/windows', headers: as('wu.fang'), status: 404 },
  ],
  'PUT /api/staff/halls/:hallId/windows/:departmentId/capacity': [
    {
      method: 'PUT',
      url: '/api/staff/halls/smzx/windows/gaj/capacity',
      headers: as('wu.fang', 1),
      payload: { from: '2026-09-28', capacity: 4 },
      status: 200,
    },
    {
      method: 'PUT',
      url: '/api/staff/halls/smzx/windows/gaj/capacity',
      headers: as('wu.fang', 1),
      payload: { from: '2026-09-28', capacity: 4 },
      status: 412,
    },
    {
      method: 'PUT',
      url: '/api/staff/halls/smzx/windows/gaj/capacity',
      headers: as('wu.fang'),
      payload: { from: '2026-09-28', capacity: 4 },
      status: 428,
    },
    {
      method: 'PUT',
      url: '/api/staff/halls/smzx/windows/gaj/capacity',
      headers: as('wu.fang', 2),
      payload: { from: '2026-09-15', capacity: 4 },
      status: 400,
    },
    {
      method: 'PUT',
      url: '/api/staff/halls/smzx/windows/gaj/capacity',
      headers: as('zhao.lei', 2),
      payload: { from: '2026-09-28', capacity: 4 },
      status: 404,
    },
  ],
};
