import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NotFound } from './not-found';

describe('NotFound', () => {
  it('says the page was not found and links home', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(NotFound);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('找不到该页面');
    const home = [...element.querySelectorAll('a')].find((a) => a.getAttribute('href') === '/');
    expect(home?.textContent).toBe('返回首页');
  });
});
