import { newPasswordError, passwordChangeErrors } from './passwords';

describe('the change-password form', () => {
  const good = {
    currentPassword: 'jiangcheng-demo-2026',
    newPassword: 'a long phrase to remember',
    confirmPassword: 'a long phrase to remember',
  };

  it('finds nothing wrong with a filled-in form', () => {
    expect(Object.values(passwordChangeErrors(good)).filter(Boolean)).toEqual([]);
  });

  it('asks for the current password', () => {
    expect(passwordChangeErrors({ ...good, currentPassword: '' }).currentPassword).toBe(
      '输入当前密码',
    );
  });

  it('wants at least 12 characters, counted as characters, not UTF-16 units', () => {
    expect(newPasswordError('eleven char')).toBe('新密码至少要有 12 个字符');
    expect(newPasswordError('twelve chars')).toBe('');
    // Six emoji are twelve UTF-16 units but six characters, as the server counts them.
    expect(newPasswordError('😀'.repeat(6))).toContain('12');
    expect(newPasswordError('中文密码也可以用十二个字')).toBe('');
  });

  it('refuses more than 128 characters', () => {
    expect(newPasswordError('x'.repeat(128))).toBe('');
    expect(newPasswordError('x'.repeat(129))).toBe('新密码不能超过 128 个字符');
  });

  it('wants the new password twice, the same', () => {
    const errors = passwordChangeErrors({ ...good, confirmPassword: 'a long phrase to remembe' });
    expect(errors.confirmPassword).toContain('不一致');
    expect(errors.newPassword).toBe('');
  });

  it('reports every problem at once', () => {
    const errors = passwordChangeErrors({
      currentPassword: '',
      newPassword: 'short',
      confirmPassword: '',
    });
    expect(Object.values(errors).filter(Boolean).length).toBe(3);
  });
});
