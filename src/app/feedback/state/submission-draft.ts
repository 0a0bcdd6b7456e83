import type { SubmissionInput, SubmissionKind } from '@contract/feedback';
import type { PortalLocale } from '../../core/locale';
import { characterLength } from '../../shared/character-count/character-count';
import { isMobileNumber, normalizedMobile } from '../../shared/mobile-number/mobile-number';
import type { FeedbackField } from '../feedback-problem';
import { NAME_MAX_LENGTH, WANTED_MAX_LENGTH, WHAT_HAPPENED_MAX_LENGTH } from '../feedback-rules';

/**
 * What the citizen has typed into the complaint/suggestion form: in the store, so the check page
 * can show it and nothing is lost when sending fails, and in the tab's session storage as it is
 * typed (`SubmissionStorage`), so a reload or the language switch loses nothing. Never a URL.
 */
export interface SubmissionDraft {
  /** Null until the citizen chooses: GOV.UK forms do not choose for them. */
  kind: SubmissionKind | null;
  service: string;
  hall: string;
  whatHappened: string;
  wanted: string;
  /** Null until the citizen chooses whether to leave a name and mobile number. */
  anonymous: boolean | null;
  name: string;
  mobile: string;
  /** The honeypot; people never see it. */
  website: string;
}

export const EMPTY_DRAFT: SubmissionDraft = {
  kind: null,
  service: '',
  hall: '',
  whatHappened: '',
  wanted: '',
  anonymous: null,
  name: '',
  mobile: '',
  website: '',
};

/** A draft with every question answered: what the check page may send. */
export type CompleteDraft = SubmissionDraft & { kind: SubmissionKind; anonymous: boolean };

/** What the form itself can tell is wrong, in the form's order; the server checks again. */
export function draftErrors(draft: SubmissionDraft): FeedbackField[] {
  const errors: FeedbackField[] = [];
  if (!draft.kind) errors.push('kind');
  const length = characterLength(draft.whatHappened);
  if (!draft.whatHappened.trim() || length > WHAT_HAPPENED_MAX_LENGTH) errors.push('whatHappened');
  if (characterLength(draft.wanted) > WANTED_MAX_LENGTH) errors.push('wanted');
  if (draft.anonymous === null) errors.push('anonymous');
  if (draft.anonymous === false) {
    const name = draft.name.trim();
    if (!name || characterLength(name) > NAME_MAX_LENGTH) errors.push('name');
    if (!isMobileNumber(normalizedMobile(draft.mobile))) errors.push('mobile');
  }
  return errors;
}

/** The draft when the form would send it on, else null. */
export function completeDraft(draft: SubmissionDraft): CompleteDraft | null {
  return draftErrors(draft).length === 0 ? (draft as CompleteDraft) : null;
}

/** The request body for a draft: blanks left out, and no name or mobile when anonymous. */
export function submissionInput(draft: CompleteDraft, locale: PortalLocale): SubmissionInput {
  const wanted = draft.wanted.trim();
  return {
    kind: draft.kind,
    ...(draft.service ? { service: draft.service } : {}),
    ...(draft.hall ? { hall: draft.hall } : {}),
    whatHappened: draft.whatHappened.trim(),
    ...(wanted ? { wanted } : {}),
    anonymous: draft.anonymous,
    ...(draft.anonymous ? {} : { name: draft.name.trim(), mobile: normalizedMobile(draft.mobile) }),
    locale,
    ...(draft.website ? { website: draft.website } : {}),
  };
}
