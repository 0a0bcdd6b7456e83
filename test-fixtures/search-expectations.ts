// What the seeded catalogue must answer, for every suite that checks it against the real seed:
// the server tests, the end-to-end tests and the Lighthouse benchmark. One list, so a change of
// the seed is one change here and not a hunt through three suites that disagree.
//
// Plain data and no imports: the mock backend's tests, Playwright's TypeScript and the
// benchmarks' ES modules (run with tsx) all load it, and none of the lint boundaries apply.

/** Services the seed holds that tests open by code, and the theme and department they sit in. */
export const SEEDED = {
  /** 普通护照首次申领, Applying for your first passport. */
  passport: 'CRJ-001',
  /** 普通护照换发, the renewal: second for every passport search. */
  passportRenewal: 'CRJ-002',
  /** 普通护照补发, a lost passport: first for "护照 补发". */
  passportReplacement: 'CRJ-003',
  /** 社会保险个人参保证明打印, the proof of contributions: first for social-insurance searches. */
  socialInsurance: 'RSJ-005',
  /** 居民身份证有效期满换领, renewing an ID card: first for "身份证". */
  idCard: 'GAJ-002',
  /** The passport's theme and department, each with a page of its own. */
  passportTheme: 'exit-entry',
  passportDepartment: 'crj',
  socialInsuranceTheme: 'social-insurance',
} as const;

export interface SearchExpectation {
  /** What the citizen means, for test names. */
  readonly meaning: string;
  /** What they type: Chinese, English, pinyin or initials, in any case. */
  readonly queries: readonly string[];
  /** The service they mean, which must be listed first. */
  readonly first: string;
}

/** Searches citizens type and the service each must list first. */
export const SEARCHES = {
  socialInsurance: {
    meaning: 'social insurance',
    queries: ['社保', 'shebao', 'sb'],
    first: SEEDED.socialInsurance,
  },
  passport: {
    meaning: 'a first passport',
    queries: ['护照', 'passport', 'Passport', 'PASSP', 'huzhao'],
    first: SEEDED.passport,
  },
} as const satisfies Record<string, SearchExpectation>;

/** Every query of SEARCHES with the code it must list first. */
export const FIRST_RESULTS: readonly (readonly [query: string, code: string])[] = Object.values(
  SEARCHES,
).flatMap(({ queries, first }) => queries.map((q) => [q, first] as const));
