import type { Page } from '@playwright/test';
import { A11Y_TEST_TIMEOUT, expect, expectNoA11yViolations, test } from './fixtures';
import {
  DEMO_PASSWORD,
  createAccount,
  signInPage,
  signInThroughApi,
  tabTo,
  uniqueUserName,
  xsrfHeaders,
} from './staff-fixtures';

// The staff workspace's shell against the real mock backend and its seeded accounts: signing in
// (by keyboard alone, and refused), signing out, a session the server ended, changing one's
// password, the admin's account pages, accessibility of every page and error state, a phone's
// width, and that citizens never download staff code. Both languages.

// Sign-in runs the slow password hash on purpose: room for a machine four times slower.
test.describe.configure({ timeout: 120_000 });

interface Locale {
  prefix: '/zh' | '/en';
  text: {
    signInHeading: string;
    signInTitle: RegExp;
    userName: string;
    password: string;
    signIn: string;
    show: RegExp;
    wrongCredentials: string;
    errorSummary: string;
    queue: string;
    signOut: string;
    signedOut: string;
    ended: string;
    accountHeading: string;
    accountsLink: string;
    accountsHeading: string;
    currentPassword: string;
    newPassword: string;
    confirmPassword: string;
    changePassword: string;
    currentWrong: string;
    passwordChanged: string;
    createAccount: string;
    createSubmit: string;
    createHeading: string;
    displayName: string;
    role: string;
    department: string;
    firstPassword: string;
    created: string;
    selectRole: string;
    save: string;
    stale: string;
    footerLink: string;
  };
}

const zh: Locale = {
  prefix: '/zh',
  text: {
    signInHeading: '工作人员登录',
    signInTitle: /^工作人员登录 - 江澄市政务服务网$/,
    userName: '用户名',
    password: '密码',
    signIn: '登录',
    show: /^显示/,
    wrongCredentials: '用户名或密码不正确',
    errorSummary: '出现问题',
    queue: '待处理事项',
    signOut: '退出登录',
    signedOut: '您已退出登录。',
    ended: '您已被退出登录',
    accountHeading: '我的账号',
    accountsLink: '账号管理',
    accountsHeading: '账号管理',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '再次输入新密码',
    changePassword: '更改密码',
    currentWrong: '当前密码不正确',
    passwordChanged: '密码已更改',
    createAccount: '创建账号',
    createSubmit: '创建账号',
    createHeading: '创建账号',
    displayName: '姓名',
    role: '角色',
    department: '部门',
    firstPassword: '初始密码',
    created: '账号已创建',
    selectRole: '选择角色',
    save: '保存更改',
    stale: '此账号刚刚被其他人更改',
    footerLink: '工作人员登录',
  },
};

const en: Locale = {
  prefix: '/en',
  text: {
    signInHeading: 'Staff sign-in',
    signInTitle: /^Staff sign-in - /,
    userName: 'User name',
    password: 'Password',
    signIn: 'Sign in',
    show: /^Show/,
    wrongCredentials: 'Enter a correct user name and password',
    errorSummary: 'There is a problem',
    queue: 'Review queue',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    ended: 'You were signed out',
    accountHeading: 'Your account',
    accountsLink: 'Accounts',
    accountsHeading: 'Accounts',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    changePassword: 'Change password',
    currentWrong: 'Your current password is not correct',
    passwordChanged: 'Your password has been changed',
    createAccount: 'Create an account',
    createSubmit: 'Create account',
    createHeading: 'Create an account',
    displayName: 'Name',
    role: 'Role',
    department: 'Department',
    firstPassword: 'First password',
    created: 'Account created',
    selectRole: 'Select a role',
    save: 'Save changes',
    stale: 'Someone changed this account just now',
    footerLink: 'Staff sign-in',
  },
};

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const summary = (page: Page) => page.locator('.error-summary');
const staffBar = (page: Page) => page.locator('.staff-bar');
const NEW_PASSWORD = 'a new phrase nobody guesses';

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const locale of [zh, en]) {
  test.describe(`${locale.prefix}`, () => {
    test('a keyboard alone signs in from the footer link and lands on the queue', async ({
      page,
    }) => {
      await page.goto(`${locale.prefix}/`);
      await tabTo(page, page.getByRole('link', { name: locale.text.footerLink }), 400);
      await page.keyboard.press('Enter');
      await expect(heading(page)).toHaveText(locale.text.signInHeading);
      await expect(page).toHaveTitle(locale.text.signInTitle);

      const userName = page.getByLabel(locale.text.userName, { exact: true });
      await tabTo(page, userName);
      await page.keyboard.type('wang.min');
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(locale.text.password, { exact: true })).toBeFocused();
      await page.keyboard.type(DEMO_PASSWORD);
      // The show/hide button comes next, and shows what was typed.
      await page.keyboard.press('Tab');
      const show = page.getByRole('button', { name: locale.text.show });
      await expect(show).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('#password')).toHaveAttribute('type', 'text');
      await tabTo(page, page.getByRole('button', { name: locale.text.signIn, exact: true }));
      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(new RegExp(`${locale.prefix}/staff/queue$`));
      await expect(heading(page)).toHaveText(locale.text.queue);
      await expect(heading(page)).toBeFocused();
      await expect(staffBar(page)).toContainText('王敏');
      // The sign-in page was replaced in the history: Back leaves the workspace.
      await page.goBack();
      await expect(page).not.toHaveURL(/\/staff\/sign-in/);
    });

    // The refused sign-in is also the error state axe checks, so the suite signs in wrongly once.
    test('a wrong password is shown in the summary and at the field', async ({ page }) => {
      test.setTimeout(A11Y_TEST_TIMEOUT);
      await page.goto(`${locale.prefix}/staff/sign-in`);
      await page.getByLabel(locale.text.userName, { exact: true }).fill('wang.min');
      await page.getByLabel(locale.text.password, { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: locale.text.signIn, exact: true }).click();

      await expect(summary(page)).toContainText(locale.text.errorSummary);
      await expect(summary(page).getByRole('link')).toHaveText(locale.text.wrongCredentials);
      await expect(summary(page)).toBeFocused();
      await expect(page.locator('#userName-error')).toContainText(locale.text.wrongCredentials);
      await expect(page.locator('#password')).toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveURL(/\/staff\/sign-in$/);
      await expectNoA11yViolations(page);
    });

    test('signing out ends the session and says so', async ({ page }) => {
      await signInPage(page, 'chen.jing');
      await page.goto(`${locale.prefix}/staff/account`);
      await expect(heading(page)).toHaveText(locale.text.accountHeading);
      await staffBar(page).getByRole('button', { name: locale.text.signOut }).click();

      await expect(page).toHaveURL(/\/staff\/sign-in\?ended=signed-out$/);
      await expect(page.getByRole('status')).toContainText(locale.text.signedOut);
      const session = await page.request.get('/api/staff/session');
      expect(session.status(), 'the server forgot the session').toBe(401);
      // A staff page now asks for sign-in again, and remembers where it was going.
      await page.goto(`${locale.prefix}/staff/account`);
      await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fstaff%2Faccount$/);
    });

    test('a session the server ended sends the user to sign-in and back', async ({ page }) => {
      const headers = await signInPage(page, 'admin');
      await page.goto(`${locale.prefix}/staff/account`);
      await expect(heading(page)).toHaveText(locale.text.accountHeading);
      // Ended behind the page's back, as an idle timeout or another tab would.
      await page.request.delete('/api/staff/session', { headers });
      await staffBar(page).getByRole('link', { name: locale.text.accountsLink }).click();

      await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fstaff%2Faccounts&ended=expired$/);
      await expect(page.getByRole('status')).toContainText(locale.text.ended);
      await page.getByLabel(locale.text.userName, { exact: true }).fill('admin');
      await page.getByLabel(locale.text.password, { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: locale.text.signIn, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${locale.prefix}/staff/accounts$`));
      await expect(heading(page)).toHaveText(locale.text.accountsHeading);
    });

    test('a wrong current password is shown at its field', async ({ page, request }) => {
      const userName = uniqueUserName(`pw1.${locale.prefix.slice(1)}`);
      await createAccount(request, {
        userName,
        displayName: '测试一',
        role: 'reviewer',
        department: 'gaj',
        password: DEMO_PASSWORD,
      });
      await signInPage(page, userName);
      await page.goto(`${locale.prefix}/staff/account`);
      await page.getByLabel(locale.text.currentPassword, { exact: true }).fill('wrong-current-1');
      await page.getByLabel(locale.text.newPassword, { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel(locale.text.confirmPassword, { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: locale.text.changePassword, exact: true }).click();

      await expect(summary(page).getByRole('link')).toHaveText(locale.text.currentWrong);
      await expect(page.locator('#currentPassword-error')).toContainText(locale.text.currentWrong);
      await expect(page.locator('#currentPassword')).toHaveAttribute('aria-invalid', 'true');
    });

    test('changing the password takes the new one at the next sign-in', async ({
      page,
      request,
    }) => {
      const userName = uniqueUserName(`pw2.${locale.prefix.slice(1)}`);
      await createAccount(request, {
        userName,
        displayName: '测试二',
        role: 'reviewer',
        department: 'gaj',
        password: DEMO_PASSWORD,
      });
      await signInPage(page, userName);
      await page.goto(`${locale.prefix}/staff/account`);
      await page.getByLabel(locale.text.currentPassword, { exact: true }).fill(DEMO_PASSWORD);
      await page.getByLabel(locale.text.newPassword, { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel(locale.text.confirmPassword, { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: locale.text.changePassword, exact: true }).click();

      await expect(page.getByRole('status')).toContainText(locale.text.passwordChanged);
      await expect(page.locator('#newPassword')).toHaveValue('');
      const fresh = await request.post('/api/staff/session', {
        data: { userName, password: NEW_PASSWORD },
        headers: await xsrfHeaders(request),
      });
      expect(fresh.status(), 'the new password signs in').toBe(200);
      const old = await request.post('/api/staff/session', {
        data: { userName, password: DEMO_PASSWORD },
        headers: await xsrfHeaders(request),
      });
      expect(old.status(), 'the old password no longer signs in').toBe(401);
    });

    test('an admin creates an account', async ({ page }) => {
      await signInPage(page, 'admin');
      await page.goto(`${locale.prefix}/staff/accounts`);
      await page.getByRole('link', { name: locale.text.createAccount }).click();
      await expect(heading(page)).toHaveText(locale.text.createHeading);

      const userName = uniqueUserName(`new.${locale.prefix.slice(1)}`);
      await page.getByLabel(locale.text.userName, { exact: true }).fill(userName);
      await page.getByLabel(locale.text.displayName, { exact: true }).fill('何平');
      await page.getByLabel(locale.text.role, { exact: true }).selectOption('supervisor');
      await page.getByLabel(locale.text.department, { exact: true }).selectOption('gjj');
      await page.getByLabel(locale.text.firstPassword, { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: locale.text.createSubmit, exact: true }).click();

      await expect(page).toHaveURL(
        (url) =>
          url.pathname.endsWith(`/staff/accounts/${userName}`) && url.search === '?created=1',
      );
      await expect(heading(page)).toHaveText('何平');
      await expect(page.getByRole('status')).toContainText(locale.text.created);
      // The form was replaced in the history: Back goes to the list.
      await page.goBack();
      await expect(heading(page)).toHaveText(locale.text.accountsHeading);
      await expect(page.getByRole('link', { name: userName, exact: true })).toBeVisible();
    });

    test('a stale edit of an account reloads it and keeps what the admin typed', async ({
      page,
      request,
    }) => {
      const userName = uniqueUserName(`stale.${locale.prefix.slice(1)}`);
      await createAccount(request, {
        userName,
        displayName: '测试三',
        role: 'reviewer',
        department: 'gaj',
        password: DEMO_PASSWORD,
      });
      await signInPage(page, 'admin');
      await page.goto(`${locale.prefix}/staff/accounts/${userName}`);
      await expect(heading(page)).toHaveText('测试三');
      // Another admin renames the account meanwhile.
      const headers = await signInThroughApi(request, 'admin');
      const changed = await request.patch(`/api/staff/accounts/${userName}`, {
        data: { displayName: '测试三（改）' },
        headers: { ...headers, 'If-Match': '"1"' },
      });
      expect(changed.status()).toBe(200);

      await page.getByLabel(locale.text.displayName, { exact: true }).fill('我的改动');
      await page.getByRole('button', { name: locale.text.save }).click();
      await expect(page.getByRole('alert')).toContainText(locale.text.stale);
      await expect(page.getByLabel(locale.text.displayName, { exact: true })).toHaveValue(
        '我的改动',
      );
      await expect(heading(page)).toHaveText('测试三（改）');
      // Saved again, against the version now shown, it goes through.
      await page.getByRole('button', { name: locale.text.save }).click();
      await expect(heading(page)).toHaveText('我的改动');
    });

    test.describe('accessibility', () => {
      test.describe.configure({ timeout: A11Y_TEST_TIMEOUT });

      test('the sign-in page', async ({ page }) => {
        await page.goto(`${locale.prefix}/staff/sign-in`);
        await expect(heading(page)).toHaveText(locale.text.signInHeading);
        await expectNoA11yViolations(page);
      });

      test('sign-in with nothing filled in', async ({ page }) => {
        await page.goto(`${locale.prefix}/staff/sign-in`);
        await page.getByRole('button', { name: locale.text.signIn, exact: true }).click();
        await expect(summary(page).getByRole('link')).toHaveCount(2);
        await expectNoA11yViolations(page);
      });

      test('the sign-in page after signing out', async ({ page }) => {
        await page.goto(`${locale.prefix}/staff/sign-in?ended=signed-out`);
        await expect(page.getByRole('status')).toContainText(locale.text.signedOut);
        await expectNoA11yViolations(page);
      });

      test('the queue placeholder with the staff bar', async ({ page }) => {
        await signInPage(page, 'zhao.lei');
        await page.goto(`${locale.prefix}/staff/queue`);
        await expect(staffBar(page)).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('the account page with its errors', async ({ page }) => {
        await signInPage(page, 'li.qiang');
        await page.goto(`${locale.prefix}/staff/account`);
        await expect(heading(page)).toHaveText(locale.text.accountHeading);
        await expectNoA11yViolations(page);
        await page.getByRole('button', { name: locale.text.changePassword, exact: true }).click();
        // Current password, new password and its confirmation: all three are asked for.
        await expect(summary(page).getByRole('link')).toHaveCount(3);
        await expectNoA11yViolations(page);
      });

      test('the accounts list', async ({ page }) => {
        await signInPage(page, 'admin');
        await page.goto(`${locale.prefix}/staff/accounts`);
        await expect(page.getByRole('table')).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('the create form with its errors', async ({ page }) => {
        await signInPage(page, 'admin');
        await page.goto(`${locale.prefix}/staff/accounts/new`);
        await page.getByRole('button', { name: locale.text.createSubmit, exact: true }).click();
        await expect(summary(page)).toContainText(locale.text.selectRole);
        await expectNoA11yViolations(page);
      });

      test('an account page', async ({ page }) => {
        await signInPage(page, 'admin');
        await page.goto(`${locale.prefix}/staff/accounts/wu.fang`);
        await expect(page.getByLabel(locale.text.displayName, { exact: true })).toBeVisible();
        await expectNoA11yViolations(page);
      });

      test('the accounts table on a phone', async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await signInPage(page, 'admin');
        await page.goto(`${locale.prefix}/staff/accounts`);
        await expect(page.getByRole('link', { name: 'wang.min', exact: true })).toBeVisible();
        await noSidewaysScroll(page, 'the accounts table');
        await expect(page.locator('.accounts__label').first()).toBeVisible();
        await expectNoA11yViolations(page);
      });
    });

    test('a citizen’s visit downloads no staff code', async ({ page }) => {
      const scripts: string[] = [];
      page.on('response', async (response) => {
        if (response.url().endsWith('.js')) scripts.push(await response.text());
      });
      await page.goto(`${locale.prefix}/`);
      await expect(page.getByRole('link', { name: locale.text.footerLink })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((text) => text.includes('/api/staff/'))).toEqual([]);
    });
  });
}
