import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  MAX_TERMS,
  initialsTokens,
  pinyinTokens,
  queryTerms,
  textTokens,
} from '../../src/catalogue/search-text.ts';

describe('search text', () => {
  test('indexes every Chinese character and every adjacent pair', () => {
    assert.deepEqual(textTokens('社保卡'), ['社', '社保', '保', '保卡', '卡']);
  });

  test('folds case and full-width forms of words and digits', () => {
    assert.deepEqual(textTokens('ＩＤ Card, CRJ-001'), ['id', 'card', 'crj', '001']);
  });

  test('gives pinyin from every syllable to the end of the word', () => {
    assert.deepEqual(pinyinTokens('社会保险'), ['shehuibaoxian', 'huibaoxian', 'baoxian', 'xian']);
  });

  test('gives initials of whole words only', () => {
    assert.deepEqual(initialsTokens('社保\n公积金\n证'), ['sb', 'gjj']);
  });

  test('keeps only letters, digits and Chinese characters of a query', () => {
    assert.deepEqual(queryTerms(`"护照" AND passp* NEAR(x) '-- );`), [
      { kind: 'han', text: '护照' },
      { kind: 'word', text: 'and' },
      { kind: 'word', text: 'passp' },
      { kind: 'word', text: 'near' },
      { kind: 'word', text: 'x' },
    ]);
    assert.deepEqual(queryTerms(`"*')-- ;`), []);
  });

  test('cuts a long query to a bounded number of terms', () => {
    assert.equal(queryTerms('a b c d e f g h i j k l').length, MAX_TERMS);
  });
});
