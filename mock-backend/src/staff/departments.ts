import type { Localized } from '../../../contract/catalogue.ts';
import { ROUTING_DESK } from '../../../contract/constants/staff-limits.ts';
import type { StaffDepartment } from '../../../contract/staff.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';

export { ROUTING_DESK };
export const ROUTING_DESK_NAME: Localized = {
  zh: '江澄市政务服务管理局',
  en: 'City Government Services Administration',
};

/** The departments staff belong to: the catalogue's, then the routing desk. */
export function staffDepartments(catalogue: Pick<Catalogue, 'departments'>): StaffDepartment[] {
  return [
    ...catalogue.departments.map(({ id, name }) => ({ id, name })),
    { id: ROUTING_DESK, name: ROUTING_DESK_NAME },
  ];
}

/** Looks staff departments up by id; undefined for an id that is none of them. */
export function departmentIndex(
  catalogue: Pick<Catalogue, 'departments'>,
): ReadonlyMap<string, StaffDepartment> {
  return new Map(staffDepartments(catalogue).map((department) => [department.id, department]));
}

/** An account's department as the API shows it; one the catalogue dropped still shows its id. */
export function departmentOf(
  index: ReadonlyMap<string, StaffDepartment>,
  id: string | null,
): StaffDepartment | null {
  return id === null ? null : (index.get(id) ?? { id, name: { zh: id, en: id } });
}
