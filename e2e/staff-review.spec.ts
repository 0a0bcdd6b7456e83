import type { APIRequestContext, Page } from '@playwright/test';
import type { RatingReceipt } from '@contract/feedback';
import type { ReviewItem, ReviewQueue } from '@contract/staff';
import { A11Y_TEST_TIMEOUT, expect, expectNoA11yViolations, test } from './fixtures';
import { signInPage, signInThroughApi, tabTo } from './staff-fixtures';

// The review queue and item pages against the real mock backend and its seeded demo items
// (mock-backend/src/seed/review.ts): a reviewer filters overdue items and works a negative
// rating through 好差评 to a reply; the citizen answers it on the tracking page; a supervisor
// reassigns; a stale edit meets 412 and keeps its text; stored XSS shows as text; axe on every
// page and error state; the keyboard; a phone's width. Both languages. Tests that need an item
// of their own make it through the citizen API with a unique text, so parallel tests never share
// one; everyone signs in through the API (sign-in itself is e2e/staff-auth.spec.ts's subject).

// Signing in runs the slow password hash on purpose, and a worked item takes several requests.
test.describe.configure({ timeout: 120_000 });

interface Locale {
  prefix: '/zh' | '/en';
  lang: 'zh-CN' | 'en';
  text: {
    queue: string;
    filters: string;
    apply: string;
    overdue: RegExp;
    claim: string;
    startReview: string;
    verifySend: string;
    fixSend: string;
    followUpSend: string;
    reveal: string;
    replySend: string;
    noteSend: string;
    assign: string;
    replied: RegExp;
    reopened: string;
    changed: string;
    notFound: string;
    notSolved: string;
    find: string;
    noteError: string;
    showAudit: string;
    unrecognised: string;
    unrecognisedStatus: string;
    unrecognisedSort: string;
    cleanAddress: string;
  };
}

const zh: Locale = {
  prefix: '/zh',
  lang: 'zh-CN',
  text: {
    queue: '待处理事项',
    filters: '筛选和排序',
    apply: '应用筛选',
    overdue: /已超期 \d+ 个工作日/,
    claim: '认领',
    startReview: '开始处理',
    verifySend: '记录核实结果',
    fixSend: '记录整改情况',
    followUpSend: '记录回访结果',
    reveal: '显示完整号码',
    replySend: '发送答复',
    noteSend: '添加备注',
    assign: '指定负责人',
    replied: /已答复/,
    reopened: '重新处理',
    changed: '这个事项刚被其他人更改过',
    notFound: '没有找到这个事项，或者它不属于您的部门。',
    notSolved: '没有解决',
    find: '查询',
    noteError: '写下备注内容，不超过 2,000 个字',
    showAudit: '查看审计记录',
    unrecognised: '网址中有无法识别的条件',
    unrecognisedStatus: '状态“bogus”无法识别，显示的是所有状态的事项。',
    unrecognisedSort: '排序方式“oldest”无法识别，按默认顺序排列：答复期限最早的在前。',
    cleanAddress: '改用去掉这些条件的网址',
  },
};

const en: Locale = {
  prefix: '/en',
  lang: 'en',
  text: {
    queue: 'Review queue',
    filters: 'Filter and sort',
    apply: 'Apply filters',
    overdue: /Overdue by \d+ working days?/,
    claim: 'Claim',
    startReview: 'Start review',
    verifySend: 'Record verification',
    fixSend: 'Record fix',
    followUpSend: 'Record follow-up',
    reveal: 'Show full number',
    replySend: 'Send reply',
    noteSend: 'Add note',
    assign: 'Assign',
    replied: /Replied/,
    reopened: 'Reopened',
    changed: 'Someone else has just changed this item',
    notFound: 'This item was not found, or it does not belong to your department.',
    notSolved: 'Not solved',
    find: 'Find',
    noteError: 'Enter the note, in 2,000 characters or fewer',
    showAudit: 'Show audit log',
    unrecognised: 'Part of this page’s address was not recognised',
    unrecognisedStatus: 'Status “bogus” was not recognised, so items of every status are shown.',
    unrecognisedSort:
      'Sort order “oldest” was not recognised, so the default order is used: earliest deadline first.',
    cleanAddress: 'Go to the address without them',
  },
};

/** The seeded complaint whose text is script and markup (mock-backend/src/seed/review.ts). */
const XSS_ITEM = 'c9005';
const XSS_TEXT = `<script>alert('xss')</script><img src=x onerror=alert(1)>请核实`;

/** Text no other test, nor another run against the same database, has written. */
function unique(text: string): string {
  return `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 46656).toString(36)}`;
}

/** A mobile number of one's own: the feedback API takes one text per client and window. */
function uniqueMobile(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

interface Rating {
  comment: string;
  mobile: string;
  trackingCode: string;
}

/** A 非常不满意 rating of a 住房公积金 (gjj) service, made as a citizen would, with a unique comment. */
async function rateBadly(
  request: APIRequestContext,
  locale: Locale,
  what: string,
): Promise<Rating> {
  const comment = unique(what);
  const mobile = uniqueMobile();
  const response = await request.post('/api/feedback/ratings', {
    data: {
      service: 'GJJ-001',
      channel: 'online',
      level: 'very-dissatisfied',
      reasons: ['long-wait'],
      comment,
      mobile,
      locale: locale.lang,
    },
  });
  expect(response.status(), 'rating as a citizen').toBe(201);
  const receipt = (await response.json()) as RatingReceipt;
  return { comment, mobile, trackingCode: receipt.case!.trackingCode };
}

/** The id of the queue's only item whose text holds `text`, as a signed-in request sees it. */
async function itemIdOf(request: APIRequestContext, text: string): Promise<string> {
  const response = await request.get('/api/staff/items', { params: { q: text } });
  expect(response.status()).toBe(200);
  const queue = (await response.json()) as ReviewQueue;
  expect(queue.items, `items holding "${text}"`).toHaveLength(1);
  return queue.items[0]!.id;
}

/** One item action through the API, with the item's current ETag. */
async function act(
  request: APIRequestContext,
  headers: Record<string, string>,
  id: string,
  action: string,
  data?: object,
): Promise<ReviewItem> {
  const current = await request.get(`/api/staff/items/${id}`);
  const etag = current.headers()['etag']!;
  const response = await request.post(`/api/staff/items/${id}/${action}`, {
    ...(data ? { data } : {}),
    headers: { ...headers, 'If-Match': etag },
  });
  expect(response.status(), `${action} on ${id}`).toBe(200);
  return (await response.json()) as ReviewItem;
}

/** Opens the citizen's tracking page for a rating's case, as its author would. */
async function track(page: Page, locale: Locale, rating: Rating): Promise<void> {
  await page.goto(`${locale.prefix}/feedback/track`);
  await page.locator('#trackingCode').fill(rating.trackingCode);
  await page.locator('#mobile').fill(rating.mobile);
  await page.getByRole('button', { name: locale.text.find, exact: true }).click();
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** Fails the test on any dialog: a script the page ran that it should have shown as text. */
function refuseDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    void dialog.dismiss();
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
}

for (const locale of [zh, en]) {
  test.describe(`${locale.prefix}`, () => {
    test('a reviewer filters the overdue items, and Back shows the whole queue again', async ({
      page,
    }) => {
      await signInPage(page, 'wang.min');
      await page.goto(`${locale.prefix}/staff/queue`);
      await expect(heading(page)).toHaveText(locale.text.queue);
      await expect(page.locator('.queue__row').first()).toBeVisible();

      await page.getByText(locale.text.filters).click();
      await page.locator('#filter-due').selectOption('overdue');
      await page.getByRole('button', { name: locale.text.apply }).click();
      await expect(page).toHaveURL(/[?&]due=overdue/);
      const rows = page.locator('.queue__row');
      await expect(rows.first()).toBeVisible();
      await expect(page.locator('[role=status]', { hasText: /…/ })).toHaveCount(0);
      for (const row of await rows.all()) {
        // Overdue is said in words, not by colour alone.
        await expect(row.locator('.queue__days')).toHaveText(locale.text.overdue);
      }
      // The seeded overdue rating of the department is among them.
      await expect(page.locator('a[href$="/staff/items/c9001"]')).toBeVisible();

      await page.goBack();
      await expect(page).not.toHaveURL(/due=/);
      await expect(page.locator('#filter-due')).toHaveValue('');
    });

    test('an address with an unrecognised status and sort says so, and offers the address without them', async ({
      page,
    }) => {
      await signInPage(page, 'wang.min');
      const refused: string[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/api/') && response.status() >= 400) {
          refused.push(`${response.status()} ${response.url()}`);
        }
      });
      await page.goto(`${locale.prefix}/staff/queue?status=bogus&due=overdue&sort=oldest`);
      const notice = page.locator('.queue__unrecognised');
      await expect(notice.getByRole('heading', { level: 2 })).toHaveText(locale.text.unrecognised);
      await expect(notice.getByRole('listitem')).toHaveText([
        locale.text.unrecognisedStatus,
        locale.text.unrecognisedSort,
      ]);
      // What is shown is the recognised part: overdue items, of every status, in the default order.
      await expect(page.locator('a[href$="/staff/items/c9001"]')).toBeVisible();
      expect(refused, 'the unrecognised values are never sent').toEqual([]);

      await notice.getByRole('link', { name: locale.text.cleanAddress }).click();
      await expect(page).toHaveURL(new RegExp(`${locale.prefix}/staff/queue\\?due=overdue$`));
      await expect(notice).toHaveCount(0);
      await expect(page.locator('a[href$="/staff/items/c9001"]')).toBeVisible();
    });

    test('a reviewer works a negative rating: verify, fix, 回访 and reply', async ({ page }) => {
      const rating = await rateBadly(page.request, locale, 'Queued for two hours.');
      await signInPage(page, 'wang.min');
      await page.goto(`${locale.prefix}/staff/queue?q=${encodeURIComponent(rating.comment)}`);
      await page.locator('.queue__link').click();
      await expect(page.locator('#what-happened')).toContainText(rating.comment);

      await page.getByRole('button', { name: locale.text.claim, exact: true }).click();
      await page.getByRole('button', { name: locale.text.startReview, exact: true }).click();

      await page.locator('#verify-valid').check();
      await page.locator('#verify-reason').fill('The queue log shows a two-hour wait.');
      await page.getByRole('button', { name: locale.text.verifySend }).click();
      await expect(page.locator('#verify-reason')).toHaveCount(0);

      await page.locator('#fix-outcome').check();
      await page.locator('#fix-text').fill('A second window opens at busy times.');
      await page.getByRole('button', { name: locale.text.fixSend }).click();
      await expect(page.locator('#fix-text')).toHaveCount(0);

      // The full number, for the call, is a deliberate action.
      await page.getByRole('button', { name: locale.text.reveal }).click();
      await expect(page.locator('.item__mobile')).toHaveText(rating.mobile);
      await page.locator('#follow-up-outcome').check();
      await page.locator('#follow-up-note').fill('Called; satisfied with the second window.');
      await page.getByRole('button', { name: locale.text.followUpSend }).click();
      await expect(page.locator('#follow-up-note')).toHaveCount(0);

      const reply = 'We have opened a second window.\n<b>Thank you</b>';
      await page.locator('#reply').fill(reply);
      // The preview is the tracking page's own reply component, markup shown as characters.
      await expect(page.locator('.preview .public-reply__text')).toHaveText(reply);
      await expect(page.locator('.preview b')).toHaveCount(0);
      await page.getByRole('button', { name: locale.text.replySend }).click();
      await expect(heading(page)).toHaveText(locale.text.replied);
      await expect(page.locator('app-public-reply .public-reply__text')).toHaveText(reply);
    });

    test('the citizen reads the reply and marks it not solved, which reopens it', async ({
      page,
      playwright,
      baseURL,
    }) => {
      const rating = await rateBadly(page.request, locale, 'Documents lost.');
      const staff = await playwright.request.newContext({ baseURL });
      const headers = await signInThroughApi(staff, 'wang.min');
      const id = await itemIdOf(staff, rating.comment);
      await act(staff, headers, id, 'claim');
      await act(staff, headers, id, 'start-review');
      await act(staff, headers, id, 'verify', { valid: true, reason: 'Confirmed.' });
      await act(staff, headers, id, 'fix', { outcome: 'fixed', text: 'Re-scanned.' });
      await act(staff, headers, id, 'follow-up', { outcome: 'satisfied', note: '' });
      const reply = unique('Your documents are on file again.');
      await act(staff, headers, id, 'reply', { text: reply });

      await track(page, locale, rating);
      await expect(page.locator('app-public-reply .public-reply__text')).toHaveText(reply);
      await page.getByRole('button', { name: locale.text.notSolved }).click();
      await expect(heading(page)).toContainText(locale.text.reopened);

      // Back in the queue, under its status tab.
      await signInPage(page, 'wang.min');
      await page.goto(
        `${locale.prefix}/staff/queue?status=reopened&q=${encodeURIComponent(rating.comment)}`,
      );
      await expect(page.locator('.queue__row')).toHaveCount(1);
      await expect(page.locator('.queue__row')).toContainText(locale.text.reopened);
      await staff.dispose();
    });

    test('a supervisor reassigns an item to a colleague', async ({ page }) => {
      const rating = await rateBadly(page.request, locale, 'Nobody answered the phone.');
      const headers = await signInPage(page, 'zhao.lei');
      const id = await itemIdOf(page.request, rating.comment);
      await act(page.request, headers, id, 'assign', { assignee: 'wang.min' });

      await page.goto(`${locale.prefix}/staff/items/${id}`);
      const assignee = page.locator('#assignee');
      const option = assignee.locator('option[value="li.qiang"]');
      await expect(option).toHaveCount(1);
      const name = (await option.textContent())!.trim();
      await assignee.selectOption('li.qiang');
      await page.getByRole('button', { name: locale.text.assign, exact: true }).click();
      await expect(page.locator('p[role=status]')).toBeVisible();
      await expect(page.locator('.summary__row', { hasText: name })).toHaveCount(1);
      const after = (await (await page.request.get(`/api/staff/items/${id}`)).json()) as ReviewItem;
      expect(after.assignee?.userName).toBe('li.qiang');
    });

    test('a stale edit meets 412: the page says what changed and keeps the text', async ({
      page,
      playwright,
      baseURL,
    }) => {
      const rating = await rateBadly(page.request, locale, 'Wrong form given.');
      await signInPage(page, 'wang.min');
      const id = await itemIdOf(page.request, rating.comment);
      await page.goto(`${locale.prefix}/staff/items/${id}`);
      await page.locator('#note').fill('Checked the counter log.');

      // A second reviewer notes the item in the meantime.
      const other = await playwright.request.newContext({ baseURL });
      const headers = await signInThroughApi(other, 'li.qiang');
      await act(other, headers, id, 'notes', { text: 'Called the hall.' });
      await other.dispose();

      await page.getByRole('button', { name: locale.text.noteSend }).click();
      const alert = page.locator('#changed');
      await expect(alert).toContainText(locale.text.changed);
      await expect(alert.locator('li')).toHaveCount(1);
      await expect(page.locator('.notes__text')).toHaveText(['Called the hall.']);
      await expect(page.locator('#note')).toHaveValue('Checked the counter log.');

      await page.getByRole('button', { name: locale.text.noteSend }).click();
      await expect(page.locator('.notes__text')).toHaveText([
        'Called the hall.',
        'Checked the counter log.',
      ]);
      await expect(page.locator('#note')).toHaveValue('');
      await expect(alert).toHaveCount(0);
    });

    test('a supervisor hides a text and its author reads why on the tracking page', async ({
      page,
      playwright,
      baseURL,
    }) => {
      const rating = await rateBadly(page.request, locale, 'Rude words here.');
      const staff = await playwright.request.newContext({ baseURL });
      const headers = await signInThroughApi(staff, 'zhao.lei');
      const id = await itemIdOf(staff, rating.comment);
      const reason = unique('Abusive language.');
      await act(staff, headers, id, 'hide', { reason });
      await staff.dispose();

      await track(page, locale, rating);
      await expect(page.locator('#moderation')).toContainText(reason);
    });

    test('stored XSS: the seeded script complaint shows as text, runs nothing', async ({
      page,
    }) => {
      refuseDialogs(page);
      await signInPage(page, 'zhao.lei');
      await page.goto(`${locale.prefix}/staff/queue?q=${encodeURIComponent('<script>')}`);
      const row = page.locator('.queue__row', { has: page.locator(`a[href$="/${XSS_ITEM}"]`) });
      await expect(row.locator('.queue__excerpt')).toContainText(XSS_TEXT);
      await row.locator('.queue__link').click();
      await expect(page.locator('#what-happened')).toContainText(XSS_TEXT);
      // Nothing the citizen wrote became an element.
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(
        await page.evaluate(() =>
          [...document.scripts].some((script) => script.textContent?.includes("alert('xss')")),
        ),
      ).toBe(false);
    });

    test('keyboard only: a note is added without the mouse', async ({ page }) => {
      const rating = await rateBadly(page.request, locale, 'Keyboard note.');
      await signInPage(page, 'wang.min');
      const id = await itemIdOf(page.request, rating.comment);
      await page.goto(`${locale.prefix}/staff/items/${id}`);
      await expect(page.locator('#note')).toBeVisible();
      await tabTo(page, page.locator('#note'));
      await page.keyboard.type('Typed with the keyboard.');
      await tabTo(page, page.getByRole('button', { name: locale.text.noteSend }));
      await page.keyboard.press('Enter');
      await expect(page.locator('.notes__text')).toHaveText(['Typed with the keyboard.']);
    });

    test.describe('axe', () => {
      test.describe.configure({ timeout: A11Y_TEST_TIMEOUT });

      test('axe: the queue with its filters open', async ({ page }) => {
        await signInPage(page, 'wang.min');
        await page.goto(`${locale.prefix}/staff/queue?due=overdue`);
        await expect(page.locator('.queue__row').first()).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('axe: an empty queue', async ({ page }) => {
        await signInPage(page, 'wang.min');
        await page.goto(`${locale.prefix}/staff/queue?q=${encodeURIComponent(unique('none'))}`);
        await expect(page.locator('.queue__empty')).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('axe: the notice of an unrecognised filter in the address', async ({ page }) => {
        await signInPage(page, 'wang.min');
        await page.goto(`${locale.prefix}/staff/queue?kind=rant&status=bogus&sort=oldest`);
        await expect(page.locator('.queue__unrecognised')).toBeVisible();
        await expect(page.locator('.queue__row').first()).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('axe: a negative rating with its forms, as its reviewer', async ({ page }) => {
        await signInPage(page, 'wang.min');
        await page.goto(`${locale.prefix}/staff/items/c9003`);
        await expect(page.locator('#fix-text')).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('axe: field errors after an empty note', async ({ page }) => {
        await signInPage(page, 'wang.min');
        await page.goto(`${locale.prefix}/staff/items/c9003`);
        await page.getByRole('button', { name: locale.text.noteSend }).click();
        await expect(page.locator('.error-summary')).toContainText(locale.text.noteError);
        await expect(page.locator('.error-summary')).toBeFocused();
        await expectNoA11yViolations(page);
      });

      test('axe: a supervisor with the audit open', async ({ page }) => {
        await signInPage(page, 'zhao.lei');
        await page.goto(`${locale.prefix}/staff/items/c9003`);
        await page.getByRole('button', { name: locale.text.showAudit }).click();
        await expect(page.locator('table.audit')).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('axe: the notice after a stale edit', async ({ page, playwright, baseURL }) => {
        const rating = await rateBadly(page.request, locale, 'Axe on a stale edit.');
        await signInPage(page, 'wang.min');
        const id = await itemIdOf(page.request, rating.comment);
        await page.goto(`${locale.prefix}/staff/items/${id}`);
        await page.locator('#note').fill('Mine.');
        const other = await playwright.request.newContext({ baseURL });
        await act(other, await signInThroughApi(other, 'li.qiang'), id, 'notes', {
          text: 'Theirs.',
        });
        await other.dispose();
        await page.getByRole('button', { name: locale.text.noteSend }).click();
        await expect(page.locator('#changed')).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('axe: an item of another department is not found', async ({ page }) => {
        await signInPage(page, 'wang.min');
        await page.goto(`${locale.prefix}/staff/items/c9004`);
        await expect(page.locator('[role=alert]')).toHaveText(locale.text.notFound);
        await expectNoA11yViolations(page);
      });
    });

    test.describe('320 px phone', () => {
      test.use({ viewport: { width: 320, height: 640 } });

      test('the queue stacks its rows and fits without scrolling sideways', async ({ page }) => {
        await signInPage(page, 'wang.min');
        await page.goto(`${locale.prefix}/staff/queue`);
        await expect(page.locator('.queue__row').first()).toBeVisible();
        // Each cell says what it is once the table's header row is out of sight.
        await expect(
          page.locator('.queue__row').first().locator('.queue__label').first(),
        ).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'the queue scrolls sideways').toBeLessThanOrEqual(0);
      });
    });
  });
}

// 市政务服务管理局 (zwb) has no services in the catalogue, which refuses it as a filter: its
// reviewers' queue must not ask for its services (a 400 and a console error on every visit).
test("the routing desk's reviewer opens the queue without a refused request", async ({ page }) => {
  const refused: string[] = [];
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await signInPage(page, 'zhou.yan');
  refused.length = 0;
  await page.goto('/zh/staff/queue');
  await expect(heading(page)).toHaveText(zh.text.queue);
  await expect(page.locator('[role=status]', { hasText: /…/ })).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
});
