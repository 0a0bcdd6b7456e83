import { pagePath } from './page-path';

describe('pagePath', () => {
  it('drops query and fragment', () => {
    expect(pagePath('/about?x=1#top')).toBe('/about');
    expect(pagePath('/services/a/b#x')).toBe('/services/a/b');
  });

  it('gives "/" for the home page and before the first navigation', () => {
    expect(pagePath('/')).toBe('/');
    expect(pagePath('/?q=1')).toBe('/');
    expect(pagePath(undefined)).toBe('/');
    expect(pagePath('')).toBe('/');
  });
});
