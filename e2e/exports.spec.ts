import type { Page } from '@playwright/test';
import { A11Y_TEST_TIMEOUT, expect, expectNoA11yViolations, test } from './fixtures';
import { signInPage } from './staff-fixtures';

// The downloads of issue 10: the review queue's "Download CSV" carries the page's filter and
// language (the browser's Accept-Language may differ: Playwright's is English), and
// the public results page links its figures as open data. Each link is followed with the page's
// own cookies and must answer the file in the right type; axe on both pages, both languages.

test.describe.configure({ timeout: A11Y_TEST_TIMEOUT });

const locales = [
  {
    prefix: '/zh',
    lang: 'zh',
    firstHeading: '编号',
    download: '下载 CSV',
    csv: '下载 CSV（可用 Excel 打开）',
    json: '下载 JSON',
  },
  {
    prefix: '/en',
    lang: 'en',
    firstHeading: 'ID',
    download: 'Download CSV',
    csv: 'Download CSV (opens in Excel)',
    json: 'Download JSON',
  },
] as const;

/** Follows a link with the page's cookies (a download would not show its headers) and reads it. */
async function follow(page: Page, name: string) {
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status(), href!).toBe(200);
  return { href: href!, response, body: await response.text() };
}

for (const locale of locales) {
  test.describe(locale.prefix, () => {
    test('the review queue downloads its current filter as CSV', async ({ page }) => {
      await signInPage(page, 'wang.min');
      await page.goto(`${locale.prefix}/staff/queue?due=overdue&sort=-received`);
      await expect(page.locator('a[href$="/staff/items/c9001"]')).toBeVisible();

      const { href, response, body } = await follow(page, locale.download);
      expect(href).toBe(
        `/api/staff/review/export.csv?due=overdue&sort=-received&lang=${locale.lang}`,
      );
      expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers()['content-disposition']).toMatch(/^attachment; /);
      expect(body.startsWith(`\uFEFF${locale.firstHeading},`)).toBe(true);
      // The seeded overdue item is in it; its citizen's mobile number is not.
      expect(body).toContain('\r\nc9001,');
      expect(body).not.toContain('13912345678');
      await expectNoA11yViolations(page);
    });

    test('the results page links its figures as open data', async ({ page }) => {
      await page.goto(`${locale.prefix}/feedback/results?by=hall`);
      await expect(page.locator('.results-table tbody tr').first()).toBeVisible();

      const csv = await follow(page, locale.csv);
      expect(csv.href).toBe('/api/open-data/satisfaction.csv?by=hall');
      expect(csv.response.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body.startsWith('\uFEFFby,id,name_zh,name_en,')).toBe(true);

      const json = await follow(page, locale.json);
      expect(json.href).toBe('/api/open-data/satisfaction.json?by=hall');
      expect(json.response.headers()['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(json.body)).toMatchObject({ by: 'hall', minimumRatings: 5 });
      await expectNoA11yViolations(page);
    });
  });
}
