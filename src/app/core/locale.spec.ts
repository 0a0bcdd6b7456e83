import { localeHref, otherLocale, portalLocale } from './locale';

describe('portal locales', () => {
  it('maps Angular locale ids onto the portal’s two locales', () => {
    expect(portalLocale('zh-CN')).toBe('zh-CN');
    expect(portalLocale('zh')).toBe('zh-CN');
    expect(portalLocale('en')).toBe('en');
    expect(portalLocale('en-US')).toBe('en');
  });

  it('switches to the other language', () => {
    expect(otherLocale('zh-CN')).toBe('en');
    expect(otherLocale('en')).toBe('zh-CN');
  });

  describe('localeHref', () => {
    it('keeps the path and query string', () => {
      expect(localeHref('/zh/', 'zh-CN', 'en', '/about?x=1&y=%E4%B8%AD')).toBe(
        '/en/about?x=1&y=%E4%B8%AD',
      );
      expect(localeHref('/en/', 'en', 'zh-CN', '/contact#hours')).toBe('/zh/contact#hours');
    });

    it('links the home page to the other home page', () => {
      expect(localeHref('/zh/', 'zh-CN', 'en', '/')).toBe('/en/');
    });

    it('keeps a prefix in front of the locale folder', () => {
      expect(localeHref('/portal/zh/', 'zh-CN', 'en', '/about')).toBe('/portal/en/about');
    });

    it('falls back to the root locale folder when the base href names no locale', () => {
      expect(localeHref(null, 'zh-CN', 'en', '/about')).toBe('/en/about');
      expect(localeHref('/', 'en', 'zh-CN', '/about')).toBe('/zh/about');
    });
  });
});
