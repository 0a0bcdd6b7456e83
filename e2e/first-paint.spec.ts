import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIResponse, Page } from '@playwright/test';
import { SEEDED } from '../test-fixtures/search-expectations';
import { expect, expectTakenOver, holdPageCode, test } from './fixtures';

// Catalogue pages arrive rendered: prerendered at build time (home, themes, guides…) or rendered
// by the server per request (search results). They read without JavaScript, the browser takes
// them over without errors or hydration mismatches, and every inline script is allowed by the
// page's own Content-Security-Policy and no other.

interface Locale {
  prefix: '/zh' | '/en';
  passportGuide: string;
  theme: string;
  searchLabel: string;
  searchButton: string;
  found: RegExp;
}

const zh: Locale = {
  prefix: '/zh',
  passportGuide: '普通护照首次申领',
  theme: '生育收养',
  searchLabel: '搜索办事服务',
  searchButton: '搜索',
  found: /找到 [\d,]+ 项服务/,
};
const en: Locale = {
  prefix: '/en',
  passportGuide: 'Applying for your first passport',
  theme: 'Birth, adoption and childcare',
  searchLabel: 'Search for a service',
  searchButton: 'Search',
  found: /[\d,]+ services? found/,
};

const THEME = 'birth-childcare';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of [zh, en]) {
    test(`${locale.prefix}: a guide reads in full`, async ({ page }) => {
      await page.goto(`${locale.prefix}/services/${SEEDED.passport}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.passportGuide);
      await expect(page.locator('.hall').first()).toBeVisible();
      await expect(page.locator('main table')).not.toHaveCount(0);
    });

    test(`${locale.prefix}: a theme lists its services`, async ({ page }) => {
      await page.goto(`${locale.prefix}/themes/${THEME}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.theme);
      await expect(page.locator('main a[href*="/services/"]').first()).toBeVisible();
    });

    test(`${locale.prefix}: the search form takes a citizen to rendered results`, async ({
      page,
    }) => {
      await page.goto(`${locale.prefix}/`);
      await page.getByLabel(locale.searchLabel).first().fill('passport');
      await page.getByRole('button', { name: locale.searchButton, exact: true }).first().click();
      await expect(page).toHaveURL(new RegExp(`${locale.prefix}/services\\?q=passport$`));
      await expect(page.locator('.results__count')).toHaveText(locale.found);
      await expect(page.locator('.result__title a').first()).toHaveText(locale.passportGuide);
    });
  }
});

/** The page types and how each is made; each is opened with JavaScript, in both languages. */
const pageTypes: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'home (prerendered)',
    path: '/',
    ready: (page) => expect(page.locator('.popular__item').first()).toBeVisible(),
  },
  {
    name: 'guide (prerendered)',
    path: `/services/${SEEDED.passport}`,
    ready: (page) => expect(page.locator('.hall').first()).toBeVisible(),
  },
  {
    name: 'theme (prerendered)',
    path: `/themes/${THEME}`,
    ready: (page) => expect(page.locator('main a[href*="/services/"]').first()).toBeVisible(),
  },
  {
    name: 'results (rendered per request)',
    path: '/services?q=passport',
    ready: (page) => expect(page.locator('.result__title a').first()).toBeVisible(),
  },
  {
    name: 'booking (rendered in the browser)',
    path: `/appointments/book?service=${SEEDED.passport}`,
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
];

for (const locale of [zh, en]) {
  for (const { name, path, ready } of pageTypes) {
    test(`${locale.prefix}: the ${name} page starts without errors, warnings or blocked scripts`, async ({
      page,
    }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      // Reported by the browser for anything the page's policy blocks, inline scripts included.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const started = page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/api/health',
      );
      await page.goto(`${locale.prefix}${path}`);
      await started;
      await ready(page);
      // Deferred parts (the footer survey) are drawn once the browser is idle.
      await expect(page.locator('app-page-feedback')).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
}

/**
 * A page rendered on the server paints from its HTML before it asks for any script
 * (mock-backend/src/paint-first.ts); a browser-rendered page asks for main at once, as it shows
 * nothing without it. Read from the browser's own timings of the first paint and each request.
 */
for (const { name, path, serverRendered } of [
  { name: 'guide (prerendered)', path: `/zh/services/${SEEDED.passport}`, serverRendered: true },
  { name: 'results (rendered per request)', path: '/en/services?q=passport', serverRendered: true },
  {
    name: 'booking (rendered in the browser)',
    path: '/zh/appointments/book',
    serverRendered: false,
  },
]) {
  test(`the ${name} page ${serverRendered ? 'paints before it fetches its scripts' : 'fetches main at once'}`, async ({
    page,
  }) => {
    const started = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/health',
    );
    await page.goto(path);
    await started;
    // A page drawn in the browser may answer its health check before it first paints.
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length),
      )
      .toBe(1);
    const timings = await page.evaluate(() => ({
      paint:
        performance
          .getEntriesByType('paint')
          .find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/(main|polyfills|chunk)-[A-Z0-9]{8}\.js$/.test(entry.name))
        .map((entry) => ({ name: entry.name, start: entry.startTime })),
    }));
    expect(timings.paint).not.toBeNull();
    expect(timings.scripts.some((script) => /\/main-/.test(script.name))).toBe(true);
    const first = Math.min(...timings.scripts.map((script) => script.start));
    if (serverRendered) expect(first).toBeGreaterThan(timings.paint ?? Infinity);
    else expect(first).toBeLessThan(timings.paint ?? 0);
  });
}

/** The routes the build prerendered (its own list), and addresses rendered on request. */
function servedPages(): string[] {
  const built = JSON.parse(
    readFileSync(resolve(__dirname, '../dist/portal/prerendered-routes.json'), 'utf8'),
  ) as { routes: Record<string, unknown> };
  const prerendered = Object.keys(built.routes);
  const rendered = [
    '/zh/services?q=社保',
    '/en/services?q=passport&sort=name',
    '/zh/services/XX-999',
  ];
  const browserOnly = ['/zh/appointments/book', '/en/feedback', '/zh/staff/sign-in', '/en/nowhere'];
  return [...prerendered, ...rendered, ...browserOnly];
}

/** Each inline script is allowed by the response's policy: its hash is listed, or its nonce is the policy's. */
function uncoveredScripts(response: APIResponse, html: string): string[] {
  const policy = response.headers()['content-security-policy'] ?? '';
  const scriptSrc =
    policy.split(';').find((directive) => directive.startsWith('script-src ')) ?? '';
  const sources = scriptSrc.split(' ').slice(1);
  expect(sources, 'no unsafe-inline for scripts').not.toContain("'unsafe-inline'");
  const uncovered: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (/\bsrc=/.test(attributes) || /type="application\/json"/.test(attributes)) continue;
    const nonce = /\bnonce="([^"]+)"/.exec(attributes)?.[1];
    const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const allowed =
      sources.includes(hash) || (nonce !== undefined && sources.includes(`'nonce-${nonce}'`));
    if (!allowed) uncovered.push(text.slice(0, 60));
  }
  return uncovered;
}

test('every served page allows exactly its own inline scripts', async ({ request }) => {
  test.setTimeout(180_000);
  const pages = servedPages();
  expect(pages.length).toBeGreaterThan(400);
  const nonces = new Set<string>();
  for (const path of pages) {
    const response = await request.get(encodeURI(path), { headers: { accept: 'text/html' } });
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html, path).toContain('<script');
    expect(uncoveredScripts(response, html), path).toEqual([]);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    if (nonce) nonces.add(nonce);
  }
  // Pages rendered on request each had a nonce of their own.
  expect(nonces.size).toBeGreaterThanOrEqual(3);
});

test('a search sent before the page’s own code has arrived is answered by the server', async ({
  page,
}) => {
  // The rendered form is still a plain GET form: the server answers it, nothing typed is lost.
  const code = await holdPageCode(page);
  await page.goto(`${zh.prefix}/services`);
  await code.held;
  const box = page.getByRole('search').getByRole('searchbox');
  await box.fill('passport');
  await box.press('Enter');
  code.release();
  await expect(page).toHaveURL(new RegExp(`${zh.prefix}/services\\?q=passport$`));
  await expect(page.locator('.results__count')).toHaveText(zh.found);
  await expect(page.locator('.result__title a').first()).toHaveText(zh.passportGuide);
  await expect(box).toHaveValue('passport');
  // The results page fetches the same code again; its handler may still be at work as it closes.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('words typed before the page’s own code has arrived stay, and the results follow them', async ({
  page,
}) => {
  const code = await holdPageCode(page);
  await page.goto(`${en.prefix}/services`);
  await code.held;
  const box = page.getByRole('search').getByRole('searchbox');
  await box.fill('passport');
  code.release();
  // The app takes the page over, and its first drawing of the field must not clear it.
  await expectTakenOver(page);
  await expect(box).toHaveValue('passport');
  await expect(page).toHaveURL(new RegExp(`${en.prefix}/services\\?q=passport$`));
  await expect(page.locator('.result__title a').first()).toHaveText(en.passportGuide);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
