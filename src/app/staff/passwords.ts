import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@contract/constants/staff-limits';

/** Characters as the server's schema counts them (code points, not UTF-16 units). */
function characters(text: string): number {
  return [...text].length;
}

type LengthProblem = 'empty' | 'short' | 'long';

/** What the server's length rule would say of a password (null when it would take it). */
function lengthProblem(password: string): LengthProblem | null {
  const length = characters(password);
  if (!length) return 'empty';
  if (length < PASSWORD_MIN_LENGTH) return 'short';
  return length > PASSWORD_MAX_LENGTH ? 'long' : null;
}

/** The message for one's own new password the server would refuse, or '' when it would take it. */
export function newPasswordError(password: string): string {
  const problem = lengthProblem(password);
  if (!problem) return '';
  return {
    empty: $localize`:@@staff.account.error.newPasswordEmpty:输入新密码`,
    short: $localize`:@@staff.account.error.newPasswordShort:新密码至少要有 ${PASSWORD_MIN_LENGTH}:MIN: 个字符`,
    long: $localize`:@@staff.account.error.newPasswordLong:新密码不能超过 ${PASSWORD_MAX_LENGTH}:MAX: 个字符`,
  }[problem];
}

/** The same rule for a password an admin gives someone else's account: not "your" password. */
export function assignedPasswordError(password: string): string {
  const problem = lengthProblem(password);
  if (!problem) return '';
  return {
    empty: $localize`:@@staff.accounts.error.passwordEmpty:输入至少 ${PASSWORD_MIN_LENGTH}:MIN: 个字符的密码`,
    short: $localize`:@@staff.accounts.error.passwordShort:密码至少要有 ${PASSWORD_MIN_LENGTH}:MIN: 个字符`,
    long: $localize`:@@staff.accounts.error.passwordLong:密码不能超过 ${PASSWORD_MAX_LENGTH}:MAX: 个字符`,
  }[problem];
}

/** The hint under every new-password field. */
export const NEW_PASSWORD_HINT = $localize`:@@staff.account.newPasswordHint:至少 ${PASSWORD_MIN_LENGTH}:MIN: 个字符。长一些的短语比复杂的短密码更安全，可以粘贴。`;

export type PasswordChangeField = 'currentPassword' | 'newPassword' | 'confirmPassword';

/** What the change-password form must fix before it is sent. */
export function passwordChangeErrors(form: {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}): Partial<Record<PasswordChangeField, string>> {
  const newPassword =
    newPasswordError(form.newPassword) ||
    (form.newPassword === form.currentPassword
      ? $localize`:@@staff.account.error.newPasswordSame:新密码不能与当前密码相同`
      : '');
  let confirmPassword = '';
  if (!form.confirmPassword) {
    confirmPassword = $localize`:@@staff.account.error.confirmPasswordEmpty:再次输入新密码`;
  } else if (form.confirmPassword !== form.newPassword) {
    confirmPassword = $localize`:@@staff.account.error.confirmPassword:两次输入的新密码不一致，请再输入一次`;
  }
  return {
    currentPassword: form.currentPassword
      ? ''
      : $localize`:@@staff.account.error.currentPassword:输入当前密码`,
    newPassword,
    confirmPassword,
  };
}
