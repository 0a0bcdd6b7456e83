import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** `/feedback`: the three things a citizen can do here, and the published results. */
@Component({
  selector: 'app-feedback-start',
  imports: [RouterLink],
  templateUrl: './feedback-start.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackStart {}
