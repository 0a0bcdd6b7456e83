import type { APIRequestContext, Page } from '@playwright/test';
import { A11Y_TEST_TIMEOUT, expect, expectNoA11yViolations, test } from './fixtures';
import { signInPage, tabTo } from './staff-fixtures';

// A zwb supervisor (demo wu.fang) closes a hall for a morning; the citizen whose booking fell in
// it finds it cancelled by the hall, with the reason, the period and a link to book again, on
// the manage-booking page. Both languages, axe on both pages. Each language closes its own hall
// on the last bookable day (e2e clock 2026-09-15), where no other test books, so the closure
// cancels this test's booking alone.

test.describe.configure({ timeout: A11Y_TEST_TIMEOUT });

const SERVICE = 'GAJ-001';
const DAY = '2026-09-29';

interface Locale {
  prefix: '/zh' | '/en';
  hall: string;
  mobile: string;
  idNumber: string;
  text: {
    heading: string;
    hall: string;
    hallName: string;
    date: string;
    wholeDay: string;
    partDay: string;
    from: string;
    to: string;
    reasonZh: string;
    reasonEn: string;
    englishOnly: string;
    preview: string;
    previewHeading: string;
    confirm: string;
    done: RegExp;
    reference: string;
    lookupMobile: string;
    find: string;
    cancelledByHall: string;
    period: RegExp;
    bookAgain: string;
  };
}

const zh: Locale = {
  prefix: '/zh',
  hall: 'xincheng',
  mobile: '13900000291',
  idNumber: 'E29100001',
  text: {
    heading: '大厅停业',
    hall: '大厅',
    hallName: '新城',
    date: '日期',
    wholeDay: '全天',
    partDay: '部分时段',
    from: '开始时间',
    to: '结束时间',
    reasonZh: '原因（中文）',
    reasonEn: '原因（英文）',
    englishOnly: '英文原因请用英文填写，不能包含汉字或“，”“。”“（）”等全角标点',
    preview: '查看受影响的预约',
    previewHeading: '确认关闭前，请核对受影响的预约',
    confirm: '确认关闭并通知市民',
    done: /取消了 1 个预约/,
    reference: '预约号',
    lookupMobile: '预约时填写的手机号码',
    find: '查找预约',
    cancelledByHall: '大厅已取消这个预约',
    period: /2026-09-29\s+09:00–12:00暂停服务，原因：系统故障/,
    bookAgain: '重新预约',
  },
};

const en: Locale = {
  prefix: '/en',
  hall: 'linjiang',
  mobile: '13900000292',
  idNumber: 'E29200002',
  text: {
    heading: 'Hall closures',
    hall: 'Hall',
    hallName: 'Linjiang',
    date: 'Date',
    wholeDay: 'All day',
    partDay: 'Part of the day',
    from: 'Start time',
    to: 'End time',
    reasonZh: 'Reason (Chinese)',
    reasonEn: 'Reason (English)',
    englishOnly:
      'Write the English reason in English, without Chinese characters or full-width punctuation',
    preview: 'See affected appointments',
    previewHeading: 'Check the affected appointments before you close',
    confirm: 'Close and tell the people affected',
    done: /1 appointments were cancelled/,
    reference: 'Reference',
    lookupMobile: 'Mobile number you booked with',
    find: 'Find appointment',
    cancelledByHall: 'The hall cancelled this appointment',
    period: /closed on 2026-09-29,\s+09:00–12:00\. Reason: System outage/,
    bookAgain: 'Book again',
  },
};

/** A booking of the test's own inside the morning it closes. */
async function bookInsideTheMorning(request: APIRequestContext, locale: Locale): Promise<string> {
  const response = await request.post('/api/appointments', {
    headers: { 'Idempotency-Key': `e2e-closure-${locale.idNumber}-${Date.now()}` },
    data: {
      service: SERVICE,
      hall: locale.hall,
      date: DAY,
      time: '10:00',
      name: 'Closure Test',
      mobile: locale.mobile,
      idType: 'passport',
      idNumber: locale.idNumber,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

for (const locale of [zh, en]) {
  test(`${locale.prefix}: a supervisor closes a morning and the citizen's booking shows it cancelled by the hall`, async ({
    page,
  }) => {
    const { text } = locale;
    const reference = await bookInsideTheMorning(page.request, locale);
    await signInPage(page, 'wu.fang');

    await page.goto(`${locale.prefix}/staff/closures`);
    await expect(h1(page)).toHaveText(text.heading);
    const hall = page.getByLabel(text.hall, { exact: true });
    await expect(hall.locator('option', { hasText: text.hallName })).toHaveCount(1);
    await hall.selectOption(locale.hall);
    await page.getByLabel(text.date, { exact: true }).fill(DAY);
    // The keyboard reaches the period's radios and types the times.
    const partDay = page.getByLabel(text.partDay);
    await tabTo(page, page.getByLabel(text.wholeDay));
    await page.keyboard.press('ArrowDown');
    await expect(partDay).toBeChecked();
    await page.getByLabel(text.from).fill('09:00');
    await page.getByLabel(text.to).fill('12:00');
    await page.getByLabel(text.reasonZh).fill('系统故障');
    await page.getByLabel(text.reasonEn).fill('System outage');
    await page.getByLabel(text.reasonEn).press('Enter');

    const preview = page.getByRole('heading', { name: text.previewHeading });
    await expect(preview).toBeFocused();
    await expect(page.getByRole('rowheader', { name: reference })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: text.confirm }).click();
    await expect(page.getByRole('status').filter({ hasText: text.done })).toBeVisible();

    // The citizen looks the booking up.
    await page.goto(`${locale.prefix}/appointments/manage`);
    await page.getByLabel(text.reference, { exact: true }).fill(reference);
    await page.getByLabel(text.lookupMobile).fill(locale.mobile);
    await page.getByRole('button', { name: text.find }).click();
    await expect(page).toHaveURL(/\/appointments\/manage\/booking$/);
    await expect(page.getByRole('heading', { name: text.cancelledByHall })).toBeVisible();
    await expect(page.locator('main')).toContainText(text.period);
    const bookAgain = page.getByRole('link', { name: text.bookAgain });
    await expect(bookAgain).toHaveAttribute(
      'href',
      `${locale.prefix}/appointments/book?service=${SERVICE}`,
    );
    await expectNoA11yViolations(page);
  });
}

for (const locale of [zh, en]) {
  test(`${locale.prefix}: Chinese typed in the English reason is refused beside the field and in the summary`, async ({
    page,
  }) => {
    const { text } = locale;
    await signInPage(page, 'wu.fang');
    await page.goto(`${locale.prefix}/staff/closures`);
    await expect(h1(page)).toHaveText(text.heading);
    await page.getByLabel(text.hall, { exact: true }).selectOption(locale.hall);
    await page.getByLabel(text.date, { exact: true }).fill(DAY);
    await page.getByLabel(text.wholeDay).check();
    await page.getByLabel(text.reasonZh).fill('系统故障');
    // The input method was left on Chinese: characters and full-width brackets.
    const reasonEn = page.getByLabel(text.reasonEn);
    await reasonEn.fill('系统故障（网络）');
    await page.getByRole('button', { name: text.preview }).click();

    const summary = page.getByRole('alert').filter({ hasText: text.englishOnly });
    await expect(summary).toBeFocused();
    await expect(page.locator('#reasonEn-error')).toContainText(text.englishOnly);
    await expect(reasonEn).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { name: text.previewHeading })).toHaveCount(0);
    await expectNoA11yViolations(page);

    // The summary's link leads to the field; English goes on to the preview.
    await summary.getByRole('link', { name: text.englishOnly }).click();
    await expect(reasonEn).toBeFocused();
    await reasonEn.fill('System outage (network)');
    await page.getByRole('button', { name: text.preview }).click();
    await expect(page.getByRole('heading', { name: text.previewHeading })).toBeFocused();
  });
}
