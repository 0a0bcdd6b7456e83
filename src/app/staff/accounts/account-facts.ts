import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { StaffDepartment, StaffRole } from '@contract/staff';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { roleName } from '../staff-text';

/**
 * An account's user name, role and department as a GOV.UK summary list; the page adds its own
 * rows after them (`<div class="details__row">` children).
 */
@Component({
  selector: 'app-account-facts',
  imports: [LocalizedPipe],
  template: `<dl class="details">
    <div class="details__row">
      <dt i18n="@@staff.accounts.col.userName">用户名</dt>
      <dd>{{ userName() }}</dd>
    </div>
    <div class="details__row">
      <dt i18n="@@staff.accounts.col.role">角色</dt>
      <dd>{{ roleName(role()) }}</dd>
    </div>
    <div class="details__row">
      <dt i18n="@@staff.accounts.col.department">部门</dt>
      <dd>
        @if (department(); as department) {
          {{ department.name | localized }}
        } @else {
          <ng-container i18n="@@staff.shell.allDepartments">全部部门</ng-container>
        }
      </dd>
    </div>
    <ng-content />
  </dl>`,
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountFacts {
  readonly userName = input.required<string>();
  readonly role = input.required<StaffRole>();
  readonly department = input.required<StaffDepartment | null>();
  protected readonly roleName = roleName;
}
