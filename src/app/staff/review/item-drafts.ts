/**
 * What a reviewer is typing on an item page, kept in sessionStorage per item: a sign-out (401
 * sends the page to sign-in) or a reload loses nothing, and the tab's storage ends with the tab,
 * so nothing outlives the working session on a shared computer.
 */
export interface ItemDraft {
  note: string;
  verifyReason: string;
  fixText: string;
  followUpNote: string;
  reply: string;
  hideReason: string;
}

export const EMPTY_DRAFT: ItemDraft = {
  note: '',
  verifyReason: '',
  fixText: '',
  followUpNote: '',
  reply: '',
  hideReason: '',
};

const PREFIX = 'staff.review.draft.';

export function readDraft(storage: Storage | null, itemId: string): ItemDraft {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(PREFIX + itemId) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return EMPTY_DRAFT;
    const draft = { ...EMPTY_DRAFT };
    for (const key of Object.keys(EMPTY_DRAFT) as (keyof ItemDraft)[]) {
      const value = (stored as Record<string, unknown>)[key];
      if (typeof value === 'string') draft[key] = value;
    }
    return draft;
  } catch {
    return EMPTY_DRAFT;
  }
}

/** Saves the draft, or forgets it once nothing is left in it. Storage may be full or refused. */
export function writeDraft(storage: Storage | null, itemId: string, draft: ItemDraft): void {
  try {
    if (Object.values(draft).every((text) => text === '')) storage?.removeItem(PREFIX + itemId);
    else storage?.setItem(PREFIX + itemId, JSON.stringify(draft));
  } catch {
    // A draft is a comfort: the page still works without one.
  }
}
