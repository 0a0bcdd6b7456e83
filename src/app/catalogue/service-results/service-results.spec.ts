import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentSearch } from '../state/catalogue.selectors';
import type { SearchQuery } from '../state/search-query';
import { exitEntryDepartment, passportSummary, socialInsuranceSummary } from '../testing/samples';
import { ServiceResults } from './service-results';

function search(extra: Partial<CurrentSearch> = {}): CurrentSearch {
  return {
    status: 'loaded',
    error: null,
    codes: ['CRJ-001', 'RSJ-005'],
    items: [passportSummary, socialInsuranceSummary],
    total: 45,
    page: 1,
    pageSize: 20,
    sort: 'relevance',
    match: 'all',
    facets: { theme: [], department: [], audience: [] },
    ...extra,
  };
}

describe('ServiceResults', () => {
  let fixture: ComponentFixture<ServiceResults>;
  const element = () => fixture.nativeElement as HTMLElement;

  function render(current: CurrentSearch | null, query: SearchQuery = { q: '护照' }): void {
    fixture.componentRef.setInput('search', current);
    fixture.componentRef.setInput('query', query);
    fixture.detectChanges();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(ServiceResults);
    fixture.componentRef.setInput('facets', ['theme', 'department', 'audience']);
    fixture.componentRef.setInput('themes', {});
    fixture.componentRef.setInput('departments', { crj: exitEntryDepartment });
  });

  it('says how many were found in a polite live region', () => {
    render(search());
    const count = element().querySelector('.results__count')!;
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(count.textContent).toContain('找到 45 项服务');
  });

  it('links each result to its guide, with department, online and visits', () => {
    render(search());
    const first = element().querySelector('.result')!;
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/services/CRJ-001');
    expect(first.querySelector('mark')?.textContent).toBe('护照');
    expect(first.textContent).toContain('江澄市公安局出入境管理局');
    expect(first.textContent).toContain('不可以');
    expect(first.textContent).toContain('最多跑 1 次');
  });

  it('on a page past the last, says so and links to the last page instead of an empty list', () => {
    render(search({ page: 9, items: [], codes: [] }));
    expect(element().querySelector('.results__list')).toBeNull();
    expect(element().querySelector('app-pagination')).toBeNull();
    const beyond = element().querySelector('.results__beyond')!;
    expect(beyond.textContent).toContain('最后一页是第 3 页');
    expect(beyond.querySelector('a')?.getAttribute('href')).toBe('/?page=3');
  });

  it('marks the current sort and links the others', () => {
    render(search({ sort: 'popular' }));
    expect(element().querySelector('[aria-current="true"]')?.textContent).toBe('办理量');
    const hrefs = [...element().querySelectorAll('.results__sort a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toEqual(['/?sort=relevance', '/?sort=name']);
  });

  it('keeps the last results on screen, marked busy, while the next ones load', () => {
    render(search());
    render(search({ status: 'loading', items: [], total: 0 }), { q: '护照 x' });
    const main = element().querySelector('.results-layout__main')!;
    expect(main.getAttribute('aria-busy')).toBe('true');
    expect(element().querySelectorAll('.result').length).toBe(2);
  });

  it('says so when no service holds every word and the results hold some', () => {
    render(search(), { q: '护照 xyz' });
    expect(element().querySelector('.results__partial')).toBeNull();
    render(search({ match: 'some' }), { q: '护照 xyz' });
    expect(element().querySelector('.results__partial')?.textContent?.trim()).toBe(
      '没有完全匹配的服务，以下服务与部分词语相符',
    );
    expect(element().querySelectorAll('.result').length).toBe(2);
  });

  it('suggests what to try when nothing matches', () => {
    render(search({ items: [], codes: [], total: 0 }), { q: 'zzqq' });
    expect(element().querySelector('.results__none h2')?.textContent).toContain(
      '没有找到与“zzqq”相符的服务',
    );
    expect(element().textContent).toContain('检查是否有错别字');
    const popular = [...element().querySelectorAll('.results__popular a')];
    expect(popular.map((a) => a.textContent)).toEqual(['社保', '护照', '公积金', '身份证']);
  });

  it('offers to clear filters only when the citizen chose some', () => {
    render(search({ items: [], codes: [], total: 0 }), { q: 'zzqq' });
    expect(element().textContent).not.toContain('清除所有筛选条件');
    fixture.componentRef.setInput('query', { q: 'zzqq', online: true });
    fixture.detectChanges();
    expect(element().textContent).toContain('清除所有筛选条件');
  });

  it('offers to clear the filters, not Retry, when the server refused one', () => {
    render(
      search({
        status: 'error',
        error: {
          type: '/problems/validation',
          title: 'The request is not valid',
          status: 400,
          errors: [{ path: '/query/theme', message: 'no such theme' }],
        },
        items: [],
      }),
      { q: '护照', theme: 'nope' },
    );
    const alert = element().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('没有找到这个主题');
    expect(alert.querySelector('button')).toBeNull();
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('/?q=%E6%8A%A4%E7%85%A7');
  });

  it('explains a failure in the page’s language and offers Retry', () => {
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => retried++);
    render(
      search({
        status: 'error',
        error: { type: '/problems/internal', title: 'Internal Server Error', status: 500 },
        items: [],
      }),
    );
    const alert = element().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('系统出现问题');
    expect(alert.textContent).not.toContain('Internal Server Error');
    alert.querySelector('button')!.click();
    expect(retried).toBe(1);
  });
});
