import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';

export interface SummaryItem {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId: string;
  text: string;
}

/** A page to go to next, named under the message ("View, change or cancel an appointment"). */
export interface SummaryLink {
  text: string;
  path: string;
}

/**
 * GOV.UK's error summary: a box at the top of the page listing what needs fixing, each item a
 * link to its field, and where it helps a link to where to go next. It takes focus whenever a
 * new list appears, so screen-reader users hear it at once. The next link is an input rather
 * than projected content: `<ng-content>` would add about 1.1 kB of framework code to every
 * citizen's first download (measured with the build's stats), for one link.
 */
@Component({
  selector: 'app-error-summary',
  imports: [RouterLink],
  templateUrl: './error-summary.html',
  styleUrl: './error-summary.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  readonly items = input.required<readonly SummaryItem[]>();
  /** A message about the request as a whole, above the list. */
  readonly message = input<string | null>(null);
  /** Where to go next, under the message. */
  readonly link = input<SummaryLink | null>(null);

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  constructor() {
    const injector = inject(Injector);
    effect(() => {
      if (this.items().length === 0 && !this.message()) return;
      afterNextRender(() => this.box()?.nativeElement.focus(), { injector });
    });
  }

  protected focusField(event: Event, fieldId: string): void {
    const field = this.box()?.nativeElement.ownerDocument.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
  }
}
