import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DayPipe } from '../calendar-date';

/**
 * The public reply as the citizen reads it on the tracking page. Staff preview their reply
 * through this same component, so what they check is what the citizen will see. The text is
 * bound as text: line breaks are kept, markup shows as characters.
 */
@Component({
  selector: 'app-public-reply',
  imports: [DayPipe],
  template: `<div class="public-reply">
    <p class="public-reply__text">{{ text() }}</p>
    <p class="public-reply__at">
      <time [attr.datetime]="at()">{{ at() | day: 'moment' }}</time>
    </p>
  </div>`,
  styleUrl: './public-reply.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicReply {
  readonly text = input.required<string>();
  /** When it was sent (ISO 8601); a preview passes the present moment. */
  readonly at = input.required<string>();
}
