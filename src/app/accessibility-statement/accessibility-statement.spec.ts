import { DATE_PIPE_DEFAULT_OPTIONS, registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AccessibilityStatement } from './accessibility-statement';

describe('AccessibilityStatement', () => {
  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  async function render(locale: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: LOCALE_ID, useValue: locale },
        { provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: '+0800' } },
      ],
    });
    const fixture = TestBed.createComponent(AccessibilityStatement);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('states the WCAG 2.2 AA target, known limitations and how to report a problem', async () => {
    const element = await render('zh-CN');
    const text = element.textContent ?? '';
    expect(text).toContain('WCAG）2.2 版 AA 级');
    expect(text).toContain('我们已知的不足');
    expect(element.querySelector('a[href="tel:12345"]')).not.toBeNull();
    expect(element.querySelector('a[href^="mailto:"]')).not.toBeNull();
    expect(element.querySelector('a[href="/contact"]')).not.toBeNull();
  });

  it('dates the statement in the page’s locale', async () => {
    expect((await render('zh-CN')).textContent).toContain('本声明编制于 2026年11月28日');
  });

  it('dates the statement the British way on the English site', async () => {
    const text = (await render('en-US')).textContent;
    expect(text).toContain('28 November 2026');
    expect(text).not.toContain('November 28');
  });
});
