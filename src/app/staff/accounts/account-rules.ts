import {
  DISPLAY_NAME_MAX_LENGTH,
  STAFF_ROLES,
  USER_NAME_PATTERN,
} from '@contract/constants/staff-limits';
import type { StaffRole } from '@contract/staff';
import { assignedPasswordError } from '../passwords';

export type AccountField = 'userName' | 'displayName' | 'role' | 'department' | 'password';
export const ACCOUNT_FIELDS: readonly AccountField[] = [
  'userName',
  'displayName',
  'role',
  'department',
  'password',
];

/** An account form as typed: '' for a choice not made. */
export interface AccountForm {
  userName: string;
  displayName: string;
  role: StaffRole | '';
  department: string;
  password: string;
}

/** A form with nothing filled in, which has every error. */
export const EMPTY_FORM: AccountForm = {
  userName: '',
  displayName: '',
  role: '',
  department: '',
  password: '',
};

const USER_NAME = new RegExp(USER_NAME_PATTERN);

export function isRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/**
 * What the account form must fix before it is sent, as the server would refuse it: reviewers and
 * supervisors belong to a department, admins to none. `fields` limits the check to those the form
 * shows (the account page edits no user name or password).
 */
export function accountErrors(
  form: AccountForm,
  fields: readonly AccountField[] = ACCOUNT_FIELDS,
): Partial<Record<AccountField, string>> {
  const errors: Partial<Record<AccountField, string>> = {
    userName: USER_NAME.test(form.userName)
      ? ''
      : $localize`:@@staff.accounts.error.userName:输入 3 到 32 个字符的用户名，以小写字母开头，只用小写字母、数字、点和连字符`,
    displayName:
      form.displayName.trim() && [...form.displayName].length <= DISPLAY_NAME_MAX_LENGTH
        ? ''
        : $localize`:@@staff.accounts.error.displayName:输入姓名，不超过 ${DISPLAY_NAME_MAX_LENGTH}:MAX: 个字`,
    role: form.role ? '' : $localize`:@@staff.accounts.error.role:选择角色`,
    department:
      form.role === 'admin' || form.department
        ? ''
        : $localize`:@@staff.accounts.error.department:选择部门：审核员和主管都要属于一个部门`,
    password: assignedPasswordError(form.password),
  };
  return Object.fromEntries(fields.map((field) => [field, errors[field] ?? '']));
}

/** Admins have no department: whatever the picker held is dropped. */
export function departmentFor(role: StaffRole, department: string): string | null {
  return role === 'admin' ? null : department || null;
}
