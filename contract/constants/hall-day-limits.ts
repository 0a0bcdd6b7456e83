// Plain values the SPA may import as well as the schemas: no TypeBox here. The hall's day.

/** Longest check-in text: a reference, or a QR code's URL that holds one. */
export const CHECK_IN_CODE_MAX_LENGTH = 200;
/** A walk-in note is short: what they came for, never who they are. */
export const WALK_IN_NOTE_MAX_LENGTH = 500;
