import { HttpErrorResponse } from '@angular/common/http';
import type { MemoizedSelector } from '@ngrx/store';
import { type Action } from '@ngrx/store';
import { routerNavigatedAction } from '@ngrx/router-store';
import type { AppointmentInput } from '@contract/appointments';
import { type Observable, of, throwError } from 'rxjs';
import { appointment, availability, guide } from '../testing/samples';
import {
  AppointmentsApiActions,
  CheckAnswersPageActions,
  ManageLookupPageActions,
  RescheduleCheckPageActions,
} from './appointments.actions';
import { book, loadAvailability, loadGuide, lookup, reschedule } from './appointments.effects';
import {
  availabilityKey,
  initialAppointmentsState,
  selectAvailabilityToLoad,
  selectGuideToLoad,
  selectManage,
} from './appointments.feature';

const navigated = routerNavigatedAction({
  payload: { routerState: { url: '/', root: {} as never }, event: {} as never },
});

function fakeStore(values: Map<unknown, unknown>) {
  return {
    select: (selector: MemoizedSelector<object, unknown>) => of(values.get(selector)),
  } as never;
}

function collect(effect$: Observable<Action>): Action[] {
  const actions: Action[] = [];
  effect$.subscribe((a) => actions.push(a));
  return actions;
}

const router = () => ({ navigate: jasmine.createSpy('navigate').and.resolveTo(true) });
const conflict = (type: string) =>
  new HttpErrorResponse({ status: 409, error: { type, title: 'Conflict', status: 409 } });

const input: AppointmentInput = {
  service: 'CRJ-001',
  hall: 'smzx',
  date: '2026-09-16',
  time: '09:00',
  name: '张三',
  mobile: '13812345678',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  materials: [0],
  website: '',
};

describe('appointments effects', () => {
  it('loads the guide of the service being booked', () => {
    const client = {
      guide: jasmine.createSpy('guide').and.returnValue(of({ guide, related: [] })),
    };
    const store = fakeStore(new Map([[selectGuideToLoad, 'CRJ-001']]));
    expect(collect(loadGuide(of(navigated), store, client))).toEqual([
      AppointmentsApiActions.guideStarted({ code: 'CRJ-001' }),
      AppointmentsApiActions.guideLoaded({ code: 'CRJ-001', page: { guide, related: [] } }),
    ]);
  });

  it('loads the seats of the hall and service the page shows, and nothing otherwise', () => {
    const key = availabilityKey('smzx', 'CRJ-001');
    const client = {
      availability: jasmine.createSpy('availability').and.returnValue(of(availability)),
    };
    const target = { hall: 'smzx', service: 'CRJ-001', key };
    const actions = collect(
      loadAvailability(
        of(navigated),
        fakeStore(new Map([[selectAvailabilityToLoad, target]])),
        client,
      ),
    );
    expect(client.availability).toHaveBeenCalledOnceWith('smzx', 'CRJ-001');
    expect(actions.at(-1)).toEqual(
      AppointmentsApiActions.availabilityLoaded({ key, availability }),
    );
    expect(
      collect(
        loadAvailability(
          of(navigated),
          fakeStore(new Map([[selectAvailabilityToLoad, null]])),
          client,
        ),
      ),
    ).toEqual([]);
  });

  it('books with the idempotency key and shows the confirmation', () => {
    const result = { reference: 'K7QM-3XPD', appointment };
    const client = { book: jasmine.createSpy('book').and.returnValue(of(result)) };
    const nav = router();
    const actions = collect(
      book(
        of(CheckAnswersPageActions.bookingConfirmed({ input, idempotencyKey: 'k1' })),
        client,
        nav,
      ),
    );
    expect(client.book).toHaveBeenCalledOnceWith(input, 'k1');
    expect(actions).toEqual([
      AppointmentsApiActions.bookingStarted(),
      AppointmentsApiActions.bookingSucceeded({ result }),
    ]);
    expect(nav.navigate).toHaveBeenCalledOnceWith(['/appointments/book/confirmation']);
  });

  it('sends a citizen whose slot was taken back to the times of the same day', () => {
    const client = { book: () => throwError(() => conflict('/problems/slot-full')) };
    const nav = router();
    const actions = collect(
      book(
        of(CheckAnswersPageActions.bookingConfirmed({ input, idempotencyKey: 'k1' })),
        client,
        nav,
      ),
    );
    expect(actions.at(-1)).toEqual(
      AppointmentsApiActions.bookingFailed({
        error: { type: '/problems/slot-full', title: 'Conflict', status: 409 },
      }),
    );
    expect(nav.navigate).toHaveBeenCalledOnceWith(['/appointments/book/time'], {
      queryParams: { service: 'CRJ-001', hall: 'smzx', date: '2026-09-16' },
    });
  });

  it('stays on the page for other booking problems', () => {
    const client = { book: () => throwError(() => conflict('/problems/already-booked')) };
    const nav = router();
    collect(
      book(
        of(CheckAnswersPageActions.bookingConfirmed({ input, idempotencyKey: 'k1' })),
        client,
        nav,
      ),
    );
    expect(nav.navigate).not.toHaveBeenCalled();
  });

  it('looks a booking up and keeps the mobile for what follows', () => {
    const client = { lookup: jasmine.createSpy('lookup').and.returnValue(of(appointment)) };
    const nav = router();
    const actions = collect(
      lookup(
        of(
          ManageLookupPageActions.lookupSubmitted({
            reference: 'K7QM-3XPD',
            mobile: '13812345678',
          }),
        ),
        client,
        nav,
      ),
    );
    expect(client.lookup).toHaveBeenCalledOnceWith({
      reference: 'K7QM-3XPD',
      mobile: '13812345678',
    });
    expect(actions.at(-1)).toEqual(
      AppointmentsApiActions.lookupSucceeded({ appointment, mobile: '13812345678' }),
    );
    expect(nav.navigate).toHaveBeenCalledOnceWith(['/appointments/manage/booking']);
  });

  it('reschedules the looked-up booking with its mobile', () => {
    const manage = { ...initialAppointmentsState.manage, appointment, mobile: '13812345678' };
    const moved = { ...appointment, date: '2026-09-21' };
    const client = { reschedule: jasmine.createSpy('reschedule').and.returnValue(of(moved)) };
    const actions = collect(
      reschedule(
        of(
          RescheduleCheckPageActions.rescheduleConfirmed({
            date: '2026-09-21',
            time: '09:00',
            idempotencyKey: 'k2',
          }),
        ),
        fakeStore(new Map([[selectManage, manage]])),
        client,
        router(),
      ),
    );
    expect(client.reschedule).toHaveBeenCalledOnceWith(
      'K7QM-3XPD',
      { mobile: '13812345678', date: '2026-09-21', time: '09:00' },
      'k2',
    );
    expect(actions.at(-1)).toEqual(
      AppointmentsApiActions.rescheduleSucceeded({ appointment: moved }),
    );
  });

  it('takes a refused time back to the time page, with that time chosen', () => {
    const manage = { ...initialAppointmentsState.manage, appointment, mobile: '13812345678' };
    const refused = new HttpErrorResponse({
      status: 400,
      error: {
        type: '/problems/validation',
        title: 'The request is not valid',
        status: 400,
        errors: [{ path: '/body/time', message: 'is the booking’s current time' }],
      },
    });
    const client = {
      reschedule: jasmine.createSpy('reschedule').and.returnValue(throwError(() => refused)),
    };
    const nav = router();
    collect(
      reschedule(
        of(
          RescheduleCheckPageActions.rescheduleConfirmed({
            date: '2026-09-16',
            time: '09:00',
            idempotencyKey: 'k3',
          }),
        ),
        fakeStore(new Map([[selectManage, manage]])),
        client,
        nav,
      ),
    );
    expect(nav.navigate).toHaveBeenCalledOnceWith(['/appointments/manage/reschedule/time'], {
      queryParams: { date: '2026-09-16', time: '09:00' },
    });
  });
});
