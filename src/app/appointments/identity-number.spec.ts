import {
  idNumberValid,
  maskedIdNumber,
  maskedMobile,
  normalizedIdNumber,
  residentIdValid,
} from './identity-number';

describe('identity numbers', () => {
  it('accepts resident numbers whose GB 11643 check character is right', () => {
    expect(residentIdValid('11010519491231002X')).toBeTrue();
    expect(residentIdValid('440524188001010014')).toBeTrue();
  });

  it('refuses a date of birth that does not exist, even with the right check character', () => {
    // 1949-13-31 with its check character computed as for a real number.
    expect(residentIdValid('110105194913310021')).toBeFalse();
  });

  it('refuses a wrong check character, a wrong length and letters in the body', () => {
    expect(residentIdValid('110105194912310021')).toBeFalse();
    expect(residentIdValid('11010519491231002')).toBeFalse();
    expect(residentIdValid('1101051949123100AX')).toBeFalse();
  });

  it('checks other documents by their format, in either case and with spaces', () => {
    expect(idNumberValid('passport', 'e1234 5678')).toBeTrue();
    expect(idNumberValid('passport', 'E12')).toBeFalse();
    expect(idNumberValid('hk-macao-permit', 'H12345678')).toBeTrue();
    expect(idNumberValid('hk-macao-permit', 'H123456789')).toBeFalse();
    expect(idNumberValid('taiwan-permit', '12345678')).toBeTrue();
    expect(idNumberValid('taiwan-permit', '123456789')).toBeFalse();
    expect(idNumberValid('resident-id', '11010519491231002x')).toBeTrue();
    expect(normalizedIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it('masks as the server does', () => {
    expect(maskedMobile('13812345678')).toBe('138****5678');
    expect(maskedIdNumber('110105194912311234')).toBe('110***********1234');
  });
});
