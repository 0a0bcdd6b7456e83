import type { HallClosure } from '../calendar/calendar.ts';

/**
 * Demo closures inside the e2e window (PORTAL_NOW 2026-09-15 plus 14 days), so the booking pages
 * show a hall shut on a day the rest of the city works.
 */
export const closureSeed: readonly HallClosure[] = [
  {
    hallId: 'beihu',
    date: '2026-09-17',
    reason: { zh: '业务系统升级，暂停对外服务', en: 'Closed for a system upgrade' },
  },
  {
    hallId: 'nanshan',
    date: '2026-09-24',
    reason: { zh: '电力检修，暂停对外服务', en: 'Closed for electrical maintenance' },
  },
];
