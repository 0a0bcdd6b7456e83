import { visitsText, workingDaysText } from './service-facts';

describe('service facts', () => {
  it('words the number of visits', () => {
    expect(visitsText(0)).toBe('不用跑（全程网上办理）');
    expect(visitsText(1)).toBe('最多跑 1 次');
    expect(visitsText(2)).toBe('最多跑 2 次');
  });

  it('words time limits, 0 as on the spot', () => {
    expect(workingDaysText(0)).toBe('即办（当场办结）');
    expect(workingDaysText(1)).toBe('1 个工作日');
    expect(workingDaysText(20)).toBe('20 个工作日');
  });
});
