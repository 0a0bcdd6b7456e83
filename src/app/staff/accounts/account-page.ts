import { AccountFacts } from './account-facts';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  AccountChange,
  StaffAccount,
  StaffDepartment,
  StaffHall,
  StaffRole,
} from '@contract/staff';

import { problemFrom } from '../../core/http-problem';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { AccountsClient } from '../data/accounts-client';
import { StaffFieldError } from '../field-error';
import { FormErrors } from '../form-errors';
import { PasswordInput } from '../password-input/password-input';
import { StaffSessionStore } from '../session/staff-session';
import { NEW_PASSWORD_HINT, assignedPasswordError } from '../passwords';
import { problemFields, requestMessage } from '../staff-problem';
import { type AccountField, EMPTY_FORM, accountErrors, departmentFor } from './account-rules';
import { AccountFields } from './account-fields';
import { firstValue } from '../first-value';
import { focusLater } from '../focus-later';

const DETAIL_FIELDS: readonly AccountField[] = ['displayName', 'role', 'department'];

/** What the page last told the admin, at the top of the page. */
type Outcome = 'created' | 'saved' | 'unchanged' | 'disabled' | 'enabled' | 'reset' | 'stale';

/**
 * `/staff/accounts/:userName` (admins): an account's name, role and department, disabling and
 * enabling it, and resetting its password. Every change carries the version read (If-Match);
 * when someone else changed the account meanwhile (412) the page reloads it and says so, and
 * keeps what the admin typed so they can check it and save again.
 */
@Component({
  selector: 'app-account-page',
  imports: [AccountFacts, ErrorSummary, PasswordInput, AccountFields, RouterLink, StaffFieldError],
  templateUrl: './account-page.html',
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly client = inject(AccountsClient);
  private readonly focus = focusLater();
  private readonly session = inject(StaffSessionStore).session;

  /** Route and query parameters, bound by the router. */
  readonly userName = input.required<string>();
  readonly created = input<string>();

  protected readonly passwordHint = NEW_PASSWORD_HINT;
  protected readonly passwordLabel = $localize`:@@staff.accounts.newPassword:新密码`;

  protected readonly account = signal<StaffAccount | null>(null);
  protected readonly departments = signal<StaffDepartment[]>([]);
  protected readonly halls = signal<StaffHall[]>([]);
  protected readonly hall = signal('');
  protected readonly loadFailure = signal<string | null>(null);

  protected readonly displayName = signal('');
  protected readonly role = signal<StaffRole | ''>('');
  protected readonly department = signal('');
  protected readonly newPassword = signal('');

  protected readonly errors = new FormErrors<AccountField | 'newPassword'>([
    ...DETAIL_FIELDS,
    'newPassword',
  ]);
  protected readonly failure = signal<string | null>(null);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly busy = signal(false);
  /** Disabling waits for a second click: a stray one would lock a colleague out mid-shift. */
  protected readonly confirmingDisable = signal(false);
  /** One's own account: the server refuses disabling it or taking away its admin role (409). */
  protected readonly isOwn = computed(() => {
    const account = this.account();
    return account !== null && account.userName === this.session()?.userName;
  });
  protected readonly shownOutcome = computed(
    () => this.outcome() ?? (this.created() ? ('created' as const) : null),
  );

  constructor() {
    firstValue(this.client.departments()).then(
      (departments) => this.departments.set(departments),
      () => undefined, // the department picker stays empty; saving without one is refused plainly
    );
    firstValue(this.client.halls()).then(
      (halls) => this.halls.set(halls),
      () => undefined, // the hall picker offers "none" only
    );
    // A new user name in the address (another account) loads that account afresh.
    effect(() => {
      const userName = this.userName();
      untracked(() => void this.load(userName, { keepForm: false }));
    });
  }

  private async load(userName: string, options: { keepForm: boolean }): Promise<void> {
    try {
      const account = await firstValue(this.client.get(userName));
      this.account.set(account);
      this.loadFailure.set(null);
      if (!options.keepForm) this.fill(account);
    } catch (error) {
      this.loadFailure.set(requestMessage(error));
    }
  }

  private fill(account: StaffAccount): void {
    this.displayName.set(account.displayName);
    this.role.set(account.role);
    this.department.set(account.department?.id ?? '');
    this.hall.set(account.hall?.id ?? '');
  }

  /** The fields the admin changed, or null when nothing did. */
  private changes(account: StaffAccount, role: StaffRole): AccountChange | null {
    const change: AccountChange = {};
    const displayName = this.displayName().trim();
    const department = departmentFor(role, this.department());
    if (displayName !== account.displayName) change.displayName = displayName;
    if (role !== account.role) change.role = role;
    if (department !== (account.department?.id ?? null)) change.department = department;
    const hallId = this.hall() || null;
    if (hallId !== (account.hall?.id ?? null)) change.hallId = hallId;
    return Object.keys(change).length ? change : null;
  }

  protected async saveDetails(event: Event): Promise<void> {
    event.preventDefault();
    const account = this.account();
    if (!account || this.busy()) return;
    this.start();
    const form = {
      ...EMPTY_FORM,
      displayName: this.displayName().trim(),
      role: this.role(),
      department: this.department(),
    };
    this.errors.set(accountErrors(form, DETAIL_FIELDS));
    const role = form.role;
    if (this.errors.count || !role) return;
    const change = this.changes(account, role);
    if (!change) {
      this.outcome.set('unchanged');
      return;
    }
    await this.send(account, 'saved', () =>
      firstValue(this.client.change(account.userName, account.version, change)),
    );
  }

  protected askToDisable(): void {
    this.confirmingDisable.set(true);
    this.focus('disable-confirm');
  }

  protected cancelDisable(): void {
    this.confirmingDisable.set(false);
    this.focus('disable');
  }

  protected disableConfirmText(account: StaffAccount): string {
    const name = account.displayName;
    return $localize`:@@staff.accounts.disable.yes:确认停用 ${name}:NAME:`;
  }

  /** Disables (once confirmed) or enables the account; focus goes to the section's heading. */
  protected async toggleDisabled(): Promise<void> {
    const account = this.account();
    if (!account || this.busy()) return;
    this.start();
    this.confirmingDisable.set(false);
    const disabled = !account.disabled;
    await this.send(account, disabled ? 'disabled' : 'enabled', () =>
      firstValue(this.client.change(account.userName, account.version, { disabled })),
    );
    this.focus('status-heading');
  }

  protected async resetPassword(event: Event): Promise<void> {
    event.preventDefault();
    const account = this.account();
    if (!account || this.busy()) return;
    this.start();
    this.errors.set({ newPassword: assignedPasswordError(this.newPassword()) });
    if (this.errors.count) return;
    const sent = await this.send(account, 'reset', async () => {
      await firstValue(
        this.client.resetPassword(account.userName, account.version, this.newPassword()),
      );
      // The answer is empty; the account's version has moved, so read it again.
      return firstValue(this.client.get(account.userName));
    });
    if (sent) this.newPassword.set('');
  }

  private start(): void {
    this.failure.set(null);
    this.outcome.set(null);
    this.errors.clear();
  }

  /** Sends one change; true when it was made. The form keeps its values whatever happens. */
  private async send(
    account: StaffAccount,
    outcome: Outcome,
    request: () => Promise<StaffAccount>,
  ): Promise<boolean> {
    this.busy.set(true);
    try {
      const changed = await request();
      this.account.set(changed);
      this.outcome.set(outcome);
      return true;
    } catch (error) {
      await this.refused(error, account.userName);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private async refused(error: unknown, userName: string): Promise<void> {
    const problem = problemFrom(error);
    if (problem.status === 412) {
      await this.load(userName, { keepForm: true });
      this.outcome.set('stale');
      return;
    }
    if (problem.status === 409) {
      this.failure.set(
        $localize`:@@staff.accounts.error.self:您不能停用自己的账号，也不能取消自己的管理员角色。`,
      );
      return;
    }
    const fields = problem.status === 400 ? problemFields(problem, DETAIL_FIELDS) : [];
    if (fields.length) {
      const messages = accountErrors(EMPTY_FORM, DETAIL_FIELDS);
      this.errors.set(Object.fromEntries(fields.map((field) => [field, messages[field]])));
      return;
    }
    if (problem.status === 400 && problemFields(problem, ['newPassword']).length) {
      this.errors.set({
        newPassword:
          assignedPasswordError(this.newPassword()) ||
          $localize`:@@staff.accounts.error.passwordRefused:这个密码不能使用，请换一个`,
      });
      return;
    }
    this.failure.set(requestMessage(error));
  }
}
