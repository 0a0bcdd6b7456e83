import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MAX_QUERY_LENGTH } from '@contract/constants/catalogue-limits';

/** How long typing must pause before the results follow it. */
export const SEARCH_DEBOUNCE_MS = 300;

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * On a page drawn by the server the field is there before the app starts, and a citizen may type
 * into it meanwhile. The app's first drawing must show what they typed, not the URL's search: it
 * then hears their typing from the events it replays once it has started, and an input method's
 * composition goes on undisturbed. The field's default value is the one the server wrote; a
 * component drawn in the browser (or on the server) has no field yet.
 */
function typedBeforeStart(host: HTMLElement): string | null {
  const field = host.querySelector?.('input');
  return field && field.value !== field.defaultValue ? field.value : null;
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

  protected readonly maxLength = MAX_QUERY_LENGTH;

  /** What the citizen typed into the server's field before the app started, if anything. */
  private readonly typedBeforeStart = typedBeforeStart(
    inject<ElementRef<HTMLElement>>(ElementRef).nativeElement,
  );

  // Follows the URL (Back, a link) but keeps what is being typed when only spacing differs.
  protected readonly value = linkedSignal<string, string>({
    source: this.query,
    computation: (query, previous) => {
      if (!previous) return this.typedBeforeStart ?? query;
      return normalize(previous.value) === normalize(query) ? previous.value : query;
    },
  });

  private timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * True while an input method (pinyin, wubi, zhuyin) composes: the field then holds letters
   * such as "she'bao" that are not what the citizen means to search for.
   */
  private composing = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected onInput(event: Event): void {
    // Some browsers send the composition's last input event after compositionend, others before,
    // so both the event's flag and our own are checked.
    if ((event as InputEvent).isComposing || this.composing) return;
    const text = (event.target as HTMLInputElement).value;
    this.value.set(text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.report(text), SEARCH_DEBOUNCE_MS);
  }

  protected onCompositionStart(): void {
    this.composing = true;
    // A pause pending from before the composition would search for the text without its end.
    clearTimeout(this.timer);
  }

  /** Picking the characters is a deliberate end of typing, so the search follows at once. */
  protected onCompositionEnd(event: CompositionEvent): void {
    this.composing = false;
    const text = (event.target as HTMLInputElement).value;
    this.value.set(text);
    clearTimeout(this.timer);
    this.report(text);
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    // Enter that commits a composition is the input method's, not a search.
    if (this.composing) return;
    clearTimeout(this.timer);
    this.submitted.emit(normalize(this.value()));
  }

  private report(text: string): void {
    if (normalize(text) !== normalize(this.query())) this.typed.emit(normalize(text));
  }
}
