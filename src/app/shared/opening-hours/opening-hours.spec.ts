import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { openingHoursLines, timeRangeText, timeText } from './opening-hours';

describe('openingHoursLines', () => {
  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  const hours = [
    { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
    { days: [6], open: '09:00', close: '12:00' },
  ];

  it('groups the times of the same days on one line, in Chinese', () => {
    expect(openingHoursLines(hours, 'zh-CN')).toEqual([
      '星期一至星期五 09:00–12:00、13:30–17:00',
      '星期六 09:00–12:00',
    ]);
  });

  it('writes English times as GOV.UK does, ranges with "to"', () => {
    // The day names' joins are translations, which unit tests do not load.
    const [weekdays, saturday] = openingHoursLines(hours, 'en');
    expect(weekdays).toContain('9am to midday');
    expect(weekdays).toContain('1:30pm to 5pm');
    expect(saturday).toBe('Saturday 9am to midday');
  });
});

describe('timeText', () => {
  it('writes the hours either side of midday and midnight plainly', () => {
    expect(
      ['00:00', '00:30', '08:05', '12:00', '12:30', '13:00', '23:59'].map((t) => timeText(t, 'en')),
    ).toEqual(['midnight', '12:30am', '8:05am', 'midday', '12:30pm', '1pm', '11:59pm']);
  });

  it('keeps the 24-hour clock in Chinese', () => {
    expect(timeText('08:30', 'zh-CN')).toBe('08:30');
    expect(timeRangeText('13:30', '17:00', 'zh-CN')).toBe('13:30–17:00');
  });
});
