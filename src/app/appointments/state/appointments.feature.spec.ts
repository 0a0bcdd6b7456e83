import type { Problem } from '@contract/problem';
import { appointment, availability, guide, hall } from '../testing/samples';
import { AppointmentsApiActions } from './appointments.actions';
import {
  type AppointmentsState,
  appointmentsFeature,
  availabilityKey,
  initialAppointmentsState,
  selectAvailabilityToLoad,
  selectCurrentAvailability,
  selectCurrentService,
  selectGuideToLoad,
  selectHallsToLoad,
  selectServiceHalls,
} from './appointments.feature';

const reducer = appointmentsFeature.reducer;
const key = availabilityKey('smzx', 'CRJ-001');
const slotFull: Problem = { type: '/problems/slot-full', title: 'Slot full', status: 409 };
const withAvailability: AppointmentsState = reducer(
  initialAppointmentsState,
  AppointmentsApiActions.availabilityLoaded({ key, availability }),
);

describe('appointments reducer', () => {
  it('keeps each guide by code with its request’s progress', () => {
    let state = reducer(
      initialAppointmentsState,
      AppointmentsApiActions.guideStarted({ code: 'CRJ-001' }),
    );
    expect(state.guides.requests['CRJ-001']).toEqual({ status: 'loading', error: null });
    state = reducer(
      state,
      AppointmentsApiActions.guideLoaded({ code: 'CRJ-001', page: { guide, related: [] } }),
    );
    expect(state.guides.entities['CRJ-001']).toEqual(guide);
    expect(state.guides.requests['CRJ-001'].status).toBe('loaded');
  });

  it('keeps the halls', () => {
    const state = reducer(
      initialAppointmentsState,
      AppointmentsApiActions.hallsLoaded({ halls: [hall] }),
    );
    expect(state.halls.ids).toEqual(['smzx']);
    expect(state.halls.status).toBe('loaded');
  });

  it('keeps the seats shown while fresh ones load', () => {
    const state = reducer(withAvailability, AppointmentsApiActions.availabilityStarted({ key }));
    expect(state.availability[key]).toEqual({ status: 'loading', error: null, availability });
  });

  it('forgets every seat count once a booking has taken a seat', () => {
    const state = reducer(
      withAvailability,
      AppointmentsApiActions.bookingSucceeded({ result: { reference: 'K7QM-3XPD', appointment } }),
    );
    expect(state.availability).toEqual({});
    expect(state.booking.result?.reference).toBe('K7QM-3XPD');
  });

  it('forgets the seat counts when the chosen slot was taken, but not on other failures', () => {
    expect(
      reducer(withAvailability, AppointmentsApiActions.bookingFailed({ error: slotFull }))
        .availability,
    ).toEqual({});
    const other: Problem = { type: '/problems/validation', title: 'Bad', status: 400 };
    const state = reducer(withAvailability, AppointmentsApiActions.bookingFailed({ error: other }));
    expect(state.availability[key].availability).toBe(availability);
    expect(state.booking).toEqual({ status: 'error', error: other, result: null });
  });

  it('remembers the looked-up booking with the mobile that proved it, and marks a reschedule', () => {
    let state = reducer(
      initialAppointmentsState,
      AppointmentsApiActions.manageStarted({ action: 'lookup' }),
    );
    state = reducer(
      state,
      AppointmentsApiActions.lookupSucceeded({ appointment, mobile: '13812345678' }),
    );
    expect(state.manage.appointment).toBe(appointment);
    expect(state.manage.mobile).toBe('13812345678');
    const moved = { ...appointment, date: '2026-09-21' };
    state = reducer(state, AppointmentsApiActions.rescheduleSucceeded({ appointment: moved }));
    expect(state.manage.appointment).toBe(moved);
    expect(state.manage.changed).toBe('rescheduled');
    state = reducer(state, AppointmentsApiActions.manageStarted({ action: 'cancel' }));
    expect(state.manage.changed).toBeNull();
  });
});

describe('appointments selectors', () => {
  it('asks for the guide only while it is neither loaded nor loading', () => {
    const current = { code: 'CRJ-001', guide: null };
    expect(selectGuideToLoad.projector({ ...current, status: 'idle', error: null })).toBe(
      'CRJ-001',
    );
    expect(selectGuideToLoad.projector({ ...current, status: 'loading', error: null })).toBeNull();
    expect(selectGuideToLoad.projector(null)).toBeNull();
  });

  it('reads the current service’s guide and progress', () => {
    const guides = reducer(
      initialAppointmentsState,
      AppointmentsApiActions.guideLoaded({ code: 'CRJ-001', page: { guide, related: [] } }),
    ).guides;
    expect(selectCurrentService.projector('CRJ-001', guides)).toEqual({
      status: 'loaded',
      error: null,
      code: 'CRJ-001',
      guide,
    });
    expect(selectCurrentService.projector(null, guides)).toBeNull();
  });

  it('offers only the halls that handle the service, in its guide’s order', () => {
    const other = { ...hall, id: 'beihu' };
    const current = { status: 'loaded' as const, error: null, code: 'CRJ-001', guide };
    expect(selectServiceHalls.projector(current, { smzx: hall, beihu: other })).toEqual([hall]);
  });

  it('loads halls on booking and reschedule pages only', () => {
    const idle = initialAppointmentsState.halls;
    expect(selectHallsToLoad.projector('hall', idle)).toBeTrue();
    expect(selectHallsToLoad.projector('reschedule-day', idle)).toBeTrue();
    expect(selectHallsToLoad.projector('lookup', idle)).toBeFalse();
    expect(selectHallsToLoad.projector('hall', { ...idle, status: 'loaded' })).toBeFalse();
  });

  it('loads seats when the page shows them and the store has none', () => {
    const target = { hall: 'smzx', service: 'CRJ-001', key };
    const entry = selectCurrentAvailability.projector(target, {});
    expect(entry).toEqual({ status: 'idle', error: null, availability: null });
    expect(selectAvailabilityToLoad.projector(target, entry)).toBe(target);
    expect(
      selectAvailabilityToLoad.projector(target, withAvailability.availability[key]),
    ).toBeNull();
    expect(selectAvailabilityToLoad.projector(null, null)).toBeNull();
  });
});
