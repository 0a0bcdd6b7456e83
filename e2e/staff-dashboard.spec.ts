import { A11Y_TEST_TIMEOUT, expect, expectNoA11yViolations, test } from './fixtures';
import { signInPage, tabTo } from './staff-fixtures';

// The supervisors' dashboard against the real mock backend and its demo seed: a supervisor of
// gjj (zhao.lei) sees the department's figures, each chart with its data table and sentence;
// the pickers and tables are reached with the keyboard; a period the wrong way round is refused
// beside its field; axe finds nothing; a phone's width scrolls only inside the tables. One test
// per language (the axe scan rides along, as in the other staff specs). A reviewer who types the
// address is sent to the queue by the route's guard.

test.describe.configure({ timeout: A11Y_TEST_TIMEOUT });

const locales = [
  {
    prefix: '/zh',
    heading: '满意度和办理情况',
    department: '住房公积金',
    captions: [
      '满意度变化',
      '各项服务的满意度',
      '差评按期整改率',
      '超期未办结的事项',
      '各大厅的预约号源和爽约',
    ],
    apply: '更新',
    order: '开始日期不能晚于结束日期',
    from: '开始日期',
  },
  {
    prefix: '/en',
    heading: 'Satisfaction and service performance',
    department: 'Housing',
    captions: [
      'Satisfaction over time',
      'Satisfaction by service',
      'Negative reviews fixed on time',
      'Open items past their deadline',
      'Appointment seats and no-shows by hall',
    ],
    apply: 'Update',
    order: 'The start date must not be after the end date',
    from: 'Start date',
  },
] as const;

for (const locale of locales) {
  test(`${locale.prefix}: a supervisor reads the department's figures as tables, by keyboard`, async ({
    page,
  }) => {
    await signInPage(page, 'zhao.lei');
    await page.goto(`${locale.prefix}/staff/dashboard`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale.heading);
    await expect(page.locator('.dashboard__scope')).toContainText(locale.department);

    // Every chart has its data table (named by its caption) and a sentence; canvases are hidden.
    for (const caption of locale.captions) {
      const table = page.getByRole('table', { name: caption });
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr').first()).toBeVisible();
    }
    await expect(page.locator('.dashboard__summary')).toHaveCount(5);
    const canvases = page.locator('app-dashboard-chart canvas');
    expect(await canvases.count()).toBeGreaterThan(0);
    for (const canvas of await canvases.all()) {
      await expect(canvas).toHaveAttribute('aria-hidden', 'true');
    }
    // The demo seed rates gjj's services: the trend's first row has a published share.
    await expect(
      page.getByRole('table', { name: locale.captions[0] }).locator('tbody tr').first(),
    ).toContainText('%');

    // Keyboard only: the pickers, the button and the first table's scroll box.
    await page.locator('h1').focus();
    await tabTo(page, page.locator('#from'));
    await tabTo(page, page.locator('#to'));
    await tabTo(page, page.getByRole('button', { name: locale.apply }));
    // The table's scroll box (the section around it is a region of the same name).
    await tabTo(page, page.locator('.table-scroll').first());

    // A period the wrong way round is refused beside its field, in the page's language.
    await page.locator('#from').fill('2026-09-10');
    await page.locator('#to').fill('2026-09-01');
    await page.locator('#to').press('Enter');
    await expect(page.locator('#from-error')).toContainText(locale.order);
    await expect(page.locator('.error-summary, app-error-summary').first()).toContainText(
      locale.order,
    );
    await expectNoA11yViolations(page);

    // A valid year goes into the URL and comes back by month.
    await page.locator('#from').fill('2025-09-16');
    await page.locator('#to').fill('2026-09-15');
    await page.getByRole('button', { name: locale.apply }).click();
    await expect(page).toHaveURL(/from=2025-09-16&to=2026-09-15/);
    await expect(
      page.getByRole('table', { name: locale.captions[0] }).locator('thead th'),
    ).toHaveCount(2 + 13);

    // A phone: only the tables scroll sideways, never the page.
    await page.setViewportSize({ width: 320, height: 720 });
    await expect(page.getByRole('table', { name: locale.captions[4] })).toBeVisible();
    // Chart.js redraws its canvases for the new width on the next frame after a resize; until
    // then the old canvas may stick out, so the page is measured once the charts have followed.
    await expect
      .poll(() =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      )
      .toBeLessThanOrEqual(0);
  });
}

test('/en: a reviewer who types the dashboard’s address lands on the queue', async ({ page }) => {
  await signInPage(page, 'wang.min');
  await page.goto('/en/staff/dashboard');
  await expect(page).toHaveURL((url) => url.pathname === '/en/staff/queue');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review queue');
});
