import type { Localized } from '../../../contract/catalogue.ts';
import type { StaffHall } from '../../../contract/staff.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { StaffPrincipal } from './access.ts';
import { ROUTING_DESK } from './departments.ts';

/** Looks halls up by id, as staff pages name them. */
export function hallIndex(catalogue: Pick<Catalogue, 'halls'>): ReadonlyMap<string, StaffHall> {
  return new Map(catalogue.halls.map(({ id, name }) => [id, { id, name }]));
}

/** An account's hall as the API shows it; one the catalogue dropped still shows its id. */
export function hallOf(index: ReadonlyMap<string, StaffHall>, id: string | null): StaffHall | null {
  if (id === null) return null;
  const name: Localized = { zh: id, en: id };
  return index.get(id) ?? { id, name };
}

/** Who is asking, as far as the hall's day cares. */
export type HallViewer = Pick<StaffPrincipal, 'role' | 'departmentId' | 'hallId'>;

/** Sees every department's appointments at a hall: admins and zwb, which runs the halls. */
export const seesWholeHall = (viewer: HallViewer): boolean =>
  viewer.role === 'admin' || viewer.departmentId === ROUTING_DESK;

/**
 * May open the hall's day: an account assigned to the hall; a supervisor of a department with a
 * window there (`departmentsAtHall`); zwb supervisors and admins, every hall.
 */
export function mayOpenHall(
  viewer: HallViewer,
  hallId: string,
  departmentsAtHall: ReadonlySet<string>,
): boolean {
  if (viewer.hallId === hallId) return true;
  if (viewer.role === 'admin') return true;
  if (viewer.role !== 'supervisor' || viewer.departmentId === null) return false;
  return viewer.departmentId === ROUTING_DESK || departmentsAtHall.has(viewer.departmentId);
}

/** The departments whose appointments the viewer sees at a hall; null for all of them. */
export function departmentScope(viewer: HallViewer): string | null {
  return seesWholeHall(viewer) ? null : viewer.departmentId;
}

/**
 * Reads what a scanner or a keyboard typed at check-in: a reference ("K7QM-3XPD", any case, the
 * hyphen optional) or text holding one, such as the confirmation's QR code or a link ending in
 * the reference. Returns the canonical reference, or null when there is none (or more than one).
 */
export function referenceIn(text: string): string | null {
  const pattern =
    /(?<![A-Za-z0-9])([2-9A-HJKMNP-TV-Z]{4})-?([2-9A-HJKMNP-TV-Z]{4})(?![A-Za-z0-9])/gi;
  const found = new Set(
    Array.from(text.trim().matchAll(pattern), (m) => `${m[1]!}-${m[2]!}`.toUpperCase()),
  );
  return found.size === 1 ? [...found][0]! : null;
}
