import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAX_QUERY_LENGTH } from '@contract/constants/catalogue-limits';
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

  /** What a pinyin input method sends while the citizen types "shebao" and picks 社保. */
  function compose(letters: string[], chosen: string): void {
    input().dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    for (const text of letters) {
      input().value = text;
      input().dispatchEvent(new InputEvent('input', { data: text, isComposing: true }));
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    }
    input().value = chosen;
    input().dispatchEvent(new InputEvent('input', { data: chosen, isComposing: true }));
    input().dispatchEvent(new CompositionEvent('compositionend', { data: chosen }));
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

  it('stops typing at the longest search the API accepts', () => {
    expect(input().maxLength).toBe(MAX_QUERY_LENGTH);
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

  it('ignores the letters an input method composes and searches for the characters picked', () => {
    compose(['s', 'she', "she'b", "she'bao"], '社保');
    expect(typed).toEqual(['社保']);
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    expect(typed).toEqual(['社保']);
  });

  it('drops a pause pending when a composition starts', () => {
    type('办理');
    compose(['she'], '办理社保');
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    expect(typed).toEqual(['办理社保']);
  });

  it('does not search twice when the last input event follows compositionend (Safari)', () => {
    compose(["she'bao"], '社保');
    // The page has put the search into the URL by the time the late event's pause ends.
    fixture.componentRef.setInput('query', '社保');
    fixture.detectChanges();
    input().dispatchEvent(new InputEvent('input', { data: '社保', isComposing: false }));
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    expect(typed).toEqual(['社保']);
  });

  it('does not submit the letters when Enter commits a composition', () => {
    input().dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    input().value = 'shebao';
    input().dispatchEvent(new InputEvent('input', { data: 'shebao', isComposing: true }));
    (fixture.nativeElement as HTMLElement)
      .querySelector('form')!
      .dispatchEvent(new Event('submit', { cancelable: true }));
    expect(submitted).toEqual([]);
  });

  it('follows the URL when it changes (Back)', () => {
    fixture.componentRef.setInput('query', '社保');
    fixture.detectChanges();
    expect(input().value).toBe('社保');
  });
});
