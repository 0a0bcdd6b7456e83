import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { STAFF_ROLES } from '@contract/constants/staff-limits';
import type { StaffDepartment, StaffHall, StaffRole } from '@contract/staff';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { StaffFieldError } from '../field-error';
import type { FormErrors } from '../form-errors';
import { roleName } from '../staff-text';
import { isRole } from './account-rules';
import { valueOf } from '../../shared/form-value';

/**
 * The name, role and department of the create and edit account forms. The department picker is
 * left out for admins, who see every department.
 */
@Component({
  selector: 'app-account-fields',
  imports: [LocalizedPipe, StaffFieldError],
  templateUrl: './account-fields.html',
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountFields {
  protected readonly valueOf = valueOf;
  // Inputs with change events rather than model(), which would add framework code to every
  // citizen's download (docs/decisions.md); the forms bind value and event apart.
  readonly displayName = input.required<string>();
  readonly displayNameChange = output<string>();
  readonly role = input.required<StaffRole | ''>();
  readonly roleChange = output<StaffRole | ''>();
  readonly department = input.required<string>();
  readonly departmentChange = output<string>();
  readonly departments = input.required<readonly StaffDepartment[]>();
  /** The hall the account works at (the hall's day), '' for none. */
  readonly hall = input.required<string>();
  readonly hallChange = output<string>();
  readonly halls = input.required<readonly StaffHall[]>();
  /** One's own account: the role is not offered, since the server refuses demoting oneself. */
  readonly roleFixed = input(false);
  /** The form's errors, of which these fields read their own. */
  readonly errors =
    input.required<
      Pick<FormErrors<'displayName' | 'role' | 'department'>, 'has' | 'text' | 'describedBy'>
    >();

  protected readonly roles = STAFF_ROLES;
  protected readonly roleName = roleName;

  protected pickRole(value: string): void {
    this.roleChange.emit(isRole(value) ? value : '');
  }
}
