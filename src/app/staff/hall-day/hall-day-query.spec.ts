import type { HallDay, HallDayAppointment } from '@contract/hall-day';
import { dayQueryFrom, referenceIn, shanghaiToday, withAppointment } from './hall-day-query';

describe('the hall’s day page logic', () => {
  it('takes today in Shanghai, not in the browser’s zone', () => {
    // 23:30 UTC on the 14th is 07:30 on the 15th in Shanghai.
    expect(shanghaiToday(new Date('2026-09-14T23:30:00Z'))).toBe('2026-09-15');
  });

  it('reads hall and date from the URL, defaulting the date to today', () => {
    const now = new Date('2026-09-15T01:00:00Z');
    expect(dayQueryFrom({ hall: 'smzx', date: '2026-09-14' }, now)).toEqual({
      hall: 'smzx',
      date: '2026-09-14',
    });
    expect(dayQueryFrom({ date: 'yesterday' }, now)).toEqual({ hall: null, date: '2026-09-15' });
  });

  it('finds the reference in what a scanner typed', () => {
    expect(referenceIn(' hdzh-ck2a ')).toBe('HDZH-CK2A');
    expect(referenceIn('HDZHCK2A')).toBe('HDZH-CK2A');
    expect(referenceIn('https://portal.example/zh/appointments/HDZH-CK2A')).toBe('HDZH-CK2A');
    expect(referenceIn('HDZH-CK0A')).toBeNull();
    expect(referenceIn('HDZH-CK2A HDEN-CK2A')).toBeNull();
  });

  it('replaces a changed appointment and keeps the rest', () => {
    const row = (reference: string, version: number) =>
      ({ reference, version, status: 'booked' }) as HallDayAppointment;
    const day = { appointments: [row('AAAA-AAAA', 1), row('BBBB-BBBB', 1)] } as HallDay;
    const next = withAppointment(day, { ...row('BBBB-BBBB', 2), status: 'attended' });
    expect(next.appointments.map((each) => [each.reference, each.version, each.status])).toEqual([
      ['AAAA-AAAA', 1, 'booked'],
      ['BBBB-BBBB', 2, 'attended'],
    ]);
    expect(day.appointments[1]!.version).toBe(1);
  });
});
