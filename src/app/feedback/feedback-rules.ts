// The contract's limits and level lists (contract/constants/), as the forms use them: checked in
// the browser for the citizen's comfort; the server checks everything again.
import { NAME_MAX_LENGTH } from '@contract/constants/personal-data';
import { TRACKING_CODE_PATTERN as TRACKING_CODE_SOURCE } from '@contract/constants/feedback-limits';

export {
  COMMENT_MAX_LENGTH,
  LEVELS_WITH_REASONS,
  NEGATIVE_LEVELS,
  RATING_LEVELS,
  WANTED_MAX_LENGTH,
  WHAT_HAPPENED_MAX_LENGTH,
} from '@contract/constants/feedback-limits';
export { NAME_MAX_LENGTH };

export const TRACKING_CODE_PATTERN = new RegExp(TRACKING_CODE_SOURCE);
