// What the English-text rule (contract/constants/english-text.ts) refuses and what it lets
// through, for the server's tests and the staff form's specs: one list, so the API and the form
// are tried on the same text and cannot come to disagree.
//
// Plain data and no imports, as search-expectations.ts: Node's tests and Karma both load it.

/** What a Chinese input method left on types: characters, full-width marks, letters and space. */
export const NOT_ENGLISH: readonly string[] = [
  '系统故障',
  'System outage（network）',
  'Closed，back tomorrow',
  'Closed。',
  'Power cut\u3000today',
  'ＳＹＳＴＥＭ outage',
  'Closed for 中秋节',
];

/** English a hall may write: pinyin names, digits, typographic punctuation, accents, symbols. */
export const ENGLISH: readonly string[] = [
  'Closed for the Mid-Autumn Festival — back on 28 Sept., 09:00–17:00',
  'Power cut at Jiangcheng Citizen Centre (Zhongshan Rd. No. 8); call 12345',
  '“Café” repairs: the hall’s lifts & doors, 50% of windows… ¥0 fees',
];
