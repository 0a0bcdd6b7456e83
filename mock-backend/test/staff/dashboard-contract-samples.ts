import type { FastifyInstance } from 'fastify';
import { signInAs, type SignedIn } from '../staff-session.ts';

/** A request for response-contract.test.ts, in its Sample shape. */
interface DashboardSample {
  url: string;
  headers?: () => Record<string, string>;
  status: number;
}

const sessions = new Map<string, SignedIn>();
const people = ['zhao.lei', 'wu.fang', 'wang.min'] as const;

export async function signInSupervisorsForSamples(app: FastifyInstance): Promise<void> {
  for (const userName of people) sessions.set(userName, await signInAs(app, userName));
}

const as = (userName: (typeof people)[number]) => () => sessions.get(userName)!.headers;

/** The dashboard's answers: a department's, the city's by month, and each refusal. */
export const dashboardSamples: Record<string, DashboardSample[]> = {
  'GET /api/staff/dashboard': [
    { url: '/api/staff/dashboard', headers: as('zhao.lei'), status: 200 },
    {
      url: '/api/staff/dashboard?from=2025-09-16&to=2026-09-15',
      headers: as('wu.fang'),
      status: 200,
    },
    { url: '/api/staff/dashboard?department=gaj', headers: as('wu.fang'), status: 200 },
    { url: '/api/staff/dashboard?from=2025-01-01', headers: as('wu.fang'), status: 400 },
    { url: '/api/staff/dashboard?department=gaj', headers: as('zhao.lei'), status: 403 },
    { url: '/api/staff/dashboard', headers: as('wang.min'), status: 403 },
    { url: '/api/staff/dashboard', status: 401 },
  ],
};
