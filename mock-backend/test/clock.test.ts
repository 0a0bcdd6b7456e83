import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  fixedClock,
  isValidIsoDate,
  offsetClock,
  parseInstant,
  shanghaiDate,
  shanghaiInstant,
  shanghaiTime,
  systemClock,
} from '../src/clock.ts';

describe('clock', () => {
  test('the system clock reads the real time', () => {
    assert.ok(Math.abs(systemClock.now().getTime() - Date.now()) < 1_000);
  });

  test('a fixed clock always answers its instant, and a copy callers cannot move', () => {
    const clock = fixedClock('2026-09-15T09:00:00+08:00');
    const first = clock.now();
    first.setUTCFullYear(2000);
    assert.equal(clock.now().toISOString(), '2026-09-15T01:00:00.000Z');
  });

  test('an offset clock starts at its instant and runs on with real time', async () => {
    const clock = offsetClock(new Date('2026-09-15T01:00:00Z'));
    const start = clock.now().getTime();
    assert.ok(Math.abs(start - Date.parse('2026-09-15T01:00:00Z')) < 1_000);
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.ok(clock.now().getTime() - start >= 25);
  });

  test('refuses instants without an offset or on days that do not exist', () => {
    assert.throws(() => fixedClock('2026-09-15T09:00:00'), RangeError);
    assert.throws(() => fixedClock('2026-02-30T09:00:00+08:00'), RangeError);
    assert.throws(() => offsetClock('tomorrow'), RangeError);
    assert.equal(parseInstant('2026-09-15'), undefined);
    assert.equal(parseInstant('2026-09-15T24:00:00Z'), undefined);
    assert.equal(parseInstant('2026-09-15T09:00Z')?.toISOString(), '2026-09-15T09:00:00.000Z');
  });

  test('Shanghai dates and times are UTC+8 and change at Shanghai midnight', () => {
    const beforeMidnight = new Date('2026-09-15T15:59:00Z');
    const afterMidnight = new Date('2026-09-15T16:00:00Z');
    assert.equal(shanghaiDate(beforeMidnight), '2026-09-15');
    assert.equal(shanghaiTime(beforeMidnight), '23:59');
    assert.equal(shanghaiDate(afterMidnight), '2026-09-16');
    assert.equal(shanghaiTime(afterMidnight), '00:00');
    // No daylight saving time: the same offset in January.
    assert.equal(shanghaiTime(new Date('2026-01-10T01:30:00Z')), '09:30');
  });

  test('shanghaiInstant is the inverse of shanghaiDate and shanghaiTime', () => {
    const at = shanghaiInstant('2026-09-20', '08:30');
    assert.equal(at.toISOString(), '2026-09-20T00:30:00.000Z');
    assert.equal(shanghaiDate(at), '2026-09-20');
    assert.equal(shanghaiTime(at), '08:30');
    assert.equal(shanghaiInstant('2026-01-01', '00:00').toISOString(), '2025-12-31T16:00:00.000Z');
    assert.throws(() => shanghaiInstant('2026-09-31', '08:30'), RangeError);
    assert.throws(() => shanghaiInstant('2026-09-20', '8:30'), RangeError);
    assert.throws(() => shanghaiInstant('2026-09-20', '24:00'), RangeError);
  });

  test('isValidIsoDate knows month lengths and leap years', () => {
    assert.ok(isValidIsoDate('2028-02-29'));
    assert.ok(!isValidIsoDate('2026-02-29'));
    assert.ok(!isValidIsoDate('2100-02-29'));
    assert.ok(isValidIsoDate('2000-02-29'));
    assert.ok(!isValidIsoDate('2026-13-01'));
    assert.ok(!isValidIsoDate('2026-9-1'));
    assert.ok(!isValidIsoDate('2026-09-00'));
  });
});
