import { assignedPasswordError, newPasswordError, passwordChangeErrors } from './passwords';

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

  it('asks for a new password when there is none, rather than for a longer one', () => {
    expect(passwordChangeErrors({ ...good, newPassword: '' }).newPassword).toBe('输入新密码');
  });

  it('asks for the confirmation when it is empty', () => {
    const errors = passwordChangeErrors({ ...good, confirmPassword: '' });
    expect(errors.confirmPassword).toBe('再次输入新密码');
    expect(
      passwordChangeErrors({ ...good, newPassword: '', confirmPassword: '' }).confirmPassword,
    ).toBe('再次输入新密码');
  });

  it('refuses a new password that is the current one', () => {
    const same = {
      ...good,
      newPassword: good.currentPassword,
      confirmPassword: good.currentPassword,
    };
    expect(passwordChangeErrors(same).newPassword).toBe('新密码不能与当前密码相同');
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

describe('a password an admin gives an account', () => {
  it('applies the same rule without speaking of the admin’s own password', () => {
    expect(assignedPasswordError('')).toBe('输入至少 12 个字符的密码');
    expect(assignedPasswordError('eleven char')).toBe('密码至少要有 12 个字符');
    expect(assignedPasswordError('x'.repeat(129))).toBe('密码不能超过 128 个字符');
    expect(assignedPasswordError('twelve chars')).toBe('');
  });
});
