import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { About } from './about';

describe('About', () => {
  it('explains the site and links to the accessibility statement', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(About);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('关于本站');
    expect(element.querySelector('a[href="/accessibility"]')).not.toBeNull();
    expect(element.textContent).toContain('个人信息保护法');
  });
});
