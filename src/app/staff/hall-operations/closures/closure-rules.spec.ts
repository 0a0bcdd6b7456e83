import { ENGLISH, NOT_ENGLISH } from '../../../../../test-fixtures/english-text-samples';
import { EMPTY_CLOSURE, closureErrors, closureInput, serverErrors } from './closure-rules';

describe('closure form rules', () => {
  const valid = {
    ...EMPTY_CLOSURE,
    hall: 'smzx',
    date: '2026-09-16',
    period: 'part' as const,
    from: '09:00',
    to: '12:00',
    reasonZh: ' 系统故障 ',
    reasonEn: 'System outage',
  };

  it('accepts a part-day closure and sends its period and trimmed reasons', () => {
    expect(closureErrors(valid, '2026-09-15')).toEqual({});
    expect(closureInput(valid)).toEqual({
      hall: 'smzx',
      date: '2026-09-16',
      from: '09:00',
      to: '12:00',
      reason: { zh: '系统故障', en: 'System outage' },
    });
  });

  it('sends no times for a whole day, whatever the hidden time fields hold', () => {
    const input = closureInput({ ...valid, period: 'whole' });
    expect('from' in input || 'to' in input).toBeFalse();
  });

  it('names every field that is missing or wrong', () => {
    expect(Object.keys(closureErrors(EMPTY_CLOSURE, '2026-09-15')).sort()).toEqual(
      ['date', 'hall', 'period', 'reasonEn', 'reasonZh'].sort(),
    );
    const wrong = closureErrors(
      { ...valid, date: '2026-09-14', from: '12:00', to: '09:00' },
      '2026-09-15',
    );
    expect(Object.keys(wrong).sort()).toEqual(['date', 'to']);
    expect(Object.keys(closureErrors({ ...valid, from: '9' }, '2026-09-15'))).toEqual(['from']);
  });

  it('refuses Chinese characters and full-width punctuation in the English reason only', () => {
    for (const reasonEn of NOT_ENGLISH) {
      const errors = closureErrors({ ...valid, reasonEn }, '2026-09-15');
      expect(Object.keys(errors)).withContext(reasonEn).toEqual(['reasonEn']);
      expect(errors.reasonEn).withContext(reasonEn).toContain('汉字');
    }
    for (const reasonEn of ENGLISH) {
      expect(closureErrors({ ...valid, reasonEn }, '2026-09-15'))
        .withContext(reasonEn)
        .toEqual({});
    }
    // The Chinese reason may hold Latin letters and English words, as Chinese text does.
    expect(closureErrors({ ...valid, reasonZh: 'OA 系统（V2）升级' }, '2026-09-15')).toEqual({});
  });

  it('maps the server’s field paths to the form’s fields', () => {
    const errors = serverErrors(
      {
        type: '/problems/validation',
        title: 'Invalid',
        status: 400,
        errors: [
          { path: '/body/reason/en', message: 'must not contain control characters' },
          { path: '/body/date', message: 'must be today or later' },
        ],
      },
      valid,
      '2026-09-15',
    );
    expect(Object.keys(errors).sort()).toEqual(['date', 'reasonEn']);
  });
});
