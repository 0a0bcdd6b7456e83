import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { maskMobile } from '../../src/personal-data.ts';
import { PHONE_SAFE_ALPHABET as REFERENCE_ALPHABET } from '../../../contract/constants/personal-data.ts';
import type { OpeningHours } from '../../../contract/catalogue.ts';
import { blockedUntil, fairUseRefusal } from '../../src/appointments/fair-use.ts';
import {
  identityNumberProblem,
  maskIdNumber,
  residentIdCheckCharacter,
} from '../../src/appointments/identity.ts';
import {
  decideKey,
  IDEMPOTENCY_KEY_TTL_MS,
  IN_FLIGHT_STALE_MS,
  parseIdempotencyKey,
  requestFingerprint,
} from '../../src/appointments/idempotency.ts';
import { newReference, normaliseReference } from '../../src/appointments/reference.ts';
import { availabilityDay, bookingWindow, slotsOf } from '../../src/appointments/slots.ts';
import { addCalendarDays, hoursWeekday, WorkingCalendar } from '../../src/calendar/calendar.ts';

describe('resident ID numbers (GB 11643)', () => {
  test('accepts real valid numbers, including the standard’s own examples', () => {
    // 11010519491231002X and 440524188001010014 are the examples printed in GB 11643-1999.
    for (const id of ['11010519491231002X', '440524188001010014', '110101199003072316']) {
      assert.equal(identityNumberProblem('resident-id', id), null, id);
    }
  });

  test('refuses a wrong check digit, a bad date and a wrong length', () => {
    assert.match(identityNumberProblem('resident-id', '110105194912310021') ?? '', /check digit/);
    assert.match(identityNumberProblem('resident-id', '440524188001010015') ?? '', /check digit/);
    assert.match(identityNumberProblem('resident-id', '110105194902300023') ?? '', /date/);
    assert.match(identityNumberProblem('resident-id', '11010519491231002') ?? '', /17 digits/);
  });

  test('exactly one check character of the eleven fits any 17 digits', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        fc.stringMatching(/^[1-6][0-9]{5}$/),
        fc.stringMatching(/^[0-9]{3}$/),
        (born, region, serial) => {
          const first17 = `${region}${born.toISOString().slice(0, 10).replace(/-/g, '')}${serial}`;
          const valid = [...'0123456789X'].filter(
            (check) => identityNumberProblem('resident-id', first17 + check) === null,
          );
          assert.deepEqual(valid, [residentIdCheckCharacter(first17)]);
        },
      ),
    );
  });

  test('other documents by format', () => {
    assert.equal(identityNumberProblem('passport', 'E12345678'), null);
    assert.equal(identityNumberProblem('passport', 'EA1234567'), null);
    assert.notEqual(identityNumberProblem('passport', 'E1234567890'), null);
    assert.equal(identityNumberProblem('hk-macao-permit', 'H12345678'), null);
    assert.equal(identityNumberProblem('hk-macao-permit', 'M1234567801'), null);
    assert.notEqual(identityNumberProblem('hk-macao-permit', 'A12345678'), null);
    assert.equal(identityNumberProblem('taiwan-permit', '12345678'), null);
    assert.notEqual(identityNumberProblem('taiwan-permit', 'T1234567'), null);
  });

  test('masks keep the first 3 and last 4, and at most half of a short number', () => {
    assert.equal(maskIdNumber('11010519491231002X'), '110***********002X');
    assert.equal(maskIdNumber('H12345678'), 'H1*****78');
    assert.equal(maskMobile('13812345678'), '138****5678');
  });
});

describe('references', () => {
  test('two groups of four from an alphabet without confusable characters', () => {
    assert.doesNotMatch(REFERENCE_ALPHABET, /[01OILU]/);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const reference = newReference();
      assert.match(reference, /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
      seen.add(reference);
    }
    assert.ok(seen.size > 1990, 'references repeat far more often than chance allows');
  });

  test('every character of the alphabet is drawn', () => {
    const drawn = new Set(
      Array.from({ length: 500 }, () => newReference().replace('-', '')).join(''),
    );
    assert.equal(drawn.size, REFERENCE_ALPHABET.length);
  });

  test('look-ups accept lower case and no hyphen', () => {
    assert.equal(normaliseReference('k7qm3xpd'), 'K7QM-3XPD');
    assert.equal(normaliseReference('K7QM-3XPD'), 'K7QM-3XPD');
  });
});

const time = fc
  .tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => h * 60 + m);
const asTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const period = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    time,
    fc.integer({ min: 15, max: 300 }),
  )
  .map(
    ([days, open, length]): OpeningHours => ({
      days,
      open: asTime(open),
      close: asTime(Math.min(open + length, 23 * 60 + 45)),
    }),
  );
const schedule = fc.record({
  hours: fc.array(period, { minLength: 1, maxLength: 4 }),
  slotMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60),
});
const day2026 = fc.integer({ min: 0, max: 364 }).map((n) => addCalendarDays('2026-01-01', n));
const minutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3));

describe('slots', () => {
  test('never on a rest day or a closure, and always inside opening hours', () => {
    fc.assert(
      fc.property(
        schedule,
        fc.uniqueArray(day2026, { maxLength: 20 }),
        day2026,
        (hallSchedule, closed, date) => {
          const calendar = new WorkingCalendar(
            closed.map((closure) => ({
              hallId: 'h',
              date: closure,
              reason: { zh: '闭', en: 'Shut' },
            })),
          );
          const day = calendar.day(date, 'h');
          const slots = slotsOf(day, hallSchedule);
          if (!day.working || closed.includes(date)) {
            assert.deepEqual(slots, []);
            return;
          }
          const isoDay = hoursWeekday(day);
          for (const slot of slots) {
            assert.equal(minutes(slot.end) - minutes(slot.time), hallSchedule.slotMinutes);
            assert.ok(
              hallSchedule.hours.some(
                (hours) =>
                  hours.days.includes(isoDay) &&
                  minutes(hours.open) <= minutes(slot.time) &&
                  minutes(slot.end) <= minutes(hours.close),
              ),
              `${date} ${slot.time} outside hours`,
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('every make-up working day in the booking window has slots', () => {
    const weekdayHours = schedule.filter((s) =>
      s.hours.some(
        (h) => h.days.includes(1) && minutes(h.close) - minutes(h.open) >= s.slotMinutes,
      ),
    );
    fc.assert(
      fc.property(weekdayHours, day2026, (hallSchedule, today) => {
        const calendar = new WorkingCalendar();
        const window = bookingWindow(today, calendar);
        for (let date = window.from; date <= window.to; date = addCalendarDays(date, 1)) {
          const day = calendar.day(date);
          if (!day.makeUpWorkday) continue;
          const shown = availabilityDay(day, window, hallSchedule, 2, new Map());
          assert.equal(shown.status, 'open', date);
          assert.ok(shown.times.length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('the window starts on the next working day and ends 14 days ahead', () => {
    const calendar = new WorkingCalendar();
    // Friday 18 September 2026: Saturday rests, Sunday 20 is a make-up working day.
    assert.deepEqual(bookingWindow('2026-09-18', calendar), {
      from: '2026-09-20',
      to: '2026-10-02',
    });
    // On the last day before the National Day holiday (1–7 October) the next working day is the 8th.
    assert.deepEqual(bookingWindow('2026-09-30', calendar), {
      from: '2026-10-08',
      to: '2026-10-14',
    });
  });
});

describe('fair use', () => {
  test('three no-shows within 90 days block for 30 days after the third', () => {
    assert.equal(
      blockedUntil(['2026-06-20', '2026-08-03', '2026-09-01'], '2026-09-15'),
      '2026-10-02',
    );
    assert.equal(blockedUntil(['2026-06-20', '2026-08-03', '2026-09-01'], '2026-10-02'), null);
    // The first is more than 90 days before the third: no block.
    assert.equal(blockedUntil(['2026-05-01', '2026-08-03', '2026-09-01'], '2026-09-15'), null);
    assert.equal(blockedUntil(['2026-08-03', '2026-09-01'], '2026-09-15'), null);
  });

  test('refusals in the order a citizen can act on them', () => {
    const record = { activeForService: 1, onDate: 3, noShowDates: [] };
    assert.deepEqual(fairUseRefusal(record, '2026-09-15'), { kind: 'already-booked' });
    assert.deepEqual(fairUseRefusal({ ...record, activeForService: 0 }, '2026-09-15'), {
      kind: 'daily-limit',
    });
    assert.equal(fairUseRefusal({ ...record, activeForService: 0, onDate: 2 }, '2026-09-15'), null);
  });
});

describe('idempotency keys', () => {
  test('parses the draft’s structured-field string and a bare token', () => {
    assert.equal(
      parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"'),
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    assert.equal(parseIdempotencyKey('abc'), 'abc');
    for (const bad of [undefined, '', '""', '"a"b"', 'a b', `"${'k'.repeat(256)}"`, 'é']) {
      assert.equal(parseIdempotencyKey(bad), null, String(bad));
    }
  });

  test('a fingerprint ignores the order of fields', () => {
    assert.equal(
      requestFingerprint('POST', '/x', { a: 1, b: [1, 2] }),
      requestFingerprint('POST', '/x', { b: [1, 2], a: 1 }),
    );
    assert.notEqual(
      requestFingerprint('POST', '/x', { a: 1 }),
      requestFingerprint('POST', '/x', { a: 2 }),
    );
  });

  test('decides replay, mismatch, in flight and expiry', () => {
    const now = 1_000_000_000;
    const done = { fingerprint: 'f', response: { status: 201, body: '{}' }, createdAt: now - 1000 };
    assert.deepEqual(decideKey(null, 'f', now), { kind: 'proceed' });
    assert.deepEqual(decideKey(done, 'f', now), { kind: 'replay', status: 201, body: '{}' });
    assert.deepEqual(decideKey(done, 'g', now), { kind: 'mismatch' });
    assert.deepEqual(decideKey({ ...done, response: null }, 'f', now), { kind: 'in-flight' });
    assert.deepEqual(
      decideKey({ ...done, response: null, createdAt: now - IN_FLIGHT_STALE_MS - 1 }, 'f', now),
      { kind: 'proceed' },
    );
    assert.deepEqual(
      decideKey({ ...done, createdAt: now - IDEMPOTENCY_KEY_TTL_MS - 1 }, 'g', now),
      { kind: 'proceed' },
    );
  });
});
