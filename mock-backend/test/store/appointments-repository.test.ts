import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { NewAppointment } from '../../src/store/appointments-repository.ts';
import { openStore } from '../../src/store/store.ts';
import { seedForTests } from '../test-app.ts';
import { tempDirectory } from '../temp-directory.ts';

function seededStore(t: TestContext) {
  const store = openStore(join(tempDirectory(t), 'portal.db'), { seed: seedForTests });
  t.after(() => store.close());
  return store;
}

const appointment = (reference: string): NewAppointment => ({
  reference,
  serviceCode: 'GAJ-001',
  hallId: 'smzx',
  departmentId: 'gaj',
  date: '2026-09-16',
  time: '09:00',
  end: '09:30',
  name: '张三',
  mobile: '13812345678',
  idType: 'passport',
  idMasked: 'E1****78',
  personKey: `person-${reference}`,
  materials: [],
  createdAt: '2026-09-15T01:00:00.000Z',
});

const key = (answer: string) => ({
  record: { scope: 'POST /api/appointments', key: 'one-key' },
  fingerprint: 'same-request',
  createdAt: Date.now(),
  expiredBefore: Date.now() - 24 * 3600_000,
  answer: () => ({ status: 201, body: answer }),
});

// Two server instances on one database may both start a request with the same key before
// either commits. The booking keeps its answer in its own transaction, so the second to commit
// must find the key answered and change nothing.
test('a booking whose key another request has answered is rolled back whole', async (t) => {
  const store = seededStore(t);
  const { appointments } = store;
  const first = await appointments.book(
    appointment('AAAA-2222'),
    () => null,
    '2026-09-15',
    () => [],
    key('first'),
  );
  assert.equal(first.ok, true);
  const second = await appointments.book(
    appointment('BBBB-3333'),
    () => null,
    '2026-09-15',
    () => [],
    key('second'),
  );
  assert.deepEqual(second, { ok: false, refusal: { kind: 'key-answered' } });
  assert.equal(await appointments.find('BBBB-3333'), null);
  const stored = await appointments.findKey({ scope: 'POST /api/appointments', key: 'one-key' });
  assert.deepEqual(stored?.response, { status: 201, body: 'first' });
  const seats = await appointments.seatsTaken(
    { hallId: 'smzx', departmentId: 'gaj', slotMinutes: 30, capacity: 3 },
    '2026-09-16',
    '2026-09-16',
  );
  assert.equal(seats.get('2026-09-16 09:00'), 1);
});
