import { expect, expectNoA11yViolations, test } from './fixtures';

// Proves the pipeline end to end: the server serves both locale builds and axe runs on them.
const builds = [
  { path: '/zh/', lang: 'zh-CN' },
  { path: '/en/', lang: 'en' },
];

for (const { path, lang } of builds) {
  test(`the ${lang} build loads at ${path}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // Angular has bootstrapped once the root component has rendered something.
    await expect(page.locator('app-root')).not.toBeEmpty();
    await expectNoA11yViolations(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
}
