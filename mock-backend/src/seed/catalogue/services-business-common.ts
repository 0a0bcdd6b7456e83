import type { Localized, Material, Step } from '../../../../contract/catalogue.ts';
import { districtHalls } from './guide.ts';

// Pieces that recur across the business, tax, property and legal guides, kept in one place so a
// wording fix lands everywhere.

export const propertyRegistrationForm: Material = {
  name: { zh: '不动产登记申请书', en: 'Property registration application form' },
  form: 'original',
  copies: 1,
};

export const applicantIdDocument: Material = {
  name: { zh: '申请人身份证件', en: "Applicant's ID document" },
  form: 'original',
  copies: 1,
};

export const personApplyingId: Material = {
  name: { zh: '经办人身份证件', en: 'ID of the person applying' },
  form: 'original',
  copies: 1,
};

export const operatorId: Material = {
  name: { zh: '经营者身份证件', en: "Operator's ID document" },
  form: 'original',
  copies: 1,
};

export const safetyManagementDocuments: Material = {
  name: { zh: '安全生产管理制度文本', en: 'Safety management documents' },
  form: 'original',
  copies: 1,
};

/** The property registration hall and the district halls' property windows. */
export const propertyHalls = ['bdc-hall', ...districtHalls];

export const laws = {
  marketEntityRegistration: {
    zh: '《中华人民共和国市场主体登记管理条例》',
    en: "Regulations of the People's Republic of China on the Administration of the Registration of Market Entities",
  },
  marketEntityRegistrationRules: {
    zh: '《中华人民共和国市场主体登记管理条例实施细则》',
    en: 'Implementing Rules for the Regulations on the Administration of the Registration of Market Entities',
  },
  realEstateRegistration: {
    zh: '《不动产登记暂行条例》',
    en: 'Interim Regulations on Real Estate Registration',
  },
  realEstateRegistrationRules: {
    zh: '《不动产登记暂行条例实施细则》',
    en: 'Implementing Rules for the Interim Regulations on Real Estate Registration',
  },
  taxCollection: {
    zh: '《中华人民共和国税收征收管理法》',
    en: "Law of the People's Republic of China on the Administration of Tax Collection",
  },
  taxRegistration: {
    zh: '《税务登记管理办法》',
    en: 'Measures for the Administration of Tax Registration',
  },
  foodSafety: {
    zh: '《中华人民共和国食品安全法》',
    en: "Food Safety Law of the People's Republic of China",
  },
  foodBusinessLicensing: {
    zh: '《食品经营许可和备案管理办法》',
    en: 'Measures for the Administration of Food Business Licensing and Filing',
  },
  company: {
    zh: '《中华人民共和国公司法》',
    en: "Company Law of the People's Republic of China",
  },
  valueAddedTax: {
    zh: '《中华人民共和国增值税法》',
    en: "Value-Added Tax Law of the People's Republic of China",
  },
  exportTaxRefund: {
    zh: '《出口货物劳务增值税和消费税管理办法》',
    en: 'Measures for the Administration of VAT and Consumption Tax on Exported Goods and Services',
  },
  urbanRealEstate: {
    zh: '《中华人民共和国城市房地产管理法》',
    en: "Law of the People's Republic of China on the Administration of the Urban Real Estate",
  },
  invoices: {
    zh: '《中华人民共和国发票管理办法》',
    en: "Measures of the People's Republic of China for the Administration of Invoices",
  },
  onlineCarHailing: {
    zh: '《网络预约出租汽车经营服务管理暂行办法》',
    en: 'Interim Measures for the Administration of Online Car-Hailing Services',
  },
  roadTransport: {
    zh: '《中华人民共和国道路运输条例》',
    en: "Regulations of the People's Republic of China on Road Transport",
  },
  individualBusinesses: {
    zh: '《促进个体工商户发展条例》',
    en: 'Regulations on Promoting the Development of Individual Businesses',
  },
  urbanRuralPlanning: {
    zh: '《中华人民共和国城乡规划法》',
    en: "Urban and Rural Planning Law of the People's Republic of China",
  },
  individualIncomeTax: {
    zh: '《中华人民共和国个人所得税法》',
    en: "Individual Income Tax Law of the People's Republic of China",
  },
  pollutantPermits: {
    zh: '《排污许可管理条例》',
    en: 'Regulations on the Administration of Pollutant Discharge Permits',
  },
  enterpriseDisclosure: {
    zh: '《企业信息公示暂行条例》',
    en: 'Interim Regulations on Enterprise Information Disclosure',
  },
  medicalInstitutions: {
    zh: '《医疗机构管理条例》',
    en: 'Regulations on the Administration of Medical Institutions',
  },
  construction: {
    zh: '《中华人民共和国建筑法》',
    en: "Construction Law of the People's Republic of China",
  },
} satisfies Record<string, Localized>;

/** The culture and tourism licences are applied for at one counter. */
export const cultureCounterApplyStep: Step = {
  title: { zh: '提交申请', en: 'Apply' },
  description: {
    zh: '网上或到市民服务中心文化旅游窗口提交申请。',
    en: 'Apply online or at the culture and tourism counter of the Citizen Service Centre.',
  },
};
