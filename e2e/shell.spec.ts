import type { Page, Request } from '@playwright/test';
import { A11Y_TEST_TIMEOUT, expect, expectNoA11yViolations, test } from './fixtures';

// The SPA shell in both locale builds: header, language switch, skip link, focus on navigation,
// footer survey, not-found page and the backend-unreachable banner.

interface Locale {
  prefix: '/zh' | '/en';
  lang: 'zh-CN' | 'en';
  text: {
    site: string;
    homeTitle: string;
    homeHeading: string;
    aboutHeading: string;
    aboutNav: string;
    contactNav: string;
    contactHeading: string;
    skip: string;
    notFound: string;
    homeLink: string;
    otherLanguage: string;
    bannerTitle: string;
    retry: string;
    question: string;
    yes: string;
    no: string;
    send: string;
    thanks: string;
    tooLong: string;
    rejected: string;
    commentLabel: string;
  };
}

const zh: Locale = {
  prefix: '/zh',
  lang: 'zh-CN',
  text: {
    site: '江澄市政务服务网',
    homeTitle: '首页 - 江澄市政务服务网',
    homeHeading: '欢迎访问江澄市政务服务网',
    aboutHeading: '关于本站',
    aboutNav: '关于本站',
    contactNav: '联系我们',
    contactHeading: '联系我们',
    skip: '跳到主要内容',
    notFound: '找不到该页面',
    homeLink: '返回首页',
    otherLanguage: 'English',
    bannerTitle: '暂时无法连接到服务',
    retry: '重试',
    question: '这个页面对您有帮助吗？',
    yes: '是',
    no: '否',
    send: '发送',
    thanks: '感谢您的反馈。',
    tooLong: '意见不能超过 1,000 个字',
    rejected: '无法接受这条意见',
    commentLabel: '这个页面缺少什么内容，或者哪里有错误？（选填）',
  },
};

const en: Locale = {
  prefix: '/en',
  lang: 'en',
  text: {
    site: 'Jiangcheng Government Services',
    homeTitle: 'Home - Jiangcheng Government Services',
    homeHeading: 'Welcome to Jiangcheng Government Services',
    aboutHeading: 'About this website',
    aboutNav: 'About',
    contactNav: 'Contact',
    contactHeading: 'Contact us',
    skip: 'Skip to main content',
    notFound: 'Page not found',
    homeLink: 'go to the home page',
    otherLanguage: '中文',
    bannerTitle: 'The service cannot be reached right now',
    retry: 'Try again',
    question: 'Is this page useful?',
    yes: 'Yes',
    no: 'No',
    send: 'Send',
    thanks: 'Thank you for your feedback.',
    tooLong: 'Your comment must be 1,000 characters or fewer',
    rejected: 'We could not accept this comment',
    commentLabel: 'What was missing or wrong on this page? (optional)',
  },
};

const locales = [zh, en];
const shellPages = ['/', '/about', '/accessibility', '/contact', '/no-such-page'];

/** Opens a page and waits until the start-up health check has answered, so nothing is pending. */
async function open(page: Page, url: string): Promise<void> {
  const health = page.waitForResponse((r) => r.url().endsWith('/api/health'));
  await page.goto(url);
  await health;
  await expect(page.locator('h1')).toBeVisible();
  // The footer survey is drawn once the app is idle: the rendered page has been taken over, so a
  // click is the app's, not a full page load.
  await expect(page.locator('app-page-feedback')).toBeAttached();
}

function feedbackRequest(page: Page): Promise<Request> {
  return page.waitForRequest(
    (r) => r.url().endsWith('/api/page-feedback') && r.method() === 'POST',
  );
}

for (const locale of locales) {
  const { prefix, lang, text } = locale;

  test.describe(`${lang} shell`, () => {
    test('renders header, navigation, main and footer with the build’s language', async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await open(page, `${prefix}/`);

      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(text.homeTitle);
      await expect(page.getByRole('banner').getByRole('link', { name: text.site })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.homeHeading);
      const nav = page.getByRole('navigation');
      // Home, Give feedback, About, Contact.
      await expect(nav.getByRole('link')).toHaveCount(4);
      // About, Accessibility statement, Contact, and the discreet Staff sign-in.
      await expect(page.getByRole('contentinfo').getByRole('link')).toHaveCount(4);
      // Nothing is wrong, so no warning, not even briefly while the health check ran.
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('loads deep links directly', async ({ page }) => {
      const response = await page.goto(`${prefix}/about`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.aboutHeading);
      await expect(page).toHaveTitle(`${text.aboutHeading} - ${text.site}`);
      await expect(
        page.getByRole('navigation').getByRole('link', { name: text.aboutNav, exact: true }),
      ).toHaveAttribute('aria-current', 'page');
    });

    test('skip link is the first tab stop and moves focus to main', async ({ page }) => {
      await open(page, `${prefix}/contact`);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: text.skip });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main-content')).toBeFocused();
      // Still on the same page: the skip link jumps, it does not navigate.
      await expect(page).toHaveURL(new RegExp(`${prefix}/contact$`));
      await page.keyboard.press('Tab');
      await expect(page.locator('main a').first()).toBeFocused();
    });

    test('moves focus to the new page’s heading after following a link', async ({ page }) => {
      await open(page, `${prefix}/`);
      await page.getByRole('navigation').getByRole('link', { name: text.contactNav }).click();
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(text.contactHeading);
      await expect(heading).toBeFocused();
      await expect(page).toHaveTitle(`${text.contactHeading} - ${text.site}`);
    });

    test('shows the not-found page for an unknown address, with a working link home', async ({
      page,
    }) => {
      await open(page, `${prefix}/no-such-page?from=mail`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.notFound);
      await expect(page).toHaveTitle(`${text.notFound} - ${text.site}`);
      await expectNoA11yViolations(page);

      await page.getByRole('main').getByRole('link', { name: text.homeLink }).click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.homeHeading);
    });

    test('warns when the backend cannot be reached, and Try again recovers', async ({ page }) => {
      await page.route('**/api/**', (route) => route.abort());
      await page.goto(`${prefix}/about`);

      const banner = page.getByRole('alert');
      await expect(banner).toContainText(text.bannerTitle);
      // At the top of the main content, where a screen-reader user arriving there meets it.
      await expect(page.locator('main > app-connectivity-banner [role="alert"]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.aboutHeading);
      await expectNoA11yViolations(page);

      const retry = banner.getByRole('button', { name: text.retry });
      const retried = page.waitForRequest((r) => r.url().endsWith('/api/health'));
      await retry.click();
      await retried;
      // Still down: the banner stays, says when it last tried, and Retry is ready again.
      await expect(retry).toHaveText(text.retry);
      await expect(banner).toContainText(/\d\d:\d\d:\d\d/);

      await page.unroute('**/api/**');
      const health = page.waitForResponse((r) => r.url().endsWith('/api/health') && r.ok());
      await retry.click();
      await health;
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    });

    test('survey: "yes" is sent with the page path and thanked', async ({ page }) => {
      await open(page, `${prefix}/about?utm=newsletter`);
      const survey = page.getByRole('contentinfo');
      await expect(survey.getByRole('heading', { name: text.question })).toBeVisible();

      const sent = feedbackRequest(page);
      await survey.getByRole('button', { name: new RegExp(`^${text.yes}`) }).click();
      const request = await sent;
      expect(request.postDataJSON()).toEqual({ path: '/about', locale: lang, useful: true });
      expect((await request.response())?.status()).toBe(201);
      await expect(survey.getByText(text.thanks)).toBeFocused();
    });

    test('survey: "no" takes an optional comment and sends it', async ({ page }) => {
      await open(page, `${prefix}/contact`);
      const survey = page.getByRole('contentinfo');
      await survey.getByRole('button', { name: new RegExp(`^${text.no}`) }).click();

      const comment = survey.getByRole('textbox', { name: text.commentLabel });
      await expect(comment).toBeFocused();
      await expectNoA11yViolations(page);
      await comment.fill('Opening hours on Sunday?');

      const sent = feedbackRequest(page);
      await survey.getByRole('button', { name: text.send }).click();
      const request = await sent;
      expect(request.postDataJSON()).toEqual({
        path: '/contact',
        locale: lang,
        useful: false,
        comment: 'Opening hours on Sunday?',
      });
      await expect(survey.getByText(text.thanks)).toBeVisible();
    });

    test('survey: a too-long comment is shown as an error next to the field', async ({ page }) => {
      await open(page, `${prefix}/`);
      const survey = page.getByRole('contentinfo');
      await survey.getByRole('button', { name: new RegExp(`^${text.no}`) }).click();
      const comment = survey.getByRole('textbox', { name: text.commentLabel });
      await comment.fill('长'.repeat(1001));

      let requests = 0;
      page.on('request', (r) => {
        if (r.url().endsWith('/api/page-feedback')) requests++;
      });
      await survey.getByRole('button', { name: text.send }).click();

      const error = survey.locator('#page-feedback-error');
      await expect(error).toContainText(text.tooLong);
      await expect(comment).toHaveAttribute('aria-invalid', 'true');
      await expect(comment).toHaveAccessibleDescription(new RegExp(text.tooLong));
      // Next to the field: in the same form group, just above it.
      await expect(survey.locator('.form-group--error')).toContainText(text.tooLong);
      await expect(comment).toBeFocused();
      await expect(comment).toHaveValue('长'.repeat(1001));
      await expectNoA11yViolations(page);
      expect(requests).toBe(0);
    });

    test('survey: the server’s own validation error is shown next to the field', async ({
      page,
    }) => {
      await open(page, `${prefix}/about`);
      // The citizen's comment is fine; the server is sent one it must refuse, to prove its
      // answer reaches the field in the page's language.
      await page.route('**/api/page-feedback', (route) =>
        route.continue({
          postData: JSON.stringify({
            ...route.request().postDataJSON(),
            comment: 'x'.repeat(1001),
          }),
        }),
      );
      const survey = page.getByRole('contentinfo');
      await survey.getByRole('button', { name: new RegExp(`^${text.no}`) }).click();
      const comment = survey.getByRole('textbox', { name: text.commentLabel });
      await comment.fill('A short comment');
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/page-feedback'));
      await survey.getByRole('button', { name: text.send }).click();
      expect((await answered).status()).toBe(400);

      await expect(survey.locator('#page-feedback-error')).toContainText(text.rejected);
      await expect(comment).toHaveValue('A short comment');
    });

    test('survey: a failed send says so and keeps the comment', async ({ page }) => {
      await open(page, `${prefix}/about`);
      const survey = page.getByRole('contentinfo');
      await survey.getByRole('button', { name: new RegExp(`^${text.no}`) }).click();
      const comment = survey.getByRole('textbox', { name: text.commentLabel });
      await comment.fill('Keep me');

      await page.route('**/api/page-feedback', (route) => route.abort());
      await survey.getByRole('button', { name: text.send }).click();
      await expect(survey.getByRole('alert')).toBeVisible();
      await expect(comment).toHaveValue('Keep me');

      await page.unroute('**/api/page-feedback');
      await survey.getByRole('button', { name: text.send }).click();
      await expect(survey.getByText(text.thanks)).toBeVisible();
    });

    test.describe('accessibility', () => {
      test.describe.configure({ timeout: A11Y_TEST_TIMEOUT });
      for (const path of shellPages) {
        test(`has no axe violations on ${prefix}${path}`, async ({ page }) => {
          await open(page, `${prefix}${path}`);
          await expectNoA11yViolations(page);
        });
      }
    });
  });
}

test.describe('language switch', () => {
  test('goes to the same page and query string in the other language and back', async ({
    page,
  }) => {
    await open(page, '/zh/contact?from=home&q=%E5%8A%9E%E4%BA%8B');
    const toEnglish = page.getByRole('link', { name: 'English' });
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    await toEnglish.click();

    await expect(page).toHaveURL(/\/en\/contact\?from=home&q=%E5%8A%9E%E4%BA%8B$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact us');
    // The prerendered page's own link knows no query string; the app's does, once it has started.
    await expect(page.locator('app-page-feedback')).toBeAttached();

    const toChinese = page.getByRole('link', { name: '中文' });
    await expect(toChinese).toHaveAttribute('lang', 'zh-CN');
    await expect(toChinese).toHaveAttribute('hreflang', 'zh-CN');
    await toChinese.click();
    await expect(page).toHaveURL(/\/zh\/contact\?from=home&q=%E5%8A%9E%E4%BA%8B$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('follows in-app navigation', async ({ page }) => {
    await open(page, '/en/');
    await page.getByRole('navigation').getByRole('link', { name: 'About' }).click();
    await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh/about');
  });
});

for (const viewport of [
  { width: 320, height: 640 },
  { width: 375, height: 667 },
]) {
  test.describe(`${viewport.width}×${viewport.height} phone`, () => {
    test.use({ viewport });

    for (const locale of locales) {
      test(`${locale.lang} pages fit without scrolling sideways`, async ({ page }) => {
        for (const path of shellPages) {
          await open(page, `${locale.prefix}${path}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${locale.prefix}${path} scrolls sideways`).toBeLessThanOrEqual(0);
          // The navigation wraps rather than hiding links off screen.
          for (const link of await page.getByRole('navigation').getByRole('link').all()) {
            await expect(link).toBeInViewport();
          }
        }
      });
    }
  });
}
