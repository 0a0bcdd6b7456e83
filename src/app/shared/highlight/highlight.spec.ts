import { TestBed } from '@angular/core/testing';
import { Highlight, highlightSegments } from './highlight';

const marked = (text: string, query: string) =>
  highlightSegments(text, query)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('highlightSegments', () => {
  it('marks Chinese terms anywhere in the text', () => {
    expect(marked('社会保险个人参保证明', '参保')).toEqual(['参保']);
    expect(marked('普通护照首次申领', '护 申')).toEqual(['护', '申']);
  });

  it('marks English terms only at the start of a word, whatever the case', () => {
    expect(marked('Applying for your first passport', 'pass')).toEqual(['pass']);
    expect(marked('Compassion fund', 'pass')).toEqual([]);
    expect(marked('Passport renewal', 'passport')).toEqual(['Passport']);
  });

  it('leaves pinyin and unmatched text alone, keeping the whole text', () => {
    const segments = highlightSegments('社会保险', 'shebao');
    expect(segments).toEqual([{ text: '社会保险', match: false }]);
  });

  it('joins overlapping matches into one mark', () => {
    expect(highlightSegments('护照护照', '护照 照护')).toEqual([{ text: '护照护照', match: true }]);
  });
});

describe('Highlight', () => {
  it('wraps matches in mark elements', () => {
    const fixture = TestBed.createComponent(Highlight);
    fixture.componentRef.setInput('text', '普通护照首次申领');
    fixture.componentRef.setInput('query', '护照');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toBe('普通护照首次申领');
    expect([...element.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['护照']);
  });
});
