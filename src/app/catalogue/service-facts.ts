/** How the catalogue words a service's numbers, in the page's language. */

/** 跑动次数: how many times the citizen must go to a service hall. */
export function visitsText(visits: number): string {
  if (visits === 0) return $localize`:@@catalogue.facts.visits0:不用跑（全程网上办理）`;
  if (visits === 1) return $localize`:@@catalogue.facts.visits1:最多跑 1 次`;
  return $localize`:@@catalogue.facts.visitsMany:最多跑 ${visits}:count: 次`;
}

/** A time limit in working days; a promised limit of 0 means done on the spot (即办). */
export function workingDaysText(days: number): string {
  if (days === 0) return $localize`:@@catalogue.facts.onTheSpot:即办（当场办结）`;
  if (days === 1) return $localize`:@@catalogue.facts.oneWorkingDay:1 个工作日`;
  return $localize`:@@catalogue.facts.workingDays:${days}:count: 个工作日`;
}
