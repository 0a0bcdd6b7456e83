import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { DueDates } from '../due-dates/due-dates';
import { selectSubmission } from '../state/feedback.feature';
import { SubmissionStorage } from '../state/submission-storage';

/**
 * `/feedback/submit/confirmation`: the tracking code and when to expect an answer. Sent, the
 * draft leaves the tab's storage and the receipt is kept there, so a reload still shows the code.
 */
@Component({
  selector: 'app-submission-confirmation',
  imports: [RouterLink, DueDates],
  templateUrl: './submission-confirmation.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionConfirmation {
  protected readonly receipt = this.keptReceipt();

  private keptReceipt() {
    const storage = inject(SubmissionStorage);
    const sent = inject(Store).selectSignal(selectSubmission)().receipt;
    if (!sent) return storage.receipt.read();
    storage.receipt.write(sent);
    storage.draft.clear();
    return sent;
  }
}
