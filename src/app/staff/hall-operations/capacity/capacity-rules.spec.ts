import { capacityErrors } from './capacity-rules';

describe('capacity form rules', () => {
  const today = '2026-09-15';

  it('takes a whole number from 0 to 100 from tomorrow on', () => {
    expect(capacityErrors({ window: 'gaj', from: '2026-09-16', capacity: '0' }, today)).toEqual({});
    expect(capacityErrors({ window: 'gaj', from: '2026-09-16', capacity: '100' }, today)).toEqual(
      {},
    );
  });

  it('refuses today, a past day, and numbers out of range', () => {
    expect(
      Object.keys(capacityErrors({ window: 'gaj', from: today, capacity: '3' }, today)),
    ).toEqual(['from']);
    for (const capacity of ['101', '-1', '2.5', '', 'three']) {
      expect(Object.keys(capacityErrors({ window: 'gaj', from: '2026-09-16', capacity }, today)))
        .withContext(capacity)
        .toEqual(['capacity']);
    }
    expect(Object.keys(capacityErrors({ window: '', from: '', capacity: '' }, today))).toEqual([
      'window',
      'from',
      'capacity',
    ]);
  });
});
