import type { Locator, Page } from '@playwright/test';
import { FIRST_RESULTS, SEEDED } from '../test-fixtures/search-expectations';
import { A11Y_TEST_TIMEOUT, expect, expectNoA11yViolations, gotoStarted, test } from './fixtures';

// The service catalogue against the real mock backend and its seed: search in Chinese, English,
// pinyin and initials, filters, the empty and failed states, Back and Forward from the store,
// accessibility in both languages, a keyboard-only journey and phone widths.

interface Locale {
  prefix: '/zh' | '/en';
  text: {
    found: RegExp;
    noMatch: string;
    partial: string;
    spelling: string;
    errorHeading: string;
    retry: string;
    passportGuide: string;
    searchLabel: string;
    next: string;
  };
}

const zh: Locale = {
  prefix: '/zh',
  text: {
    found: /找到 ([\d,]+) 项服务/,
    noMatch: '没有找到与“zzqqxx”相符的服务',
    partial: '没有完全匹配的服务，以下服务与部分词语相符',
    spelling: '检查是否有错别字',
    errorHeading: '暂时无法显示服务列表',
    retry: '重试',
    passportGuide: '普通护照首次申领',
    searchLabel: '搜索办事服务',
    next: '下一页',
  },
};

const en: Locale = {
  prefix: '/en',
  text: {
    found: /([\d,]+) services found/,
    noMatch: 'No services match ‘zzqqxx’',
    partial: 'No service matches all of your words; these match some',
    spelling: 'check the spelling',
    errorHeading: 'The list of services cannot be shown at the moment',
    retry: 'Try again',
    passportGuide: 'Applying for your first passport',
    searchLabel: 'Search for a service',
    next: 'Next',
  },
};

const results = (page: Page): Locator => page.locator('.result__title a');
const count = (page: Page): Locator => page.locator('.results__count');
/** Waits until the list shows the current URL's results, not the previous ones kept while loading. */
const settled = (page: Page) =>
  expect(page.locator('.results-layout__main')).toHaveAttribute('aria-busy', 'false');

/** The number of services the results count says were found, once the list has loaded. */
async function foundCount(page: Page, locale: Locale): Promise<number> {
  await expect(count(page)).toHaveText(locale.text.found);
  const match = (await count(page).textContent())!.match(locale.text.found)!;
  return Number(match[1].replace(/,/g, ''));
}

async function openResults(page: Page, locale: Locale, query: string): Promise<void> {
  // The results arrive rendered; typing and tapping must reach the app, so wait until it has
  // started on the page (its scripts are fetched only after the first paint).
  await gotoStarted(page, `${locale.prefix}/services?${query}`);
  await settled(page);
  await expect(count(page)).toHaveText(locale.text.found);
}

/** Requests for search results (not guides), counted from the moment this is called. */
function countSearchRequests(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/services') counter.count++;
  });
  return counter;
}

test.describe('search finds the services citizens mean', () => {
  for (const [query, code] of FIRST_RESULTS) {
    test(`“${query}” lists ${code} first`, async ({ page }) => {
      await openResults(page, zh, `q=${encodeURIComponent(query)}`);
      await expect(results(page).first()).toHaveAttribute('href', `/zh/services/${code}`);
    });
  }

  test('marks the words that matched, in Chinese and in English', async ({ page }) => {
    await openResults(page, zh, `q=${encodeURIComponent('护照')}`);
    await expect(results(page).first().locator('mark').first()).toHaveText('护照');
    await openResults(page, en, 'q=passport');
    await expect(results(page).first().locator('mark').first()).toHaveText(/^passport$/i);
  });

  test('a search typed on the home page opens the results', async ({ page }) => {
    await page.goto('/zh/');
    await page.getByLabel(zh.text.searchLabel).fill('护照');
    await page.getByLabel(zh.text.searchLabel).press('Enter');
    await expect(page).toHaveURL(/\/zh\/services\?q=%E6%8A%A4%E7%85%A7$/);
    await expect(results(page).first()).toHaveText(zh.text.passportGuide);
  });

  test('typing on the results page updates them without a new history entry', async ({ page }) => {
    await page.goto('/zh/');
    await openResults(page, zh, 'q=passport');
    const box = page.getByLabel(zh.text.searchLabel);
    await box.fill('社保');
    await expect(page).toHaveURL(/q=%E7%A4%BE%E4%BF%9D/);
    await expect(results(page).first()).toHaveAttribute(
      'href',
      `/zh/services/${SEEDED.socialInsurance}`,
    );
    await page.goBack();
    await expect(page).toHaveURL(/\/zh\/$/);
  });
});

test('a filter narrows the results, its count becoming the new total', async ({ page }) => {
  await openResults(page, zh, `q=${encodeURIComponent('社保')}`);
  const before = await foundCount(page, zh);
  const filter = page
    .locator('app-search-filters')
    .getByRole('link', { name: /江澄市人力资源和社会保障局/ });
  const filterCount = Number((await filter.textContent())!.match(/\((\d+)\)/)![1]);
  expect(filterCount).toBeLessThan(before);

  await filter.click();
  await expect(page).toHaveURL(/department=rsj/);
  await expect(count(page)).toHaveText(new RegExp(`找到 ${filterCount} 项服务`));
  // The chosen filter is shown with a way to remove it.
  await page.locator('app-search-filters').getByRole('link', { name: /移除/ }).click();
  await expect(count(page)).toHaveText(new RegExp(`找到 ${before} 项服务`));
});

for (const locale of [zh, en]) {
  test(`${locale.prefix}: a search that finds nothing offers suggestions`, async ({ page }) => {
    await page.goto(`${locale.prefix}/services?q=zzqqxx`);
    await expect(page.getByRole('heading', { name: locale.text.noMatch })).toBeVisible();
    await expect(page.getByText(locale.text.spelling)).toBeVisible();
    await expect(page.locator('.results__popular a')).toHaveCount(4);
  });

  test(`${locale.prefix}: a search no service matches whole lists those matching some words`, async ({
    page,
  }) => {
    await openResults(page, locale, `q=${encodeURIComponent('护照 补发 zzqqxx')}`);
    await expect(page.getByText(locale.text.partial)).toBeVisible();
    await expect(results(page).first()).toHaveAttribute(
      'href',
      `${locale.prefix}/services/${SEEDED.passportReplacement}`,
    );
  });
}

test('Back and Forward show earlier results from the store, without asking again', async ({
  page,
}) => {
  await openResults(page, zh, `q=${encodeURIComponent('社保')}`);
  await page.getByRole('link', { name: zh.text.next }).click();
  await expect(page).toHaveURL(/page=2/);
  await settled(page);
  await expect(count(page)).toHaveText(zh.text.found);
  const secondPageFirst = await results(page).first().textContent();
  await results(page).first().click();
  await expect(page.locator('app-service-guide h1')).toBeVisible();

  const requests = countSearchRequests(page);
  await page.goBack();
  await expect(page).toHaveURL(/page=2/);
  await expect(results(page).first()).toHaveText(secondPageFirst!);
  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(results(page).first()).toHaveAttribute(
    'href',
    `/zh/services/${SEEDED.socialInsurance}`,
  );
  await page.goForward();
  await expect(results(page).first()).toHaveText(secondPageFirst!);
  expect(requests.count).toBe(0);
});

const searchApi = (url: URL): boolean => url.pathname === '/api/services';

/**
 * Searches from the results page in the browser, so that the API call is the browser's own:
 * a results address opened directly is rendered by the server, which no route can fail.
 */
async function searchInBrowser(page: Page, text: string, prefix = '/zh'): Promise<void> {
  await gotoStarted(page, `${prefix}/services`);
  const box = page.getByRole('search').getByRole('searchbox');
  await box.fill(text);
  await box.press('Enter');
}

test('a failed search says so in the page’s language and Retry recovers', async ({ page }) => {
  await page.route(searchApi, (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: '/problems/internal',
        title: 'Internal Server Error',
        status: 500,
      }),
    }),
  );
  await searchInBrowser(page, '护照');
  const alert = page.locator('.results__error');
  await expect(alert).toContainText(zh.text.errorHeading);
  await expect(alert).not.toContainText('Internal Server Error');

  await page.unroute(searchApi);
  await alert.getByRole('button', { name: zh.text.retry }).click();
  await expect(results(page).first()).toHaveText(zh.text.passportGuide);
});

test('a filter the server does not know offers to clear the filters, not to try again', async ({
  page,
}) => {
  await gotoStarted(page, '/en/services?q=passport&theme=nope');
  const alert = page.locator('.results__error');
  await expect(alert).toContainText('We could not find that life event.');
  await expect(alert.getByRole('button')).toHaveCount(0);
  await alert.getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/en\/services\?q=passport$/);
  await expect(results(page).first()).toHaveText(en.text.passportGuide);
});

test('a page past the last says so and leads to the last page', async ({ page }) => {
  // An old link, or a list that has shrunk since: not an empty list with a count above it.
  await gotoStarted(page, '/en/services?q=passport&page=50');
  await expect(page.locator('.results__beyond')).toContainText(
    'There are no services on this page. The last page is page 1.',
  );
  await expect(results(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Go to page 1' }).click();
  await expect(page).toHaveURL(/\/en\/services\?q=passport$/);
  await expect(results(page).first()).toHaveText(en.text.passportGuide);
});

test('an unknown service code shows not-found content with a link to search', async ({ page }) => {
  await page.goto('/zh/services/XX-999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到该服务');
  await page.getByRole('main').getByRole('link', { name: '搜索办事服务' }).click();
  await expect(page).toHaveURL(/\/zh\/services$/);
  // The search page opened without words lists every service rather than "searching…" for ever.
  await expect(count(page)).toHaveText(zh.text.found);
  await expect(results(page)).toHaveCount(20);
});

for (const locale of [zh, en]) {
  test(`${locale.prefix}: the search page opened without words lists every service`, async ({
    page,
  }) => {
    const all = await page.request.get('/api/services');
    const { total } = (await all.json()) as { total: number };
    // Rendered by the server: the booking page without a service and the not-found pages send
    // citizens here to pick one.
    await page.goto(`${locale.prefix}/services`);
    expect(await foundCount(page, locale)).toBe(total);
    await expect(results(page)).toHaveCount(20);
    await expect(page.getByRole('link', { name: locale.text.next })).toBeVisible();
  });
}

test('the home page switches between services for individuals and for businesses', async ({
  page,
}) => {
  // Once the app has taken the page over: a tap made while it is doing so is a case of its own,
  // rarely lost (docs/decisions.md, "A tap lost at the moment the app takes over"); taps before
  // it starts are e2e/first-paint.spec.ts's.
  await gotoStarted(page, '/zh/');
  const firstPopular = page.locator('.popular__item a').first();
  await expect(firstPopular).toBeVisible();
  const individual = await firstPopular.textContent();
  await page.getByRole('link', { name: '法人办事' }).click();
  await expect(page).toHaveURL(/\/zh\/\?for=business$/);
  await expect(page.getByRole('link', { name: '法人办事' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(firstPopular).not.toHaveText(individual!);
  await expect(page.locator('.card a').first()).toHaveAttribute('href', /\/zh\/themes\//);
});

test('an unknown theme or department shows not-found content', async ({ page }) => {
  await page.goto('/zh/themes/no-such-theme');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到该页面');
  await page.goto('/en/departments/nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Browse by department' }),
  ).toBeVisible();
});

test('a theme page lists its services and takes its title from the theme', async ({ page }) => {
  await page.goto(`/en/themes/${SEEDED.passportTheme}`);
  await expect(count(page)).toHaveText(en.text.found);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page).toHaveTitle(`${heading} - Jiangcheng Government Services`);
  await expect(page.locator('app-search-filters')).not.toContainText('Life event');
});

test('the guide shows every section and names the page after the service', async ({ page }) => {
  await page.goto(`/zh/services/${SEEDED.passport}`);
  await expect(page).toHaveTitle('普通护照首次申领 - 江澄市政务服务网');
  const main = page.getByRole('main');
  for (const heading of ['办理要点', '受理条件', '申请材料', '办理流程', '办理地点', '设定依据']) {
    await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  // The guide has a second table now, the satisfaction figures: name the materials one.
  await expect(main.getByRole('table', { name: '需要准备的材料' })).toBeVisible();
  await expect(main.getByRole('link', { name: '在线申请' })).toHaveAttribute('href', /^https:\/\//);
});

test('a related service opens in the same page with its own body, not the first guide’s', async ({
  page,
}) => {
  // The first guide arrives drawn by the server and is taken over by the app: moving to another
  // guide inside the app must redraw the whole body, not only the heading.
  await gotoStarted(page, `/zh/services/${SEEDED.passport}`);
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  const main = page.getByRole('main');
  await expect(main.getByRole('table', { name: '需要准备的材料' })).toContainText('户口簿');
  const related = page.getByRole('complementary', { name: '相关服务' });
  await related.scrollIntoViewIfNeeded();
  await related.getByRole('link', { name: '普通护照补发' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('普通护照补发');
  await expect(main.getByRole('table', { name: '需要准备的材料' })).toContainText(
    '护照遗失、被盗情况说明',
  );
  await expect(main.locator('.summary-list').first()).toContainText('10 个工作日');
  // Moved inside the app, not by loading the other guide's page from the server.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    true,
  );
});

/** A catalogue page for axe, and what it shows once it has loaded what it is for. */
interface A11yPage {
  name: string;
  path: string;
  ready(page: Page, locale: Locale): Promise<void>;
}

const resultsShown = async (page: Page, locale: Locale) => {
  await settled(page);
  await expect(count(page)).toHaveText(locale.text.found);
};

const a11yPages: A11yPage[] = [
  {
    name: 'home',
    path: '/',
    ready: async (page) => {
      await expect(page.locator('.card').first()).toBeVisible();
      await expect(page.locator('.popular__item').first()).toBeVisible();
    },
  },
  { name: 'results', path: `/services?q=${encodeURIComponent('社保')}`, ready: resultsShown },
  {
    name: 'no results',
    path: '/services?q=zzqqxx',
    ready: (page, locale) =>
      expect(page.getByRole('heading', { name: locale.text.noMatch })).toBeVisible(),
  },
  {
    name: 'past the last',
    path: '/services?q=passport&page=50',
    ready: (page) => expect(page.locator('.results__beyond a')).toBeVisible(),
  },
  {
    name: 'refused filter',
    path: '/services?q=passport&theme=nope',
    ready: (page) => expect(page.locator('.results__error a')).toBeVisible(),
  },
  { name: 'theme', path: `/themes/${SEEDED.passportTheme}`, ready: resultsShown },
  { name: 'department', path: `/departments/${SEEDED.passportDepartment}`, ready: resultsShown },
  {
    name: 'departments',
    path: '/departments',
    ready: (page) => expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible(),
  },
  {
    name: 'guide',
    path: `/services/${SEEDED.passport}`,
    ready: async (page, locale) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.text.passportGuide);
      await expect(page.locator('.hall').first()).toBeVisible();
    },
  },
];

test.describe('accessibility', () => {
  // One page per test, so a slow page fails alone and names itself.
  test.describe.configure({ timeout: A11Y_TEST_TIMEOUT });

  for (const locale of [zh, en]) {
    for (const { name, path, ready } of a11yPages) {
      test(`${locale.prefix}: the ${name} page (${path}) has no axe violations`, async ({
        page,
      }) => {
        await page.goto(`${locale.prefix}${path}`);
        await ready(page, locale);
        await expectNoA11yViolations(page);
      });
    }

    test(`${locale.prefix}: the error state has no axe violations`, async ({ page }) => {
      await page.route(searchApi, (route) => route.abort());
      await searchInBrowser(page, 'passport', locale.prefix);
      await expect(page.locator('.results__error')).toContainText(locale.text.errorHeading);
      await expectNoA11yViolations(page);
    });
  }
});

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('a keyboard alone goes from home to search, filter and guide', async ({ page }) => {
  await page.goto('/zh/');
  await expect(page.locator('.popular__item').first()).toBeVisible();

  await tabTo(page, page.getByLabel(zh.text.searchLabel));
  await page.keyboard.type('护照');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/services\?q=/);
  await expect(count(page)).toHaveText(zh.text.found);

  const filter = page
    .locator('app-search-filters')
    .getByRole('link', { name: /江澄市公安局出入境管理局/ });
  await tabTo(page, filter);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`department=${SEEDED.passportDepartment}\\b`));
  await expect(page.locator('app-search-filters')).toContainText('移除');

  const first = results(page).first();
  await expect(first).toHaveText(zh.text.passportGuide);
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.text.passportGuide);
});

test.describe('375 px phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  for (const locale of [zh, en]) {
    test(`${locale.prefix}: results and guide fit without scrolling sideways`, async ({ page }) => {
      for (const [path, ready] of [
        [`/services?q=${encodeURIComponent('社保')}`, count(page)],
        [`/services/${SEEDED.passport}`, page.locator('.hall').first()],
      ] as const) {
        await page.goto(`${locale.prefix}${path}`);
        await expect(ready).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });

    test(`${locale.prefix}: filters fold behind a button on phones`, async ({ page }) => {
      await openResults(page, locale, 'q=passport');
      const filters = page.locator('#search-filters-body');
      await expect(filters).toBeHidden();
      await page.locator('.filters__toggle').click();
      await expect(filters).toBeVisible();
    });
  }
});
