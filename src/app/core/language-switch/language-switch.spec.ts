import { PlatformLocation } from '@angular/common';
import { LOCALE_ID } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { selectUrl } from '../router.selectors';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  let store: MockStore;

  let fixture: ComponentFixture<LanguageSwitch>;

  async function render(
    locale: string,
    baseHref: string,
    url: string | undefined,
    address = { pathname: '/', search: '' },
  ): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        { provide: LOCALE_ID, useValue: locale },
        {
          provide: PlatformLocation,
          useValue: {
            getBaseHrefFromDOM: () => baseHref,
            ...address,
            hash: '',
            onPopState: () => () => undefined,
            onHashChange: () => () => undefined,
          },
        },
      ],
    });
    store = TestBed.inject(MockStore);
    // Undefined until the router's first navigation has reached the store.
    store.overrideSelector(selectUrl, url as string);
    fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => store.resetSelectors());

  it('on a Chinese page links to the same page and query in English', async () => {
    const element = await render('zh-CN', '/zh/', '/contact?from=home');
    const link = element.querySelector('a')!;
    expect(link.textContent?.trim()).toBe('English');
    expect(link.getAttribute('href')).toBe('/en/contact?from=home');
    expect(link.getAttribute('lang')).toBe('en');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(element.querySelector('[aria-current="true"]')?.textContent?.trim()).toBe('中文');
  });

  it('on an English page links to the same page in Chinese', async () => {
    const element = await render('en', '/en/', '/about');
    const link = element.querySelector('a')!;
    expect(link.textContent?.trim()).toBe('中文');
    expect(link.getAttribute('href')).toBe('/zh/about');
    expect(link.getAttribute('lang')).toBe('zh-CN');
    expect(link.getAttribute('hreflang')).toBe('zh-CN');
  });

  it('follows the current URL as the citizen moves around', async () => {
    const element = await render('zh-CN', '/zh/', '/');
    expect(element.querySelector('a')!.getAttribute('href')).toBe('/en/');
    store.overrideSelector(selectUrl, '/accessibility');
    store.refreshState();
    await fixture.whenStable();
    expect(element.querySelector('a')!.getAttribute('href')).toBe('/en/accessibility');
  });

  it('before the first navigation, links to the page the browser is showing, with its query', async () => {
    const element = await render('en', '/en/', undefined, {
      pathname: '/en/contact',
      search: '?from=home',
    });
    expect(element.querySelector('a')!.getAttribute('href')).toBe('/zh/contact?from=home');
  });
});
