import type { SubmissionInput, SubmissionKind } from '@contract/feedback';
import type { PortalLocale } from '../../core/locale';
import { normalizedMobile } from '../../shared/mobile-number/mobile-number';

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
  anonymous: boolean;
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
  anonymous: true,
  name: '',
  mobile: '',
  website: '',
};

/** The request body for a draft: blanks left out, and no name or mobile when anonymous. */
export function submissionInput(
  draft: SubmissionDraft & { kind: SubmissionKind },
  locale: PortalLocale,
): SubmissionInput {
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
