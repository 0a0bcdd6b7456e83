import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';

/** How long typing must pause before the results follow it. */
export const SEARCH_DEBOUNCE_MS = 300;

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * The catalogue's search field. It reports what the citizen typed once typing pauses (`typed`)
 * and when they press Search (`submitted`); the page decides what the URL becomes.
 */
@Component({
  selector: 'app-search-box',
  templateUrl: './search-box.html',
  styleUrl: './search-box.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.search-box--large]': 'large()' },
})
export class SearchBox {
  /** The search the page shows now, from its URL. */
  readonly query = input('');
  readonly inputId = input('search-q');
  /** The home page's prominent version, with examples of what to search for. */
  readonly large = input(false);
  readonly typed = output<string>();
  readonly submitted = output<string>();

  // Follows the URL (Back, a link) but keeps what is being typed when only spacing differs.
  protected readonly value = linkedSignal<string, string>({
    source: this.query,
    computation: (query, previous) =>
      previous && normalize(previous.value) === normalize(query) ? previous.value : query,
  });

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.value.set(text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (normalize(text) !== normalize(this.query())) this.typed.emit(normalize(text));
    }, SEARCH_DEBOUNCE_MS);
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.timer);
    this.submitted.emit(normalize(this.value()));
  }
}
