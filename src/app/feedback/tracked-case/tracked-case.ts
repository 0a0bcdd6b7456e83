import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { DayPipe } from '../../shared/calendar-date';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { PublicReply } from '../../shared/public-reply/public-reply';
import { DueDates } from '../due-dates/due-dates';
import { problemMessage } from '../feedback-problem';
import { kindText, statusText } from '../feedback-text';
import { TrackPageActions } from '../state/feedback.actions';
import { selectResolution, selectTracked } from '../state/feedback.feature';

/**
 * `/feedback/track/case`: the status history, due dates and the public reply, and once replied
 * the question "did this solve it?". Everything the citizen and staff wrote is bound as text.
 */
@Component({
  selector: 'app-tracked-case',
  imports: [DayPipe, RouterLink, DueDates, PublicReply],
  templateUrl: './tracked-case.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrackedCase {
  private readonly store = inject(Store);
  private readonly tracked = this.store.selectSignal(selectTracked);
  protected readonly resolution = this.store.selectSignal(selectResolution);

  protected readonly found = computed(() => this.tracked().found);
  protected readonly kindText = kindText;
  protected readonly statusText = statusText;
  protected readonly resolutionFailure = computed(() => {
    const resolution = this.resolution();
    return resolution.status === 'error' && resolution.error
      ? problemMessage(resolution.error)
      : null;
  });

  protected answer(solved: boolean): void {
    if (this.resolution().status === 'loading') return;
    this.store.dispatch(TrackPageActions.resolutionGiven({ solved }));
  }
}
