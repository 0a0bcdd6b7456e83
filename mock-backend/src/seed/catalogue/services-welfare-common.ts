import type { Localized, Material } from '../../../../contract/catalogue.ts';
import { idCardName } from './guide.ts';

// Pieces that recur across the welfare guides, kept in one place so a wording fix lands everywhere.

export const laws = {
  socialInsurance: {
    zh: '《中华人民共和国社会保险法》',
    en: "Social Insurance Law of the People's Republic of China",
  },
  socialInsuranceHandling: {
    zh: '《社会保险经办条例》',
    en: 'Regulations on Social Insurance Handling Services',
  },
  socialAssistance: {
    zh: '《社会救助暂行办法》',
    en: 'Interim Measures for Social Assistance',
  },
  disabledPersons: {
    zh: '《中华人民共和国残疾人保障法》',
    en: "Law of the People's Republic of China on the Protection of Persons with Disabilities",
  },
  elderly: {
    zh: '《中华人民共和国老年人权益保障法》',
    en: "Law of the People's Republic of China on the Protection of the Rights and Interests of the Elderly",
  },
  housingFund: {
    zh: '《住房公积金管理条例》',
    en: 'Regulations on the Administration of Housing Provident Funds',
  },
  veterans: {
    zh: '《中华人民共和国退役军人保障法》',
    en: "Law of the People's Republic of China on the Protection of Retired Military Personnel",
  },
  militaryPensions: {
    zh: '《军人抚恤优待条例》',
    en: 'Regulations on Pensions and Preferential Treatment for Military Personnel',
  },
  residentsPension: {
    zh: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
    en: 'State Council Opinions on Establishing a Unified Basic Pension Scheme for Urban and Rural Residents',
  },
  unemploymentInsurance: { zh: '《失业保险条例》', en: 'Regulations on Unemployment Insurance' },
  socialInsuranceRecords: {
    zh: '《社会保险个人权益记录管理办法》',
    en: 'Measures for the Administration of Personal Social Insurance Rights Records',
  },
  employmentPromotion: {
    zh: '《中华人民共和国就业促进法》',
    en: "Employment Promotion Law of the People's Republic of China",
  },
} satisfies Record<string, Localized>;

export const idCard: Material = {
  name: idCardName,
  form: 'original',
  copies: 1,
  notes: {
    zh: '现场核验后退还；可用社会保障卡或电子身份证代替。',
    en: 'Checked at the desk and handed back. Your social security card or electronic ID can be used instead.',
  },
};

export const agentPapers: Material = {
  name: {
    zh: '授权委托书和代办人居民身份证',
    en: "Letter of authority and the representative's ID card",
  },
  form: 'original',
  copies: 1,
  notes: {
    zh: '仅委托他人代办时提供；委托书须由申请人本人签名。',
    en: 'Only if someone applies for you. The letter must be signed by the applicant.',
  },
};

export const guardianIdCard: Material = {
  name: { zh: '监护人居民身份证', en: "Parent's or guardian's ID card" },
  form: 'original',
  copies: 1,
};

export const medicalInsuranceCard: Material = {
  name: {
    zh: '医保电子凭证或社会保障卡',
    en: 'Medical insurance e-voucher or social security card',
  },
  form: 'original',
  copies: 1,
};

export const freeOfCharge = {
  free: true,
  description: {
    zh: '不收费。本事项属于依法提供的公共服务，不收取任何费用。',
    en: 'Free of charge. This is a public service provided by law and no fee is charged.',
  },
} as const;
