import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { DueDates } from '../due-dates/due-dates';
import { selectSubmission } from '../state/feedback.feature';

/** `/feedback/submit/confirmation`: the tracking code and when to expect an answer. */
@Component({
  selector: 'app-submission-confirmation',
  imports: [RouterLink, DueDates],
  templateUrl: './submission-confirmation.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionConfirmation {
  private readonly submission = inject(Store).selectSignal(selectSubmission);
  protected readonly receipt = computed(() => this.submission().receipt);
}
