import type { ItemAction, StaffRole } from '../../../contract/staff.ts';
import { reviewEvents, reviewTransition, type ReviewState } from './state-machine.ts';

/**
 * Who may see and do what to a review item: pure, so the queue, the item page's `actions` and
 * every endpoint ask the same rules. Status changes themselves are the state machine's.
 *
 * - A reviewer sees every item of their department. They work (change) the items assigned to
 *   them, claim unassigned ones and note those; a colleague's item is theirs to read only.
 * - A supervisor sees and works every item of the department, assigns, moderates and reads the
 *   audit. An admin does so in every department but claims nothing (admins have no department).
 */
export interface Viewer {
  accountId: number;
  role: StaffRole;
  departmentId: string | null;
}

export interface ItemFacts extends ReviewState {
  departmentId: string;
  assigneeId: number | null;
  hidden: boolean;
  /** The citizen wrote something moderation could hide. */
  hasText: boolean;
  hasMobile: boolean;
}

/** Another department's item does not exist for this viewer (404, never 403). */
export function canSee(viewer: Viewer, item: Pick<ItemFacts, 'departmentId'>): boolean {
  return viewer.role === 'admin' || viewer.departmentId === item.departmentId;
}

const supervises = (viewer: Viewer) => viewer.role === 'supervisor' || viewer.role === 'admin';

/** May change the item's state: its assignee, or a supervisor or admin who sees it. */
function works(viewer: Viewer, item: ItemFacts): boolean {
  return supervises(viewer) || item.assigneeId === viewer.accountId;
}

/** Exactly what this viewer may do to the item now, in a stable order; [] when they cannot see it. */
export function allowedActions(viewer: Viewer, item: ItemFacts): ItemAction[] {
  if (!canSee(viewer, item)) return [];
  const open = item.status !== 'closed';
  const actions: ItemAction[] = [];
  if (open && viewer.role !== 'admin' && item.assigneeId === null) actions.push('claim');
  if (open && supervises(viewer)) actions.push('assign');
  if (works(viewer, item) || item.assigneeId === null) actions.push('note');
  if (works(viewer, item)) {
    for (const event of reviewEvents) {
      if (reviewTransition(item, event).ok) actions.push(event);
    }
  }
  if (supervises(viewer)) {
    if (!item.hidden && item.hasText) actions.push('hide');
    if (item.hidden) actions.push('unhide');
  }
  if (item.hasMobile && works(viewer, item)) actions.push('reveal-mobile');
  if (supervises(viewer)) actions.push('read-audit');
  return actions;
}
