import { normalizedMobile } from './mobile-number';

describe('normalizedMobile', () => {
  it('takes out the spaces and hyphens people group the digits with', () => {
    expect(normalizedMobile('138 1234 5678')).toBe('13812345678');
    expect(normalizedMobile(' 138-1234-5678 ')).toBe('13812345678');
    expect(normalizedMobile('138\u00a01234\u30005678')).toBe('13812345678');
  });

  it('drops a leading +86, 0086 or 86 before the 11 digits', () => {
    expect(normalizedMobile('+8613812345678')).toBe('13812345678');
    expect(normalizedMobile('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizedMobile('0086 138 1234 5678')).toBe('13812345678');
    expect(normalizedMobile('8613812345678')).toBe('13812345678');
  });

  it('leaves anything else as it is, for the pattern to refuse', () => {
    expect(normalizedMobile('13812345678')).toBe('13812345678');
    expect(normalizedMobile('86138123456')).toBe('86138123456');
    expect(normalizedMobile('+861381234567')).toBe('+861381234567');
    expect(normalizedMobile('138.1234.5678')).toBe('138.1234.5678');
    expect(normalizedMobile('')).toBe('');
  });
});
