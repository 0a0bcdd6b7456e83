import type { StaffSession } from '@contract/staff';

export const REVIEWER: StaffSession = {
  userName: 'wang.min',
  displayName: '王敏',
  role: 'reviewer',
  department: {
    id: 'gjj',
    name: { zh: '市住房公积金管理中心', en: 'Housing Provident Fund Centre' },
  },
  hall: null,
  idleExpiresAt: '2026-09-15T01:30:00.000Z',
  expiresAt: '2026-09-15T09:00:00.000Z',
};

export const ADMIN: StaffSession = {
  ...REVIEWER,
  userName: 'admin',
  displayName: '管理员',
  role: 'admin',
  department: null,
};

export const SIGNED_OUT = {
  status: 401,
  statusText: 'Unauthorized',
} as const;

/** The server's answer to a request without a live session. */
export const SIGNED_OUT_PROBLEM = {
  type: '/problems/signed-out',
  title: 'Signed out',
  status: 401,
};
