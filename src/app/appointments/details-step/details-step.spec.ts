import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DetailsStorage } from '../data/details-storage';
import { initialAppointmentsState, selectBooking } from '../state/appointments.feature';
import { overrideStepSelectors } from '../testing/step-store';
import { DetailsStep } from './details-step';

describe('DetailsStep', () => {
  let store: MockStore;
  let saved: unknown;

  beforeEach(() => {
    saved = null;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        { provide: LOCALE_ID, useValue: 'zh-CN' },
        {
          provide: DetailsStorage,
          useValue: { read: () => null, write: (d: unknown) => (saved = d), clear: () => {} },
        },
      ],
    });
    store = TestBed.inject(MockStore);
    overrideStepSelectors(store);
    store.overrideSelector(selectBooking, initialAppointmentsState.booking);
  });

  afterEach(() => store.resetSelectors());

  function render() {
    const fixture = TestBed.createComponent(DetailsStep);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = () => {
      element.querySelector('form')!.dispatchEvent(new Event('submit'));
      fixture.detectChanges();
    };
    return { fixture, element, type, submit };
  }

  it('lists each field’s problem in the summary and beside the field', () => {
    const { element, type, submit } = render();
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    type('name', '张三');
    type('mobile', '12345');
    type('idNumber', '110105194912310021');
    submit();
    const summary = [...element.querySelectorAll('.error-summary a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(summary).toEqual(['#mobile', '#idNumber']);
    expect(element.querySelector('#mobile-error')?.textContent).toContain('11 位手机号码');
    expect(element.querySelector('#idNumber')?.getAttribute('aria-describedby')).toBe(
      'idNumber-hint idNumber-error',
    );
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows the server’s field errors next to their fields', () => {
    store.overrideSelector(selectBooking, {
      status: 'error',
      result: null,
      error: {
        type: '/problems/validation',
        title: 'Bad',
        status: 400,
        errors: [{ path: '/body/idNumber', message: 'bad check digit' }],
      },
    });
    const { element } = render();
    expect(element.querySelector('#idNumber-error')?.textContent).toContain('证件号码不正确');
  });

  it('keeps the details in session storage, not the URL, and moves on to check them', async () => {
    const { element, type, submit } = render();
    spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    type('name', ' 张三 ');
    type('mobile', '13812345678');
    type('idNumber', '11010519491231002x');
    element.querySelector<HTMLInputElement>('#material-1')!.click();
    submit();
    expect(saved).toEqual({
      name: '张三',
      mobile: '13812345678',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      materials: [1],
      website: '',
    });
    await new Promise((resolve) => setTimeout(resolve));
    const [, extras] = navigate.calls.mostRecent().args;
    expect(JSON.stringify(extras)).not.toContain('13812345678');
  });

  it('takes a mobile typed with spaces or a country code, and keeps its 11 digits', () => {
    const { element, type, submit } = render();
    spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    type('name', '张三');
    type('mobile', '+86 138 1234 5678');
    type('idNumber', '11010519491231002X');
    submit();
    expect(element.querySelector('#mobile-error')).toBeNull();
    expect((saved as { mobile: string }).mobile).toBe('13812345678');
  });

  it('counts a name in characters, so 50 rare characters outside the BMP are taken', () => {
    const { element, type, submit } = render();
    spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    type('mobile', '13812345678');
    type('idNumber', '11010519491231002X');
    type('name', '𠀀'.repeat(50));
    submit();
    expect(element.querySelector('#name-error')).toBeNull();
    expect((saved as { name: string }).name).toBe('𠀀'.repeat(50));
    type('name', '𠀀'.repeat(51));
    submit();
    expect(element.querySelector('#name-error')).not.toBeNull();
  });

  it('asks for a document number left empty, rather than calling it wrong', () => {
    const { element, type, submit } = render();
    type('name', '张三');
    type('mobile', '13812345678');
    submit();
    expect(element.querySelector('#idNumber-error')?.textContent).toContain('输入证件号码');
    expect(element.querySelector('#idNumber-error')?.textContent).not.toContain('不正确');
    expect(element.querySelector('.error-summary a')?.textContent).toBe('输入证件号码');
  });

  it('keeps what is typed in session storage at once, before Continue, for the language switch', () => {
    const { type } = render();
    type('name', '张三');
    type('mobile', '138 1234');
    expect(saved).toEqual(jasmine.objectContaining({ name: '张三', mobile: '138 1234' }));
  });

  it('hides the honeypot from people and from assistive technology', () => {
    const { element } = render();
    const honeypot = element.querySelector('#website')!.closest('.honeypot')!;
    expect(honeypot.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(honeypot).display).toBe('none');
  });
});
