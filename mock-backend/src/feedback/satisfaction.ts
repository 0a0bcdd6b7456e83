import {
  MIN_RATINGS_TO_PUBLISH,
  RATING_LEVELS,
  SATISFIED_LEVELS,
  type RatingLevel,
  type Satisfaction,
} from '../../../contract/feedback.ts';

export interface RatingTally {
  /** Ratings per level; a missing level counts 0. */
  levels: Partial<Record<RatingLevel, number>>;
  /** Negative ratings, and of those the ones whose case was answered by its deadline. */
  negative: number;
  fixedOnTime: number;
}

/** Shares to three decimals: enough for a percentage with one decimal. */
export const share = (part: number, whole: number): number =>
  Math.round((part / whole) * 1000) / 1000;

/**
 * The published figures for one service or hall. Below MIN_RATINGS_TO_PUBLISH ratings nothing is
 * published, not even the count, so no one's rating can be singled out; the fixed-on-time share
 * is suppressed alike when it would rest on fewer negative ratings.
 */
export function satisfaction(tally: RatingTally): Satisfaction {
  const distribution = RATING_LEVELS.map((level) => ({ level, count: tally.levels[level] ?? 0 }));
  const ratings = distribution.reduce((sum, { count }) => sum + count, 0);
  if (ratings < MIN_RATINGS_TO_PUBLISH) return { published: false };
  const satisfied = distribution
    .filter(({ level }) => SATISFIED_LEVELS.includes(level))
    .reduce((sum, { count }) => sum + count, 0);
  return {
    published: true,
    ratings,
    satisfiedShare: share(satisfied, ratings),
    distribution,
    fixedOnTimeShare:
      tally.negative < MIN_RATINGS_TO_PUBLISH ? null : share(tally.fixedOnTime, tally.negative),
  };
}

/** Published rows first, by satisfied share (highest first), then unpublished ones, by name. */
export function compareResults(
  a: { satisfaction: Satisfaction; sortName: string },
  b: { satisfaction: Satisfaction; sortName: string },
): number {
  const shareOf = (row: { satisfaction: Satisfaction }) =>
    row.satisfaction.published ? row.satisfaction.satisfiedShare : -1;
  return shareOf(b) - shareOf(a) || a.sortName.localeCompare(b.sortName, 'zh-CN');
}
