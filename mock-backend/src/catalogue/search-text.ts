import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;
/** A searchable term: a run of Chinese characters, or a word of letters and digits. */
export const TERM = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
/** A pinyin token spans at most this many syllables: enough for any word a citizen types. */
const MAX_SYLLABLES = 8;
/** A query is cut to this many terms; more would only slow matching without narrowing it. */
export const MAX_TERMS = 8;

export type QueryTerm = { kind: 'han'; text: string } | { kind: 'word'; text: string };

/** Folds full-width forms and case, so that "ＡＢＣ", "Abc" and "abc" are one word. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export const isHan = (text: string): boolean => HAN.test(text);

/**
 * Index tokens of display text: every Chinese character and every pair of adjacent characters
 * (so two-character words such as 社保 are found exactly, longer ones by their pairs), and every
 * word of letters or digits, folded.
 */
export function textTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const term of fold(text).match(TERM) ?? []) {
    if (!isHan(term)) {
      tokens.push(term);
      continue;
    }
    const chars = [...term];
    chars.forEach((char, i) => {
      tokens.push(char);
      const next = chars[i + 1];
      if (next !== undefined) tokens.push(char + next);
    });
  }
  return tokens;
}

/** Runs converted to pinyin are remembered up to this many, then forgotten all at once. */
const MAX_REMEMBERED_RUNS = 20_000;
const rememberedRuns = new Map<string, string[]>();

/**
 * The syllables of each run of Chinese. Conversion is the costliest step of indexing, and a
 * province's catalogue names the same service and the same towns thousands of times over.
 */
const syllableRuns = (text: string): string[][] =>
  (fold(text).match(HAN_RUNS) ?? []).map((run) => {
    let syllables = rememberedRuns.get(run);
    if (!syllables) {
      syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
      if (rememberedRuns.size >= MAX_REMEMBERED_RUNS) rememberedRuns.clear();
      rememberedRuns.set(run, syllables);
    }
    return syllables;
  });

/**
 * Pinyin tokens of Chinese text: from every character, the syllables that follow it run
 * together ("shehuibaoxian", "huibaoxian", "baoxian", …), so that a citizen typing pinyin on a
 * phone finds a word wherever it stands in a name.
 */
export function pinyinTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const syllables of syllableRuns(text)) {
    for (let i = 0; i < syllables.length; i++) {
      tokens.push(syllables.slice(i, i + MAX_SYLLABLES).join(''));
    }
  }
  return tokens;
}

/**
 * The initials of each whole word or phrase ("社保" gives "sb", "公积金" gives "gjj"). Only whole
 * runs: initials of every stretch inside a long name would make short queries match at random.
 */
export function initialsTokens(text: string): string[] {
  return syllableRuns(text)
    .filter((syllables) => syllables.length > 1)
    .map((syllables) => syllables.map((syllable) => syllable[0]).join(''));
}

/**
 * What a citizen typed, as terms. The text is data, never syntax: only letters, digits and
 * Chinese characters survive, so quotes, operators and SQL have nothing to act on.
 */
export function queryTerms(q: string): QueryTerm[] {
  return (fold(q).match(TERM) ?? [])
    .slice(0, MAX_TERMS)
    .map((text) => (isHan(text) ? { kind: 'han', text } : { kind: 'word', text }));
}
