import { type AccountForm, accountErrors, departmentFor } from './account-rules';

describe('the account form', () => {
  const reviewer: AccountForm = {
    userName: 'he.ping',
    displayName: '何平',
    role: 'reviewer',
    department: 'gjj',
    password: 'a long first password',
  };
  const problems = (form: AccountForm, fields?: Parameters<typeof accountErrors>[1]) =>
    Object.entries(accountErrors(form, fields))
      .filter(([, text]) => text)
      .map(([field]) => field);

  it('accepts a complete reviewer', () => {
    expect(problems(reviewer)).toEqual([]);
  });

  it('holds user names to the server’s pattern', () => {
    for (const bad of ['He.ping', '1he', 'he', 'he ping', 'he_ping', 'a'.repeat(33)]) {
      expect(problems({ ...reviewer, userName: bad }))
        .withContext(bad)
        .toEqual(['userName']);
    }
    expect(problems({ ...reviewer, userName: 'he-ping.2' })).toEqual([]);
  });

  it('wants a name of at most 50 characters that is not only spaces', () => {
    expect(problems({ ...reviewer, displayName: '   ' })).toEqual(['displayName']);
    expect(problems({ ...reviewer, displayName: '名'.repeat(51) })).toEqual(['displayName']);
  });

  it('wants a role', () => {
    expect(problems({ ...reviewer, role: '' })).toEqual(['role']);
  });

  it('needs a department for reviewers and supervisors, none for admins', () => {
    expect(problems({ ...reviewer, department: '' })).toEqual(['department']);
    expect(problems({ ...reviewer, role: 'supervisor', department: '' })).toEqual(['department']);
    expect(problems({ ...reviewer, role: 'admin', department: '' })).toEqual([]);
    expect(departmentFor('admin', 'gjj')).toBeNull();
    expect(departmentFor('reviewer', 'gjj')).toBe('gjj');
  });

  it('checks only the fields a form shows', () => {
    const edit = { ...reviewer, userName: '', password: '' };
    expect(problems(edit, ['displayName', 'role', 'department'])).toEqual([]);
  });

  it('applies the password rules to the first password', () => {
    expect(problems({ ...reviewer, password: 'short' })).toEqual(['password']);
  });
});
