import { Injectable } from '@angular/core';
import type { SubmissionReceipt } from '@contract/feedback';
import { TabStorage } from '../../shared/tab-storage';
import { EMPTY_DRAFT, type SubmissionDraft } from './submission-draft';

/**
 * What a complaint or suggestion needs to survive a reload, Back and the language switch, in the
 * tab's session storage (as the booking's personal details are; docs/decisions.md).
 */
@Injectable({ providedIn: 'root' })
export class SubmissionStorage {
  /** The form as typed, until it is sent; the confirmation page clears it. */
  readonly draft = new TabStorage<SubmissionDraft>('portal.feedback.draft');

  /** The draft this tab kept, complete (fields added since it was kept take their blanks). */
  keptDraft(): SubmissionDraft | null {
    const kept = this.draft.read();
    return kept ? { ...EMPTY_DRAFT, ...kept } : null;
  }
  /**
   * The last receipt, so the confirmation still shows the tracking code after a reload: an
   * anonymous citizen gets no text message and has no other copy of it.
   */
  readonly receipt = new TabStorage<SubmissionReceipt>('portal.feedback.receipt');
}
