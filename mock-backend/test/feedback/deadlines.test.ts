import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { WorkingCalendar } from '../../src/calendar/calendar.ts';
import { dueDates, loadDeadlines } from '../../src/feedback/deadlines.ts';
import { makeTempDirectory, removeDirectory } from '../temp-directory.ts';

const calendar = new WorkingCalendar([]);

describe('feedback due dates', () => {
  const config = loadDeadlines();

  test('the configuration holds every kind: 15 working days for complaints, 10 for the rest', () => {
    assert.equal(config.complaint.answer, 15);
    for (const kind of ['suggestion', 'praise', 'question'] as const) {
      assert.equal(config[kind].answer, 10);
    }
    const { ratingSteps, ...kinds } = config;
    for (const kind of Object.values(kinds)) assert.equal(kind.acknowledge, 1);
    assert.deepEqual(ratingSteps, { verify: 1, fix: 5, followUp: 2 });
  });

  test('a complaint sent the day before the Mid-Autumn holiday is acknowledged after it', () => {
    // Thursday 24 September 2026; 25–27 September are the holiday, 28 the next working day.
    assert.deepEqual(
      dueDates(config, 'complaint', '2026-09-24', calendar).acknowledgeBy,
      '2026-09-28',
    );
  });

  test('the make-up working day on Sunday 20 September 2026 counts as a working day', () => {
    // Saturday 19 September: Sunday 20 is worked (调休), so acknowledgement is due that Sunday.
    assert.equal(dueDates(config, 'question', '2026-09-19', calendar).acknowledgeBy, '2026-09-20');
  });

  test('answer deadlines count working days across the holiday and the make-up day', () => {
    const answerBy = dueDates(config, 'suggestion', '2026-09-18', calendar).answerBy;
    assert.equal(calendar.workingDaysBetween('2026-09-18', answerBy), 10);
    assert.equal(calendar.isWorkingDay(answerBy), true);
    const complaint = dueDates(config, 'complaint', '2026-09-18', calendar).answerBy;
    assert.equal(calendar.workingDaysBetween('2026-09-18', complaint), 15);
    assert.ok(complaint > answerBy);
  });

  test('a configuration that misses a kind stops the server', (t) => {
    const dir = makeTempDirectory();
    t.after(() => removeDirectory(dir));
    const file = join(dir, 'deadlines.json');
    writeFileSync(file, JSON.stringify({ complaint: { acknowledge: 1, answer: 15 } }));
    assert.throws(() => loadDeadlines(file), /not valid/);
  });
});
