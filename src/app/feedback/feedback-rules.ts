import type { RatingLevel } from '@contract/feedback';

// The contract's limits and sets (contract/feedback.ts), repeated here because the SPA takes the
// contract as types only; they are checked in the browser for the citizen's comfort, and the
// server checks everything again.

export const COMMENT_MAX_LENGTH = 500;
export const WHAT_HAPPENED_MAX_LENGTH = 2000;
export const WANTED_MAX_LENGTH = 1000;
export const NAME_MAX_LENGTH = 50;
export const MOBILE_PATTERN = /^1[3-9][0-9]{9}$/;
/** Three groups of four from the phone-safe alphabet; lower case and missing hyphens allowed. */
export const TRACKING_CODE_PATTERN =
  /^[2-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}(-?[2-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}){2}$/;

export const RATING_LEVELS: readonly RatingLevel[] = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
];
/** The lower three levels ask for reasons. */
export const LEVELS_WITH_REASONS: readonly RatingLevel[] = [
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
];
/** 差评: a mobile number for the follow-up call is taken only with these. */
export const NEGATIVE_LEVELS: readonly RatingLevel[] = ['dissatisfied', 'very-dissatisfied'];
