import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Contact } from './contact';

describe('Contact', () => {
  it('gives the hotline, the service centre’s address and hours, and an email address', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Contact);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('联系我们');
    expect(element.querySelector('a[href="tel:12345"]')?.textContent).toBe('12345');
    expect(element.querySelector('address')?.textContent).toContain('市民大道 100 号');
    expect(element.textContent).toContain('周一至周五');
    const mail = element.querySelector('a[href^="mailto:"]');
    expect(mail?.getAttribute('href')).toBe(`mailto:${mail?.textContent}`);
  });
});
