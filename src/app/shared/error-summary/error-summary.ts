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

export interface SummaryItem {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId: string;
  text: string;
}

/**
 * GOV.UK's error summary: a box at the top of the page listing what needs fixing, each item a
 * link to its field; what the page puts inside follows the message (a link to where to go
 * next). It takes focus whenever a new list appears, so screen-reader users hear it
 * at once.
 */
@Component({
  selector: 'app-error-summary',
  templateUrl: './error-summary.html',
  styleUrl: './error-summary.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  readonly items = input.required<readonly SummaryItem[]>();
  /** A message about the request as a whole, above the list. */
  readonly message = input<string | null>(null);

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
