import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { DueDates } from '../due-dates/due-dates';
import { selectRating } from '../state/feedback.feature';

/** `/feedback/rate/done`: thanks, and for a negative rating the case's code and deadlines. */
@Component({
  selector: 'app-rating-received',
  imports: [RouterLink, DueDates],
  templateUrl: './rating-received.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingReceived {
  private readonly rating = inject(Store).selectSignal(selectRating);
  protected readonly receipt = computed(() => this.rating().receipt);
}
