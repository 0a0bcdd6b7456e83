import { Type, type Static } from '@sinclair/typebox';
import { AppointmentStatus, Reference } from './appointments';
import { Localized } from './catalogue';
import { CsvLang, StaffHall } from './staff';
import { CHECK_IN_CODE_MAX_LENGTH, WALK_IN_NOTE_MAX_LENGTH } from './constants/hall-day-limits';

/**
 * The hall's day (/api/staff/halls/...): hall staff see one hall's appointments for one day, by
 * time, check citizens in (by reference or the confirmation's QR code), mark no-shows after a
 * slot has ended, and note walk-in visitors.
 *
 * Who may open a hall's day: an account assigned to the hall; a supervisor of a department with a
 * window at the hall; supervisors of zwb (which runs the halls) and admins, every hall. Others get
 * 403. Inside the day, department staff see their department's windows only (zwb staff and
 * admins see all); an appointment outside that scope answers 404 as if absent.
 *
 * Each change carries If-Match with the appointment's ETag (its version, quoted): 428 without,
 * 412 when stale. Each is audited with personal data masked.
 */

const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Instant = Type.String({ format: 'date-time' });
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
export const HallId = Type.String({ pattern: '^[a-z0-9-]{1,40}$' });
const ServiceCode = Type.String({ pattern: '^[A-Z]{2,4}(-[A-Z]{2,4})?-[0-9]{3,6}$' });

/** GET /api/staff/halls: the halls the caller may open, by name. */
export const StaffHallList = Type.Object(
  { halls: Type.Array(StaffHall) },
  { $id: 'StaffHallList', additionalProperties: false },
);
export type StaffHallList = Static<typeof StaffHallList>;

export const HallParams = Type.Object({ hallId: HallId }, { additionalProperties: false });
export const HallDayParams = Type.Object(
  { hallId: HallId, date: IsoDate },
  { additionalProperties: false },
);
export type HallDayParams = Static<typeof HallDayParams>;
export const HallAppointmentParams = Type.Object(
  { hallId: HallId, date: IsoDate, reference: Reference },
  { additionalProperties: false },
);
export type HallAppointmentParams = Static<typeof HallAppointmentParams>;

/** What staff may do with an appointment now: check-in while booked on the day; no-show once its slot has ended. */
export const HallDayAction = Type.Union([Type.Literal('check-in'), Type.Literal('no-show')], {
  $id: 'HallDayAction',
});
export type HallDayAction = Static<typeof HallDayAction>;

/** One appointment of the day. Personal data masked; the ETag is `version`, quoted. */
export const HallDayAppointment = Type.Object(
  {
    reference: Type.String(),
    time: Time,
    endTime: Time,
    service: Type.Object({ code: Type.String(), name: Localized }, { additionalProperties: false }),
    /** 张*: the family name's first character and a star. */
    name: Type.String(),
    /** 138****5678 */
    mobile: Type.String(),
    /** The materials the citizen said they have, as the service guide names them. */
    materials: Type.Array(Localized),
    status: AppointmentStatus,
    checkedInAt: Type.Union([Instant, Type.Null()]),
    version: Type.Integer({ minimum: 1 }),
    actions: Type.Array(HallDayAction),
  },
  { $id: 'HallDayAppointment', additionalProperties: false },
);
export type HallDayAppointment = Static<typeof HallDayAppointment>;

/** A visitor who came without a booking: no identity data. */
export const WalkIn = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    time: Time,
    service: Type.Object({ code: Type.String(), name: Localized }, { additionalProperties: false }),
    note: Type.String(),
    createdAt: Instant,
    createdBy: Type.String(),
  },
  { $id: 'WalkIn', additionalProperties: false },
);
export type WalkIn = Static<typeof WalkIn>;

/** GET /api/staff/halls/{hallId}/days/{date}: the day by time. `today` and `now` are the server's (Asia/Shanghai). */
export const HallDay = Type.Object(
  {
    hall: StaffHall,
    date: IsoDate,
    today: IsoDate,
    now: Time,
    appointments: Type.Array(HallDayAppointment),
    walkIns: Type.Array(WalkIn),
    /** Services of the caller's scope at this hall, for the walk-in form. */
    services: Type.Array(
      Type.Object({ code: Type.String(), name: Localized }, { additionalProperties: false }),
    ),
  },
  { $id: 'HallDay', additionalProperties: false },
);
export type HallDay = Static<typeof HallDay>;

/**
 * POST .../days/{date}/check-ins with If-Match: what the scanner or the keyboard typed, the
 * reference ("K7QM-3XPD", any case, hyphen optional) or text holding it (the confirmation's QR
 * code). Only a booked appointment of this hall on this day, which must be today (409 otherwise).
 */
export const CheckInInput = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: CHECK_IN_CODE_MAX_LENGTH }) },
  { $id: 'CheckInInput', additionalProperties: false },
);
export type CheckInInput = Static<typeof CheckInInput>;

/** POST .../days/{date}/walk-ins: 201 with the entry. */
export const WalkInInput = Type.Object(
  {
    service: ServiceCode,
    time: Time,
    note: Type.String({ minLength: 1, maxLength: WALK_IN_NOTE_MAX_LENGTH }),
  },
  { $id: 'WalkInInput', additionalProperties: false },
);
export type WalkInInput = Static<typeof WalkInInput>;

/** GET .../days/{date}.csv?lang=zh|en: the day list as CSV (UTF-8 with BOM), personal data masked; headings and names in `lang` (zh by default). */
export const HallDayCsvQuery = Type.Object(
  { lang: Type.Optional(CsvLang) },
  { $id: 'HallDayCsvQuery', additionalProperties: false },
);
export type HallDayCsvQuery = Static<typeof HallDayCsvQuery>;
