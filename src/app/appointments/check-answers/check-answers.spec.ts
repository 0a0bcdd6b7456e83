import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DetailsStorage } from '../data/details-storage';
import { appointment, availability, hall } from '../testing/samples';
import {
  selectBooking,
  selectCurrentAvailability,
  selectHallEntities,
} from '../state/appointments.feature';
import { overrideStepSelectors } from '../testing/step-store';
import { CheckAnswers } from './check-answers';

describe('CheckAnswers', () => {
  let store: MockStore;

  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        { provide: LOCALE_ID, useValue: 'zh-CN' },
        {
          provide: DetailsStorage,
          useValue: { read: () => null, write: () => {}, clear: () => {} },
        },
      ],
    });
    store = TestBed.inject(MockStore);
    overrideStepSelectors(store);
    store.overrideSelector(selectHallEntities, { smzx: hall });
    store.overrideSelector(selectCurrentAvailability, {
      status: 'loaded',
      error: null,
      availability,
    });
  });

  afterEach(() => store.resetSelectors());

  it('names the manage page by its title, and links to it, when the person has a booking already', () => {
    store.overrideSelector(selectBooking, {
      status: 'error',
      result: null,
      error: {
        type: '/problems/already-booked',
        title: 'You already have a booking for this service',
        status: 409,
      },
    });
    const fixture = TestBed.createComponent(CheckAnswers);
    fixture.detectChanges();
    const summary = (fixture.nativeElement as HTMLElement).querySelector('.error-summary')!;
    expect(summary.textContent).toContain('请到“查看、改期或取消预约”页面');
    expect(summary.textContent).not.toContain('管理预约');
    const link = summary.querySelector('a');
    expect(link?.textContent?.trim()).toBe('查看、改期或取消预约');
    expect(link?.getAttribute('href')).toBe('/appointments/manage');
  });

  it('says the visit is booked, with its reference, when Back returns here after booking', async () => {
    store.overrideSelector(selectBooking, {
      status: 'loaded',
      error: null,
      result: { reference: appointment.reference, appointment },
    });
    const fixture = TestBed.createComponent(CheckAnswers);
    fixture.detectChanges();
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toContain('您已提交这个预约');
    expect(page.textContent).toContain('K7QM-3XPD');
    expect(page.textContent).not.toContain('没有找到您的个人信息');
    expect(page.querySelector('button')).toBeNull();
    const links = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/appointments/book/confirmation', '/appointments/manage']);
  });

  it('offers to book again when the booking in memory was for other answers', async () => {
    store.overrideSelector(selectBooking, {
      status: 'loaded',
      error: null,
      result: {
        reference: appointment.reference,
        appointment: { ...appointment, time: '09:30' },
      },
    });
    const fixture = TestBed.createComponent(CheckAnswers);
    fixture.detectChanges();
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toContain('提交预约前');
    expect(page.textContent).not.toContain('K7QM-3XPD');
  });
});
