import type { Localized, Material, ServiceGuide, Step } from '../../../../contract/catalogue.ts';
import { idCardName } from './guide.ts';

// Pieces that recur across the identity, travel, driving and family guides, kept in one place so
// a wording fix lands everywhere.

export const laws = {
  residencePermits: {
    zh: '《居住证暂行条例》',
    en: 'Interim Regulations on Residence Permits',
  },
} satisfies Record<string, Localized>;

/** The card shown at the desk and handed back: nothing to copy. */
export const idCardOriginal: Material = { name: idCardName, form: 'original', copies: 0 };

export const passportWithVisa: Material = {
  name: { zh: '护照及有效签证', en: 'Passport with a valid visa' },
  form: 'original-and-copy',
  copies: 1,
};

export const temporaryResidenceForm: Material = {
  name: { zh: '境外人员临时住宿登记单', en: 'Registration form of temporary residence' },
  form: 'original-and-copy',
  copies: 1,
};

export const visaApplicationForm: Material = {
  name: { zh: '《外国人签证证件申请表》及照片', en: 'Application form and photo' },
  form: 'original',
  copies: 1,
};

export const passportFee: ServiceGuide['fee'] = {
  free: false,
  description: { zh: '普通护照每本 120 元。', en: '120 yuan per passport.' },
};

/** Foreigners' residence permits cost more the longer they last. */
export const residencePermitFee: ServiceGuide['fee'] = {
  free: false,
  description: {
    zh: '有效期一年以下的 400 元，一年至三年（含三年）的 800 元，三年至五年的 1000 元。',
    en: '400 yuan for under 1 year, 800 yuan for 1 to 3 years, and 1,000 yuan for 3 to 5 years.',
  },
};

export const validIdCard: Material = {
  name: { zh: '本人有效居民身份证', en: 'Your valid ID card' },
  form: 'original',
  copies: 0,
};

export const applicantIdCard: Material = {
  name: { zh: '申请人居民身份证', en: "Applicant's ID card" },
  form: 'original',
  copies: 0,
};

/** Steps the exit-entry permits for Hong Kong, Macao and Taiwan share. */
export const bookPermitStep: Step = {
  title: { zh: '预约', en: 'Book' },
  description: { zh: '网上预约并预填申请表。', en: 'Book and fill in the form online.' },
};

export const payPermitStep: Step = {
  title: { zh: '缴费', en: 'Pay' },
  description: { zh: '缴纳证件费和签注费。', en: 'Pay for the permit and endorsement.' },
};

export const receivePermitStep: Step = {
  title: { zh: '领证', en: 'Receive your permit' },
  description: { zh: '到受理点领取或邮寄送达。', en: 'Collect it or have it delivered.' },
};
