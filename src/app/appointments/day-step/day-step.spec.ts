import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { availability, hall } from '../testing/samples';
import {
  selectAppointmentsView,
  selectBookingChoices,
  selectCurrentAvailability,
  selectCurrentHall,
  selectReturnsToCheck,
} from '../state/appointments.feature';
import { ANSWERED, overrideStepSelectors } from '../testing/step-store';
import { DayStep } from './day-step';

describe('DayStep', () => {
  let store: MockStore;

  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore(), { provide: LOCALE_ID, useValue: 'zh-CN' }],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectAppointmentsView, 'day');
    overrideStepSelectors(store, { choices: { ...ANSWERED, date: null, time: null } });
    store.overrideSelector(selectCurrentAvailability, {
      status: 'loaded',
      error: null,
      availability,
    });
    store.overrideSelector(selectCurrentHall, hall);
  });

  afterEach(() => store.resetSelectors());

  function render() {
    const fixture = TestBed.createComponent(DayStep);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('asks the question as the legend’s heading and groups days by week', () => {
    const { element } = render();
    expect(element.querySelector('legend h1')?.textContent).toContain('您哪天来办理？');
    const weeks = [...element.querySelectorAll('.week__legend')].map((l) => l.textContent?.trim());
    expect(weeks).toEqual(['9月14日 星期一 起的一周', '9月21日 星期一 起的一周']);
  });

  it('offers open days as radios and explains every closed one', () => {
    const { element } = render();
    const radios = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual(['2026-09-16', '2026-09-20', '2026-09-21']);
    const closed = [...element.querySelectorAll('.closed-day')].map((p) =>
      [...p.querySelectorAll('span')].map((span) => span.textContent?.trim()).join(' '),
    );
    expect(closed).toEqual([
      '9月15日 星期二 不在可预约的日期内',
      '9月17日 星期四 大厅暂停服务：系统升级',
      '9月18日 星期五 已约满',
      '9月19日 星期六 周末休息',
    ]);
    expect(element.querySelector('label[for="date-2026-09-20"]')?.textContent).toContain(
      '调休工作日',
    );
  });

  it('says a Saturday the hall opens on is for walk-ins only, not that it is closed', () => {
    store.overrideSelector(selectCurrentHall, {
      ...hall,
      hours: [...hall.hours, { days: [6], open: '09:00', close: '12:00' }],
    });
    const { element } = render();
    const saturday = [...element.querySelectorAll('.closed-day')].find((p) =>
      p.textContent?.includes('9月19日'),
    );
    expect(saturday?.textContent).toContain('仅现场办理，不可预约');
    expect(saturday?.textContent).not.toContain('周末休息');
    expect(element.querySelector('#date-2026-09-19')).toBeNull();
  });

  it('says what is missing, in a summary that links to the first day, when nothing is chosen', () => {
    const { fixture, element } = render();
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    const link = element.querySelector<HTMLAnchorElement>('.error-summary a');
    expect(link?.textContent).toBe('选择一个日期');
    expect(link?.getAttribute('href')).toBe('#date-2026-09-16');
    expect(element.querySelector('.error-message')?.textContent).toContain('选择一个日期');
  });

  it('moves on to the times with the day in the URL, leaving it in this page’s for Back', async () => {
    const { fixture, element } = render();
    const router = TestBed.inject(Router);
    const calls: string[] = [];
    spyOn(router, 'navigateByUrl').and.callFake((url, extras) => {
      calls.push(`replace ${String(url)} ${String(extras?.replaceUrl)}`);
      return Promise.resolve(true);
    });
    const navigate = spyOn(router, 'navigate').and.callFake(() => {
      calls.push('navigate');
      return Promise.resolve(true);
    });
    element.querySelector<HTMLInputElement>('#date-2026-09-20')!.click();
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls).toEqual(['replace /?service=CRJ-001&hall=smzx&date=2026-09-20 true', 'navigate']);
    expect(navigate).toHaveBeenCalledOnceWith(['/appointments/book', 'time'], {
      queryParams: { service: 'CRJ-001', hall: 'smzx', date: '2026-09-20' },
    });
  });

  describe('reached by the check page’s Change link', () => {
    beforeEach(() => {
      store.overrideSelector(selectReturnsToCheck, true);
      store.overrideSelector(selectBookingChoices, {
        service: 'CRJ-001',
        hall: 'smzx',
        date: '2026-09-16',
        time: '09:00',
      });
    });

    async function choose(date: string) {
      const { fixture, element } = render();
      const router = TestBed.inject(Router);
      spyOn(router, 'navigateByUrl').and.resolveTo(true);
      const navigate = spyOn(router, 'navigate').and.resolveTo(true);
      element.querySelector<HTMLInputElement>(`#date-${date}`)!.click();
      element.querySelector('form')!.dispatchEvent(new Event('submit'));
      fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve));
      return navigate.calls.mostRecent().args;
    }

    it('goes back to the check page when the time still stands', async () => {
      expect(await choose('2026-09-16')).toEqual([
        ['/appointments/book', 'check'],
        { queryParams: { service: 'CRJ-001', hall: 'smzx', date: '2026-09-16', time: '09:00' } },
      ]);
    });

    it('asks for a time on another day first, and still returns to the check page after', async () => {
      expect(await choose('2026-09-20')).toEqual([
        ['/appointments/book', 'time'],
        { queryParams: { service: 'CRJ-001', hall: 'smzx', date: '2026-09-20', from: 'check' } },
      ]);
    });
  });

  it('shows Retry when the seats could not be loaded', () => {
    store.overrideSelector(selectCurrentAvailability, {
      status: 'error',
      error: { type: '/problems/unreachable', title: 'x', status: 0 },
      availability: null,
    });
    const { element } = render();
    expect(element.textContent).toContain('暂时无法连接到服务');
    expect(element.querySelector('button')?.textContent).toContain('重试');
  });
});
