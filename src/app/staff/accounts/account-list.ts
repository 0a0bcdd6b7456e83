import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { StaffAccount } from '@contract/staff';

import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { AccountsClient } from '../data/accounts-client';
import { requestMessage } from '../staff-problem';
import { roleName } from '../staff-text';
import { firstValue } from '../first-value';

/**
 * `/staff/accounts` (admins): every staff account. On a phone each row becomes a block whose
 * cells carry their own column names, so nothing scrolls sideways.
 */
@Component({
  selector: 'app-account-list',
  imports: [DatePipe, LocalizedPipe, RouterLink],
  templateUrl: './account-list.html',
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss', './account-list.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountList {
  private readonly client = inject(AccountsClient);

  protected readonly roleName = roleName;
  protected readonly accounts = signal<StaffAccount[] | null>(null);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.accounts.set(await firstValue(this.client.list()));
    } catch (error) {
      this.failure.set(requestMessage(error));
    }
  }
}
