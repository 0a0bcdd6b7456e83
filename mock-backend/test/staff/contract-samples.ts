import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../../src/seed/staff.ts';
import { anonymousXsrf, signInAs, type SignedIn } from '../staff-session.ts';
import { NEW_ACCOUNT } from './fixture.ts';

/** A request for response-contract.test.ts, in its Sample shape. */
interface StaffSample {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
  headers?: () => Record<string, string>;
  status: number;
}

/** Sessions the samples act in, made before the samples run; each name is used by one kind of change only. */
const sessions = new Map<string, SignedIn>();
const browsers = {
  anonymous: async (app: FastifyInstance) => anonymousXsrf(app),
  reviewer: (app: FastifyInstance) => signInAs(app, 'wang.min'),
  supervisor: (app: FastifyInstance) => signInAs(app, 'zhao.lei'),
  admin: (app: FastifyInstance) => signInAs(app, 'admin'),
  // Changes their password, which ends their other sessions: nobody else's.
  passwordChanger: (app: FastifyInstance) => signInAs(app, 'li.qiang'),
  signingOut: (app: FastifyInstance) => signInAs(app, 'chen.jing'),
};
type Browser = keyof typeof browsers;

export async function signInStaffForSamples(app: FastifyInstance): Promise<void> {
  for (const [name, open] of Object.entries(browsers)) sessions.set(name, await open(app));
}

const as =
  (browser: Browser, extra: Record<string, string> = {}) =>
  () => ({ 'content-type': 'application/json', ...sessions.get(browser)!.headers, ...extra });
const nobody = () => ({ 'content-type': 'application/json' });
/** A DELETE has no body, so no content type either (a JSON one with no body is malformed). */
const bodiless = (browser: Browser) => () => sessions.get(browser)!.headers;

export const staffSamples: Record<string, StaffSample[]> = {
  'GET /api/staff/session': [
    { url: '/api/staff/session', headers: as('reviewer'), status: 200 },
    { url: '/api/staff/session', status: 401 },
  ],
  'POST /api/staff/session': [
    {
      method: 'POST',
      url: '/api/staff/session',
      headers: as('anonymous'),
      payload: { userName: 'wu.fang', password: DEMO_PASSWORD },
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/staff/session',
      headers: as('anonymous'),
      payload: { userName: 'wu.fang', password: 'not the password' },
      status: 401,
    },
    {
      method: 'POST',
      url: '/api/staff/session',
      headers: nobody,
      payload: { userName: 'wu.fang', password: DEMO_PASSWORD },
      status: 403,
    },
    {
      method: 'POST',
      url: '/api/staff/session',
      headers: as('anonymous'),
      payload: { userName: 'wu.fang' },
      status: 400,
    },
  ],
  'DELETE /api/staff/session': [
    { method: 'DELETE', url: '/api/staff/session', status: 401 },
    { method: 'DELETE', url: '/api/staff/session', headers: bodiless('signingOut'), status: 204 },
  ],
  'POST /api/staff/password': [
    {
      method: 'POST',
      url: '/api/staff/password',
      headers: as('passwordChanger'),
      payload: { currentPassword: 'not the password', newPassword: 'long enough new one' },
      status: 400,
    },
    {
      method: 'POST',
      url: '/api/staff/password',
      headers: as('passwordChanger'),
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'long enough new one' },
      status: 204,
    },
  ],
  'GET /api/staff/departments': [
    { url: '/api/staff/departments', headers: as('reviewer'), status: 200 },
    { url: '/api/staff/departments', status: 401 },
  ],
  'GET /api/staff/colleagues': [
    { url: '/api/staff/colleagues', headers: as('supervisor'), status: 200 },
    { url: '/api/staff/colleagues?department=gaj', headers: as('supervisor'), status: 403 },
    { url: '/api/staff/colleagues', headers: as('admin'), status: 400 },
  ],
  'GET /api/staff/accounts': [
    { url: '/api/staff/accounts', headers: as('admin'), status: 200 },
    { url: '/api/staff/accounts', headers: as('reviewer'), status: 403 },
  ],
  'POST /api/staff/accounts': [
    {
      method: 'POST',
      url: '/api/staff/accounts',
      headers: as('admin'),
      payload: NEW_ACCOUNT,
      status: 201,
    },
    {
      method: 'POST',
      url: '/api/staff/accounts',
      headers: as('admin'),
      payload: NEW_ACCOUNT,
      status: 409,
    },
    {
      method: 'POST',
      url: '/api/staff/accounts',
      headers: as('admin'),
      payload: { ...NEW_ACCOUNT, department: null },
      status: 400,
    },
  ],
  'PATCH /api/staff/accounts/:userName': [
    {
      method: 'PATCH',
      url: '/api/staff/accounts/zhou.yan',
      headers: as('admin', { 'if-match': '"1"' }),
      payload: { displayName: '周燕' },
      status: 200,
    },
    {
      method: 'PATCH',
      url: '/api/staff/accounts/zhou.yan',
      headers: as('admin', { 'if-match': '"1"' }),
      payload: { displayName: '周燕' },
      status: 412,
    },
    {
      method: 'PATCH',
      url: '/api/staff/accounts/zhou.yan',
      headers: as('admin'),
      payload: { displayName: '周燕' },
      status: 428,
    },
    {
      method: 'PATCH',
      url: '/api/staff/accounts/no.one',
      headers: as('admin', { 'if-match': '"1"' }),
      payload: { displayName: 'Nobody' },
      status: 404,
    },
  ],
  'POST /api/staff/accounts/:userName/password': [
    {
      method: 'POST',
      url: '/api/staff/accounts/sun.hao/password',
      headers: as('admin', { 'if-match': '"1"' }),
      payload: { newPassword: 'reset by an administrator' },
      status: 204,
    },
    {
      method: 'POST',
      url: '/api/staff/accounts/sun.hao/password',
      headers: as('admin', { 'if-match': '"1"' }),
      payload: { newPassword: 'reset by an administrator' },
      status: 412,
    },
  ],
};
