import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

// Citizen feedback against the real mock backend and its seed: a keyboard-only complaint from
// the start page to the confirmation and then tracking it, ratings from a guide, the guide's
// field-level "no" and published figures, text with markup shown as text, accessibility and
// phone widths, in both languages.

// Timeouts leave room for a machine four times slower than a developer's.
test.describe.configure({ timeout: 120_000 });

interface Locale {
  prefix: '/zh' | '/en';
  text: {
    startHeading: string;
    submitLink: string;
    trackLink: string;
    complaint: string;
    kindError: string;
    anonymous: string;
    anonymousError: string;
    online: string;
    channelError: string;
    whatHappened: string;
    continue: string;
    send: string;
    confirmation: string;
    trackingCode: string;
    find: string;
    received: string;
    rate: string;
    verySatisfied: string;
    dissatisfied: string;
    longWait: string;
    sendRating: string;
    thanks: string;
    reportMistake: string;
    materials: string;
    whatIsWrong: string;
    fieldThanks: string;
    satisfaction: string;
    tooFew: string;
    errorSummary: string;
    checkHeading: string;
    nothingToCheck: string;
  };
}

const zh: Locale = {
  prefix: '/zh',
  text: {
    startHeading: '我要反馈',
    submitLink: '投诉、建议、表扬或咨询',
    trackLink: '查询办理进度',
    complaint: '投诉',
    kindError: '选择您要提交的类型',
    anonymous: '匿名提交',
    anonymousError: '选择是否留下姓名和手机号码',
    online: '网上办理',
    channelError: '选择您是怎样办理的',
    whatHappened: '发生了什么',
    continue: '继续',
    send: '提交',
    confirmation: '提交成功',
    trackingCode: '查询码',
    find: '查询',
    received: '已收到',
    rate: '评价这项服务',
    verySatisfied: '非常满意',
    dissatisfied: '不满意',
    longWait: '等候时间太长',
    sendRating: '提交评价',
    thanks: '感谢您的评价',
    reportMistake: '报告错误',
    materials: '申请材料',
    whatIsWrong: '哪里不对',
    fieldThanks: '谢谢！我们会核对并修改这份办事指南。',
    satisfaction: '服务评价',
    tooFew: '评价太少',
    errorSummary: '出现问题',
    checkHeading: '提交前请核对',
    nothingToCheck: '没有需要核对的内容',
  },
};

const en: Locale = {
  prefix: '/en',
  text: {
    startHeading: 'Give feedback',
    submitLink: 'Complain, suggest, praise or ask',
    trackLink: 'Track your feedback',
    complaint: 'Complaint',
    kindError: 'Select what you are sending',
    anonymous: 'Send anonymously',
    anonymousError: 'Select whether to leave your name and mobile number',
    online: 'Online',
    channelError: 'Select how you used the service',
    whatHappened: 'What happened',
    continue: 'Continue',
    send: 'Send',
    confirmation: 'Feedback sent',
    trackingCode: 'Tracking code',
    find: 'Find',
    received: 'Received',
    rate: 'Rate this service',
    verySatisfied: 'Very satisfied',
    dissatisfied: 'Dissatisfied',
    longWait: 'I waited too long',
    sendRating: 'Send rating',
    thanks: 'Thank you for your rating',
    reportMistake: 'Report a mistake',
    materials: 'Documents you need',
    whatIsWrong: 'What is wrong',
    fieldThanks: 'Thank you. We will check this guide and correct it.',
    satisfaction: 'How people rated this service',
    tooFew: 'Too few ratings',
    errorSummary: 'There is a problem',
    checkHeading: 'Check your answers before sending',
    nothingToCheck: 'There is nothing to check',
  },
};

/** The passport guide: a popular service with halls, materials and steps. */
const GUIDE = 'CRJ-001';
const CODE = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** Text no other test sends, so the server's duplicate detection never merges two tests. */
const unique = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Sends an anonymous complaint through the form and check page; returns its tracking code. */
async function complain(page: Page, locale: Locale, text: string): Promise<string> {
  await page.goto(`${locale.prefix}/feedback/submit`);
  await page.getByLabel(locale.text.complaint, { exact: true }).check();
  await page.getByLabel(locale.text.whatHappened, { exact: true }).fill(text);
  await page.getByLabel(locale.text.anonymous, { exact: true }).check();
  await page.getByRole('button', { name: locale.text.continue }).click();
  await expect(page).toHaveURL(/\/feedback\/submit\/check$/);
  await page.getByRole('button', { name: locale.text.send, exact: true }).click();
  await expect(heading(page)).toHaveText(locale.text.confirmation);
  return (await page.locator('.panel__code').textContent())!.trim();
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const locale of [zh, en]) {
  test.describe(`${locale.prefix}`, () => {
    test('a reload or the language switch keeps the complaint, and the code after sending', async ({
      page,
    }) => {
      const other = locale === zh ? en : zh;
      const text = unique('我在大厅排队两个小时');
      await page.goto(`${locale.prefix}/feedback/submit`);
      await page.getByLabel(locale.text.complaint, { exact: true }).check();
      await page.getByLabel(locale.text.whatHappened, { exact: true }).fill(text);
      await page.getByLabel(locale.text.anonymous, { exact: true }).check();
      // Typed, not yet sent on: the other language's page (a full page load) still has it.
      await page.locator('.header__language a').click();
      await expect(page).toHaveURL(new RegExp(`^[^?]*${other.prefix}/feedback/submit$`));
      await expect(page.getByLabel(other.text.complaint, { exact: true })).toBeChecked();
      await expect(page.getByLabel(other.text.whatHappened, { exact: true })).toHaveValue(text);
      await expect(page.getByLabel(other.text.anonymous, { exact: true })).toBeChecked();
      await page.getByRole('button', { name: other.text.continue }).click();
      await expect(heading(page)).toHaveText(other.text.checkHeading);

      await page.reload();
      await expect(heading(page)).toHaveText(other.text.checkHeading);
      await expect(page.locator('.summary')).toContainText(text);
      await page.getByRole('button', { name: other.text.send, exact: true }).click();
      await expect(heading(page)).toHaveText(other.text.confirmation);
      const code = (await page.locator('.panel__code').textContent())!.trim();
      expect(code).toMatch(CODE);

      // An anonymous citizen has no other copy of the code.
      await page.reload();
      await expect(page.locator('.panel__code')).toHaveText(code);
      // Back to the check page: nothing is left to send twice.
      await page.goBack();
      await expect(heading(page)).toHaveText(other.text.nothingToCheck);
      await expect(page.getByRole('button', { name: other.text.send, exact: true })).toHaveCount(0);
      await expectNoA11yViolations(page);
    });

    test('a keyboard alone sends a complaint from the start page and tracks it', async ({
      page,
    }) => {
      await page.goto(`${locale.prefix}/`);
      const nav = page
        .getByRole('navigation')
        .getByRole('link', { name: locale.text.startHeading });
      await tabTo(page, nav);
      await page.keyboard.press('Enter');
      await expect(heading(page)).toHaveText(locale.text.startHeading);

      await tabTo(page, page.getByRole('link', { name: locale.text.submitLink }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/feedback\/submit$/);
      const text = unique('The hall queue took two hours.');
      // No kind is chosen for the citizen: Tab reaches the first radio, Space chooses it.
      const complaint = page.getByLabel(locale.text.complaint, { exact: true });
      await expect(complaint).not.toBeChecked();
      await tabTo(page, complaint);
      await page.keyboard.press('Space');
      await expect(complaint).toBeChecked();
      await tabTo(page, page.getByLabel(locale.text.whatHappened, { exact: true }));
      await page.keyboard.type(text);
      const anonymous = page.getByLabel(locale.text.anonymous, { exact: true });
      await expect(anonymous).not.toBeChecked();
      await tabTo(page, anonymous);
      await page.keyboard.press('Space');
      await expect(anonymous).toBeChecked();
      await tabTo(page, page.getByRole('button', { name: locale.text.continue }));
      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(/\/feedback\/submit\/check$/);
      await expect(page.locator('.summary')).toContainText(text);
      await tabTo(page, page.getByRole('button', { name: locale.text.send, exact: true }));
      await page.keyboard.press('Enter');

      await expect(heading(page)).toHaveText(locale.text.confirmation);
      const code = (await page.locator('.panel__code').textContent())!.trim();
      expect(code).toMatch(CODE);
      await expect(page.locator('app-due-dates time')).toHaveCount(2);

      await tabTo(page, page.getByRole('link', { name: locale.text.trackLink }));
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByLabel(locale.text.trackingCode, { exact: true }));
      await page.keyboard.type(code.toLowerCase().replace(/-/g, ''));
      await tabTo(page, page.getByRole('button', { name: locale.text.find }));
      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(/\/feedback\/track\/case$/);
      await expect(heading(page)).toContainText(locale.text.received);
      await expect(page.locator('.caption')).toContainText(code);
      await expect(page.locator('.case__text').first()).toHaveText(text);
    });

    test('a rating from a guide page', async ({ page }) => {
      await page.goto(`${locale.prefix}/services/${GUIDE}`);
      await page.getByRole('link', { name: locale.text.rate }).click();
      await expect(page).toHaveURL(new RegExp(`/feedback/rate\\?service=${GUIDE}$`));
      // The service is chosen already, once the catalogue's list has come.
      await expect(page.locator('#service')).toHaveValue(GUIDE);
      // How the service was used is not chosen for the citizen: sending first asks for it.
      await expect(page.locator('input[name=channel]:checked')).toHaveCount(0);
      await page.getByRole('button', { name: locale.text.sendRating }).click();
      await expect(page.locator('.error-summary').getByRole('link').first()).toHaveText(
        locale.text.channelError,
      );
      await expect(page.locator('#channel-error')).toContainText(locale.text.channelError);
      await expectNoA11yViolations(page);

      await page.getByLabel(locale.text.online, { exact: true }).check();
      await page.getByLabel(locale.text.dissatisfied, { exact: true }).check();
      await page.getByLabel(locale.text.longWait).check();
      await page.locator('#comment').fill(unique('Too slow.'));
      await page.locator('#mobile').fill('13812345678');
      const sent = page.waitForRequest(
        (request) => request.url().endsWith('/api/feedback/ratings') && request.method() === 'POST',
      );
      await page.getByRole('button', { name: locale.text.sendRating }).click();
      const body = (await sent).postDataJSON() as Record<string, unknown>;
      expect(body).toEqual(
        jasmineLike({
          service: GUIDE,
          channel: 'online',
          level: 'dissatisfied',
          reasons: ['long-wait'],
          mobile: '13812345678',
        }),
      );

      await expect(heading(page)).toHaveText(locale.text.thanks);
      // A negative rating opens a case the citizen can track.
      await expect(page.locator('.panel__code')).toHaveText(CODE);
    });

    test('the field-level "no" on a guide names the part that is wrong', async ({ page }) => {
      await page.goto(`${locale.prefix}/services/${GUIDE}`);
      await page.getByRole('button', { name: locale.text.reportMistake }).click();
      await page.getByLabel(locale.text.materials, { exact: true }).check();
      const item = page.locator('#field-feedback-item');
      const firstMaterial = await item.locator('option').nth(1).textContent();
      await item.selectOption({ index: 1 });
      await page
        .getByLabel(locale.text.whatIsWrong, { exact: true })
        .fill('The photo size is out of date.');
      const sent = page.waitForRequest((request) => request.url().endsWith('/api/page-feedback'));
      await page.locator('app-guide-field-feedback button[type=submit]').click();
      const body = (await sent).postDataJSON() as Record<string, unknown>;
      expect(body['path']).toBe(`/services/${GUIDE}`);
      expect(body['useful']).toBe(false);
      expect(body['field']).toEqual({ part: 'material', item: firstMaterial!.trim() });
      await expect(page.locator('.field-feedback__thanks')).toHaveText(locale.text.fieldThanks);
      await expect(page.locator('.field-feedback__thanks')).toBeFocused();
    });

    test("the guide shows the service's published results, or says there are too few", async ({
      page,
      request,
    }) => {
      const published = (await (
        await request.get(`/api/feedback/results/services/${GUIDE}`)
      ).json()) as { satisfaction: { published: boolean; ratings?: number } };
      await page.goto(`${locale.prefix}/services/${GUIDE}`);
      const section = page.locator('app-service-satisfaction');
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(locale.text.satisfaction);
      if (published.satisfaction.published) {
        await expect(section.locator('.satisfaction__share strong')).toHaveText(/%/);
        await expect(section.locator('tbody tr')).toHaveCount(5);
      } else {
        await expect(section).toContainText(locale.text.tooFew);
      }
    });

    test('the results page shows no figure from too few ratings', async ({ page, request }) => {
      const table = (await (await request.get('/api/feedback/results?by=service')).json()) as {
        rows: { id: string; satisfaction: { published: boolean } }[];
      };
      await page.goto(`${locale.prefix}/feedback/results`);
      const rows = page.locator('tbody tr');
      await expect(rows).toHaveCount(Math.max(table.rows.length, 1));
      const hidden = table.rows.filter((row) => !row.satisfaction.published).length;
      await expect(page.locator('.results-table__few')).toHaveCount(hidden);
      await page
        .getByRole('link', { name: locale === zh ? '按办事大厅' : 'By service hall' })
        .click();
      await expect(page).toHaveURL(/by=hall/);
      await expect(rows.first()).toBeVisible();
    });

    test('markup a citizen types comes back as text on the tracking page', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const text = `<script>alert('s')</script><img src=x onerror="alert('i')"> ${unique('x')}`;
      const code = await complain(page, locale, text);
      await page.goto(`${locale.prefix}/feedback/track`);
      await page.getByLabel(locale.text.trackingCode, { exact: true }).fill(code);
      await page.getByRole('button', { name: locale.text.find }).click();
      await expect(page.locator('.case__text').first()).toHaveText(text);
      expect(await page.locator('main img, main script').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });

    test('the error summary lists what to fix and takes focus', async ({ page }) => {
      await page.goto(`${locale.prefix}/feedback/submit`);
      await page.locator('#anonymous-no').check();
      await page.getByRole('button', { name: locale.text.continue }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveCount(4);
      // No kind chosen: its message is first in the summary, and beside the radios.
      await expect(summary.getByRole('link').first()).toHaveText(locale.text.kindError);
      await expect(page.locator('#kind-error')).toContainText(locale.text.kindError);
      await expect(page.locator('fieldset:has(#kind)')).toHaveAttribute(
        'aria-describedby',
        'kind-error',
      );
      await summary.getByRole('link').first().click();
      await expect(page.locator('#kind')).toBeFocused();
      await expect(page.locator('#whatHappened-error')).toBeVisible();
      await expect(page.locator('#whatHappened')).toHaveAttribute(
        'aria-describedby',
        /whatHappened-error/,
      );
      await expectNoA11yViolations(page);
    });

    test('the form does not choose anonymity for the citizen, and asks', async ({ page }) => {
      await page.goto(`${locale.prefix}/feedback/submit`);
      await page.getByLabel(locale.text.complaint, { exact: true }).check();
      await page.getByLabel(locale.text.whatHappened, { exact: true }).fill(unique('Unasked.'));
      await expect(page.locator('input[name=anonymous]:checked')).toHaveCount(0);
      await page.getByRole('button', { name: locale.text.continue }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([locale.text.anonymousError]);
      await expect(page.locator('fieldset:has(#anonymous)')).toHaveAttribute(
        'aria-describedby',
        'anonymous-hint anonymous-error',
      );
      await expect(page.locator('#anonymous-error')).toContainText(locale.text.anonymousError);
      await expectNoA11yViolations(page);
      await summary.getByRole('link').click();
      await expect(page.locator('#anonymous')).toBeFocused();
      await expect(page).toHaveURL(/\/feedback\/submit$/);
    });

    for (const [name, path] of [
      ['start', '/feedback'],
      ['rate', `/feedback/rate?service=${GUIDE}`],
      ['submit', '/feedback/submit'],
      ['track', '/feedback/track'],
      ['results', '/feedback/results'],
      ['results by hall', '/feedback/results?by=hall'],
    ] as const) {
      test(`axe: the ${name} page`, async ({ page }) => {
        await page.goto(`${locale.prefix}${path}`);
        await expect(heading(page)).toBeVisible();
        await expect(page.locator('[role=status]')).toHaveCount(0);
        await expectNoA11yViolations(page);
      });
    }

    test('axe: check, confirmation and tracked case', async ({ page }) => {
      await page.goto(`${locale.prefix}/feedback/submit`);
      await page.getByLabel(locale.text.complaint, { exact: true }).check();
      await page.getByLabel(locale.text.whatHappened, { exact: true }).fill(unique('Axe check.'));
      await page.getByLabel(locale.text.anonymous, { exact: true }).check();
      await page.getByRole('button', { name: locale.text.continue }).click();
      await expect(page).toHaveURL(/\/check$/);
      await expectNoA11yViolations(page);
      await page.getByRole('button', { name: locale.text.send, exact: true }).click();
      await expect(heading(page)).toHaveText(locale.text.confirmation);
      await expectNoA11yViolations(page);
      const code = (await page.locator('.panel__code').textContent())!.trim();
      await page.goto(`${locale.prefix}/feedback/track`);
      await page.getByLabel(locale.text.trackingCode, { exact: true }).fill(code);
      await page.getByRole('button', { name: locale.text.find }).click();
      await expect(page).toHaveURL(/\/track\/case$/);
      await expectNoA11yViolations(page);
    });

    test('axe: a guide with the field-level form open', async ({ page }) => {
      await page.goto(`${locale.prefix}/services/${GUIDE}`);
      await page.getByRole('button', { name: locale.text.reportMistake }).click();
      await page.getByLabel(locale.text.materials, { exact: true }).check();
      await expectNoA11yViolations(page, { include: 'app-guide-field-feedback' });
    });

    test.describe('320 px phone', () => {
      test.use({ viewport: { width: 320, height: 640 } });

      test('feedback pages fit without scrolling sideways', async ({ page }) => {
        for (const path of [
          '/feedback',
          `/feedback/rate?service=${GUIDE}`,
          '/feedback/submit',
          '/feedback/track',
          '/feedback/results',
        ]) {
          await page.goto(`${locale.prefix}${path}`);
          await expect(heading(page)).toBeVisible();
          await expect(page.locator('[role=status]')).toHaveCount(0);
          await expectNoSidewaysScroll(page, path);
        }
        const code = await complain(page, locale, unique('Narrow screen.'));
        await expectNoSidewaysScroll(page, 'confirmation');
        expect(code).toMatch(CODE);
      });
    });
  });
}

/** The keys given must match; others (locale, the empty honeypot left out) may be there too. */
function jasmineLike(expected: Record<string, unknown>) {
  return expect.objectContaining(expected) as unknown as Record<string, unknown>;
}
