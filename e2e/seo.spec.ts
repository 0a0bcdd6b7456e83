import type { Localized, ServiceGuidePage } from '@contract/catalogue';
import { SEEDED } from '../test-fixtures/search-expectations';
import { expect, test } from './fixtures';

// What a search engine or a chat app's link preview reads: the HTML as served, no JavaScript.
// The e2e server has no PUBLIC_ORIGIN, so its addresses start with http://localhost:<PORT>.
const locales = [
  { key: 'zh', lang: 'zh-CN', ogLocale: 'zh_CN', site: '江澄市政务服务网' },
  { key: 'en', lang: 'en', ogLocale: 'en_GB', site: 'Jiangcheng Government Services' },
] as const;

for (const locale of locales) {
  test(`a guide and a search say what they are in ${locale.lang}, without JavaScript`, async ({
    browser,
    request,
    baseURL,
  }) => {
    const code = SEEDED.passportReplacement;
    const { guide } = (await (
      await request.get(`/api/services/${code}`)
    ).json()) as ServiceGuidePage;
    const text = (value: Localized) => value[locale.key];
    const origin = `http://localhost:${new URL(baseURL ?? '').port}`;
    const address = (key: string, path: string) => `${origin}/${key}/${path}`;

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const head = (selector: string, name: string) =>
      page.locator(`head ${selector}`).getAttribute(name);
    await page.goto(`/${locale.key}/services/${code}`);

    const title = `${text(guide.name)} - ${locale.site}`;
    await expect(page).toHaveTitle(title);
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
    expect(await head('meta[name="description"]', 'content')).toBe(text(guide.summary));
    expect(await head('link[rel="canonical"]', 'href')).toBe(
      address(locale.key, `services/${code}`),
    );
    expect(await head('link[hreflang="zh-CN"]', 'href')).toBe(address('zh', `services/${code}`));
    expect(await head('link[hreflang="en"]', 'href')).toBe(address('en', `services/${code}`));
    expect(await head('link[hreflang="x-default"]', 'href')).toBe(
      address('zh', `services/${code}`),
    );
    expect(await head('meta[property="og:title"]', 'content')).toBe(title);
    expect(await head('meta[property="og:description"]', 'content')).toBe(text(guide.summary));
    expect(await head('meta[property="og:url"]', 'content')).toBe(
      address(locale.key, `services/${code}`),
    );
    expect(await head('meta[property="og:locale"]', 'content')).toBe(locale.ogLocale);
    expect(await head('meta[property="og:site_name"]', 'content')).toBe(locale.site);
    expect(await head('meta[property="og:type"]', 'content')).toBe('website');
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);

    // Results rendered per request: their words stay in the canonical address, the page goes.
    await page.goto(`/${locale.key}/services?q=${encodeURIComponent(text(guide.name))}&page=2`);
    const canonical = new URL((await head('link[rel="canonical"]', 'href')) ?? '');
    expect(`${canonical.origin}${canonical.pathname}`).toBe(address(locale.key, 'services'));
    expect(canonical.searchParams.get('q')).toBe(text(guide.name));
    expect(canonical.searchParams.has('page')).toBe(false);
    expect(await head('meta[name="description"]', 'content')).toContain(text(guide.name));
    await context.close();
  });
}

test('an address that does not exist answers 404, the pages drawn in the browser 200', async ({
  request,
}) => {
  // Search engines and link checkers read the status, not the not-found page's text.
  const missing = [
    '/zh/no-such-page',
    '/en/about/extra',
    '/zh/services/XX-999',
    '/en/themes/no-such-theme',
    '/zh/departments/nope',
  ];
  const drawnInBrowser = [
    '/zh/appointments',
    '/en/appointments/book',
    '/zh/feedback/track',
    '/en/staff/sign-in',
  ];
  for (const path of missing) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('<app-root');
  }
  for (const path of drawnInBrowser) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});
