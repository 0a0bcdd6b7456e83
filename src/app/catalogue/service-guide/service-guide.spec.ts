import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { selectDepartmentEntities, selectHallEntities } from '../state/catalogue.feature';
import { type CurrentGuide, selectCurrentGuide } from '../state/catalogue.selectors';
import {
  citizenCentre,
  exitEntryDepartment,
  passportGuide,
  socialInsuranceSummary,
} from '../testing/samples';
import { ServiceGuide } from './service-guide';

const loaded: CurrentGuide = {
  status: 'loaded',
  error: null,
  code: 'CRJ-001',
  guide: passportGuide,
  related: [socialInsuranceSummary],
};

describe('ServiceGuide', () => {
  let store: MockStore;

  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      // Imported so that compileComponents resolves its deferred parts.
      imports: [ServiceGuide],
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'zh-CN' },
      ],
    }).compileComponents();
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectCurrentGuide, loaded);
    store.overrideSelector(selectDepartmentEntities, { crj: exitEntryDepartment });
    store.overrideSelector(selectHallEntities, { smzx: citizenCentre });
  });

  afterEach(() => store.resetSelectors());

  /** The page with its deferred parts (ratings, related services, the error report) drawn. */
  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ServiceGuide);
    fixture.detectChanges();
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    return fixture.nativeElement as HTMLElement;
  }

  it('gives every section its own heading', async () => {
    const headings = [...(await render()).querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      '办理要点',
      '受理条件',
      '申请材料',
      '办理流程',
      '办理地点',
      '收费标准',
      '设定依据',
      '常见问题',
      '咨询和投诉',
      '相关服务',
      '这份办事指南有错误吗？',
    ]);
  });

  it('names the page after the service', async () => {
    await render();
    expect(TestBed.inject(Title).getTitle()).toBe('普通护照首次申领 - 江澄市政务服务网');
  });

  it('sums up time limits, fee and visits at a glance', async () => {
    const glance = (await render()).querySelector('.summary-list')!.textContent!;
    expect(glance).toContain('15 个工作日');
    expect(glance).toContain('7 个工作日');
    expect(glance).toContain('每本 120 元。');
    expect(glance).toContain('最多跑 1 次');
  });

  it('lists materials in a table with their form and copies', async () => {
    const rows = [...(await render()).querySelectorAll('tbody tr')];
    expect(rows.length).toBe(2);
    expect(rows[1].querySelector('th')?.textContent).toBe('户口簿');
    expect(rows[1].textContent).toContain('原件和复印件');
    expect(rows[1].textContent).toContain('未满十六周岁的提供。');
  });

  it('shows the halls with their hours and phone numbers as links', async () => {
    const element = await render();
    expect(element.querySelector('.hall')?.textContent).toContain('星期一至星期五 09:00–17:00');
    const tel = [...element.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tel).toEqual(['tel:0520-86088000', 'tel:0520-12345', 'tel:0520-12346']);
  });

  it('links to the online form only when the service can be applied for online', async () => {
    const online = '.guide__apply:not(.guide__book)';
    expect((await render()).querySelector(online)?.getAttribute('href')).toBe(
      'https://zwfw.jiangcheng.gov.cn/apply/CRJ-001',
    );
    store.overrideSelector(selectCurrentGuide, {
      ...loaded,
      guide: { ...passportGuide, online: { available: false } },
    });
    store.refreshState();
    expect((await render()).querySelector(online)).toBeNull();
  });

  it('offers to book a hall visit for a service that needs one', async () => {
    expect(passportGuide.visits).toBeGreaterThan(0);
    expect((await render()).querySelector('.guide__book')?.getAttribute('href')).toBe(
      '/appointments/book?service=CRJ-001',
    );
    store.overrideSelector(selectCurrentGuide, {
      ...loaded,
      guide: { ...passportGuide, visits: 0 },
    });
    store.refreshState();
    expect((await render()).querySelector('.guide__book')).toBeNull();
  });

  it('shows the last-updated date in the page’s language', async () => {
    expect((await render()).querySelector('time')?.textContent).toBe('2026年5月1日');
  });

  it('shows not-found content with a link to search for an unknown code', async () => {
    store.overrideSelector(selectCurrentGuide, {
      status: 'error',
      error: { type: '/problems/not-found', title: 'Not found', status: 404 },
      code: 'XX-001',
      guide: null,
      related: [],
    });
    const element = await render();
    expect(element.querySelector('h1')?.textContent).toBe('找不到该服务');
    expect(element.querySelector('a[href="/services"]')).not.toBeNull();
  });

  it('links to rating the service', async () => {
    const link = [...(await render()).querySelectorAll('a')].find(
      (a) => a.textContent?.trim() === '评价这项服务',
    );
    expect(link?.getAttribute('href')).toBe('/feedback/rate?service=CRJ-001');
  });
});
