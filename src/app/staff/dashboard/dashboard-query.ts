import type { Params } from '@angular/router';
import type { DashboardQuery } from '@contract/dashboard';
import { DASHBOARD_MAX_DAYS } from '@contract/constants/dashboard-limits';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEPARTMENT = /^[a-z0-9-]{1,40}$/;
const DAY_MS = 86_400_000;

function one(params: Params, name: string): string | undefined {
  const value: unknown = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** True for a real 'YYYY-MM-DD' (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The dashboard a URL asks for. Malformed values are dropped (the server's defaults apply), so
 * an old or mistyped link still shows a dashboard; the server checks the period's length.
 */
export function dashboardQueryFrom(params: Params): DashboardQuery {
  const query: DashboardQuery = {};
  const from = one(params, 'from');
  const to = one(params, 'to');
  const department = one(params, 'department');
  if (from !== undefined && isRealDate(from)) query.from = from;
  if (to !== undefined && isRealDate(to)) query.to = to;
  if (department !== undefined && DEPARTMENT.test(department)) query.department = department;
  return query;
}

export const dashboardKey = (query: DashboardQuery): string =>
  `${query.from ?? ''} ${query.to ?? ''} ${query.department ?? ''}`;

export type PeriodField = 'from' | 'to';

/**
 * What is wrong with the period typed into the form, field by field, in the page's language:
 * each date required and real, `from` not after `to`, at most DASHBOARD_MAX_DAYS days. The
 * server checks the same and has the last word.
 */
export function periodErrors(from: string, to: string): Partial<Record<PeriodField, string>> {
  const errors: Partial<Record<PeriodField, string>> = {};
  if (from === '') errors.from = $localize`:@@staff.dashboard.error.fromMissing:请输入开始日期`;
  else if (!isRealDate(from)) {
    errors.from = $localize`:@@staff.dashboard.error.fromInvalid:开始日期必须是真实的日期`;
  }
  if (to === '') errors.to = $localize`:@@staff.dashboard.error.toMissing:请输入结束日期`;
  else if (!isRealDate(to)) {
    errors.to = $localize`:@@staff.dashboard.error.toInvalid:结束日期必须是真实的日期`;
  }
  if (errors.from || errors.to) return errors;
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (days < 1) errors.from = $localize`:@@staff.dashboard.error.order:开始日期不能晚于结束日期`;
  else if (days > DASHBOARD_MAX_DAYS) {
    errors.from = $localize`:@@staff.dashboard.error.tooLong:所选期间不能超过 ${DASHBOARD_MAX_DAYS}:max: 天`;
  }
  return errors;
}
