import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { SEARCH_DEBOUNCE_MS, SearchBox } from './search-box';

describe('SearchBox', () => {
  let fixture: ComponentFixture<SearchBox>;
  let typed: string[];
  let submitted: string[];
  const input = () => (fixture.nativeElement as HTMLElement).querySelector('input')!;

  function type(text: string): void {
    input().value = text;
    input().dispatchEvent(new Event('input'));
  }

  beforeEach(() => {
    jasmine.clock().install();
    fixture = TestBed.createComponent(SearchBox);
    fixture.componentRef.setInput('query', 'passport');
    typed = [];
    submitted = [];
    fixture.componentInstance.typed.subscribe((q) => typed.push(q));
    fixture.componentInstance.submitted.subscribe((q) => submitted.push(q));
    fixture.detectChanges();
  });

  afterEach(() => jasmine.clock().uninstall());

  it('has a label and a hint the field points at', () => {
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('label')?.getAttribute('for')).toBe('search-q');
    expect(input().getAttribute('aria-describedby')).toBe('search-q-hint');
    expect(element.querySelector('#search-q-hint')?.textContent).toContain('shebao');
  });

  it('reports typing only once it pauses', () => {
    type('社');
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS - 1);
    type('社保');
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS - 1);
    expect(typed).toEqual([]);
    jasmine.clock().tick(1);
    expect(typed).toEqual(['社保']);
  });

  it('does not report spacing changes as a new search', () => {
    type('passport ');
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    expect(typed).toEqual([]);
  });

  it('submits at once and drops the pending report', () => {
    type('  护照  ');
    (fixture.nativeElement as HTMLElement)
      .querySelector('form')!
      .dispatchEvent(new Event('submit', { cancelable: true }));
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    expect(submitted).toEqual(['护照']);
    expect(typed).toEqual([]);
  });

  it('follows the URL when it changes (Back)', () => {
    fixture.componentRef.setInput('query', '社保');
    fixture.detectChanges();
    expect(input().value).toBe('社保');
  });
});
