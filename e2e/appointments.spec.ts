import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

// Booking a hall visit and managing the booking, against the real server with its clock at
// PORTAL_NOW (Tuesday 15 September 2026, 09:00 in Shanghai; see playwright.config.ts): a
// keyboard-only booking from a guide to the confirmation in both languages, reschedule and
// cancel through the manage pages, choices kept across reload and the language switch, axe on
// every step, and 320 px without scrolling sideways. Every test books as a person of its own,
// since the server allows one active booking per person and service.

const SERVICE = 'CRJ-001';

interface Locale {
  prefix: '/zh' | '/en';
  other: { prefix: '/zh' | '/en'; link: string };
  text: {
    cta: string;
    hall: string;
    day: string;
    time: string;
    details: string;
    check: string;
    incomplete: string;
    mobileError: string;
    idNumberMissing: string;
    booked: string;
    bookedAlready: string;
    continue: string;
    confirm: string;
    problem: string;
    name: string;
    mobile: string;
    idNumber: string;
    lookup: string;
    reference: string;
    lookupMobile: string;
    find: string;
    reschedule: string;
    rescheduleConfirm: string;
    rescheduled: string;
    cancel: string;
    cancelConfirm: string;
    cancelled: string;
  };
}

const zh: Locale = {
  prefix: '/zh',
  other: { prefix: '/en', link: 'English' },
  text: {
    cta: '预约到大厅办理',
    hall: '您要到哪个大厅办理？',
    day: '您哪天来办理？',
    time: '您几点来？',
    details: '您的信息',
    check: '提交预约前，请核对您填写的信息',
    incomplete: '有些信息缺少或需要更正',
    mobileError: '输入 11 位手机号码，例如 13812345678',
    idNumberMissing: '输入证件号码',
    booked: '预约成功',
    bookedAlready: '您已提交这个预约',
    continue: '继续',
    confirm: '确认并提交预约',
    problem: '出现问题',
    name: '姓名',
    mobile: '手机号码',
    idNumber: '证件号码',
    lookup: '查看、改期或取消预约',
    reference: '预约号',
    lookupMobile: '预约时填写的手机号码',
    find: '查找预约',
    reschedule: '改期',
    rescheduleConfirm: '确认改期',
    rescheduled: '预约已改期',
    cancel: '取消预约',
    cancelConfirm: '确定取消预约',
    cancelled: '预约已取消',
  },
};

const en: Locale = {
  prefix: '/en',
  other: { prefix: '/zh', link: '中文' },
  text: {
    cta: 'Book a visit to a service hall',
    hall: 'Which service hall will you go to?',
    day: 'Which day will you come?',
    time: 'What time will you come?',
    details: 'Your details',
    check: 'Check your answers before booking',
    incomplete: 'Some answers are missing or need correcting',
    mobileError: 'Enter an 11-digit mobile number, like 13812345678',
    idNumberMissing: 'Enter your document number',
    booked: 'Appointment booked',
    bookedAlready: 'You have booked this appointment',
    continue: 'Continue',
    confirm: 'Confirm and book',
    problem: 'There is a problem',
    name: 'Name',
    mobile: 'Mobile number',
    idNumber: 'Document number',
    lookup: 'View, change or cancel an appointment',
    reference: 'Reference',
    lookupMobile: 'Mobile number you booked with',
    find: 'Find appointment',
    reschedule: 'Change the day or time',
    rescheduleConfirm: 'Confirm new time',
    rescheduled: 'Your appointment has been moved',
    cancel: 'Cancel appointment',
    cancelConfirm: 'Yes, cancel the appointment',
    cancelled: 'Appointment cancelled',
  },
};

interface Person {
  name: string;
  mobile: string;
  idNumber: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident identity number with a real birth date and a valid GB 11643 check character. */
function residentId(): string {
  const random = (n: number) => Math.floor(Math.random() * n);
  const pad = (n: number) => String(n).padStart(2, '0');
  const birthday = `${1950 + random(50)}${pad(1 + random(12))}${pad(1 + random(28))}`;
  const body = `110105${birthday}${100 + random(900)}`;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

function person(name: string): Person {
  const mobile = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  return { name, mobile, idNumber: residentId() };
}

// Room for a machine four times slower than this one: a booking walks through seven pages.
test.describe.configure({ timeout: 180_000 });

const h1 = (page: Page): Locator => page.getByRole('heading', { level: 1 });

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a button or link and presses Enter. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs into a radio group (focus lands on its first radio) and selects it with Space. */
async function chooseFirst(page: Page, radios: Locator): Promise<string> {
  const first = radios.first();
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  return first.inputValue();
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

const continueButton = (page: Page, locale: Locale) =>
  page.getByRole('button', { name: locale.text.continue });

/**
 * From the hall page to the details page, all by keyboard; returns the query string the time
 * page sends on, and checks each page with axe on the way.
 */
async function chooseSlot(page: Page, locale: Locale, options: { axe?: boolean } = {}) {
  await expect(h1(page)).toHaveText(locale.text.hall);
  await expect(page.locator('input[name=hall]').first()).toBeVisible();
  if (options.axe) await expectNoA11yViolations(page);
  await chooseFirst(page, page.locator('input[name=hall]'));
  await activate(page, continueButton(page, locale));

  await expect(h1(page)).toHaveText(locale.text.day);
  await expect(page).toHaveURL(/\/appointments\/book\/day\?service=CRJ-001&hall=/);
  await expect(page.locator('input[name=date]').first()).toBeVisible();
  if (options.axe) await expectNoA11yViolations(page);
  await chooseFirst(page, page.locator('input[name=date]'));
  await activate(page, continueButton(page, locale));

  await expect(h1(page)).toHaveText(locale.text.time);
  await expect(page).toHaveURL(/&date=2026-09-\d\d/);
  await expect(page.locator('input[name=time]').first()).toBeVisible();
  if (options.axe) await expectNoA11yViolations(page);
  await chooseFirst(page, page.locator('input[name=time]'));
  await activate(page, continueButton(page, locale));

  await expect(h1(page)).toHaveText(locale.text.details);
  await expect(page).toHaveURL(/&time=\d\d%3A\d\d|&time=\d\d:\d\d/);
}

async function enterDetails(page: Page, locale: Locale, who: Person): Promise<void> {
  await typeInto(page, page.getByLabel(locale.text.name, { exact: true }), who.name);
  await typeInto(page, page.getByLabel(locale.text.mobile, { exact: true }), who.mobile);
  await typeInto(page, page.getByLabel(locale.text.idNumber, { exact: true }), who.idNumber);
}

interface Slot {
  hall: string;
  date: string;
  time: string;
  seatsLeft: number;
}

interface AvailabilityBody {
  days: { date: string; status: string; times: { time: string; seatsLeft: number }[] }[];
}

/** The free slots of a hall for the service, in order, as the API reports them. */
async function freeSlots(request: APIRequestContext, hall = 'smzx'): Promise<Slot[]> {
  const response = await request.get(`/api/halls/${hall}/availability?service=${SERVICE}`);
  expect(response.ok()).toBeTruthy();
  const body = (await response.json()) as AvailabilityBody;
  return body.days
    .filter((day) => day.status === 'open')
    .flatMap((day) =>
      day.times
        .filter((t) => t.seatsLeft > 0)
        .map((t) => ({ hall, date: day.date, time: t.time, seatsLeft: t.seatsLeft })),
    );
}

/** Books through the API, as a shortcut to the manage pages; returns the reference. */
async function bookByApi(request: APIRequestContext, slot: Slot, who: Person): Promise<string> {
  const response = await request.post('/api/appointments', {
    headers: { 'Idempotency-Key': `e2e-${who.idNumber}-${Date.now()}` },
    data: {
      service: SERVICE,
      hall: slot.hall,
      date: slot.date,
      time: slot.time,
      name: who.name,
      mobile: who.mobile,
      idType: 'resident-id',
      idNumber: who.idNumber,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

async function lookUp(page: Page, locale: Locale, reference: string, who: Person) {
  await page.goto(`${locale.prefix}/appointments/manage`);
  await expect(h1(page)).toHaveText(locale.text.lookup);
  await page.getByLabel(locale.text.reference, { exact: true }).fill(reference);
  await page.getByLabel(locale.text.lookupMobile).fill(who.mobile);
  await page.getByRole('button', { name: locale.text.find }).click();
  await expect(page).toHaveURL(/\/appointments\/manage\/booking$/);
  await expect(page.locator('main')).toContainText(reference);
}

for (const locale of [zh, en]) {
  test(`${locale.prefix}: a keyboard alone books from a guide to the confirmation, with no axe violations`, async ({
    page,
  }) => {
    const who = person(locale === zh ? '王小明' : 'Li Lei');
    await page.goto(`${locale.prefix}/services/${SERVICE}`);
    await activate(page, page.getByRole('link', { name: locale.text.cta }));
    await expect(page).toHaveURL(
      new RegExp(`${locale.prefix}/appointments/book\\?service=CRJ-001$`),
    );

    await chooseSlot(page, locale, { axe: true });
    await expectNoA11yViolations(page);

    // Nothing typed: the error summary takes focus and links to the first field.
    await activate(page, continueButton(page, locale));
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(locale.text.problem);
    await expect(summary.getByRole('link')).toHaveCount(3);
    await expectNoA11yViolations(page);

    await enterDetails(page, locale, who);
    await activate(page, continueButton(page, locale));

    await expect(h1(page)).toHaveText(locale.text.check);
    await expect(page.locator('main')).toContainText(who.name);
    await expect(page.locator('main')).toContainText(
      `${who.mobile.slice(0, 3)}****${who.mobile.slice(7)}`,
    );
    await expect(page.locator('main')).not.toContainText(who.idNumber);
    await expectNoA11yViolations(page);
    await activate(page, page.getByRole('button', { name: locale.text.confirm }));

    await expect(h1(page)).toHaveText(locale.text.booked, { timeout: 15_000 });
    await expect(page).toHaveURL(/\/appointments\/book\/confirmation$/);
    await expect(page.locator('.panel__code')).toHaveText(
      /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/,
    );
    await expect(page.locator('svg.qr__code path')).toHaveAttribute('d', /^M/);
    await expect(page.locator('.checklist__item').first()).toBeVisible();
    await expectNoA11yViolations(page);

    // The personal details have left the browser.
    const stored = await page.evaluate(() => sessionStorage.length);
    expect(stored).toBe(0);

    const download = page.waitForEvent('download');
    await activate(page, page.getByRole('button', { name: /\.ics/ }));
    const ics = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of ics) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toContain('BEGIN:VCALENDAR\r\n');
    expect(text).toMatch(/DTSTART;TZID=Asia\/Shanghai:202609\d\dT\d{6}\r\n/);
    expect(text).not.toContain(who.idNumber);

    // Back returns to the check page, which says it is booked rather than that details are lost.
    const reference = await page.locator('.panel__code').innerText();
    await page.goBack();
    await expect(h1(page)).toHaveText(locale.text.bookedAlready);
    await expect(page.locator('main')).toContainText(reference);
    await expect(page.getByRole('button', { name: locale.text.confirm })).toHaveCount(0);
    await expect(page.getByRole('link', { name: locale.text.lookup })).toHaveAttribute(
      'href',
      `${locale.prefix}/appointments/manage`,
    );
    await expectNoA11yViolations(page);
  });
}

for (const locale of [zh, en]) {
  test(`${locale.prefix}: the check page reached with details half typed says what is missing and offers no Confirm, with no axe violations`, async ({
    page,
  }) => {
    const who = person(locale === zh ? '钱多多' : 'Han Mei');
    await page.goto(`${locale.prefix}/appointments/book?service=${SERVICE}`);
    await chooseSlot(page, locale);
    const name = page.getByLabel(locale.text.name, { exact: true });
    const mobile = page.getByLabel(locale.text.mobile, { exact: true });
    await name.fill(who.name);
    await mobile.fill(who.mobile.slice(0, 5));

    // Straight to the check page by editing the address, as Forward would also lead there.
    await page.goto(page.url().replace('/book/details', '/book/check'));
    await expect(h1(page)).toHaveText(locale.text.check);
    const notice = page.locator('.notice');
    await expect(notice.getByRole('heading')).toHaveText(locale.text.incomplete);
    await expect(notice.getByRole('link')).toHaveText([
      locale.text.mobileError,
      locale.text.idNumberMissing,
    ]);
    await expect(page.locator('main')).toContainText(who.name);
    await expect(page.getByRole('button', { name: locale.text.confirm })).toHaveCount(0);
    await expectNoA11yViolations(page);

    // The link asks again with everything typed kept, and Continue returns to the check page.
    await notice.getByRole('link', { name: locale.text.idNumberMissing }).click();
    await expect(h1(page)).toHaveText(locale.text.details);
    await expect(page).toHaveURL(/[?&]from=check$/);
    await expect(name).toHaveValue(who.name);
    await expect(mobile).toHaveValue(who.mobile.slice(0, 5));
    await mobile.fill(who.mobile);
    await page.getByLabel(locale.text.idNumber, { exact: true }).fill(who.idNumber);
    await continueButton(page, locale).click();
    await expect(h1(page)).toHaveText(locale.text.check);
    await expect(page.locator('.notice')).toHaveCount(0);
    await expect(page.getByRole('button', { name: locale.text.confirm })).toBeVisible();
  });
}

test('/zh: reload and the language switch mid-booking keep every choice and what was typed', async ({
  page,
}) => {
  const who = person('赵敏');
  await page.goto(`/zh/appointments/book?service=${SERVICE}`);
  await chooseSlot(page, zh);
  await enterDetails(page, zh, who);
  await continueButton(page, zh).click();
  await expect(h1(page)).toHaveText(zh.text.check);
  const checkUrl = page.url();
  expect(checkUrl).not.toContain(who.mobile);
  expect(checkUrl).not.toContain(who.idNumber);
  const answers = (await page.locator('.summary').first().textContent()) ?? '';

  await page.reload();
  await expect(h1(page)).toHaveText(zh.text.check);
  await expect(page.locator('.summary').first()).toHaveText(answers);
  await expect(page.locator('main')).toContainText(who.name);

  await page.getByRole('link', { name: zh.other.link }).click();
  await expect(page).toHaveURL(checkUrl.replace('/zh/', '/en/'));
  await expect(h1(page)).toHaveText(en.text.check);
  await expect(page.locator('main')).toContainText(who.name);

  // Back to the time page by its Change link: the chosen time is still selected.
  await page.locator('.summary__action a').nth(2).click();
  await expect(h1(page)).toHaveText(en.text.time);
  const time = new URL(checkUrl).searchParams.get('time');
  await expect(page.locator(`input[name=time][value="${time}"]`)).toBeChecked();

  await page.goBack();
  await expect(h1(page)).toHaveText(en.text.check);
  await page.goBack();
  await expect(page).toHaveURL(checkUrl);
  await expect(h1(page)).toHaveText(zh.text.check);
});

test('/zh: Back from each booking page shows the page before with its answer still chosen', async ({
  page,
}) => {
  await page.goto(`/zh/appointments/book?service=${SERVICE}`);
  const hall = page.locator('input[name=hall]').first();
  await hall.check();
  await continueButton(page, zh).click();
  await expect(h1(page)).toHaveText(zh.text.day);
  const date = page.locator('input[name=date]').first();
  const dateValue = await date.inputValue();
  await date.check();
  await continueButton(page, zh).click();
  await expect(h1(page)).toHaveText(zh.text.time);
  const time = page.locator('input[name=time]').first();
  const timeValue = await time.inputValue();
  await time.check();
  await continueButton(page, zh).click();
  await expect(h1(page)).toHaveText(zh.text.details);

  await page.goBack();
  await expect(h1(page)).toHaveText(zh.text.time);
  await expect(page.locator(`input[name=time][value="${timeValue}"]`)).toBeChecked();
  await page.goBack();
  await expect(h1(page)).toHaveText(zh.text.day);
  await expect(page.locator(`#date-${dateValue}`)).toBeChecked();
  await page.goBack();
  await expect(h1(page)).toHaveText(zh.text.hall);
  await expect(page.locator('input[name=hall]').first()).toBeChecked();
});

test('/en: changing the time from the check page comes back to the check page', async ({
  page,
}) => {
  const who = person('Wei Lan');
  await page.goto(`/en/appointments/book?service=${SERVICE}`);
  await chooseSlot(page, en);
  await enterDetails(page, en, who);
  await continueButton(page, en).click();
  await expect(h1(page)).toHaveText(en.text.check);

  await page.getByRole('link', { name: 'Change Time' }).click();
  await expect(h1(page)).toHaveText(en.text.time);
  const other = page.locator('input[name=time]:not(:checked)').first();
  const time = await other.inputValue();
  await other.check();
  await continueButton(page, en).click();

  await expect(h1(page)).toHaveText(en.text.check);
  await expect(page).toHaveURL(new RegExp(`[?&]time=${time.replace(':', '(:|%3A)')}$`));
  await expect(page.locator('main')).toContainText(who.name);
});

test('/en: a booking is moved to another day through the manage pages', async ({
  page,
  request,
}) => {
  const who = person('Han Meimei');
  const slots = await freeSlots(request);
  const reference = await bookByApi(request, slots[0], who);

  await lookUp(page, en, reference, who);
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: en.text.reschedule }).click();

  await expect(h1(page)).toHaveText(en.text.day);
  await expectNoA11yViolations(page);
  const days = page.locator('input[name=date]');
  await expect(days.first()).toBeVisible();
  const date = (
    await days.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
  ).filter((value) => value !== slots[0].date)[1];
  await page.locator(`#date-${date}`).check();
  await continueButton(page, en).click();

  await expect(h1(page)).toHaveText(en.text.time);
  await expectNoA11yViolations(page);
  await page.locator('input[name=time]').first().check();
  await continueButton(page, en).click();

  await expect(h1(page)).toHaveText('Confirm the new time');
  await expectNoA11yViolations(page);
  // Back shows the time page with the new time still chosen.
  await page.goBack();
  await expect(h1(page)).toHaveText(en.text.time);
  await expect(page.locator('input[name=time]').first()).toBeChecked();
  await continueButton(page, en).click();
  await expect(h1(page)).toHaveText('Confirm the new time');
  await page.getByRole('button', { name: en.text.rescheduleConfirm }).click();

  await expect(page.getByRole('status')).toContainText(en.text.rescheduled);
  const [y, m, d] = date.split('-').map(Number);
  const longDate = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  await expect(page.locator('main')).toContainText(longDate);
  await expectNoA11yViolations(page);
});

test('/zh: a booking is cancelled through the manage pages and its seat returns at once', async ({
  page,
  request,
}) => {
  const who = person('李雷');
  // The last slot of the window: the other tests, running alongside, book the first ones.
  const slot = (await freeSlots(request)).at(-1)!;
  const reference = await bookByApi(request, slot, who);
  const seatsAfterBooking = (await freeSlots(request)).find(
    (s) => s.date === slot.date && s.time === slot.time,
  )?.seatsLeft;
  expect(seatsAfterBooking ?? 0).toBe(slot.seatsLeft - 1);

  await lookUp(page, zh, reference, who);
  await page.getByRole('link', { name: zh.text.cancel }).click();
  await expect(h1(page)).toHaveText('确定要取消这个预约吗？');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: zh.text.cancelConfirm }).click();

  await expect(h1(page)).toHaveText(zh.text.cancelled);
  await expect(page.locator('main')).toContainText(reference);
  await expectNoA11yViolations(page);
  const seatsAfterCancel = (await freeSlots(request)).find(
    (s) => s.date === slot.date && s.time === slot.time,
  )?.seatsLeft;
  expect(seatsAfterCancel).toBe(slot.seatsLeft);
});

test('/en: a wrong reference and mobile pair gets the error summary, with no axe violations', async ({
  page,
}) => {
  await page.goto('/en/appointments/manage');
  await page.getByLabel(en.text.reference, { exact: true }).fill('K7QM-3XPD');
  await page.getByLabel(en.text.lookupMobile).fill('13800000000');
  await page.getByRole('button', { name: en.text.find }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('No appointment matches this reference and mobile number');
  await expectNoA11yViolations(page);
});

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('/zh: every booking page fits without scrolling sideways', async ({ page }) => {
    const who = person('欧阳娜娜');
    await page.goto(`/zh/appointments/book?service=${SERVICE}`);
    await expect(h1(page)).toHaveText(zh.text.hall);
    await noSidewaysScroll(page, 'hall');
    await page.locator('input[name=hall]').first().check();
    await continueButton(page, zh).click();
    await expect(h1(page)).toHaveText(zh.text.day);
    await noSidewaysScroll(page, 'day');
    await page.locator('input[name=date]').first().check();
    await continueButton(page, zh).click();
    await expect(h1(page)).toHaveText(zh.text.time);
    await noSidewaysScroll(page, 'time');
    await page.locator('input[name=time]').first().check();
    await continueButton(page, zh).click();
    await expect(h1(page)).toHaveText(zh.text.details);
    await continueButton(page, zh).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await noSidewaysScroll(page, 'details with errors');
    await page.getByLabel(zh.text.name, { exact: true }).fill(who.name);
    await page.getByLabel(zh.text.mobile, { exact: true }).fill(who.mobile);
    await page.getByLabel(zh.text.idNumber, { exact: true }).fill(who.idNumber);
    await continueButton(page, zh).click();
    await expect(h1(page)).toHaveText(zh.text.check);
    await noSidewaysScroll(page, 'check');
    await page.getByRole('button', { name: zh.text.confirm }).click();
    await expect(h1(page)).toHaveText(zh.text.booked, { timeout: 15_000 });
    await noSidewaysScroll(page, 'confirmation');
  });
});
