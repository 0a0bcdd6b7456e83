import { Type, type Static } from '@sinclair/typebox';
import { HallId } from './appointments';
import { Localized } from './catalogue';
import { ENGLISH_TEXT_PATTERN } from './constants/english-text';

/**
 * Hall operations (issue 10, part 2), under /api/staff:
 * - Closures: a hall shut for a day or part of one. Staff preview which booked citizens a closure
 *   would affect, then confirm it: each affected booking becomes `cancelled-by-hall` (never
 *   counted against the citizen), its seat is freed and the citizen gets a text message in both
 *   languages with a link to book again. Confirming the same period again changes nothing.
 *   Who: supervisors of zwb (市政务服务管理局, which runs the halls) and admins; others 403.
 * - Capacity: seats per slot of a window (a hall × a department) from a future date on. Seats
 *   already taken are never dropped; a slot holding more than the new capacity keeps them and
 *   takes no new booking. Who: the department's supervisor, zwb supervisors, admins; another
 *   department's window answers 404. Changes carry If-Match with the window's ETag.
 */

const IsoDate = Type.String({ format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const WallTime = Type.String({ pattern: '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$' });
/** A period's end may be midnight, 24:00. */
const EndTime = Type.String({ pattern: '^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' });
const DepartmentId = Type.String({ pattern: '^[a-z0-9-]{1,40}$' });

export const CLOSURE_REASON_MAX_LENGTH = 200;
const ReasonText = Type.String({ minLength: 1, maxLength: CLOSURE_REASON_MAX_LENGTH });
/** English readers see it: no Chinese characters or full-width punctuation (400 otherwise). */
const EnglishReasonText = Type.String({
  minLength: 1,
  maxLength: CLOSURE_REASON_MAX_LENGTH,
  pattern: ENGLISH_TEXT_PATTERN,
  description: 'In English: no Chinese characters, CJK punctuation or full-width forms.',
});

/**
 * POST /api/staff/closures/preview and POST /api/staff/closures. Without `from` and `to` the
 * whole day closes; with them, [from, to) of it. The date is today or later (400 otherwise).
 */
export const ClosureInput = Type.Object(
  {
    hall: HallId,
    date: IsoDate,
    from: Type.Optional(WallTime),
    to: Type.Optional(EndTime),
    /** Shown to citizens in their language: on the booking pages and in the text message. */
    reason: Type.Object({ zh: ReasonText, en: EnglishReasonText }, { additionalProperties: false }),
  },
  { $id: 'ClosureInput', additionalProperties: false },
);
export type ClosureInput = Static<typeof ClosureInput>;

const HallRef = Type.Object(
  { id: Type.String(), name: Localized },
  { additionalProperties: false },
);

/** A closure as stored: whole day when `from` is 00:00 and `to` 24:00. */
export const Closure = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    hall: HallRef,
    date: IsoDate,
    from: WallTime,
    to: EndTime,
    wholeDay: Type.Boolean(),
    reason: Localized,
    /** Bookings this closure cancelled. */
    cancelled: Type.Integer({ minimum: 0 }),
    /** Null for closures that came with the demo data. */
    createdBy: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'Closure', additionalProperties: false },
);
export type Closure = Static<typeof Closure>;

/** GET /api/staff/closures: closures from today on, by date. */
export const ClosureList = Type.Object(
  { today: IsoDate, closures: Type.Array(Closure) },
  { $id: 'ClosureList', additionalProperties: false },
);
export type ClosureList = Static<typeof ClosureList>;

/** A booking a closure affects, personal data masked. */
export const AffectedBooking = Type.Object(
  {
    reference: Type.String(),
    service: Type.Object({ code: Type.String(), name: Localized }, { additionalProperties: false }),
    time: WallTime,
    end: WallTime,
    /** The surname's first character and a star. */
    name: Type.String(),
    /** 138****5678. */
    mobile: Type.String(),
  },
  { additionalProperties: false },
);
export type AffectedBooking = Static<typeof AffectedBooking>;

/** POST /api/staff/closures/preview: what confirming would do, nothing stored. */
export const ClosurePreview = Type.Object(
  {
    hall: HallRef,
    date: IsoDate,
    from: WallTime,
    to: EndTime,
    wholeDay: Type.Boolean(),
    /** Booked citizens whose appointment overlaps the period, by time. */
    affected: Type.Array(AffectedBooking),
    /** True when this very period is already closed: confirming changes nothing. */
    alreadyClosed: Type.Boolean(),
  },
  { $id: 'ClosurePreview', additionalProperties: false },
);
export type ClosurePreview = Static<typeof ClosurePreview>;

/** POST /api/staff/closures: 201 when stored now, 200 when the same period was closed before. */
export const ClosureConfirmed = Type.Object(
  {
    closure: Closure,
    /** Bookings cancelled by this request (none on a repeat), each sent a message. */
    cancelled: Type.Array(AffectedBooking),
    repeated: Type.Boolean(),
  },
  { $id: 'ClosureConfirmed', additionalProperties: false },
);
export type ClosureConfirmed = Static<typeof ClosureConfirmed>;

export const HallWindowsParams = Type.Object({ hallId: HallId }, { additionalProperties: false });
export type HallWindowsParams = Static<typeof HallWindowsParams>;

export const WindowParams = Type.Object(
  { hallId: HallId, departmentId: DepartmentId },
  { additionalProperties: false },
);
export type WindowParams = Static<typeof WindowParams>;

export const CapacityChange = Type.Object(
  { from: IsoDate, capacity: Type.Integer({ minimum: 0, maximum: 100 }) },
  { additionalProperties: false },
);
export type CapacityChange = Static<typeof CapacityChange>;

/** One window of a hall; its ETag is the quoted version. */
export const HallWindowView = Type.Object(
  {
    hall: HallRef,
    department: Type.Object(
      { id: Type.String(), name: Localized },
      { additionalProperties: false },
    ),
    slotMinutes: Type.Integer({ minimum: 1 }),
    /** Seats per slot today. */
    capacity: Type.Integer({ minimum: 0 }),
    /** Changes from tomorrow on, by date. */
    scheduled: Type.Array(CapacityChange),
    version: Type.Integer({ minimum: 1 }),
  },
  { $id: 'HallWindowView', additionalProperties: false },
);
export type HallWindowView = Static<typeof HallWindowView>;

/** GET /api/staff/halls/{hallId}/windows: the windows the caller may change. */
export const HallWindows = Type.Object(
  { today: IsoDate, hall: HallRef, windows: Type.Array(HallWindowView) },
  { $id: 'HallWindows', additionalProperties: false },
);
export type HallWindows = Static<typeof HallWindows>;

/** PUT /api/staff/halls/{hallId}/windows/{departmentId}/capacity, with If-Match. */
export const CapacityInput = Type.Object(
  {
    /** The first day of the new capacity: after today (400 otherwise). */
    from: IsoDate,
    capacity: Type.Integer({ minimum: 0, maximum: 100 }),
  },
  { $id: 'CapacityInput', additionalProperties: false },
);
export type CapacityInput = Static<typeof CapacityInput>;
