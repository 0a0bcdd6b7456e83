import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MainFocus, provideRouteFocus } from './route-focus';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<main id="main-content" tabindex="-1">
    <h1>首页</h1>
    <a href="/x">链接</a>
  </main>`,
})
class HomePage {}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<main id="main-content" tabindex="-1">
    <h1>联系我们</h1>
    <h2 id="hours">开放时间</h2>
  </main>`,
})
class ContactPage {}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<main id="main-content" tabindex="-1"><p>加载中</p></main>`,
})
class HeadinglessPage {}

/** Shows a loading heading until `loaded` is set, then the page's own, as data-driven pages do. */
const loaded = signal(false);
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<main id="main-content" tabindex="-1">
    @if (loaded()) {
      <h1>您哪天来办理？</h1>
      <a href="/x">链接</a>
    } @else {
      <h1>正在加载…</h1>
    }
  </main>`,
})
class LoadingPage {
  protected readonly loaded = loaded;
}

describe('route focus', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: HomePage },
          { path: 'contact', component: ContactPage },
          { path: 'loading', component: HeadinglessPage },
          { path: 'day', component: LoadingPage },
        ]),
        provideRouteFocus(),
      ],
    });
    loaded.set(false);
    harness = await RouterTestingHarness.create();
  });

  async function go(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
  }

  it('leaves focus alone on the first page, so the skip link stays the first tab stop', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await go('/');
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the new page’s heading after a navigation', async () => {
    await go('/');
    await go('/contact');
    const heading = document.querySelector('#main-content h1') as HTMLElement;
    expect(heading.textContent).toBe('联系我们');
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('moves focus to the fragment’s target when the link names one', async () => {
    await go('/');
    await go('/contact#hours');
    expect(document.activeElement?.id).toBe('hours');
  });

  it('falls back to main when the page has no heading yet', async () => {
    await go('/');
    await go('/loading');
    expect(document.activeElement?.id).toBe('main-content');
  });

  it('follows to the heading a page draws once its data arrives', async () => {
    await go('/');
    await go('/day');
    expect(document.activeElement?.textContent).toBe('正在加载…');
    // The loading view that held focus is replaced: focus must not fall to <body>.
    loaded.set(true);
    await harness.fixture.whenStable();
    for (let i = 0; i < 100 && document.activeElement?.textContent !== '您哪天来办理？'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(document.activeElement?.textContent).toBe('您哪天来办理？');
  });

  it('leaves focus alone once the citizen has moved it while the page loads', async () => {
    await go('/');
    await go('/day');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    loaded.set(true);
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps focus where it is when only the query string changes', async () => {
    await go('/');
    const link = document.querySelector('#main-content a') as HTMLElement;
    link.focus();
    await go('/?page=2');
    expect(document.activeElement).toBe(link);
  });

  it('MainFocus.focusMain focuses main itself', () => {
    const main = document.createElement('main');
    main.id = 'main-content';
    main.tabIndex = -1;
    document.body.append(main);
    TestBed.inject(MainFocus).focusMain();
    expect(document.activeElement).toBe(main);
    main.remove();
  });
});
