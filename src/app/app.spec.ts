import { DATE_PIPE_DEFAULT_OPTIONS } from '@angular/common';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of } from 'rxjs';
import { App } from './app';
import { PageFeedbackClient } from './core/data/page-feedback-client';
import { selectPagePath, selectUrl } from './core/router.selectors';
import {
  selectBannerVisible,
  selectLastFailedCheckAt,
  selectRetrying,
} from './core/state/connectivity.feature';

describe('App', () => {
  let fixture: ComponentFixture<App>;
  let store: MockStore;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        { provide: PageFeedbackClient, useValue: { send: () => of({ id: 1, receivedAt: '' }) } },
        { provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: '+0800' } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectUrl, '/');
    store.overrideSelector(selectPagePath, '/');
    store.overrideSelector(selectBannerVisible, false);
    store.overrideSelector(selectRetrying, false);
    store.overrideSelector(selectLastFailedCheckAt, null);
    fixture = TestBed.createComponent(App);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  it('makes the skip link the first thing to tab to', () => {
    const first = element.querySelector('a[href], button, input, textarea, select, [tabindex="0"]');
    expect(first?.classList).toContain('skip-link');
    expect(first?.textContent?.trim()).toBe('跳到主要内容');
  });

  it('skip link moves focus to main without leaving the page', () => {
    const skip = element.querySelector<HTMLAnchorElement>('.skip-link')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    skip.dispatchEvent(event);
    expect(event.defaultPrevented).toBeTrue();
    const main = element.querySelector('main')!;
    expect(main.id).toBe('main-content');
    expect(main.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(main);
  });

  it('lays out header, main (banner first) and footer', () => {
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('footer')).not.toBeNull();
    const main = element.querySelector('main')!;
    expect(main.firstElementChild?.tagName.toLowerCase()).toBe('app-connectivity-banner');
    expect(main.querySelector('router-outlet')).not.toBeNull();
  });

  it('shows the banner at the top of main when the backend is unreachable', async () => {
    store.overrideSelector(selectBannerVisible, true);
    store.refreshState();
    await fixture.whenStable();
    expect(element.querySelector('main [role="alert"]')?.textContent).toContain(
      '暂时无法连接到服务',
    );
  });
});
