import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Pagination, pageItems } from './pagination';

describe('pageItems', () => {
  it('shows every page of a short list', () => {
    expect(pageItems(2, 3)).toEqual([1, 2, 3]);
  });

  it('leaves gaps around the current page of a long list', () => {
    expect(pageItems(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageItems(1, 10)).toEqual([1, 2, 'gap', 10]);
  });
});

describe('Pagination', () => {
  function render(page: number, pageCount: number): HTMLElement {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Pagination);
    fixture.componentRef.setInput('page', page);
    fixture.componentRef.setInput('pageCount', pageCount);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows nothing for a single page', () => {
    expect(render(1, 1).querySelector('nav')).toBeNull();
  });

  it('marks the current page and links the neighbours', () => {
    const element = render(2, 3);
    const current = element.querySelector('[aria-current="page"]');
    expect(current?.textContent).toBe('2');
    expect(current?.getAttribute('aria-label')).toBe('第 2 页');
    expect(element.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/');
    expect(element.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/?page=3');
  });
});
