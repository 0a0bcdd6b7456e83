import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { selectDepartments } from '../state/catalogue.feature';
import { exitEntryDepartment } from '../testing/samples';
import { DepartmentList } from './department-list';

describe('DepartmentList', () => {
  let store: MockStore;
  const tax = {
    ...exitEntryDepartment,
    id: 'sw',
    name: { zh: '国家税务总局江澄市税务局', en: 'Jiangcheng Tax Service' },
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore(), { provide: LOCALE_ID, useValue: 'en' }],
    });
    store = TestBed.inject(MockStore);
  });

  afterEach(() => store.resetSelectors());

  it('lists departments A to Z, each linking to its services', () => {
    store.overrideSelector(selectDepartments, {
      status: 'loaded',
      error: null,
      items: [tax, exitEntryDepartment],
    });
    const fixture = TestBed.createComponent(DepartmentList);
    fixture.detectChanges();
    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll('li a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/departments/crj',
      '/departments/sw',
    ]);
  });

  it('says so when the list cannot be loaded', () => {
    store.overrideSelector(selectDepartments, {
      status: 'error',
      error: { type: '/problems/unreachable', title: 'x', status: 0 },
      items: [],
    });
    const fixture = TestBed.createComponent(DepartmentList);
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).not.toBeNull();
  });
});
