import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ANNOUNCE_DELAY_MS, CharacterCount, characterLength } from './character-count';

describe('characterLength', () => {
  it('counts characters as the server does, an emoji as one', () => {
    expect(characterLength('')).toBe(0);
    expect(characterLength('办事指南')).toBe(4);
    expect(characterLength('a😀b')).toBe(3);
  });
});

describe('CharacterCount', () => {
  let fixture: ComponentFixture<CharacterCount>;
  const visible = () =>
    (fixture.nativeElement as HTMLElement).querySelector('.character-count')!.textContent!.trim();
  const announced = () =>
    (fixture.nativeElement as HTMLElement).querySelector('[aria-live]')!.textContent!.trim();

  beforeEach(() => {
    jasmine.clock().install();
    fixture = TestBed.createComponent(CharacterCount);
    fixture.componentRef.setInput('max', 1000);
    fixture.componentRef.setInput('length', 0);
    fixture.componentRef.setInput('hintId', 'comment-count-hint');
    fixture.detectChanges();
  });

  afterEach(() => jasmine.clock().uninstall());

  it('gives the limit in a hint the field can point at', () => {
    const hint = (fixture.nativeElement as HTMLElement).querySelector('#comment-count-hint');
    expect(hint?.textContent).toContain('1,000');
  });

  it('shows how many characters are left, hidden from screen readers', () => {
    fixture.componentRef.setInput('length', 10);
    fixture.detectChanges();
    expect(visible()).toBe('还可以输入 990 个字');
    const count = (fixture.nativeElement as HTMLElement).querySelector('.character-count')!;
    expect(count.getAttribute('aria-hidden')).toBe('true');
    expect(count.classList).not.toContain('character-count--over');
  });

  it('shows how many characters are too many, as an error', () => {
    fixture.componentRef.setInput('length', 1012);
    fixture.detectChanges();
    expect(visible()).toBe('已超出 12 个字');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.character-count')!.classList,
    ).toContain('character-count--over');
  });

  it('announces the count only once typing pauses', () => {
    expect(announced()).toBe('');
    fixture.componentRef.setInput('length', 1);
    fixture.detectChanges();
    jasmine.clock().tick(ANNOUNCE_DELAY_MS / 2);
    fixture.componentRef.setInput('length', 2);
    fixture.detectChanges();
    jasmine.clock().tick(ANNOUNCE_DELAY_MS - 1);
    fixture.detectChanges();
    expect(announced()).toBe('');
    jasmine.clock().tick(1);
    fixture.detectChanges();
    expect(announced()).toBe('还可以输入 998 个字');
  });
});
