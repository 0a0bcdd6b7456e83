import type { AppointmentView, Availability, AvailabilityDay } from '@contract/appointments';
import type { Hall, ServiceGuide } from '@contract/catalogue';

// Records for the appointments specs, shaped as the API sends them.

export const hall: Hall = {
  id: 'smzx',
  name: { zh: '江澄市民服务中心', en: 'Jiangcheng Citizen Service Centre' },
  district: { zh: '新城区', en: 'Xincheng District' },
  address: { zh: '江澄市新城区市民大道 100 号', en: '100 Shimin Avenue, Xincheng District' },
  phone: '0520-86088000',
  hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
  notes: { zh: '地铁 1 号线市民中心站 A 口。', en: 'Metro line 1, Civic Centre station, exit A.' },
  accessible: true,
};

export const guide: ServiceGuide = {
  code: 'CRJ-001',
  name: { zh: '普通护照首次申领', en: 'Applying for your first passport' },
  summary: { zh: '中国公民因私出国可以申请普通护照。', en: 'Citizens can apply for a passport.' },
  departmentId: 'crj',
  audience: ['individual'],
  themeIds: ['exit-entry'],
  keywords: { zh: [], en: [] },
  eligibility: [{ zh: '中国公民', en: 'Chinese citizens' }],
  materials: [
    { name: { zh: '居民身份证', en: 'Resident identity card' }, form: 'original', copies: 1 },
    { name: { zh: '近期彩色照片', en: 'A recent colour photo' }, form: 'original', copies: 1 },
  ],
  steps: [{ title: { zh: '申请', en: 'Apply' }, description: { zh: '到大厅', en: 'Visit' } }],
  statutoryDays: 15,
  promisedDays: 7,
  fee: { free: false, description: { zh: '每本 120 元。', en: 'CNY 120.' } },
  hallIds: ['smzx'],
  online: { available: false },
  visits: 1,
  enquiryPhone: '12345',
  complaintPhone: '12345',
  legalBasis: [{ zh: '护照法', en: 'Passport Law' }],
  faqs: [],
  relatedCodes: [],
  popularity: 900,
  updatedAt: '2026-01-01',
};

function day(date: string, extra: Partial<AvailabilityDay> = {}): AvailabilityDay {
  return {
    date,
    status: 'open',
    reason: null,
    holiday: null,
    closure: null,
    makeUpWorkday: false,
    provisional: false,
    times: [
      { time: '09:00', end: '09:30', seatsLeft: 3 },
      { time: '09:30', end: '10:00', seatsLeft: 0 },
    ],
    ...extra,
  };
}

const closed: Partial<AvailabilityDay> = { status: 'closed', times: [] };

/** Tuesday 15 to Monday 21 September 2026: today, a closure, a full day, 调休 Sunday. */
export const availability: Availability = {
  hall: 'smzx',
  service: 'CRJ-001',
  bookableFrom: '2026-09-16',
  bookableTo: '2026-09-29',
  days: [
    day('2026-09-15', { ...closed, reason: 'outside-window' }),
    day('2026-09-16'),
    day('2026-09-17', {
      ...closed,
      reason: 'hall-closure',
      closure: { zh: '系统升级', en: 'System upgrade' },
    }),
    day('2026-09-18', { status: 'full', times: [{ time: '09:00', end: '09:30', seatsLeft: 0 }] }),
    day('2026-09-19', { ...closed, reason: 'weekend' }),
    day('2026-09-20', { makeUpWorkday: true }),
    day('2026-09-21'),
  ],
};

export const appointment: AppointmentView = {
  reference: 'K7QM-3XPD',
  status: 'booked',
  service: { code: 'CRJ-001', name: guide.name },
  hall: { id: 'smzx', name: hall.name, address: hall.address },
  date: '2026-09-16',
  time: '09:00',
  end: '09:30',
  name: '张三',
  mobile: '138****5678',
  idType: 'resident-id',
  idNumber: '110***********1234',
  materials: [0],
  changeableUntil: '2026-09-16T05:00:00.000Z',
  createdAt: '2026-09-15T01:00:00.000Z',
};
