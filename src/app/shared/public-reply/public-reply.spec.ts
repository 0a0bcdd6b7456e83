import { TestBed } from '@angular/core/testing';
import { PublicReply } from './public-reply';

describe('PublicReply', () => {
  it('shows markup the text holds as characters, with its line breaks', async () => {
    const fixture = TestBed.createComponent(PublicReply);
    fixture.componentRef.setInput('text', '已处理。\n<b>谢谢</b><img src=x onerror=alert(1)>');
    fixture.componentRef.setInput('at', '2026-09-15T01:00:00.000Z');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = element.querySelector('.public-reply__text');
    expect(text?.textContent).toBe('已处理。\n<b>谢谢</b><img src=x onerror=alert(1)>');
    expect(element.querySelector('b, img')).toBeNull();
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-09-15T01:00:00.000Z',
    );
  });
});
