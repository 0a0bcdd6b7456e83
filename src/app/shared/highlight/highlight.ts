import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Splits `text` into the parts a search for `query` matched and the rest. Chinese terms match
 * anywhere (Chinese has no spaces between words); other terms match at the start of a word, as
 * the server's English search does. Pinyin matches are not found here and stay unmarked.
 */
export function highlightSegments(text: string, query: string): TextSegment[] {
  const terms = query
    .split(/\s+/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
  if (!text || terms.length === 0) return text ? [{ text, match: false }] : [];

  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    const needle = term.toLowerCase();
    const anywhere = HAN.test(needle);
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      const wordStart = at === 0 || !WORD_CHAR.test(text[at - 1]) || HAN.test(text[at - 1]);
      if (anywhere || wordStart) marked.fill(true, at, at + needle.length);
      from = at + 1;
    }
  }

  const segments: TextSegment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), match: marked[start] });
      start = i;
    }
  }
  return segments;
}

/** Text with the words a search matched wrapped in `<mark>`. */
@Component({
  selector: 'app-highlight',
  // Every piece is an element, so Angular drops the whitespace between them, which would
  // otherwise show as spaces inside Chinese text.
  template: `@for (segment of segments(); track $index) {
    @if (segment.match) {
      <mark class="highlight">{{ segment.text }}</mark>
    } @else {
      <span>{{ segment.text }}</span>
    }
  }`,
  styles: `
    .highlight {
      padding: 0;
      color: inherit;
      background: #fff2a8;
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Highlight {
  readonly text = input.required<string>();
  readonly query = input<string>('');

  protected readonly segments = computed(() => highlightSegments(this.text(), this.query()));
}
