import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { fullDayText, longDayText, momentText } from './calendar-date';

describe('calendar dates', () => {
  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  it('writes English dates the British way, as the booking pages do', () => {
    expect(fullDayText('2026-12-04', 'en')).toBe('Friday 4 December 2026');
    expect(longDayText('2026-12-14', 'en')).toBe('14 December 2026');
  });

  it('writes Chinese dates with 年月日', () => {
    expect(fullDayText('2026-12-04', 'zh-CN')).toBe('2026年12月4日 星期五');
    expect(longDayText('2026-12-14', 'zh-CN')).toBe('2026年12月14日');
  });

  it('shows a moment in Beijing time, on a 24-hour clock', () => {
    // 14:39 UTC is 22:39 in Beijing; just after 16:00 UTC is the next day there.
    expect(momentText('2026-12-03T14:39:14.000Z', 'en')).toBe('3 Dec 2026, 22:39');
    expect(momentText('2026-12-03T16:05:00.000Z', 'zh-CN')).toBe('2026年12月4日 00:05');
  });
});
