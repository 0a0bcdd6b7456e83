import { DATE_PIPE_DEFAULT_OPTIONS } from '@angular/common';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ConnectivityBannerActions } from '../state/connectivity.actions';
import {
  selectBannerVisible,
  selectLastFailedCheckAt,
  selectRetrying,
} from '../state/connectivity.feature';
import { ConnectivityBanner } from './connectivity-banner';

describe('ConnectivityBanner', () => {
  let fixture: ComponentFixture<ConnectivityBanner>;
  let store: MockStore;
  let element: HTMLElement;
  let main: HTMLElement;

  beforeEach(async () => {
    // The page the banner sits on top of, whose heading takes focus once the banner goes.
    main = document.createElement('main');
    main.id = 'main-content';
    main.tabIndex = -1;
    main.innerHTML = '<h1>联系我们</h1>';
    document.body.append(main);

    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        // As app.config sets it for the whole portal.
        { provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: '+0800' } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectBannerVisible, false);
    store.overrideSelector(selectRetrying, false);
    store.overrideSelector(selectLastFailedCheckAt, null);
    fixture = TestBed.createComponent(ConnectivityBanner);
    element = fixture.nativeElement as HTMLElement;
    main.append(element);
    await fixture.whenStable();
  });

  afterEach(() => {
    store.resetSelectors();
    main.remove();
  });

  async function show(retrying = false, lastFailedCheckAt: string | null = null): Promise<void> {
    store.overrideSelector(selectBannerVisible, true);
    store.overrideSelector(selectRetrying, retrying);
    store.overrideSelector(selectLastFailedCheckAt, lastFailedCheckAt);
    store.refreshState();
    await fixture.whenStable();
  }

  it('shows nothing while the backend is reachable', () => {
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('says the service cannot be reached, as an alert with a retry button', async () => {
    await show();
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('暂时无法连接到服务');
    expect(alert?.querySelector('button')?.textContent?.trim()).toBe('重试');
  });

  it('tells when it last tried, in Beijing time', async () => {
    await show(false, '2026-11-28T02:03:04.000Z');
    expect(element.textContent).toContain('最近一次尝试：10:03:04（北京时间）');
  });

  it('asks for a retry when Retry is pressed', async () => {
    await show();
    const dispatch = spyOn(store, 'dispatch');
    element.querySelector('button')!.click();
    expect(dispatch).toHaveBeenCalledOnceWith(ConnectivityBannerActions.retryClicked());
  });

  it('shows a retry in progress and ignores more presses meanwhile', async () => {
    await show(true);
    const dispatch = spyOn(store, 'dispatch');
    const retry = element.querySelector('button')!;
    expect(retry.textContent?.trim()).toBe('正在重试…');
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    retry.click();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('moves focus to the page heading when a retry succeeds, as the button goes away', async () => {
    await show();
    const retry = element.querySelector('button')!;
    retry.focus();
    retry.click();
    store.overrideSelector(selectBannerVisible, false);
    store.refreshState();
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(document.activeElement).toBe(main.querySelector('h1'));
  });
});
