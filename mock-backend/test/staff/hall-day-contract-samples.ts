import type { FastifyInstance } from 'fastify';
import { DEMO_HALL_DAY } from '../../src/seed/hall-day.ts';
import { signInAs, type SignedIn } from '../staff-session.ts';

/** A request for response-contract.test.ts, in its Sample shape. */
interface HallDaySample {
  method?: 'GET' | 'POST';
  url: string;
  payload?: unknown;
  headers?: () => Record<string, string>;
  status: number;
}

const sessions = new Map<string, SignedIn>();
const people = ['lin.na', 'wang.min'] as const;

export async function signInHallStaffForSamples(app: FastifyInstance): Promise<void> {
  for (const userName of people) sessions.set(userName, await signInAs(app, userName));
}

const as =
  (userName: (typeof people)[number], version?: number, json = true) =>
  (): Record<string, string> => ({
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...sessions.get(userName)!.headers,
    ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
  });

// The samples run at 2026-09-15T09:00+08:00 on the seeded hall's day (seed/hall-day.ts).
const day = `/api/staff/halls/${DEMO_HALL_DAY.hall}/days/2026-09-15`;
const before = `/api/staff/halls/${DEMO_HALL_DAY.hall}/days/2026-09-14`;

export const hallDaySamples: Record<string, HallDaySample[]> = {
  'GET /api/staff/halls': [
    { url: '/api/staff/halls', headers: as('lin.na'), status: 200 },
    { url: '/api/staff/halls', status: 401 },
  ],
  'GET /api/staff/halls/:hallId/days/:date': [
    { url: day, headers: as('lin.na'), status: 200 },
    { url: day, headers: as('wang.min'), status: 403 },
    {
      url: `/api/staff/halls/${DEMO_HALL_DAY.hall}/days/15-09-2026`,
      headers: as('lin.na'),
      status: 400,
    },
    { url: '/api/staff/halls/nowhere/days/2026-09-15', headers: as('lin.na'), status: 404 },
  ],
  // A 200 is CSV, which this test cannot read as JSON; hall-day.test.ts reads the file.
  'GET /api/staff/halls/:hallId/days/:date.csv': [
    { url: `${day}.csv`, headers: as('wang.min'), status: 403 },
    { url: `${day}.csv?lang=fr`, headers: as('lin.na'), status: 400 },
  ],
  'POST /api/staff/halls/:hallId/days/:date/check-ins': [
    {
      method: 'POST',
      url: `${day}/check-ins`,
      payload: { code: DEMO_HALL_DAY.checkIn.zh },
      headers: as('lin.na'),
      status: 428,
    },
    {
      method: 'POST',
      url: `${day}/check-ins`,
      payload: { code: DEMO_HALL_DAY.checkIn.zh },
      headers: as('lin.na', 1),
      status: 200,
    },
    {
      method: 'POST',
      url: `${day}/check-ins`,
      payload: { code: DEMO_HALL_DAY.checkIn.zh },
      headers: as('lin.na', 2),
      status: 409,
    },
    {
      method: 'POST',
      url: `${day}/check-ins`,
      payload: { code: DEMO_HALL_DAY.checkIn.en },
      headers: as('lin.na', 7),
      status: 412,
    },
    {
      method: 'POST',
      url: `${day}/check-ins`,
      payload: { code: '' },
      headers: as('lin.na', 1),
      status: 400,
    },
  ],
  'POST /api/staff/halls/:hallId/days/:date/appointments/:reference/no-show': [
    {
      method: 'POST',
      url: `${day}/appointments/${DEMO_HALL_DAY.checkIn.en}/no-show`,
      headers: as('lin.na', 1, false),
      status: 409,
    },
    {
      method: 'POST',
      url: `${before}/appointments/${DEMO_HALL_DAY.noShow.zh}/no-show`,
      headers: as('lin.na', 1, false),
      status: 200,
    },
    {
      method: 'POST',
      url: `${before}/appointments/ZZZZ-ZZZZ/no-show`,
      headers: as('lin.na', 1, false),
      status: 404,
    },
  ],
  'POST /api/staff/halls/:hallId/days/:date/walk-ins': [
    {
      method: 'POST',
      url: `${day}/walk-ins`,
      payload: { service: 'GAJ-001', time: '09:05', note: '咨询身份证补领' },
      headers: as('lin.na'),
      status: 201,
    },
    {
      method: 'POST',
      url: `${day}/walk-ins`,
      payload: { service: 'GAJ-001', time: '25:00', note: 'x' },
      headers: as('lin.na'),
      status: 400,
    },
  ],
};
