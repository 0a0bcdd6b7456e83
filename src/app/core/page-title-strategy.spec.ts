import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PageTitleStrategy, SITE_NAME, pageTitle } from './page-title-strategy';

@Component({
  selector: 'app-title-test-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TitleTestPage {}

describe('page titles', () => {
  it('put the page first, then the site', () => {
    expect(pageTitle('关于本站')).toBe('关于本站 - 江澄市政务服务网');
    expect(pageTitle(undefined)).toBe(SITE_NAME);
  });

  it('are set from each route’s title', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'about', title: '关于本站', component: TitleTestPage },
          { path: 'untitled', component: TitleTestPage },
        ]),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const title = TestBed.inject(Title);

    await harness.navigateByUrl('/about');
    expect(title.getTitle()).toBe('关于本站 - 江澄市政务服务网');
    await harness.navigateByUrl('/untitled');
    expect(title.getTitle()).toBe('江澄市政务服务网');
  });
});
