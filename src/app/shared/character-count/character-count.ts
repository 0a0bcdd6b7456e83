import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';

/**
 * Length as the server counts it (JSON Schema `maxLength` counts code points), so an emoji is one
 * character here as there.
 */
export function characterLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** How long typing must pause before screen readers hear the new count. */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * The GOV.UK character count: a visible running count under a text area, and the same count
 * read out only once the citizen pauses, so a screen reader does not speak on every key.
 * The field itself stays with the parent, which points `aria-describedby` at `hintId`.
 */
@Component({
  selector: 'app-character-count',
  imports: [DecimalPipe],
  providers: [DecimalPipe],
  templateUrl: './character-count.html',
  styleUrl: './character-count.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharacterCount {
  private readonly decimal = inject(DecimalPipe);

  readonly length = input.required<number>();
  readonly max = input.required<number>();
  /** Id of the static "up to N characters" hint, for the field's aria-describedby. */
  readonly hintId = input.required<string>();

  protected readonly remaining = computed(() => this.max() - this.length());
  protected readonly message = computed(() => this.describe(this.remaining()));
  private readonly announcedRemaining = signal<number | null>(null);
  protected readonly announcement = computed(() => {
    const remaining = this.announcedRemaining();
    return remaining === null ? '' : this.describe(remaining);
  });

  constructor() {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    effect(() => {
      const remaining = this.remaining();
      clearTimeout(timer);
      // The starting count is in the hint already; only changes are worth announcing.
      if (first) {
        first = false;
        return;
      }
      timer = setTimeout(() => this.announcedRemaining.set(remaining), ANNOUNCE_DELAY_MS);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  // One string serves both the visible count and the announcement; English needs a singular.
  private describe(remaining: number): string {
    const count = this.decimal.transform(Math.abs(remaining)) ?? '';
    if (remaining === 1)
      return $localize`:@@characterCount.remainingOne:还可以输入 ${count}:count: 个字`;
    if (remaining >= 0)
      return $localize`:@@characterCount.remaining:还可以输入 ${count}:count: 个字`;
    if (remaining === -1) return $localize`:@@characterCount.overOne:已超出 ${count}:count: 个字`;
    return $localize`:@@characterCount.over:已超出 ${count}:count: 个字`;
  }
}
