import { DATE_PIPE_DEFAULT_OPTIONS } from '@angular/common';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of } from 'rxjs';
import { PageFeedbackClient } from '../data/page-feedback-client';
import { selectPagePath } from '../router.selectors';
import { Footer } from './footer';

describe('Footer', () => {
  let store: MockStore;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      // Imported so that compileComponents resolves its deferred parts.
      imports: [Footer],
      providers: [
        provideRouter([]),
        provideMockStore(),
        { provide: PageFeedbackClient, useValue: { send: () => of({ id: 1, receivedAt: '' }) } },
        { provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: '+0800' } },
      ],
    }).compileComponents();
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectPagePath, '/');
    const fixture = TestBed.createComponent(Footer);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    // The survey is deferred until the browser is idle; drawn here as it will be.
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
  });

  afterEach(() => store.resetSelectors());

  it('links to About, the accessibility statement and Contact', () => {
    const links = [...element.querySelectorAll('.footer__links a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['关于本站', '/about'],
      ['无障碍声明', '/accessibility'],
      ['联系我们', '/contact'],
    ]);
  });

  it('links discreetly to the staff sign-in page', () => {
    const link = element.querySelector('.footer__staff a');
    expect(link?.textContent?.trim()).toBe('工作人员登录');
    expect(link?.getAttribute('href')).toBe('/staff/sign-in');
  });

  it('asks whether the page is useful', () => {
    expect(element.querySelector('app-page-feedback')?.textContent).toContain(
      '这个页面对您有帮助吗？',
    );
  });

  it('names the site’s owner with this year in Beijing', () => {
    const year = new Intl.DateTimeFormat('en', {
      year: 'numeric',
      timeZone: 'Asia/Shanghai',
    }).format(new Date());
    expect(element.querySelector('.footer__meta')?.textContent).toContain(
      `© ${year} 江澄市人民政府`,
    );
  });
});
