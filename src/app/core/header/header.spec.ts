import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { selectUrl } from '../router.selectors';
import { Header } from './header';

@Component({
  selector: 'app-header-test-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HeaderTestPage {}

describe('Header', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: HeaderTestPage },
          { path: 'about', component: HeaderTestPage },
          { path: 'contact', component: HeaderTestPage },
          { path: 'feedback', component: HeaderTestPage },
        ]),
        provideMockStore(),
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectUrl, '/about');
  });

  afterEach(() => store.resetSelectors());

  it('names the portal and links its name home', async () => {
    const fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    const brand = (fixture.nativeElement as HTMLElement).querySelector('.header__brand')!;
    expect(brand.textContent?.trim()).toBe('江澄市政务服务网');
    expect(brand.getAttribute('href')).toBe('/');
  });

  it('links only to pages that exist, marking the current one', async () => {
    const harness = await RouterTestingHarness.create('/about');
    const fixture = TestBed.createComponent(Header);
    await harness.navigateByUrl('/about');
    await fixture.whenStable();

    const nav = (fixture.nativeElement as HTMLElement).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('主导航');
    const links = [...nav.querySelectorAll('a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
      a.getAttribute('aria-current'),
    ]);
    expect(links).toEqual([
      ['首页', '/', null],
      ['我要反馈', '/feedback', null],
      ['关于本站', '/about', 'page'],
      ['联系我们', '/contact', null],
    ]);
  });

  it('holds the language switch', async () => {
    const fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('app-language-switch a'),
    ).not.toBeNull();
  });
});
