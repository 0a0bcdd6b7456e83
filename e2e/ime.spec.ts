import type { Page } from '@playwright/test';
import { expect, expectTakenOver, holdPageCode, test } from './fixtures';

// A citizen typing with a pinyin input method: the letters ("she'bao") are a composition the
// browser shows underlined until a word (社保) is picked. Chromium's DevTools protocol drives the
// same composition events a real input method sends, so this checks the search waits for the pick.

/** Pauses longer than the search box's debounce, so a search would go out if one were due. */
const PAUSE_MS = 600;
const LETTERS = ['s', 'sh', 'she', "she'b", "she'ba", "she'bao"];
const CHOSEN = '社保';
const SEARCH_LABEL = { '/zh': '搜索办事服务', '/en': 'Search for a service' };

/** Every `q` the page asked the API for and every `q` its URL showed, from now on. */
function recordSearches(page: Page): { requested: string[]; shown: string[] } {
  const seen = { requested: [] as string[], shown: [] as string[] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    const q = url.searchParams.get('q');
    if (url.pathname === '/api/services' && q !== null) seen.requested.push(q);
  });
  page.on('framenavigated', (frame) => {
    const q = new URL(frame.url()).searchParams.get('q');
    if (frame === page.mainFrame() && q !== null) seen.shown.push(q);
  });
  return seen;
}

for (const prefix of ['/zh', '/en'] as const) {
  test(`${prefix}: a pinyin composition is searched only once the characters are picked`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/services`);
    const box = page.getByLabel(SEARCH_LABEL[prefix]);
    await box.focus();
    const seen = recordSearches(page);
    // pushState does not fire framenavigated in every Chromium, so the URL is also polled.
    const urls: string[] = [];
    const poll = setInterval(() => urls.push(page.url()), 50);

    const cdp = await page.context().newCDPSession(page);
    for (const text of LETTERS) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
      await page.waitForTimeout(PAUSE_MS);
    }
    await expect(box).toHaveValue("she'bao");
    expect(seen.requested, 'no search for the composing letters').toEqual([]);

    await cdp.send('Input.insertText', { text: CHOSEN });
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(CHOSEN)}`));
    await expect(page.locator('.result__title a').first()).toBeVisible();
    await page.waitForTimeout(PAUSE_MS);
    clearInterval(poll);

    expect(seen.requested).toEqual([CHOSEN]);
    const latin = /[a-z]/i;
    expect(seen.shown.filter((q) => latin.test(q))).toEqual([]);
    const shownQs = urls.map((url) => new URL(url).searchParams.get('q'));
    expect(shownQs.filter((q) => q !== null && latin.test(q))).toEqual([]);
    expect(shownQs).toContain(CHOSEN);
  });
}

test('a composition begun before the page’s own code has arrived is searched only once picked', async ({
  page,
}) => {
  // On a slow connection the citizen starts typing into the server's field; the app takes the
  // page over in the middle of the composition and must neither clear it nor search its letters.
  const code = await holdPageCode(page);
  await page.goto('/zh/services');
  await code.held;
  const box = page.getByLabel(SEARCH_LABEL['/zh']);
  await box.focus();
  const seen = recordSearches(page);
  const cdp = await page.context().newCDPSession(page);
  const compose = (text: string) =>
    cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  const [before, after] = [LETTERS.slice(0, 3), LETTERS.slice(3)];
  for (const text of before) await compose(text);
  code.release();
  await expectTakenOver(page);
  await expect(box).toHaveValue(before.at(-1)!);
  for (const text of after) {
    await compose(text);
    await page.waitForTimeout(PAUSE_MS);
  }
  await expect(box).toHaveValue("she'bao");
  expect(seen.requested, 'no search for the composing letters').toEqual([]);

  await cdp.send('Input.insertText', { text: CHOSEN });
  await expect(box).toHaveValue(CHOSEN);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(CHOSEN)}`));
  await expect(page.locator('.result__title a').first()).toBeVisible();
  expect(seen.requested).toEqual([CHOSEN]);
  expect(seen.shown.filter((q) => /[a-z]/i.test(q))).toEqual([]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
