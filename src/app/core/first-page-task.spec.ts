import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
  provideRouter,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstPageInOwnTask } from './first-page-task';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Page {}

const check = () =>
  TestBed.runInInjectionContext(() =>
    firstPageInOwnTask({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
  );

describe('firstPageInOwnTask', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: '', component: Page }])] });
  });

  it('lets the first page through only in a later task', async () => {
    const answer = check() as Promise<boolean>;
    let settled = false;
    void answer.then(() => (settled = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(settled).withContext('settled within the same task').toBeFalse();
    expect(await answer).toBeTrue();
  });

  it('lets every later page through at once', async () => {
    await (await RouterTestingHarness.create()).navigateByUrl('/');
    expect(check()).toBeTrue();
  });
});
