import { randomUUID } from 'node:crypto';
import type { AppointmentInput } from '../../../contract/appointments.ts';
import { residentIdCheckCharacter } from '../../src/appointments/identity.ts';

/** Tuesday 15 September 2026, 09:00 in Shanghai: the window holds 调休 Sunday 20 September and the Mid-Autumn holiday. */
export const NOW = '2026-09-15T09:00:00+08:00';
export const SERVICE = 'GAJ-001';
export const HALL = 'smzx';
/** Wednesday 16 September, the first bookable day at NOW. */
export const FIRST_DAY = '2026-09-16';

/** A valid resident ID number for a serial (born 1990-03-07 in 110101). */
export function residentId(serial: number): string {
  const first17 = `11010119900307${String(serial % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A distinct, valid person per number: passport numbers have room for millions. */
export function person(
  n: number,
): Pick<AppointmentInput, 'name' | 'mobile' | 'idType' | 'idNumber'> {
  return {
    name: `Test Person ${n}`,
    mobile: `139${String(n % 100_000_000).padStart(8, '0')}`,
    idType: 'passport',
    idNumber: `E${String(n).padStart(8, '0')}`,
  };
}

export function bookingBody(overrides: Partial<AppointmentInput> = {}): AppointmentInput {
  return {
    service: SERVICE,
    hall: HALL,
    date: FIRST_DAY,
    time: '09:00',
    name: '张三',
    mobile: '13812345678',
    idType: 'resident-id',
    idNumber: '11010519491231002X',
    materials: [0],
    ...overrides,
  };
}

export const idempotencyKey = (): string => `"${randomUUID()}"`;
