import { Type, type Static } from '@sinclair/typebox';
import { Localized, ServiceCode } from './catalogue';
import { MOBILE_PATTERN, NAME_MAX_LENGTH } from './constants/personal-data';

/**
 * Appointments at service halls (预约办事): availability, booking and managing a booking.
 *
 * Personal data (PIPL): the mobile number and the identity number are sent once, in a body,
 * never in a URL, and every answer shows them masked. The citizen's name is shown back only to
 * whoever holds both the reference and the mobile number.
 */

const isoDate = { format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
const wallTime = { pattern: '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$' } as const;

export const HallId = Type.String({ pattern: '^[a-z0-9-]{1,40}$' });

/** Mainland mobile numbers: 11 digits, 1 then 3–9. */
export const Mobile = Type.String({ pattern: MOBILE_PATTERN });

/**
 * Reference codes are read over the phone: 8 characters from an alphabet without 0/O, 1/I/L
 * and U, shown as two groups of four ("K7QM-3XPD"). Look-ups accept lower case and a missing
 * hyphen; the server answers with the canonical form.
 */
export const Reference = Type.String({
  pattern: '^[2-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}-?[2-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}$',
});

export const IdType = Type.Union(
  [
    /** 居民身份证: 18 characters, GB 11643 check digit. */
    Type.Literal('resident-id'),
    /** 护照: 5–9 letters and digits (ICAO document number). */
    Type.Literal('passport'),
    /** 港澳居民来往内地通行证: H or M, then 8 or 10 digits. */
    Type.Literal('hk-macao-permit'),
    /** 台湾居民来往大陆通行证: 8 or 10 digits. */
    Type.Literal('taiwan-permit'),
  ],
  { $id: 'IdType' },
);
export type IdType = Static<typeof IdType>;

export const AppointmentStatus = Type.Union(
  [
    Type.Literal('booked'),
    Type.Literal('cancelled'),
    Type.Literal('cancelled-by-hall'),
    Type.Literal('attended'),
    Type.Literal('no-show'),
  ],
  { $id: 'AppointmentStatus' },
);
export type AppointmentStatus = Static<typeof AppointmentStatus>;

/** Why a day offers no times. 'outside-window' covers today, the past and beyond 14 days. */
export const DayClosedReason = Type.Union(
  [
    Type.Literal('weekend'),
    Type.Literal('holiday'),
    Type.Literal('hall-closure'),
    Type.Literal('outside-window'),
  ],
  { $id: 'DayClosedReason' },
);
export type DayClosedReason = Static<typeof DayClosedReason>;

export const HallParams = Type.Object({ id: HallId }, { additionalProperties: false });
export type HallParams = Static<typeof HallParams>;

/** GET /api/halls/{id}/availability. Without from/to, the whole booking window. */
export const AvailabilityQuery = Type.Object(
  {
    service: ServiceCode,
    from: Type.Optional(Type.String(isoDate)),
    /** At most 31 days after `from`. */
    to: Type.Optional(Type.String(isoDate)),
  },
  { $id: 'AvailabilityQuery', additionalProperties: false },
);
export type AvailabilityQuery = Static<typeof AvailabilityQuery>;

export const SlotTime = Type.Object(
  {
    /** Start, 'HH:MM' in Asia/Shanghai. */
    time: Type.String(wallTime),
    end: Type.String(wallTime),
    /** 0 when the slot is full; full slots are listed so the page can say so. */
    seatsLeft: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type SlotTime = Static<typeof SlotTime>;

export const AvailabilityDay = Type.Object(
  {
    date: Type.String(isoDate),
    /** open: some seat left; full: times exist but none has a seat; closed: no times at all. */
    status: Type.Union([Type.Literal('open'), Type.Literal('full'), Type.Literal('closed')]),
    /** Set when status is 'closed'. */
    reason: Type.Union([DayClosedReason, Type.Null()]),
    /** The holiday's name when reason is 'holiday'. */
    holiday: Type.Union([Localized, Type.Null()]),
    /** The hall's reason when reason is 'hall-closure'. */
    closure: Type.Union([Localized, Type.Null()]),
    /** A weekend day that is a working day (调休); the hall keeps its Monday hours. */
    makeUpWorkday: Type.Boolean(),
    /** The year's holiday arrangement is not yet published; the day may still change. */
    provisional: Type.Boolean(),
    times: Type.Array(SlotTime),
  },
  { additionalProperties: false },
);
export type AvailabilityDay = Static<typeof AvailabilityDay>;

export const Availability = Type.Object(
  {
    hall: Type.String(),
    service: Type.String(),
    /** The booking window: the next working day after today to 14 calendar days ahead. */
    bookableFrom: Type.String(isoDate),
    bookableTo: Type.String(isoDate),
    /** One entry per date from `from` to `to`, in order. */
    days: Type.Array(AvailabilityDay),
  },
  { $id: 'Availability', additionalProperties: false },
);
export type Availability = Static<typeof Availability>;

/**
 * POST /api/appointments, with an `Idempotency-Key` header (1–255 visible ASCII characters,
 * optionally in double quotes as the IETF draft's structured-field string).
 */
export const AppointmentInput = Type.Object(
  {
    service: ServiceCode,
    hall: HallId,
    date: Type.String(isoDate),
    time: Type.String(wallTime),
    name: Type.String({ minLength: 1, maxLength: NAME_MAX_LENGTH }),
    mobile: Mobile,
    idType: IdType,
    /** Checked per idType by the server (400 at /body/idNumber); letters are taken in either case. */
    idNumber: Type.String({ minLength: 1, maxLength: 20 }),
    /** Indices into the guide's `materials` that the citizen says they have. */
    materials: Type.Optional(
      Type.Array(Type.Integer({ minimum: 0, maximum: 99 }), { maxItems: 100, uniqueItems: true }),
    ),
    /** Honeypot: hidden from people, filled in by bots; must be absent or empty. */
    website: Type.Optional(Type.String({ maxLength: 0 })),
  },
  { $id: 'AppointmentInput', additionalProperties: false },
);
export type AppointmentInput = Static<typeof AppointmentInput>;

/**
 * Why and when the hall closed, on a booking it cancelled (status `cancelled-by-hall`): the
 * period [from, to) of the booking's day, 00:00–24:00 for the whole day.
 */
export const BookingClosure = Type.Object(
  {
    from: Type.String(wallTime),
    to: Type.String({ pattern: '^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' }),
    wholeDay: Type.Boolean(),
    reason: Localized,
  },
  { $id: 'BookingClosure', additionalProperties: false },
);
export type BookingClosure = Static<typeof BookingClosure>;

export const AppointmentView = Type.Object(
  {
    reference: Type.String(),
    status: AppointmentStatus,
    service: Type.Object({ code: Type.String(), name: Localized }, { additionalProperties: false }),
    hall: Type.Object(
      { id: Type.String(), name: Localized, address: Localized },
      { additionalProperties: false },
    ),
    date: Type.String(isoDate),
    time: Type.String(wallTime),
    end: Type.String(wallTime),
    name: Type.String(),
    /** Masked: 138****5678. */
    mobile: Type.String(),
    idType: IdType,
    /** Masked: the first 3 and last 4 characters kept, e.g. 110***********1234. */
    idNumber: Type.String(),
    /** Indices into the guide's materials the citizen said they have. */
    materials: Type.Array(Type.Integer({ minimum: 0 })),
    /** After this instant the booking cannot be rescheduled, and cancelling counts as a no-show. */
    changeableUntil: Type.String({ format: 'date-time' }),
    createdAt: Type.String({ format: 'date-time' }),
    /** Only on a booking the hall cancelled by closing; added later, so clients may ignore it. */
    closure: Type.Optional(BookingClosure),
  },
  { $id: 'AppointmentView', additionalProperties: false },
);
export type AppointmentView = Static<typeof AppointmentView>;

/** 201 answer to POST /api/appointments. */
export const AppointmentCreated = Type.Object(
  { reference: Type.String(), appointment: AppointmentView },
  { $id: 'AppointmentCreated', additionalProperties: false },
);
export type AppointmentCreated = Static<typeof AppointmentCreated>;

/** POST /api/appointments/lookup. A wrong pair gets 404 whether or not the reference exists. */
export const AppointmentLookup = Type.Object(
  { reference: Reference, mobile: Mobile },
  { $id: 'AppointmentLookup', additionalProperties: false },
);
export type AppointmentLookup = Static<typeof AppointmentLookup>;

export const ReferenceParams = Type.Object(
  { reference: Reference },
  { additionalProperties: false },
);
export type ReferenceParams = Static<typeof ReferenceParams>;

/** POST /api/appointments/{reference}/cancel → AppointmentView. */
export const AppointmentCancel = Type.Object(
  { mobile: Mobile },
  { $id: 'AppointmentCancel', additionalProperties: false },
);
export type AppointmentCancel = Static<typeof AppointmentCancel>;

/**
 * POST /api/appointments/{reference}/reschedule (Idempotency-Key too) → AppointmentView.
 * Atomic: the old seat is released only if the new one is taken.
 */
export const AppointmentReschedule = Type.Object(
  { mobile: Mobile, date: Type.String(isoDate), time: Type.String(wallTime) },
  { $id: 'AppointmentReschedule', additionalProperties: false },
);
export type AppointmentReschedule = Static<typeof AppointmentReschedule>;

/**
 * Extension members of the fair-use problem (`/problems/appointment-blocked`, 403): why the
 * person may not book, and the first date they may book again.
 */
export interface AppointmentBlockedMembers {
  reason: 'no-shows';
  /** YYYY-MM-DD, Asia/Shanghai. */
  until: string;
}

/** Extension member of `/problems/appointment-too-late` (409): the cut-off that has passed. */
export interface AppointmentTooLateMembers {
  changeableUntil: string;
}
