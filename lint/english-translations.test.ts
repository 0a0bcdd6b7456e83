import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { CHINESE_IN_TEXT } from '../contract/constants/english-text.ts';

// The English pages' text has no Chinese left in it, but for the few places where Chinese is the
// point: examples of what to type in Chinese (search, a closure's Chinese reason).

const translations = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../src/locale/messages.en.json'), 'utf8'),
) as { translations: Record<string, string> };

const CHINESE_ON_PURPOSE = new Set([
  'catalogue.none.pinyin',
  'catalogue.search.hint',
  'staff.closures.reasonHint',
]);

test('English translations hold no Chinese characters or full-width punctuation', () => {
  const chinese = Object.entries(translations.translations)
    .filter(([id, text]) => !CHINESE_ON_PURPOSE.has(id) && CHINESE_IN_TEXT.test(text))
    .map(([id, text]) => `${id}: ${text}`);
  assert.deepEqual(chinese, []);
});
