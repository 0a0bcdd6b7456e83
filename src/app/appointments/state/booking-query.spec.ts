import {
  bookingChoices,
  choicesQuery,
  firstUnansweredStep,
  rescheduleChoices,
} from './booking-query';

describe('booking query', () => {
  it('reads every choice made, in order', () => {
    expect(
      bookingChoices({ service: 'CRJ-001', hall: 'smzx', date: '2026-09-16', time: '09:00' }),
    ).toEqual({ service: 'CRJ-001', hall: 'smzx', date: '2026-09-16', time: '09:00' });
  });

  it('takes a province’s six-digit service codes, and no longer ones', () => {
    expect(bookingChoices({ service: 'GAJ-100001' }).service).toBe('GAJ-100001');
    expect(bookingChoices({ service: 'GA-CRJ-123456' }).service).toBe('GA-CRJ-123456');
    expect(bookingChoices({ service: 'GAJ-1000001' }).service).toBe(null);
  });

  it('ignores a choice whose earlier ones are missing or malformed', () => {
    expect(bookingChoices({ service: 'CRJ-001', date: '2026-09-16', time: '09:00' })).toEqual({
      service: 'CRJ-001',
      hall: null,
      date: null,
      time: null,
    });
    expect(bookingChoices({ service: 'CRJ-001', hall: 'smzx', date: '2026-13-01' }).date).toBe(
      null,
    );
    expect(bookingChoices({ service: ['CRJ-001', 'X'] }).service).toBe(null);
    expect(bookingChoices({ service: 'crj 1' }).service).toBe(null);
  });

  it('writes the choices made, in the journey’s order', () => {
    expect(Object.keys(choicesQuery({ time: '09:00', hall: 'smzx', service: 'CRJ-001' }))).toEqual([
      'service',
      'hall',
      'time',
    ]);
    expect(choicesQuery({ service: 'CRJ-001', hall: null })).toEqual({ service: 'CRJ-001' });
  });

  it('names the first question still open', () => {
    const all = { service: 'CRJ-001', hall: 'smzx', date: '2026-09-16', time: '09:00' };
    expect(firstUnansweredStep({ ...all, hall: null })).toBe('hall');
    expect(firstUnansweredStep({ ...all, date: null })).toBe('day');
    expect(firstUnansweredStep({ ...all, time: null })).toBe('time');
    expect(firstUnansweredStep(all)).toBeNull();
  });

  it('reads a reschedule’s day and time, the time only with a day', () => {
    expect(rescheduleChoices({ date: '2026-09-18', time: '09:30' })).toEqual({
      date: '2026-09-18',
      time: '09:30',
    });
    expect(rescheduleChoices({ time: '09:30' })).toEqual({ date: null, time: null });
  });
});
