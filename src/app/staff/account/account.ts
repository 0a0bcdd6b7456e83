import { AccountFacts } from '../accounts/account-facts';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { problemFrom } from '../../core/http-problem';
import { AccountsClient } from '../data/accounts-client';
import { StaffFieldError } from '../field-error';
import { FormErrors } from '../form-errors';
import { PasswordInput } from '../password-input/password-input';
import {
  NEW_PASSWORD_HINT,
  type PasswordChangeField,
  newPasswordError,
  passwordChangeErrors,
} from '../passwords';
import { StaffSessionStore } from '../session/staff-session';
import { problemFields, requestMessage } from '../staff-problem';
import { firstValue } from '../first-value';

const FIELDS: readonly PasswordChangeField[] = [
  'currentPassword',
  'newPassword',
  'confirmPassword',
];

/** `/staff/account`: who one is signed in as, changing one's password, and signing out. */
@Component({
  selector: 'app-account',
  imports: [AccountFacts, ErrorSummary, PasswordInput, StaffFieldError],
  templateUrl: './account.html',
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Account {
  private readonly store = inject(StaffSessionStore);
  private readonly client = inject(AccountsClient);

  protected readonly session = this.store.session;
  protected readonly newPasswordHint = NEW_PASSWORD_HINT;
  protected readonly labels = {
    currentPassword: $localize`:@@staff.account.currentPassword:当前密码`,
    newPassword: $localize`:@@staff.account.newPassword:新密码`,
    confirmPassword: $localize`:@@staff.account.confirmPassword:再次输入新密码`,
  };

  protected readonly currentPassword = signal('');
  protected readonly newPassword = signal('');
  protected readonly confirmPassword = signal('');
  protected readonly errors = new FormErrors<PasswordChangeField>(FIELDS);
  protected readonly failure = signal<string | null>(null);
  protected readonly changed = signal(false);
  protected readonly busy = signal(false);
  protected readonly signOutFailure = signal<string | null>(null);

  protected async changePassword(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.failure.set(null);
    this.changed.set(false);
    const form = {
      currentPassword: this.currentPassword(),
      newPassword: this.newPassword(),
      confirmPassword: this.confirmPassword(),
    };
    this.errors.set(passwordChangeErrors(form));
    if (this.errors.count) return;
    this.busy.set(true);
    try {
      await firstValue(
        this.client.changePassword({
          currentPassword: form.currentPassword,
          newPassword: form.newPassword,
        }),
      );
    } catch (error) {
      this.refused(error, form.newPassword);
      return;
    } finally {
      this.busy.set(false);
    }
    this.currentPassword.set('');
    this.newPassword.set('');
    this.confirmPassword.set('');
    this.changed.set(true);
  }

  /** A 400 names the field (a wrong current password is /body/currentPassword); anything else is about the request. */
  private refused(error: unknown, newPassword: string): void {
    const problem = problemFrom(error);
    const fields = problem.status === 400 ? problemFields(problem, FIELDS) : [];
    if (!fields.length) {
      this.failure.set(requestMessage(error));
      return;
    }
    this.errors.set({
      currentPassword: fields.includes('currentPassword')
        ? $localize`:@@staff.account.error.currentWrong:当前密码不正确`
        : '',
      newPassword: fields.includes('newPassword')
        ? newPasswordError(newPassword) ||
          $localize`:@@staff.account.error.newPasswordRefused:这个新密码不能使用，请换一个`
        : '',
    });
  }

  protected async signOut(): Promise<void> {
    this.signOutFailure.set(null);
    try {
      await this.store.signOut();
    } catch (error) {
      this.signOutFailure.set(requestMessage(error));
    }
  }
}
