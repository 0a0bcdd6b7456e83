import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The WCAG 2.2 AA conformance the portal is held to (axe's tags for each level it adds). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface A11yOptions {
  /** CSS selectors to limit the scan to, e.g. an open dialog. */
  include?: string | string[];
  /** CSS selectors to leave out, e.g. a third-party widget checked elsewhere. */
  exclude?: string | string[];
  /** axe rule ids to skip; say why beside the call. */
  disableRules?: string[];
}

export const test = base;
export { expect };

/**
 * Test timeout for a test that scans a page with axe: one scan took up to 33 s on this 2-core
 * machine at load average 11, twice the time of any other test, so twice the usual limit in
 * playwright.config.ts. Set it with `test.describe.configure({ timeout: A11Y_TEST_TIMEOUT })`
 * around tests that scan one page each.
 */
export const A11Y_TEST_TIMEOUT = 180_000;

/** Scans the page as it stands with axe-core and fails listing every violation found. */
export async function expectNoA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  // Only violations are read: axe then skips building selectors and HTML for every element
  // that passed, most of a scan's time on a long page. Set first: options() replaces the rest.
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS);
  for (const selector of [options.include ?? []].flat()) builder = builder.include(selector);
  for (const selector of [options.exclude ?? []].flat()) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);

  const { violations } = await builder.analyze();
  // One line per rule and its targets reads better in a failure than axe's full result objects.
  const found = violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} — ${targets}`;
  });
  const help = violations.length ? `; rule details: ${violations[0]?.helpUrl}` : '';
  expect(found, `${found.length} accessibility violation(s) on ${page.url()}${help}`).toEqual([]);
}

/**
 * Opens a server-rendered page and waits until the browser app has started on it (once started
 * and idle, it checks the connection), so what the test does next reaches Angular, not the plain
 * HTML.
 */
export async function gotoStarted(page: Page, url: string): Promise<void> {
  const started = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/health',
  );
  await page.goto(url);
  await started;
  // Drawn once the app is idle. The shell can be idle while the page's own code is still on its
  // way, so that alone does not prove the page is Angular's yet.
  await expect(page.locator('app-page-feedback')).toBeAttached();
  await expectTakenOver(page);
}

/**
 * Waits until the app has adopted every part of the rendered page that is not deferred on
 * purpose. Hydration takes `ngh` off each component it adopts and `jsaction` off each element
 * once its listeners are Angular's; until then Enter in the search form is the browser's own
 * GET. Elements of a block hydrated later (`@defer (hydrate on …)`, marked `ngb`) keep theirs.
 */
export async function expectTakenOver(page: Page): Promise<void> {
  await expect(page.locator('[ngh], [jsaction]:not([ngb])')).toHaveCount(0);
}

/**
 * Holds back the code of the catalogue's pages, as a slow connection would, until `release` is
 * called: the page is then drawn and the shell may have started, but the page itself is still
 * the server's HTML. `held` resolves once the browser has asked for that code.
 */
export async function holdPageCode(
  page: Page,
): Promise<{ held: Promise<void>; release: () => void }> {
  let released = false;
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  await page.route(/\/chunk-[A-Z0-9]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('app-service-search') && !released) {
      holding();
      while (!released) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await route.fulfill({ response, body });
  });
  return { held, release: () => (released = true) };
}
