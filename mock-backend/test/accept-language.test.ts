import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preferredLocale } from '../src/accept-language.ts';

test('English only when the client clearly prefers it over Chinese', () => {
  const cases: [string | undefined, 'zh' | 'en'][] = [
    [undefined, 'zh'],
    ['', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-TW,zh;q=0.9', 'zh'],
    ['en', 'en'],
    ['EN-us', 'en'],
    ['en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en;q=0.5,zh;q=0.5', 'zh'],
    ['en;q=0.5,zh;q=0.6', 'zh'],
    ['de,en;q=0.3', 'en'],
    ['de,fr', 'zh'],
    ['en;q=0', 'zh'],
    ['*', 'zh'],
    ['en,*;q=0.5', 'en'],
    ['zh;q=0.1,*;q=0.9', 'en'],
    ['en;q=2', 'zh'],
    ['en;q=abc', 'zh'],
    [';;,,', 'zh'],
  ];
  for (const [header, expected] of cases) {
    assert.equal(preferredLocale(header), expected, String(header));
  }
});
