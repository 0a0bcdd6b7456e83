import { LOCALE_ID } from '@angular/core';
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

  it('dates the reply as the pages around it do: Beijing time, the British way in English', async () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'en-US' }] });
    const fixture = TestBed.createComponent(PublicReply);
    fixture.componentRef.setInput('text', 'Done.');
    fixture.componentRef.setInput('at', '2026-09-15T14:39:14.000Z');
    await fixture.whenStable();
    const time = (fixture.nativeElement as HTMLElement).querySelector('time');
    // Not Angular's American 'Sep 15, 2026, 10:39:14 PM' beside the page's '15 Sep 2026, 22:39'.
    expect(time?.textContent?.trim()).toBe('15 Sep 2026, 22:39');
  });
});
