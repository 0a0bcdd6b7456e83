import { PercentPipe, formatPercent } from './percent-pipe';

describe('PercentPipe', () => {
  it('shows a share with at most one decimal', () => {
    const pipe = new PercentPipe();
    expect(pipe.transform(0.9)).toBe('90%');
    expect(pipe.transform(0.8765)).toBe('87.7%');
    expect(pipe.transform(0.87649)).toBe('87.6%');
  });

  it('rounds half up as the decimal reads, and keeps the ends', () => {
    expect(formatPercent(0.875)).toBe('87.5%');
    expect(formatPercent(0.0005)).toBe('0.1%');
    expect(formatPercent(0.00049)).toBe('0%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
  });
});
