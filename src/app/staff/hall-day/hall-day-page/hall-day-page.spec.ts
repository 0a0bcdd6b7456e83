import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { HallDay, HallDayAppointment } from '@contract/hall-day';
import type { StaffHall } from '@contract/staff';
import { type Observable, Subject, of } from 'rxjs';
import { HallDayClient } from '../data/hall-day-client';
import { HallDayPage } from './hall-day-page';
import { settle } from '../../testing/settle';

const HALL: StaffHall = { id: 'city-hall', name: { zh: '市民中心', en: 'Citizen Centre' } };

const BOOKED: HallDayAppointment = {
  reference: 'K7QM-3XPD',
  time: '09:00',
  endTime: '09:30',
  service: { code: 'S1', name: { zh: '事项一', en: 'Service one' } },
  name: '张*',
  mobile: '138****5678',
  materials: [],
  status: 'booked',
  checkedInAt: null,
  version: 1,
  actions: ['check-in', 'no-show'],
};

const DAY: HallDay = {
  hall: HALL,
  date: '2026-09-15',
  today: '2026-09-15',
  now: '10:00',
  appointments: [BOOKED],
  walkIns: [],
  services: [],
};

describe('HallDayPage', () => {
  let fixture: ComponentFixture<HallDayPage>;
  let element: HTMLElement;
  let calls: string[];
  /** When set, check-ins answer through it instead of at once. */
  let pending: Subject<HallDayAppointment> | null;

  beforeEach(async () => {
    calls = [];
    pending = null;
    const done = (status: HallDayAppointment['status']): Observable<HallDayAppointment> =>
      pending ?? of({ ...BOOKED, status, version: 2, actions: [] });
    TestBed.configureTestingModule({
      imports: [HallDayPage],
      providers: [
        provideRouter([]),
        {
          provide: HallDayClient,
          useValue: {
            halls: () => of([HALL]),
            day: () => of(DAY),
            checkIn: (_hall: string, _date: string, code: string) => {
              calls.push(`check-in ${code}`);
              return done('attended');
            },
            noShow: () => {
              calls.push('no-show');
              return done('no-show');
            },
          },
        },
      ],
    });
    fixture = TestBed.createComponent(HallDayPage);
    element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await settle(fixture);
  });

  afterEach(() => element.remove());

  const button = (text: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('button')].find((each) =>
      each.textContent!.trim().startsWith(text),
    )!;
  const codeForm = () => element.querySelector<HTMLFormElement>('.hall-day__check-in')!;
  async function submitCode(code: string): Promise<void> {
    const field = element.querySelector<HTMLInputElement>('#check-in-code')!;
    field.value = code;
    field.dispatchEvent(new Event('input'));
    codeForm().requestSubmit();
    await settle(fixture);
  }

  it('sums up an empty code at the top of its form, takes focus there, and links to the field', async () => {
    await submitCode('');
    const summary = codeForm().querySelector<HTMLElement>('.error-summary')!;
    expect(summary).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    const link = summary.querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).toBe('#check-in-code');
    expect(link.textContent).toContain('请输入或扫描预约号');
    expect(element.querySelector('#check-in-code-error')?.textContent).toContain('预约号');
    expect(calls).toEqual([]);
  });

  it('sums up a code not on the day’s list, and takes focus again on a second try', async () => {
    await submitCode('ZZZZ-9999');
    const summary = codeForm().querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent).toContain('当天名单中没有预约号 ZZZZ-9999');
    expect(document.activeElement).toBe(summary);
    element.querySelector<HTMLInputElement>('#check-in-code')!.focus();
    await submitCode('ZZZZ-9999');
    expect(document.activeElement).toBe(codeForm().querySelector<HTMLElement>('.error-summary'));
  });

  it('keeps focus on a row’s check-in while it is sent, and sends it once', async () => {
    pending = new Subject<HallDayAppointment>();
    const checkIn = [...element.querySelectorAll<HTMLButtonElement>('.button-group button')].find(
      (each) => each.textContent!.trim().startsWith('签到'),
    )!;
    checkIn.focus();
    checkIn.click();
    await settle(fixture);
    // Busy, but still focused: a disabled button would have dropped focus on <body>.
    expect(checkIn.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(checkIn);
    checkIn.click();
    await settle(fixture);
    expect(calls).toEqual(['check-in K7QM-3XPD']);
    pending.next({ ...BOOKED, status: 'attended', version: 2, actions: [] });
    pending.complete();
    await settle(fixture);
    expect(document.activeElement?.textContent).toContain('已签到');
  });

  it('keeps focus in the code field after a check-in by code, for the next scan', async () => {
    await submitCode('k7qm3xpd');
    expect(calls).toEqual(['check-in k7qm3xpd']);
    expect(codeForm().querySelector('.error-summary')).toBeNull();
    expect(document.activeElement?.id).toBe('check-in-code');
  });

  it('moves focus to the status line after a row’s check-in, whose button goes', async () => {
    button('签到 K7QM-3XPD').click();
    await settle(fixture);
    expect(calls).toEqual(['check-in K7QM-3XPD']);
    const outcome = element.querySelector<HTMLElement>('#hall-day-outcome')!;
    expect(outcome.textContent).toContain('已签到');
    expect(document.activeElement).toBe(outcome);
  });

  it('moves focus to the no-show question, back to its button on cancel', async () => {
    button('标记未到').click();
    await settle(fixture);
    expect(document.activeElement?.id).toBe('no-show-confirm-K7QM-3XPD');
    button('取消').click();
    await settle(fixture);
    expect(document.activeElement?.id).toBe('no-show-K7QM-3XPD');
  });

  it('moves focus to the status line once the no-show is recorded', async () => {
    button('标记未到').click();
    await settle(fixture);
    button('确认未到').click();
    await settle(fixture);
    expect(calls).toEqual(['no-show']);
    const outcome = element.querySelector<HTMLElement>('#hall-day-outcome')!;
    expect(outcome.textContent).toContain('已标记为未到');
    expect(document.activeElement).toBe(outcome);
  });
});
