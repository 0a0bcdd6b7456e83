import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@contract/constants/staff-limits';

/** Characters as the server's schema counts them (code points, not UTF-16 units). */
function characters(text: string): number {
  return [...text].length;
}

/** The message for a new password the server would refuse, or '' when it is long enough and not too long. */
export function newPasswordError(password: string): string {
  const length = characters(password);
  if (length < PASSWORD_MIN_LENGTH) {
    return $localize`:@@staff.account.error.newPasswordShort:新密码至少要有 ${PASSWORD_MIN_LENGTH}:MIN: 个字符`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return $localize`:@@staff.account.error.newPasswordLong:新密码不能超过 ${PASSWORD_MAX_LENGTH}:MAX: 个字符`;
  }
  return '';
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
  return {
    currentPassword: form.currentPassword
      ? ''
      : $localize`:@@staff.account.error.currentPassword:输入当前密码`,
    newPassword: newPasswordError(form.newPassword),
    confirmPassword:
      form.confirmPassword === form.newPassword
        ? ''
        : $localize`:@@staff.account.error.confirmPassword:两次输入的新密码不一致，请再输入一次`,
  };
}
