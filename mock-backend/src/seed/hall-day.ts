import { WorkingCalendar, addCalendarDays } from '../calendar/calendar.ts';
import { shanghaiDate } from '../clock.ts';
import type { Connection } from '../store/database.ts';

/**
 * The hall's day's demo appointments at 市民中心 (smzx), with FIXED references the e2e tests and
 * the demo rely on, dated relative to `now` (e2e runs at 2026-09-15T09:00+08:00, when no slot of
 * the day has ended yet, so the no-shows to mark are on the working day before):
 *
 * | reference   | day          | time        | service | for                                      |
 * | ----------- | ------------ | ----------- | ------- | ---------------------------------------- |
 * | HDZH-CK2A   | today        | 10:00–10:30 | GAJ-001 | the Chinese e2e test's check-in          |
 * | HDEN-CK2A   | today        | 10:00–10:30 | GAJ-001 | the English e2e test's check-in          |
 * | HDRS-4P7Q   | today        | 10:30–11:00 | RSJ-001 | another department (gaj staff never see it) |
 * | HDZH-NS3B   | working day before | 09:00–09:30 | GAJ-001 | the Chinese e2e test's no-show     |
 * | HDEN-NS3B   | working day before | 09:00–09:30 | GAJ-001 | the English e2e test's no-show     |
 */
export const DEMO_HALL_DAY = {
  hall: 'smzx',
  checkIn: { zh: 'HDZH-CK2A', en: 'HDEN-CK2A' },
  noShow: { zh: 'HDZH-NS3B', en: 'HDEN-NS3B' },
  otherDepartment: 'HDRS-4P7Q',
} as const;

interface DemoAppointment {
  reference: string;
  /** 0: today; -1: the working day before. */
  day: 0 | -1;
  time: string;
  end: string;
  service: string;
  department: string;
  name: string;
  mobile: string;
  materials: number[];
}

const demo: readonly DemoAppointment[] = [
  {
    reference: DEMO_HALL_DAY.checkIn.zh,
    day: 0,
    time: '10:00',
    end: '10:30',
    service: 'GAJ-001',
    department: 'gaj',
    name: '张伟',
    mobile: '13800001111',
    materials: [0, 1],
  },
  {
    reference: DEMO_HALL_DAY.checkIn.en,
    day: 0,
    time: '10:00',
    end: '10:30',
    service: 'GAJ-001',
    department: 'gaj',
    name: 'Emma Brown',
    mobile: '13800002222',
    materials: [0],
  },
  {
    reference: DEMO_HALL_DAY.otherDepartment,
    day: 0,
    time: '10:30',
    end: '11:00',
    service: 'RSJ-001',
    department: 'rsj',
    name: '王芳',
    mobile: '13800003333',
    materials: [],
  },
  {
    reference: DEMO_HALL_DAY.noShow.zh,
    day: -1,
    time: '09:00',
    end: '09:30',
    service: 'GAJ-001',
    department: 'gaj',
    name: '刘洋',
    mobile: '13800004444',
    materials: [0, 1, 2],
  },
  {
    reference: DEMO_HALL_DAY.noShow.en,
    day: -1,
    time: '09:00',
    end: '09:30',
    service: 'GAJ-001',
    department: 'gaj',
    name: 'Liam Smith',
    mobile: '13800005555',
    materials: [1],
  },
];

/** Seeds the table above, each with its seat, so the slots' capacity counts them. */
export function seedHallDay(db: Connection, { now }: { now: Date }): void {
  const today = shanghaiDate(now);
  const calendar = new WorkingCalendar([]);
  let before = addCalendarDays(today, -1);
  while (!calendar.isWorkingDay(before, DEMO_HALL_DAY.hall)) before = addCalendarDays(before, -1);
  const insert = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO appointments (reference, service_code, hall_id, department_id, date, time,
       end_time, name, mobile, id_type, id_masked, person_key, materials, created_at)
     VALUES (:reference, :service, :hall, :department, :date, :time, :end, :name, :mobile,
       'resident-id', '110***********0000', :personKey, :materials, :createdAt)
     RETURNING id`,
  );
  const seat = db.prepare<Record<string, unknown>>(
    `INSERT INTO seats (hall_id, department_id, date, time, seat_no, appointment_id)
     SELECT :hall, :department, :date, :time, coalesce(max(seat_no), 0) + 1, :id FROM seats
     WHERE hall_id = :hall AND department_id = :department AND date = :date AND time = :time`,
  );
  for (const appointment of demo) {
    const date = appointment.day === 0 ? today : before;
    const { reference, service, department, time, end, name, mobile } = appointment;
    const [row] = insert.all({
      reference,
      service,
      hall: DEMO_HALL_DAY.hall,
      department,
      date,
      time,
      end,
      name,
      mobile,
      personKey: `demo-hall-day-${reference}`,
      materials: JSON.stringify(appointment.materials),
      createdAt: now.toISOString(),
    });
    if (!row) throw new Error(`demo appointment ${appointment.reference} not stored`);
    seat.run({ hall: DEMO_HALL_DAY.hall, department, date, time, id: row.id });
  }
}
