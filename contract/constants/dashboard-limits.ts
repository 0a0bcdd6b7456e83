// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.

/** The longest period the dashboard counts, in days (first and last included): a year. */
export const DASHBOARD_MAX_DAYS = 366;
/** Periods of up to this many days are shown by week, longer ones by month. */
export const DASHBOARD_WEEKLY_MAX_DAYS = 92;
/** The period shown when none is asked for: the 90 days up to today. */
export const DASHBOARD_DEFAULT_DAYS = 90;
/** Services listed, the most-rated first; the rest are counted in `servicesOmitted`. */
export const DASHBOARD_MAX_SERVICES = 30;
/** Open items overdue by working days: 1–2, 3–5, 6–10, 11–20, 21 and more. */
export const OVERDUE_AGE_STARTS: readonly number[] = [1, 3, 6, 11, 21];
