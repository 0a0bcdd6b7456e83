import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DetailsStorage, type PersonalDetails } from '../data/details-storage';
import { CheckAnswersPageActions } from '../state/appointments.actions';
import { appointment, availability, hall } from '../testing/samples';
import {
  selectBooking,
  selectCurrentAvailability,
  selectHallEntities,
  selectHalls,
} from '../state/appointments.feature';
import { ANSWERED, overrideStepSelectors } from '../testing/step-store';
import { CheckAnswers } from './check-answers';

/** Details as the details page keeps them while they are typed: raw, maybe half done. */
const TYPED: PersonalDetails = {
  name: ' 张三 ',
  mobile: '+86 138 1234 5678',
  idType: 'resident-id',
  idNumber: '11010519491231002x',
  materials: [],
  website: '',
};

describe('CheckAnswers', () => {
  let store: MockStore;
  let stored: PersonalDetails | null;

  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  beforeEach(() => {
    stored = null;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        { provide: LOCALE_ID, useValue: 'zh-CN' },
        {
          provide: DetailsStorage,
          useValue: { read: () => stored, write: () => {}, clear: () => {} },
        },
      ],
    });
    store = TestBed.inject(MockStore);
    overrideStepSelectors(store);
    store.overrideSelector(selectHallEntities, { smzx: hall });
    store.overrideSelector(selectHalls, {
      ids: ['smzx'],
      entities: { smzx: hall },
      status: 'loaded',
      error: null,
    });
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

  async function renderWith(details: PersonalDetails | null) {
    stored = details;
    store.overrideSelector(selectBooking, { status: 'idle', error: null, result: null });
    const fixture = TestBed.createComponent(CheckAnswers);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const page = fixture.nativeElement as HTMLElement;
    const missingLinks = () =>
      [...page.querySelectorAll('.notice a')].map((a) => ({
        text: a.textContent?.trim(),
        href: a.getAttribute('href'),
      }));
    const confirmButton = () =>
      [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('确认并提交预约'));
    return { fixture, page, missingLinks, confirmButton };
  }

  const detailsLink =
    '/appointments/book/details?service=CRJ-001&hall=smzx&date=2026-09-16&time=09:00&from=check';

  it('lists the details still to give, links each to its page, and offers no Confirm', async () => {
    const { page, missingLinks, confirmButton } = await renderWith({
      ...TYPED,
      mobile: '138 12',
      idNumber: '',
    });
    expect(page.querySelector('.notice h2')?.textContent).toContain('有些信息缺少或需要更正');
    expect(missingLinks()).toEqual([
      { text: '输入 11 位手机号码，例如 13812345678', href: detailsLink },
      { text: '输入证件号码', href: detailsLink },
    ]);
    // The row shows what to do instead of a blank answer, and what was given stays shown.
    const rows = [...page.querySelectorAll('.summary__row')].map((row) => row.textContent ?? '');
    expect(rows.find((row) => row.includes('手机号码'))).toContain('输入 11 位手机号码');
    expect(rows.find((row) => row.includes('姓名'))).toContain('张三');
    expect(confirmButton()).toBeUndefined();
    expect(page.textContent).not.toContain('提交后，我们会把预约号以短信发到您的手机');
  });

  it('checks the details with the details page’s rules: a document number that does not check is wrong', async () => {
    const { missingLinks, confirmButton } = await renderWith({
      ...TYPED,
      idNumber: '110105194912310021',
    });
    expect(missingLinks()).toEqual([
      { text: '证件号码不正确，请核对后重新输入', href: detailsLink },
    ]);
    expect(confirmButton()).toBeUndefined();
  });

  it('books details typed but never sent on by Continue as the details page would send them', async () => {
    const dispatch = spyOn(store, 'dispatch');
    const { fixture, missingLinks, confirmButton } = await renderWith(TYPED);
    expect(missingLinks()).toEqual([]);
    confirmButton()!.click();
    fixture.detectChanges();
    expect(dispatch).toHaveBeenCalledWith(
      CheckAnswersPageActions.bookingConfirmed({
        input: {
          service: 'CRJ-001',
          hall: 'smzx',
          date: '2026-09-16',
          time: '09:00',
          ...TYPED,
          name: '张三',
          mobile: '13812345678',
          idNumber: '11010519491231002X',
        },
        idempotencyKey: jasmine.any(String) as unknown as string,
      }),
    );
  });

  it('asks for another day when the chosen one cannot be booked, and for another time when it is full', async () => {
    overrideStepSelectors(store, { choices: { ...ANSWERED, date: '2026-09-17' } });
    let view = await renderWith(TYPED);
    expect(view.missingLinks()).toEqual([
      {
        text: '选择一个可以预约的日期',
        href: '/appointments/book/day?service=CRJ-001&hall=smzx&date=2026-09-17&time=09:00&from=check',
      },
    ]);
    expect(view.confirmButton()).toBeUndefined();
    view.fixture.destroy();

    overrideStepSelectors(store, { choices: { ...ANSWERED, time: '09:30' } });
    view = await renderWith(TYPED);
    expect(view.missingLinks().map((link) => link.text)).toEqual(['选择一个可以预约的时段']);
    expect(view.confirmButton()).toBeUndefined();
  });

  it('asks for a hall when the one in the address does not handle the service', async () => {
    overrideStepSelectors(store, { choices: { ...ANSWERED, hall: 'elsewhere' } });
    const { missingLinks, confirmButton } = await renderWith(TYPED);
    expect(missingLinks().map((link) => link.text)).toEqual(['选择办理大厅']);
    expect(confirmButton()).toBeUndefined();
  });
});
