// Plain values the SPA may import as well as the schemas (see eslint.config.js): no TypeBox here.
// One definition of "English text holds no Chinese", for what staff write for the English pages
// (a closure's English reason) and for the English translations (lint/english-translations).

/**
 * Characters English text never holds: Chinese characters (every Han block, not only the common
 * one), the CJK punctuation block (。、《》【】 and the ideographic space) and the full-width forms
 * (，：；（）！？ and full-width letters and digits), which a Chinese input method types when it
 * is left on. Everything else passes: Latin letters with accents, digits, ASCII and typographic
 * punctuation (’ “ ” – — …), symbols such as ¥ and %.
 */
const CHINESE_CHARACTERS = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';

/** A JSON Schema pattern for English text: none of those characters. Ajv compiles it with `u`. */
export const ENGLISH_TEXT_PATTERN = `^[^${CHINESE_CHARACTERS}]*$`;

/** Finds the first Chinese character or full-width mark in a text (not global, so reusable). */
export const CHINESE_IN_TEXT = new RegExp(`[${CHINESE_CHARACTERS}]`, 'u');
