import { readFileSync } from 'node:fs';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { fold, isHan, TERM } from './search-text.ts';

/** One searchable term, checked further by the constructor (TypeBox patterns know no \\p{…}). */
const Term = Type.String({ minLength: 1, maxLength: 20 });

/**
 * Words citizens add that say nothing about the service (需要什么, 怎么办, "how to"), and groups
 * of words that mean the same to them (租房 and 租赁住房). Editors keep them as data beside the
 * catalogue (query-words.json in the seed), and the server checks them when it starts.
 */
export const QueryWordsData = Type.Object(
  {
    fillers: Type.Array(Term, { uniqueItems: true }),
    synonyms: Type.Array(Type.Array(Term, { minItems: 2, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type QueryWordsData = Static<typeof QueryWordsData>;

const DEFAULT_FILE = new URL('../seed/catalogue/query-words.json', import.meta.url);

/** A piece of a query's Chinese run once filler words are cut out of it. */
export interface RunPiece {
  text: string;
  /** True when the piece is a word of a synonym group, and so is known to be a whole word. */
  known: boolean;
}

export class QueryWords {
  private readonly fillers: ReadonlySet<string>;
  private readonly groups: ReadonlyMap<string, readonly string[]>;
  /** Chinese words of two or more characters to cut runs at, longest first. */
  private readonly cuts: readonly string[];

  constructor(data: QueryWordsData) {
    const problems: string[] = [];
    const groups = new Map<string, readonly string[]>();
    for (const group of data.synonyms) {
      for (const word of group) {
        if (groups.has(word)) problems.push(`"${word}" is in two synonym groups`);
        if (data.fillers.includes(word)) problems.push(`"${word}" is both a filler and a synonym`);
        groups.set(word, group);
      }
    }
    for (const word of [...data.fillers, ...groups.keys()]) {
      // As a query would read it: folded, and one run of Chinese or one word, nothing else.
      const terms = fold(word).match(TERM);
      if (terms?.length !== 1 || terms[0] !== word) problems.push(`"${word}" is not one term`);
    }
    if (problems.length > 0) throw new Error(`Query words are not valid: ${problems.join('; ')}`);
    this.fillers = new Set(data.fillers);
    this.groups = groups;
    this.cuts = [...data.fillers, ...groups.keys()]
      .filter((word) => isHan(word) && [...word].length > 1)
      .sort((a, b) => b.length - a.length);
  }

  isFiller(term: string): boolean {
    return this.fillers.has(term);
  }

  /** Whether a run of Chinese holds a filler word of two or more characters (怎么办 in 丢了怎么办). */
  holdsFiller(run: string): boolean {
    return this.cuts.some((cut) => this.fillers.has(cut) && run.includes(cut));
  }

  /** The term and the words that mean the same, the term first. */
  synonyms(term: string): readonly string[] {
    const group = this.groups.get(term);
    return group ? [term, ...group.filter((word) => word !== term)] : [term];
  }

  /**
   * Cuts a run of Chinese at the words this list knows: filler words go, synonyms become pieces
   * of their own, and single-character fillers (办, 了, 的) are stripped from the ends of what is
   * left. Inside a piece they stay, since they are also parts of real words (开店, 了解).
   */
  cut(run: string): RunPiece[] {
    const pieces: RunPiece[] = [];
    let rest = '';
    const flush = () => {
      const chars = [...rest];
      while (chars.length > 0 && this.fillers.has(chars[0]!)) chars.shift();
      while (chars.length > 0 && this.fillers.has(chars[chars.length - 1]!)) chars.pop();
      if (chars.length > 0) pieces.push({ text: chars.join(''), known: false });
      rest = '';
    };
    for (let i = 0; i < run.length; ) {
      const word = this.cuts.find((cut) => run.startsWith(cut, i));
      if (word === undefined) {
        rest += run[i];
        i++;
        continue;
      }
      flush();
      if (!this.fillers.has(word)) pieces.push({ text: word, known: true });
      i += word.length;
    }
    flush();
    return pieces;
  }
}

/** Reads and checks the query words; a file that breaks the rules stops the server at start. */
export function loadQueryWords(file: URL | string = DEFAULT_FILE): QueryWords {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Value.Check(QueryWordsData, data)) {
    const first = Value.Errors(QueryWordsData, data).First();
    throw new Error(`Query words are not valid: ${first?.path ?? ''} ${first?.message ?? ''}`);
  }
  return new QueryWords(data);
}
