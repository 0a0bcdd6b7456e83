import { A11Y_TEST_TIMEOUT, expect, expectNoA11yViolations, test } from './fixtures';
import { signInPage, tabTo } from './staff-fixtures';

// The hall's day against the real mock backend and its seeded demo appointments
// (mock-backend/src/seed/hall-day.ts): the 市民中心 hall clerk lin.na checks a citizen in by
// typing the reference as a USB scanner does (text + Enter), then opens the working day before,
// whose slots have ended by the server's clock (PORTAL_NOW is 2026-09-15 09:00, when no slot of
// the day has ended yet), and marks a no-show after confirming. Keyboard only, on a 320 px phone,
// axe on the list and on the confirmation; one test per language, each with appointments of its
// own so the two can run in parallel.

test.describe.configure({ timeout: A11Y_TEST_TIMEOUT });

const TODAY = '2026-09-15';
const BEFORE = '2026-09-14';

const locales = [
  {
    prefix: '/zh',
    checkIn: 'HDZH-CK2A',
    noShow: 'HDZH-NS3B',
    text: {
      heading: '大厅当日预约',
      documents: /\S；\S/,
      field: '签到：输入或扫描预约号',
      checkedIn: /HDZH-CK2A）已签到/,
      attended: '已签到',
      date: '日期',
      markNoShow: '标记未到',
      confirm: '确认未到',
      marked: /HDZH-NS3B）已标记为未到/,
      noShow: '未到',
    },
  },
  {
    prefix: '/en',
    checkIn: 'HDEN-CK2A',
    noShow: 'HDEN-NS3B',
    text: {
      heading: 'The hall’s day',
      documents: /^[^；]*\S; \S[^；]*$/,
      field: 'Check in: type or scan the reference',
      checkedIn: /\(HDEN-CK2A\) is checked in/,
      attended: 'Checked in',
      date: 'Date',
      markNoShow: 'Mark as no-show',
      confirm: 'Confirm no-show',
      marked: /\(HDEN-NS3B\) is marked as a no-show/,
      noShow: 'No-show',
    },
  },
] as const;

test.use({ viewport: { width: 320, height: 640 } });

for (const { prefix, checkIn, noShow, text } of locales) {
  test(`${prefix}: a hall clerk checks a citizen in and marks a no-show, keyboard only`, async ({
    page,
  }) => {
    await signInPage(page, 'lin.na');
    await page.goto(`${prefix}/staff/hall?date=${TODAY}`);
    await expect(page.getByRole('heading', { level: 1, name: text.heading })).toBeVisible();
    const row = page.getByRole('listitem').filter({ hasText: checkIn });
    await expect(row).toBeVisible();
    // Masked: the family name's first character, the mobile's middle hidden.
    await expect(row).toContainText('138****');
    // HDZH-CK2A's two documents are joined as the page's language joins a list.
    await expect(
      page.getByRole('listitem').filter({ hasText: 'HDZH-CK2A' }).locator('dd').nth(2),
    ).toHaveText(text.documents);
    await expectNoA11yViolations(page);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );

    // A scanner types the QR code's text and Enter.
    const field = page.getByLabel(text.field);
    await tabTo(page, field);
    await page.keyboard.type(checkIn.toLowerCase());
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: text.checkedIn })).toBeVisible();
    await expect(row).toContainText(text.attended);
    await expect(field).toHaveValue('');

    // The working day before: its slots have ended, so a no-show is offered.
    const date = page.getByLabel(text.date);
    await tabTo(page, date);
    await date.fill(BEFORE);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`date=${BEFORE}`));
    const missed = page.getByRole('listitem').filter({ hasText: noShow });
    await expect(missed).toBeVisible();
    await tabTo(page, missed.getByRole('button', { name: text.markNoShow }));
    await page.keyboard.press('Enter');
    const confirm = missed.getByRole('button', { name: text.confirm });
    await expect(confirm).toBeVisible();
    await expectNoA11yViolations(page);
    await tabTo(page, confirm);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: text.marked })).toBeVisible();
    await expect(missed).toContainText(text.noShow);
    await expect(missed.getByRole('button')).toHaveCount(0);
  });
}
