import type {
  Department,
  Hall,
  ServiceGuide,
  ServiceSearchResult,
  ServiceSummary,
  Theme,
} from '@contract/catalogue';

// Catalogue records for specs, shaped as the API sends them.

export const passportSummary: ServiceSummary = {
  code: 'CRJ-001',
  name: { zh: '普通护照首次申领', en: 'Applying for your first passport' },
  summary: { zh: '中国公民因私出国可以申请普通护照。', en: 'Citizens can apply for a passport.' },
  departmentId: 'crj',
  audience: ['individual'],
  themeIds: ['exit-entry'],
  onlineAvailable: false,
  visits: 1,
  promisedDays: 7,
  popularity: 900,
};

export const socialInsuranceSummary: ServiceSummary = {
  code: 'RSJ-005',
  name: { zh: '社会保险个人参保证明打印', en: 'Printing your social insurance record' },
  summary: { zh: '打印社保参保证明。', en: 'Print proof of your social insurance.' },
  departmentId: 'rsj',
  audience: ['individual'],
  themeIds: ['social-insurance'],
  onlineAvailable: true,
  visits: 0,
  promisedDays: 0,
  popularity: 950,
};

export function searchResult(
  items: ServiceSummary[],
  extra: Partial<ServiceSearchResult> = {},
): ServiceSearchResult {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    sort: 'relevance',
    match: 'all',
    facets: {
      theme: [{ value: 'exit-entry', count: items.length }],
      department: [{ value: 'crj', count: items.length }],
      audience: [{ value: 'individual', count: items.length }],
    },
    ...extra,
  };
}

export const exitEntryTheme: Theme = {
  id: 'exit-entry',
  name: { zh: '出入境', en: 'Travel abroad' },
  description: { zh: '护照和通行证。', en: 'Passports and travel permits.' },
  audience: 'individual',
};

export const businessTheme: Theme = {
  id: 'starting-business',
  name: { zh: '企业开办', en: 'Starting a business' },
  description: { zh: '设立登记。', en: 'Registering a company.' },
  audience: 'business',
};

export const exitEntryDepartment: Department = {
  id: 'crj',
  name: { zh: '江澄市公安局出入境管理局', en: 'Jiangcheng Exit-Entry Administration' },
  phone: '0520-86000000',
  address: { zh: '江澄市新城区 1 号', en: '1 Xincheng, Jiangcheng' },
};

export const citizenCentre: Hall = {
  id: 'smzx',
  name: { zh: '江澄市民服务中心', en: 'Jiangcheng Citizen Service Centre' },
  district: { zh: '新城区', en: 'Xincheng District' },
  address: { zh: '江澄市新城区市民大道 100 号', en: '100 Shimin Avenue' },
  phone: '0520-86088000',
  hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
  notes: { zh: '法定节假日休息。', en: 'Closed on public holidays.' },
  accessible: true,
};

export const passportGuide: ServiceGuide = {
  code: 'CRJ-001',
  name: passportSummary.name,
  summary: passportSummary.summary,
  departmentId: 'crj',
  audience: ['individual'],
  themeIds: ['exit-entry'],
  keywords: { zh: ['护照'], en: ['passport'] },
  eligibility: [{ zh: '中国公民。', en: 'You are a Chinese citizen.' }],
  materials: [
    { name: { zh: '居民身份证', en: 'Resident ID card' }, form: 'original', copies: 0 },
    {
      name: { zh: '户口簿', en: 'Hukou booklet' },
      form: 'original-and-copy',
      copies: 1,
      notes: { zh: '未满十六周岁的提供。', en: 'Under 16 only.' },
    },
  ],
  steps: [
    { title: { zh: '预约', en: 'Book' }, description: { zh: '网上预约。', en: 'Book online.' } },
    { title: { zh: '受理', en: 'Apply' }, description: { zh: '到窗口。', en: 'At the desk.' } },
  ],
  statutoryDays: 15,
  promisedDays: 7,
  fee: { free: false, description: { zh: '每本 120 元。', en: 'CNY 120 each.' } },
  hallIds: ['smzx'],
  online: { available: true, url: 'https://zwfw.jiangcheng.gov.cn/apply/CRJ-001' },
  visits: 1,
  enquiryPhone: '0520-12345',
  complaintPhone: '0520-12346',
  legalBasis: [{ zh: '《中华人民共和国护照法》', en: 'Passport Law of the PRC' }],
  faqs: [
    { question: { zh: '要多久？', en: 'How long?' }, answer: { zh: '7 天。', en: '7 days.' } },
  ],
  relatedCodes: ['CRJ-002'],
  popularity: 900,
  updatedAt: '2026-05-01',
};
