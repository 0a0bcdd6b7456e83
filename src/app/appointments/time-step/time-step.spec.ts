import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { appointment, availability } from '../testing/samples';
import {
  initialAppointmentsState,
  selectAppointmentsView,
  selectBooking,
  selectCurrentAvailability,
  selectManage,
  selectRescheduleChoices,
} from '../state/appointments.feature';
import { overrideStepSelectors } from '../testing/step-store';
import { TimeStep } from './time-step';

describe('TimeStep, moving a booking', () => {
  let store: MockStore;
  const manage = { ...initialAppointmentsState.manage, appointment, mobile: '13812345678' };
  const day = availability.days.find((d) => d.date === appointment.date)!;

  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore(), { provide: LOCALE_ID, useValue: 'zh-CN' }],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectAppointmentsView, 'reschedule-time');
    overrideStepSelectors(store, {
      choices: { service: null, hall: null, date: null, time: null },
      reschedule: { date: appointment.date, time: null },
      manage,
    });
    store.overrideSelector(selectBooking, initialAppointmentsState.booking);
    store.overrideSelector(selectCurrentAvailability, {
      status: 'loaded',
      error: null,
      availability: {
        ...availability,
        days: [{ ...day, times: [...day.times, { time: '10:00', end: '10:30', seatsLeft: 2 }] }],
      },
    });
  });

  afterEach(() => store.resetSelectors());

  function render() {
    const fixture = TestBed.createComponent(TimeStep);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lists the booking’s own time as its current time, and does not offer it', () => {
    const { element } = render();
    const radios = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual(['10:00']);
    const own = element.querySelector('.closed-day')!;
    expect(own.textContent).toContain('09:00');
    expect(own.textContent).toContain('您现在预约的时段');
  });

  it('says beside the times that the server refused the booking’s own time', () => {
    store.overrideSelector(selectRescheduleChoices, { date: appointment.date, time: '09:00' });
    store.overrideSelector(selectManage, {
      ...manage,
      status: 'error',
      action: 'reschedule',
      error: {
        type: '/problems/validation',
        title: 'The request is not valid',
        status: 400,
        errors: [{ path: '/body/time', message: 'is the booking’s current time' }],
      },
    });
    const { element } = render();
    expect(element.querySelector('#time-error')?.textContent).toContain(
      '这是您现在预约的时段，请选择另一个时段',
    );
    expect(element.querySelector('.error-summary a')?.getAttribute('href')).toBe('#time-1000');
  });

  it('says no time is left, and leads back to the days, when the only free seat is its own', () => {
    store.overrideSelector(selectCurrentAvailability, {
      status: 'loaded',
      error: null,
      availability: { ...availability, days: [day] },
    });
    const { element } = render();
    expect(element.querySelectorAll('input[type=radio]').length).toBe(0);
    expect(element.querySelector('.notice')?.textContent).toContain('这一天没有可以预约的时段');
    expect(element.querySelector('button[type=submit]')).toBeNull();
    const back = element.querySelector('a.button');
    expect(back?.textContent?.trim()).toBe('另选一天');
    expect(back?.getAttribute('href')).toBe('/appointments/manage/reschedule?date=2026-09-16');
  });

  it('offers times, and no notice, when another time has a seat', () => {
    const { element } = render();
    expect(element.querySelector('.notice')).toBeNull();
    expect(element.querySelector('button[type=submit]')).not.toBeNull();
  });
});
