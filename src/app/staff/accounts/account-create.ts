import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { StaffDepartment, StaffHall, StaffRole } from '@contract/staff';

import { problemFrom } from '../../core/http-problem';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { AccountsClient } from '../data/accounts-client';
import { StaffFieldError } from '../field-error';
import { FormErrors } from '../form-errors';
import { PasswordInput } from '../password-input/password-input';
import { NEW_PASSWORD_HINT } from '../passwords';
import { problemFields, requestMessage } from '../staff-problem';
import {
  ACCOUNT_FIELDS,
  type AccountField,
  type AccountForm,
  accountErrors,
  EMPTY_FORM,
  departmentFor,
} from './account-rules';
import { AccountFields } from './account-fields';
import { valueOf } from '../../shared/form-value';
import { firstValue } from '../first-value';

/** `/staff/accounts/new` (admins): a new staff account with its first password. */
@Component({
  selector: 'app-account-create',
  imports: [ErrorSummary, PasswordInput, AccountFields, RouterLink, StaffFieldError],
  templateUrl: './account-create.html',
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountCreate {
  protected readonly valueOf = valueOf;
  private readonly client = inject(AccountsClient);
  private readonly router = inject(Router);

  protected readonly passwordHint = NEW_PASSWORD_HINT;
  protected readonly passwordLabel = $localize`:@@staff.accounts.password:初始密码`;
  protected readonly userName = signal('');
  protected readonly displayName = signal('');
  protected readonly role = signal<StaffRole | ''>('');
  protected readonly department = signal('');
  protected readonly password = signal('');
  protected readonly departments = signal<StaffDepartment[]>([]);
  protected readonly hall = signal('');
  protected readonly halls = signal<StaffHall[]>([]);
  protected readonly errors = new FormErrors<AccountField>(ACCOUNT_FIELDS);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    firstValue(this.client.departments()).then(
      (departments) => this.departments.set(departments),
      (error: unknown) => this.failure.set(requestMessage(error)),
    );
    firstValue(this.client.halls()).then(
      (halls) => this.halls.set(halls),
      () => undefined, // the hall picker offers "none" only; the account can get one later
    );
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.failure.set(null);
    const form: AccountForm = {
      userName: this.userName().trim(),
      displayName: this.displayName().trim(),
      role: this.role(),
      department: this.department(),
      password: this.password(),
    };
    this.errors.set(accountErrors(form));
    if (this.errors.count || !form.role) return;
    this.busy.set(true);
    try {
      const account = await firstValue(
        this.client.create({
          userName: form.userName,
          displayName: form.displayName,
          role: form.role,
          department: departmentFor(form.role, form.department),
          hallId: this.hall() || null,
          password: form.password,
        }),
      );
      // The form is replaced in the history, so Back from the new account leads to the list.
      await this.router.navigate(['/staff/accounts', account.userName], {
        queryParams: { created: 1 },
        replaceUrl: true,
      });
    } catch (error) {
      this.refused(error);
    } finally {
      this.busy.set(false);
    }
  }

  private refused(error: unknown): void {
    const problem = problemFrom(error);
    if (problem.type === '/problems/user-name-taken') {
      this.errors.set({
        userName: $localize`:@@staff.accounts.error.userNameTaken:这个用户名已被使用，请换一个`,
      });
      return;
    }
    const fields = problem.status === 400 ? problemFields(problem, ACCOUNT_FIELDS) : [];
    if (!fields.length) {
      this.failure.set(requestMessage(error));
      return;
    }
    // The server's reasons are in English only; the form's own messages say the same per field.
    const messages = accountErrors(EMPTY_FORM);
    this.errors.set(Object.fromEntries(fields.map((field) => [field, messages[field]])));
  }
}
