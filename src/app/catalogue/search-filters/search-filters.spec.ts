import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { exitEntryDepartment, exitEntryTheme } from '../testing/samples';
import { SearchFilters } from './search-filters';

describe('SearchFilters', () => {
  let fixture: ComponentFixture<SearchFilters>;
  const element = () => fixture.nativeElement as HTMLElement;
  const links = () => [...element().querySelectorAll('a')];

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(SearchFilters);
    fixture.componentRef.setInput('facets', {
      theme: [{ value: 'exit-entry', count: 11 }],
      department: [
        { value: 'crj', count: 11 },
        { value: 'gaj', count: 2 },
      ],
      audience: [{ value: 'individual', count: 14 }],
    });
    fixture.componentRef.setInput('show', ['theme', 'department', 'audience']);
    fixture.componentRef.setInput('query', { q: '护照' });
    fixture.componentRef.setInput('themes', { 'exit-entry': exitEntryTheme });
    fixture.componentRef.setInput('departments', { crj: exitEntryDepartment });
    await fixture.whenStable();
  });

  it('offers each value by name with its count, going back to page 1', () => {
    const department = links().find((a) => a.textContent?.includes('出入境管理局'));
    expect(department?.textContent).toContain('(11)');
    expect(department?.getAttribute('href')).toBe('/?department=crj');
    // A department the reference list does not name yet shows its id rather than nothing.
    expect(links().some((a) => a.textContent?.includes('gaj'))).toBeTrue();
  });

  it('shows a chosen filter with a link that removes it', async () => {
    fixture.componentRef.setInput('query', { q: '护照', department: 'crj', page: 2 });
    await fixture.whenStable();
    expect(element().querySelector('.filters__selected strong')?.textContent).toContain(
      '出入境管理局',
    );
    const remove = element().querySelector<HTMLAnchorElement>('.filters__remove')!;
    expect(remove.textContent).toContain('移除');
    expect(links().some((a) => a.getAttribute('href') === '/?department=gaj')).toBeFalse();
  });

  it('folds behind a button that says whether it is open', () => {
    const toggle = element().querySelector('button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    fixture.detectChanges();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(element().querySelector('.filters--open')).not.toBeNull();
  });
});
