import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, PLATFORM_ID, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { RENDERED_ORIGIN } from '@contract/constants/public-origin';
import { PageMeta, describeThisPage } from './page-meta';
import { PageTitleStrategy } from './page-title-strategy';

@Component({
  selector: 'app-meta-test-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DescribedPage {
  constructor() {
    describeThisPage('关于本站的说明');
  }
}

@Component({
  selector: 'app-meta-plain-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class PlainPage {}

@Component({
  selector: 'app-meta-search-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class SearchPage {
  constructor() {
    inject(PageMeta).describe({
      title: '搜索结果',
      description: '结果',
      canonical: '/services?q=%E6%88%B7%E5%8F%A3',
    });
  }
}

function head(): HTMLHeadElement {
  return TestBed.inject(DOCUMENT).head;
}

function attribute(selector: string, name: string): string | null {
  return head().querySelector(selector)?.getAttribute(name) ?? null;
}

const og = (property: string) => attribute(`meta[property="${property}"]`, 'content');

async function setUp(options: { locale?: string; platform?: string } = {}) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'about', title: '关于本站', component: DescribedPage },
        { path: 'services', component: SearchPage },
        { path: 'book', component: PlainPage },
      ]),
      { provide: TitleStrategy, useClass: PageTitleStrategy },
      { provide: LOCALE_ID, useValue: options.locale ?? 'zh-CN' },
      { provide: PLATFORM_ID, useValue: options.platform ?? 'browser' },
    ],
  });
  return RouterTestingHarness.create();
}

describe('PageMeta', () => {
  let base: HTMLBaseElement;

  /**
   * Other specs run in the same document, in random order, and some leave a page's tags behind:
   * each test here starts, and ends, with a head that describes no page.
   */
  function removePageTags(): void {
    for (const element of Array.from(
      document.head.querySelectorAll(
        'meta[name="description"],meta[name="robots"],link[rel="canonical"],link[rel="alternate"],meta[property^="og:"]',
      ),
    )) {
      element.remove();
    }
  }

  beforeEach(() => {
    removePageTags();
    // Each locale is served under its own base href, as in the built pages.
    base = document.createElement('base');
    base.href = '/zh/';
    document.head.appendChild(base);
  });

  afterEach(() => {
    base.remove();
    removePageTags();
  });

  it('writes the title, description, canonical, alternates and Open Graph of a page', async () => {
    const harness = await setUp();
    await harness.navigateByUrl('/about?from=footer#top');
    const origin = document.location.origin;

    expect(TestBed.inject(Title).getTitle()).toBe('关于本站 - 江澄市政务服务网');
    expect(attribute('meta[name="description"]', 'content')).toBe('关于本站的说明');
    expect(head().querySelectorAll('link[rel="canonical"]').length).toBe(1);
    expect(attribute('link[rel="canonical"]', 'href')).toBe(`${origin}/zh/about`);
    expect(attribute('link[hreflang="zh-CN"]', 'href')).toBe(`${origin}/zh/about`);
    expect(attribute('link[hreflang="en"]', 'href')).toBe(`${origin}/en/about`);
    expect(attribute('link[hreflang="x-default"]', 'href')).toBe(`${origin}/zh/about`);
    expect(og('og:title')).toBe('关于本站 - 江澄市政务服务网');
    expect(og('og:description')).toBe('关于本站的说明');
    expect(og('og:url')).toBe(`${origin}/zh/about`);
    expect(og('og:type')).toBe('website');
    expect(og('og:site_name')).toBe('江澄市政务服务网');
    expect(og('og:locale')).toBe('zh_CN');
    expect(og('og:locale:alternate')).toBe('en_GB');
  });

  it('leaves a head that already describes the page as it is (a page taken over from the server)', async () => {
    const harness = await setUp();
    await harness.navigateByUrl('/about');
    const written = Array.from(head().querySelectorAll('meta, link'));
    const changes = new MutationObserver(() => undefined);
    changes.observe(head(), { childList: true, attributes: true, subtree: true });
    TestBed.inject(PageMeta).describe({ title: '关于本站', description: '关于本站的说明' });
    expect(changes.takeRecords()).toEqual([]);
    changes.disconnect();
    expect(Array.from(head().querySelectorAll('meta, link'))).toEqual(written);
  });

  it('rewrites what differs when the same page describes itself anew', async () => {
    const harness = await setUp();
    await harness.navigateByUrl('/about');
    TestBed.inject(PageMeta).describe({ title: '关于本站', description: '新的说明' });
    expect(attribute('meta[name="description"]', 'content')).toBe('新的说明');
    expect(og('og:description')).toBe('新的说明');
    expect(head().querySelectorAll('meta[name="description"]').length).toBe(1);
  });

  it('writes the placeholder origin on the server, for the mock backend to replace', async () => {
    const harness = await setUp({ platform: 'server', locale: 'en' });
    await harness.navigateByUrl('/about');
    expect(attribute('link[rel="canonical"]', 'href')).toBe(`${RENDERED_ORIGIN}/en/about`);
    expect(og('og:locale')).toBe('en_GB');
  });

  it('in the browser, keeps the origin the server wrote into the page', async () => {
    const written = document.createElement('link');
    written.rel = 'canonical';
    written.href = 'https://zwfw.jiangcheng.example/zh/about';
    document.head.appendChild(written);
    const harness = await setUp();
    await harness.navigateByUrl('/services?q=x');
    expect(attribute('link[rel="canonical"]', 'href')).toBe(
      'https://zwfw.jiangcheng.example/zh/services?q=%E6%88%B7%E5%8F%A3',
    );
    expect(head().querySelectorAll('link[rel="canonical"]').length).toBe(1);
  });

  it('leaves a page that describes nothing without another page’s tags', async () => {
    const harness = await setUp();
    await harness.navigateByUrl('/about');
    await harness.navigateByUrl('/book');
    expect(head().querySelector('link[rel="canonical"]')).toBeNull();
    expect(head().querySelector('link[rel="alternate"]')).toBeNull();
    expect(head().querySelector('meta[name="description"]')).toBeNull();
    expect(head().querySelector('meta[property^="og:"]')).toBeNull();
  });

  it('keeps pages it hides out of search engines, and nothing else', async () => {
    const harness = await setUp();
    await harness.navigateByUrl('/about');
    TestBed.inject(PageMeta).hide('找不到该页面');
    expect(TestBed.inject(Title).getTitle()).toBe('找不到该页面 - 江澄市政务服务网');
    expect(attribute('meta[name="robots"]', 'content')).toBe('noindex');
    expect(head().querySelector('link[rel="canonical"]')).toBeNull();
  });
});
