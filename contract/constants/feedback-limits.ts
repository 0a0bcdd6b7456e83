// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.

/** The longest comment a rating may carry. */
export const COMMENT_MAX_LENGTH = 500;
/** The longest "what happened" of a complaint, suggestion, praise or question. */
export const WHAT_HAPPENED_MAX_LENGTH = 2000;
/** The longest "what would you like done". */
export const WANTED_MAX_LENGTH = 1000;

/** Tracking codes: three groups of four phone-safe characters; lower case and missing hyphens allowed. */
export const TRACKING_CODE_PATTERN =
  '^[2-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}(-?[2-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}){2}$';

/** Fewer ratings than this and no figure is published, so no one's rating can be singled out. */
export const MIN_RATINGS_TO_PUBLISH = 5;

/** The five levels of 好差评, best first. */
export type RatingLevelName =
  | 'very-satisfied'
  | 'satisfied'
  | 'basically-satisfied'
  | 'dissatisfied'
  | 'very-dissatisfied';
export const RATING_LEVELS: readonly RatingLevelName[] = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
];
/** Levels that ask for reasons (the lower three). */
export const LEVELS_WITH_REASONS: readonly RatingLevelName[] = [
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
];
/** 差评: levels that open a case to be verified, fixed and followed up within a deadline. */
export const NEGATIVE_LEVELS: readonly RatingLevelName[] = ['dissatisfied', 'very-dissatisfied'];
/** Levels counted as satisfied in the published share. */
export const SATISFIED_LEVELS: readonly RatingLevelName[] = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
];
