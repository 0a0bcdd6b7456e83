import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { openingHoursLines } from './opening-hours';

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

  it('writes times the way the English page reads them', () => {
    const [weekdays] = openingHoursLines(hours, 'en');
    expect(weekdays).toContain('9:00');
    expect(weekdays).toContain('5:00');
    expect(weekdays).toMatch(/PM/);
  });
});
