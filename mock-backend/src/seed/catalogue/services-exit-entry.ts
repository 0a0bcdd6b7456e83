import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { guide, idCardName, noFee, notOnline } from './guide.ts';
import {
  bookPermitStep,
  passportFee,
  passportWithVisa,
  payPermitStep,
  receivePermitStep,
  residencePermitFee,
  temporaryResidenceForm,
  visaApplicationForm,
} from './services-identity-travel-common.ts';

const CITIZEN_HALLS = ['crj-hall', 'smzx', 'linjiang', 'beihu'];
const FOREIGNER_HALLS = ['crj-hall'];
const PASSPORT_LAW = {
  zh: '《中华人民共和国护照法》',
  en: "Passport Law of the People's Republic of China",
};
const EXIT_ENTRY_LAW = {
  zh: '《中华人民共和国出境入境管理法》',
  en: "Exit and Entry Administration Law of the People's Republic of China",
};
const ISSUANCE_MEASURES = {
  zh: '《中华人民共和国普通护照和出入境通行证签发管理办法》',
  en: 'Measures for the Issuance of Ordinary Passports and Exit-Entry Permits',
};
const HK_MACAO_MEASURES = {
  zh: '《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》',
  en: 'Interim Measures Governing Chinese Citizens Travelling to or from Hong Kong or Macao for Private Purposes',
};
const FOREIGNERS_REGULATIONS = {
  zh: '《中华人民共和国外国人入境出境管理条例》',
  en: "Regulations of the People's Republic of China on the Administration of the Entry and Exit of Foreigners",
};
const ID_CARD = {
  name: idCardName,
  form: 'original' as const,
  copies: 0,
  notes: {
    zh: '身份证在换领期间的，可持临时居民身份证办理。全国户籍居民均可在本市申请，无需居住证。',
    en: 'A temporary ID card is accepted while yours is being renewed. Residents of anywhere in China can apply in Jiangcheng; no residence permit is needed.',
  },
};
const PHOTO_ON_SITE = {
  name: { zh: '证件相片', en: 'Photo' },
  form: 'electronic' as const,
  copies: 0,
  notes: {
    zh: '受理窗口免费现场拍摄，不需要自带相片。',
    en: 'Taken free of charge at the desk; you do not need to bring one.',
  },
};
const MINOR_DOCUMENTS = {
  name: {
    zh: '未满十六周岁申请人的户口簿或出生医学证明，以及监护人身份证',
    en: 'For applicants under 16: hukou booklet or birth medical certificate, and the ID card of the parent or guardian',
  },
  form: 'original' as const,
  copies: 0,
  notes: {
    zh: '须由监护人陪同办理；非父母监护的提供监护关系证明。',
    en: 'A parent or guardian must come too. Other guardians must bring proof of guardianship.',
  },
};
const STATE_EMPLOYEE_APPROVAL = {
  name: {
    zh: '登记备案国家工作人员的单位审批意见',
    en: 'Employer approval for registered state employees',
  },
  form: 'original' as const,
  copies: 1,
  notes: {
    zh: '仅已在出入境管理部门登记备案的国家工作人员提供，其他人员不需要。',
    en: 'Only for state employees on the exit-entry register; nobody else needs it.',
  },
};

export const exitEntryServices: ServiceGuide[] = [
  guide({
    code: 'CRJ-001',
    name: { zh: '普通护照首次申领', en: 'Applying for your first passport' },
    summary: {
      zh: '中国公民因旅游、探亲、留学、就业、商务等因私事出国的，可以申请普通护照。全国户籍居民均可在本市任一出入境受理点申请，7 个工作日内签发。',
      en: 'Chinese citizens travelling abroad for tourism, family visits, study, work or business can apply for an ordinary passport. Residents of anywhere in China can apply at any exit-entry desk in Jiangcheng, and passports are issued within 7 working days.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['护照', '办护照', '因私护照', '电子护照', '出国', '第一次办护照', '出国旅游'],
      en: [
        'passport',
        'new passport',
        'first passport',
        'e-passport',
        'travel abroad',
        'child passport',
      ],
    },
    eligibility: [
      {
        zh: '中华人民共和国公民，因私事需要出国。',
        en: "You are a citizen of the People's Republic of China travelling abroad for private reasons.",
      },
      {
        zh: '未持有有效普通护照。',
        en: 'You do not already hold a valid passport.',
      },
      {
        zh: '不属于被判处刑罚尚未执行完毕、属于刑事案件被告人或犯罪嫌疑人等法律规定不予签发的情形。',
        en: 'You are not barred by law, for example because you are serving a sentence or are a suspect or defendant in a criminal case.',
      },
    ],
    materials: [ID_CARD, MINOR_DOCUMENTS, PHOTO_ON_SITE, STATE_EMPLOYEE_APPROVAL],
    steps: [
      {
        title: { zh: '预约并预填申请', en: 'Book and pre-fill' },
        description: {
          zh: '通过江澄政务服务网预约时段并预填申请表，到场后可直接进入采集环节。',
          en: 'Book a time and fill in the form online, so you go straight to the photo and fingerprint stage when you arrive.',
        },
      },
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '本人到受理点核验身份，现场拍照、采集指纹并签名确认。',
          en: 'Come in person to confirm your identity, have your photo and fingerprints taken and sign the form.',
        },
      },
      {
        title: { zh: '缴费', en: 'Pay' },
        description: {
          zh: '现场扫码或刷卡缴纳证件费。',
          en: 'Pay the fee at the desk by QR code or bank card.',
        },
      },
      {
        title: { zh: '审批制证', en: 'Approval and production' },
        description: {
          zh: '审批通过后统一制证，可通过短信或网上查询办理进度。',
          en: 'Once approved your passport is produced. Track progress online or by text message.',
        },
      },
      {
        title: { zh: '领取护照', en: 'Receive your passport' },
        description: {
          zh: '凭回执到受理点领取，或选择邮政速递送达（邮费自理）。',
          en: 'Collect it with your receipt, or have it delivered by EMS (you pay the postage).',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 7,
    fee: passportFee,
    hallIds: CITIZEN_HALLS,
    visits: 1,
    legalBasis: [PASSPORT_LAW, EXIT_ENTRY_LAW, ISSUANCE_MEASURES],
    faqs: [
      {
        question: {
          zh: '护照有效期是多久？',
          en: 'How long is a passport valid for?',
        },
        answer: {
          zh: '未满十六周岁的有效期为 5 年，十六周岁以上的为 10 年。',
          en: '5 years if you are under 16 when it is issued, 10 years if you are 16 or over.',
        },
      },
      {
        question: {
          zh: '出国在即，能加急办理吗？',
          en: 'I have to travel soon. Can it be done faster?',
        },
        answer: {
          zh: '因出国奔丧、探望危重病人、赴国外处理突发事件、就医等紧急事由，可凭相关证明申请加急，一般 3 个工作日内签发，不另收费。',
          en: 'For emergencies such as a funeral, a seriously ill relative, an urgent matter abroad or medical treatment, bring evidence and ask for urgent processing. It usually takes 3 working days and costs nothing extra.',
        },
      },
      {
        question: {
          zh: '外地户口可以在江澄办护照吗？',
          en: 'Can I apply in Jiangcheng if my hukou is elsewhere?',
        },
        answer: {
          zh: '可以。内地居民可在全国任一出入境受理点申请，只需携带身份证，不需要居住证或社保证明。',
          en: 'Yes. Mainland residents can apply at any exit-entry desk in China with just their ID card; no residence permit or social insurance record is needed.',
        },
      },
    ],
    relatedCodes: ['CRJ-002', 'CRJ-003', 'CRJ-005'],
    popularity: 9400,
    updatedAt: '2026-06-20',
  }),
  guide({
    code: 'CRJ-002',
    name: { zh: '普通护照换发', en: 'Renewing your passport' },
    summary: {
      zh: '护照有效期即将届满、签证页即将用完、损毁不能使用或者登记事项发生变更的，可以申请换发护照。',
      en: 'Apply for a new passport if yours is about to expire, is nearly full, is damaged or has details that have changed.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['护照', '换护照', '护照到期', '护照过期', '护照续签', '护照签证页用完'],
      en: ['passport', 'renew passport', 'passport renewal', 'expired passport', 'passport full'],
    },
    eligibility: [
      {
        zh: '持有的普通护照有效期不足六个月，或已经过期。',
        en: 'Your passport has less than 6 months left or has already expired.',
      },
      {
        zh: '或护照签证页即将用完、损毁不能使用，或姓名、出生日期等登记事项变更。',
        en: 'Or it is nearly full, damaged, or your name or other details have changed.',
      },
    ],
    materials: [
      ID_CARD,
      {
        name: { zh: '原普通护照', en: 'Your current passport' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '原护照上有有效签证的，可申请剪角后退还本人继续使用。',
          en: 'If it holds a valid visa, ask for the old passport to be returned to you with a corner cut off.',
        },
      },
      MINOR_DOCUMENTS,
      PHOTO_ON_SITE,
      STATE_EMPLOYEE_APPROVAL,
    ],
    steps: [
      {
        title: { zh: '预约并预填申请', en: 'Book and pre-fill' },
        description: {
          zh: '网上预约并预填申请表。',
          en: 'Book a time and fill in the form online.',
        },
      },
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '携带身份证和原护照到受理点，拍照、采集指纹。',
          en: 'Bring your ID card and old passport. Your photo and fingerprints are taken.',
        },
      },
      {
        title: { zh: '缴费', en: 'Pay' },
        description: {
          zh: '现场缴纳证件费。',
          en: 'Pay the fee at the desk.',
        },
      },
      {
        title: { zh: '领取护照', en: 'Receive your passport' },
        description: {
          zh: '到受理点领取或邮政速递送达。',
          en: 'Collect it or have it delivered by EMS.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 7,
    fee: passportFee,
    hallIds: CITIZEN_HALLS,
    visits: 1,
    legalBasis: [PASSPORT_LAW, ISSUANCE_MEASURES],
    faqs: [
      {
        question: {
          zh: '护照还有一年才到期，可以提前换吗？',
          en: 'My passport has a year left. Can I renew it early?',
        },
        answer: {
          zh: '有效期在一年以内、且前往的国家要求护照剩余有效期较长的，可以说明情况后申请换发。',
          en: 'Yes, if it has less than a year left and the country you are visiting requires more validity. Explain this when you apply.',
        },
      },
      {
        question: {
          zh: '旧护照上的美国签证还能用吗？',
          en: 'Can I still use the visa in my old passport?',
        },
        answer: {
          zh: '多数国家的有效签证可以随旧护照继续使用，出行时同时携带新旧护照。具体以签证签发国规定为准。',
          en: 'In most cases yes: travel with both passports. Check the rules of the country that issued the visa.',
        },
      },
    ],
    relatedCodes: ['CRJ-001', 'CRJ-003', 'CRJ-004'],
    popularity: 8900,
    updatedAt: '2026-06-20',
  }),
  guide({
    code: 'CRJ-003',
    name: { zh: '普通护照补发', en: 'Replacing a lost or stolen passport' },
    summary: {
      zh: '护照在境内遗失或被盗的，可以在申请补发时一并报失，原护照即时作废。在境外遗失的，请向我国驻外使领馆申请旅行证或补发护照。',
      en: 'If your passport is lost or stolen in China, report it when you apply for a replacement; the old one is cancelled at once. If it is lost abroad, contact the nearest Chinese embassy or consulate.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['护照', '护照丢了', '护照被偷', '护照挂失', '补办护照', '护照报失'],
      en: [
        'passport',
        'lost passport',
        'stolen passport',
        'replace passport',
        'report lost passport',
      ],
    },
    eligibility: [
      {
        zh: '持有的普通护照在境内遗失或被盗。',
        en: 'Your passport was lost or stolen in China.',
      },
      {
        zh: '本人亲自申请；未满十六周岁的由监护人陪同。',
        en: 'You apply in person; children under 16 come with a parent or guardian.',
      },
    ],
    materials: [
      ID_CARD,
      {
        name: { zh: '护照遗失、被盗情况说明', en: 'Statement about the loss or theft' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '现场填写，无需登报声明或派出所报案证明。',
          en: 'Filled in at the desk. No newspaper notice or police report is needed.',
        },
      },
      MINOR_DOCUMENTS,
      PHOTO_ON_SITE,
    ],
    steps: [
      {
        title: { zh: '报失并申请补发', en: 'Report and apply' },
        description: {
          zh: '到受理点填写情况说明，民警当场宣布原护照作废。',
          en: 'Fill in a statement at the desk. The old passport is cancelled on the spot.',
        },
      },
      {
        title: { zh: '采集缴费', en: 'Photo, fingerprints and fee' },
        description: {
          zh: '拍照、采集指纹并缴费。',
          en: 'Your photo and fingerprints are taken and you pay.',
        },
      },
      {
        title: { zh: '审核', en: 'Check' },
        description: {
          zh: '出入境管理部门核查遗失情况，短时间内多次遗失的需进一步调查。',
          en: 'The loss is checked. If you have lost several passports recently, we will look into it further.',
        },
      },
      {
        title: { zh: '领取护照', en: 'Receive your passport' },
        description: {
          zh: '到受理点领取或邮寄送达。',
          en: 'Collect it or have it delivered.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 10,
    fee: passportFee,
    hallIds: CITIZEN_HALLS,
    online: notOnline,
    visits: 1,
    legalBasis: [PASSPORT_LAW, ISSUANCE_MEASURES],
    faqs: [
      {
        question: {
          zh: '找回了已经报失的护照怎么办？',
          en: 'I found the passport I reported lost. What should I do?',
        },
        answer: {
          zh: '已宣布作废的护照不能再使用，持用出境会被边检机关拦阻，请交回出入境管理部门。',
          en: 'It cannot be used again and border control will stop you if you try. Hand it in to us.',
        },
      },
    ],
    relatedCodes: ['CRJ-001', 'CRJ-002'],
    popularity: 2600,
    updatedAt: '2026-03-14',
  }),
  guide({
    code: 'CRJ-004',
    name: { zh: '普通护照加注', en: 'Adding an observation to your passport' },
    summary: {
      zh: '需要在护照上注明曾用名、外文姓名或其他需要说明的事项的，可以申请护照加注。',
      en: 'Apply to have your former name, a foreign-language name or another note printed in your passport.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['护照', '护照加注', '外文名', '英文名加注', '曾用名加注'],
      en: [
        'passport',
        'passport observation',
        'English name in passport',
        'former name',
        'passport endorsement',
      ],
    },
    eligibility: [
      {
        zh: '持有有效普通护照。',
        en: 'You hold a valid passport.',
      },
      {
        zh: '确有在护照上注明曾用名、外文姓名等事项的需要，并能提供证明材料。',
        en: 'You need the note and can provide evidence for it.',
      },
    ],
    materials: [
      ID_CARD,
      {
        name: { zh: '普通护照', en: 'Passport' },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '加注事项证明（如外国留学文凭、境外证件、户籍部门出具的曾用名证明）',
          en: 'Evidence for the note (such as a foreign degree, an overseas document or a former-name certificate from the police)',
        },
        form: 'original-and-copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '携带护照和证明材料到受理点。',
          en: 'Bring your passport and evidence to an exit-entry desk.',
        },
      },
      {
        title: { zh: '审核加注', en: 'Check and note' },
        description: {
          zh: '审核通过后在护照备注页打印加注内容。',
          en: 'Once approved the note is printed on the observations page.',
        },
      },
      {
        title: { zh: '领取', en: 'Collect' },
        description: {
          zh: '到受理点领取护照。',
          en: 'Collect your passport.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 5,
    fee: {
      free: false,
      description: {
        zh: '每项加注 20 元。',
        en: '20 yuan per note.',
      },
    },
    hallIds: CITIZEN_HALLS,
    online: notOnline,
    visits: 2,
    legalBasis: [PASSPORT_LAW, ISSUANCE_MEASURES],
    faqs: [
      {
        question: {
          zh: '护照上的拼音名字能改成英文名吗？',
          en: 'Can my passport show my English name instead of pinyin?',
        },
        answer: {
          zh: '护照姓名以汉语拼音为准，不能替换；确有需要的，可将外文姓名以加注形式注明。',
          en: 'No. The name is always in pinyin, but a foreign-language name can be added as an observation.',
        },
      },
    ],
    relatedCodes: ['CRJ-002', 'GAJ-011'],
    popularity: 500,
    updatedAt: '2026-02-11',
  }),
  guide({
    code: 'CRJ-005',
    name: {
      zh: '往来港澳通行证首次申领',
      en: 'Applying for your first Exit-entry Permit for Hong Kong and Macao',
    },
    summary: {
      zh: '内地居民前往香港、澳门旅游、探亲、商务等，须持往来港澳通行证和相应签注。首次申领可同时申请签注，7 个工作日内签发。',
      en: 'Mainland residents travelling to Hong Kong or Macao need an Exit-entry Permit for Hong Kong and Macao with the right endorsement. Apply for both at the same time; they are issued within 7 working days.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['港澳通行证', '港澳证', '去香港', '去澳门', '通行证', '港澳台通行证'],
      en: [
        'Hong Kong permit',
        'Macao permit',
        'HK Macau pass',
        'two-way permit',
        'travel to Hong Kong',
      ],
    },
    eligibility: [
      {
        zh: '内地居民，因私事需要前往香港或澳门。',
        en: 'You are a Mainland resident travelling to Hong Kong or Macao for private reasons.',
      },
      {
        zh: '未持有有效往来港澳通行证。',
        en: 'You do not already hold a valid permit.',
      },
    ],
    materials: [ID_CARD, MINOR_DOCUMENTS, PHOTO_ON_SITE, STATE_EMPLOYEE_APPROVAL],
    steps: [
      {
        title: { zh: '预约并预填申请', en: 'Book and pre-fill' },
        description: {
          zh: '网上预约并选择同时申请的签注种类。',
          en: 'Book online and choose the endorsement you also want.',
        },
      },
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '到受理点拍照、采集指纹并签名确认。',
          en: 'Have your photo and fingerprints taken and sign the form.',
        },
      },
      payPermitStep,
      receivePermitStep,
    ],
    statutoryDays: 30,
    promisedDays: 7,
    fee: {
      free: false,
      description: {
        zh: '电子往来港澳通行证每证 60 元；签注一次有效 15 元，二次有效 30 元。',
        en: '60 yuan for the permit. Endorsements cost 15 yuan for one trip and 30 yuan for two.',
      },
    },
    hallIds: CITIZEN_HALLS,
    visits: 1,
    legalBasis: [EXIT_ENTRY_LAW, HK_MACAO_MEASURES, ISSUANCE_MEASURES],
    faqs: [
      {
        question: {
          zh: '有了护照还需要港澳通行证吗？',
          en: 'Can I use my passport to go to Hong Kong?',
        },
        answer: {
          zh: '内地居民前往港澳须持往来港澳通行证和有效签注；仅在经港澳转机前往其他国家时可以使用护照。',
          en: 'No. Mainland residents need the permit and an endorsement. A passport is only for transit through Hong Kong or Macao to another country.',
        },
      },
      {
        question: {
          zh: '通行证有效期多久？',
          en: 'How long is the permit valid for?',
        },
        answer: {
          zh: '未满十六周岁的 5 年，十六周岁以上的 10 年；每次前往都需要有效签注。',
          en: '5 years under 16 and 10 years at 16 and over. Each trip needs a valid endorsement.',
        },
      },
    ],
    relatedCodes: ['CRJ-006', 'CRJ-007', 'CRJ-001'],
    popularity: 7200,
    updatedAt: '2026-05-30',
  }),
  guide({
    code: 'CRJ-006',
    name: {
      zh: '往来港澳通行证换发、补发',
      en: 'Renewing or replacing your Exit-entry Permit for Hong Kong and Macao',
    },
    summary: {
      zh: '往来港澳通行证有效期不足六个月、已过期、损毁或遗失的，可以申请换发或补发。',
      en: 'Apply if your permit has less than 6 months left, has expired, is damaged or has been lost.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['港澳通行证', '港澳证到期', '港澳通行证丢了', '换港澳证', '补办港澳通行证'],
      en: [
        'Hong Kong permit',
        'renew HK Macau pass',
        'lost Hong Kong permit',
        'replace two-way permit',
      ],
    },
    eligibility: [
      {
        zh: '持有的往来港澳通行证有效期不足六个月或已过期、损毁不能使用。',
        en: 'Your permit has less than 6 months left, has expired or is damaged.',
      },
      {
        zh: '或通行证在境内遗失、被盗，申请补发。',
        en: 'Or it was lost or stolen in China.',
      },
    ],
    materials: [
      ID_CARD,
      {
        name: { zh: '原往来港澳通行证', en: 'Your current permit' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '补发的填写遗失情况说明，无需登报。',
          en: 'If lost, fill in a statement instead; no newspaper notice is needed.',
        },
      },
      MINOR_DOCUMENTS,
      PHOTO_ON_SITE,
    ],
    steps: [
      bookPermitStep,
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '拍照、采集指纹，补发的同时宣布原证作废。',
          en: 'Your photo and fingerprints are taken. A lost permit is cancelled at the same time.',
        },
      },
      {
        title: { zh: '缴费领证', en: 'Pay and receive' },
        description: {
          zh: '缴费后到受理点领取或邮寄送达。',
          en: 'Pay, then collect your permit or have it delivered.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 7,
    fee: {
      free: false,
      description: {
        zh: '每证 60 元；同时申请签注的另按签注标准收费。',
        en: '60 yuan per permit, plus the endorsement fee if you apply for one.',
      },
    },
    hallIds: CITIZEN_HALLS,
    visits: 1,
    legalBasis: [EXIT_ENTRY_LAW, HK_MACAO_MEASURES, ISSUANCE_MEASURES],
    faqs: [
      {
        question: {
          zh: '旧证上还有没用完的签注怎么办？',
          en: 'What happens to unused endorsements on my old permit?',
        },
        answer: {
          zh: '换发后原证签注作废，可在新证上重新申请签注。',
          en: 'They become invalid. Apply for a new endorsement on the new permit.',
        },
      },
    ],
    relatedCodes: ['CRJ-005', 'CRJ-007'],
    popularity: 4800,
    updatedAt: '2026-05-30',
  }),
  guide({
    code: 'CRJ-007',
    name: {
      zh: '往来港澳签注',
      en: 'Endorsements for travel to Hong Kong and Macao',
    },
    summary: {
      zh: '持有效往来港澳通行证的，可申请团队旅游、个人旅游、探亲、商务等签注。再次申请签注的可网上办理，到自助签注机即时打印。',
      en: 'With a valid permit you can apply for group tour, individual visit, family visit, business and other endorsements. Repeat endorsements can be requested online and printed straight away at a self-service machine.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['港澳通行证', '港澳签注', '续签', '香港签注', '澳门签注', '自由行', '个人游签注'],
      en: [
        'Hong Kong endorsement',
        'Macao endorsement',
        'HK visa',
        'individual visit scheme',
        'renew endorsement',
      ],
    },
    eligibility: [
      {
        zh: '持有有效期三个月以上的电子往来港澳通行证。',
        en: 'You hold an electronic Hong Kong and Macao permit with at least 3 months left.',
      },
      {
        zh: '探亲签注须有在港澳定居的亲属；商务签注须在本市注册的企业任职并经备案。',
        en: 'Family visit endorsements need a relative settled in Hong Kong or Macao; business endorsements need an employer registered in Jiangcheng.',
      },
    ],
    materials: [
      {
        name: { zh: '电子往来港澳通行证', en: 'Electronic Hong Kong and Macao permit' },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '探亲关系证明或商务备案证明',
          en: 'Proof of relationship or business registration',
        },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '仅首次申请探亲、商务签注时提供；旅游签注不需要。',
          en: 'Only the first time you apply for a family visit or business endorsement; not needed for tourism.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '选择签注', en: 'Choose an endorsement' },
        description: {
          zh: '网上或在自助签注机上选择签注种类和次数。',
          en: 'Choose the type and number of trips online or at a self-service machine.',
        },
      },
      {
        title: { zh: '缴费', en: 'Pay' },
        description: {
          zh: '在线或在自助机上扫码缴费。',
          en: 'Pay online or at the machine.',
        },
      },
      {
        title: { zh: '打印签注', en: 'Print' },
        description: {
          zh: '审批通过后，在任一自助签注机放入通行证即时写入签注信息并打印签注页。',
          en: 'When approved, insert your permit into any self-service machine to write and print the endorsement.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 0,
    fee: {
      free: false,
      description: {
        zh: '一次有效 15 元，二次有效 30 元。',
        en: '15 yuan for one trip, 30 yuan for two.',
      },
    },
    hallIds: CITIZEN_HALLS,
    visits: 1,
    legalBasis: [EXIT_ENTRY_LAW, HK_MACAO_MEASURES],
    faqs: [
      {
        question: {
          zh: '签注在香港、澳门各能停留多久？',
          en: 'How long can I stay on each endorsement?',
        },
        answer: {
          zh: '旅游签注每次在香港或澳门停留不超过 7 天；探亲签注每次不超过 90 天；商务签注每次不超过 7 天。',
          en: 'Tourism: up to 7 days per visit. Family visits: up to 90 days. Business: up to 7 days.',
        },
      },
      {
        question: {
          zh: '自助签注机在哪里？',
          en: 'Where are the self-service machines?',
        },
        answer: {
          zh: '市出入境接待大厅（24 小时开放）、江澄市民服务中心和各区政务服务中心均设有自助签注机。',
          en: 'At the Exit and Entry Reception Hall (open 24 hours), the Citizen Service Centre and every district service centre.',
        },
      },
    ],
    relatedCodes: ['CRJ-005', 'CRJ-006'],
    popularity: 7600,
    updatedAt: '2026-07-10',
  }),
  guide({
    code: 'CRJ-008',
    name: {
      zh: '往来台湾通行证及签注',
      en: 'Travel permit and endorsements for Taiwan',
    },
    summary: {
      zh: '大陆居民前往台湾地区探亲、商务、参加交流活动等，须申请往来台湾通行证和相应签注。',
      en: 'Mainland residents visiting Taiwan for family, business or exchanges need a travel permit for Taiwan and the right endorsement.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['台湾通行证', '大陆居民往来台湾通行证', '赴台', '去台湾', '台湾签注', '入台证'],
      en: ['Taiwan travel permit', 'visit Taiwan', 'Taiwan endorsement', 'Taiwan pass'],
    },
    eligibility: [
      {
        zh: '大陆居民，因探亲、定居、商务、学术交流等事由前往台湾地区。',
        en: 'You are a Mainland resident going to Taiwan for family, settlement, business, academic exchange or a similar purpose.',
      },
      {
        zh: '已取得台湾地区有关部门签发的入台许可（入台证）的，提供其复印件。',
        en: 'If you already have an entry permit issued by the Taiwan authorities, provide a copy.',
      },
    ],
    materials: [
      ID_CARD,
      {
        name: { zh: '赴台事由证明', en: 'Evidence of the purpose of your visit' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '如亲属关系证明、邀请函或单位出具的意见。',
          en: 'For example proof of relationship, an invitation letter or a letter from your employer.',
        },
      },
      MINOR_DOCUMENTS,
      PHOTO_ON_SITE,
      STATE_EMPLOYEE_APPROVAL,
    ],
    steps: [
      bookPermitStep,
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '提交材料，拍照、采集指纹。',
          en: 'Hand in your documents and have your photo and fingerprints taken.',
        },
      },
      payPermitStep,
      receivePermitStep,
    ],
    statutoryDays: 30,
    promisedDays: 7,
    fee: {
      free: false,
      description: {
        zh: '电子台湾通行证每证 60 元；签注一次有效 15 元，多次有效 80 元。',
        en: '60 yuan for the permit. Endorsements cost 15 yuan for one trip and 80 yuan for multiple trips.',
      },
    },
    hallIds: CITIZEN_HALLS,
    visits: 1,
    legalBasis: [
      EXIT_ENTRY_LAW,
      {
        zh: '《中国公民往来台湾地区管理办法》',
        en: 'Measures Governing Chinese Citizens Travelling to and from the Taiwan Region',
      },
    ],
    faqs: [
      {
        question: {
          zh: '现在可以去台湾个人旅游吗？',
          en: 'Can I go to Taiwan as an individual tourist?',
        },
        answer: {
          zh: '赴台个人旅游签注以国家有关部门最新公告为准，申请前可致电咨询。',
          en: 'Whether individual tourist endorsements are available depends on the latest national announcement. Call us before you apply.',
        },
      },
    ],
    relatedCodes: ['CRJ-005', 'CRJ-001'],
    popularity: 1600,
    updatedAt: '2026-04-08',
  }),
  guide({
    code: 'CRJ-009',
    name: { zh: '出入境记录查询', en: 'Getting your record of border crossings' },
    summary: {
      zh: '本人或受委托人可以查询出入境记录，用于留学、签证申请、居住年限证明等，网上申请可下载带验证码的电子查询结果。',
      en: 'Check when you left and entered China, for study, visa applications or proof of residence. Apply online and download a result with a verification code.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['出入境记录', '出境记录', '入境记录', '出国记录查询', '护照'],
      en: ['travel history', 'entry exit record', 'border crossing record', 'passport stamps'],
    },
    eligibility: [
      {
        zh: '查询本人出入境记录；委托他人查询的须提供委托书。',
        en: 'You want your own record. Someone else can apply for you with your written authority.',
      },
    ],
    materials: [
      {
        name: { zh: '居民身份证或护照', en: 'ID card or passport' },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '授权委托书和受托人身份证（委托查询）',
          en: 'Letter of authority and ID of the person applying for you',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '委托书须本人签名，在境外的须经公证或认证。',
          en: 'Signed by you; if you are abroad it must be notarised or legalised.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '网上申请并选择查询时间段，或到受理点申请。',
          en: 'Apply online and choose the dates you need, or apply at a desk.',
        },
      },
      {
        title: { zh: '查询', en: 'Search' },
        description: {
          zh: '系统自动查询，一般即时出具结果。',
          en: 'The record is searched automatically and the result usually comes straight away.',
        },
      },
      {
        title: { zh: '获取结果', en: 'Get the result' },
        description: {
          zh: '下载电子查询结果或在窗口领取盖章纸质件。',
          en: 'Download the electronic result or take a stamped paper copy.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: noFee,
    hallIds: CITIZEN_HALLS,
    visits: 0,
    legalBasis: [EXIT_ENTRY_LAW],
    faqs: [
      {
        question: {
          zh: '可以查询家人的出入境记录吗？',
          en: "Can I get a family member's record?",
        },
        answer: {
          zh: '须有本人书面委托；本人已死亡或失踪的，近亲属凭相关证明可以查询。',
          en: 'Only with their written authority, unless they have died or are missing, when a close relative can apply with evidence.',
        },
      },
    ],
    relatedCodes: ['CRJ-001'],
    popularity: 1700,
    updatedAt: '2026-02-20',
  }),
  guide({
    code: 'CRJ-010',
    name: {
      zh: '外国人工作类居留许可',
      en: 'Residence permit for work (foreign nationals)',
    },
    summary: {
      zh: '持工作签证（Z 字签证）入境、已取得外国人工作许可的外国人，应当自入境之日起三十日内申请工作类居留许可。',
      en: 'Foreign nationals who entered on a work (Z) visa and hold a Work Permit must apply for a residence permit for work within 30 days of arrival.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry', 'employment'],
    keywords: {
      zh: ['外国人居留', '工作居留', '居留许可', 'Z签证', '外籍员工'],
      en: ['residence permit', 'work permit', 'Z visa', 'foreigner', 'expat', 'foreign employee'],
    },
    eligibility: [
      {
        zh: '持有效护照和 Z 字签证入境，或持其他签证并已获准在华工作。',
        en: 'You entered with a valid passport and a Z visa, or have been allowed to work in China on another visa.',
      },
      {
        zh: '已取得《外国人工作许可证》，并已在本市办理住宿登记。',
        en: "You hold a Foreigner's Work Permit and have registered your address in Jiangcheng.",
      },
    ],
    materials: [
      passportWithVisa,
      {
        name: { zh: '《外国人工作许可证》', en: "Foreigner's Work Permit" },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '《外国人签证证件申请表》', en: 'Visa and residence permit application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '附近期正面免冠彩色照片一张，也可现场拍摄。',
          en: 'With one recent colour passport photo, or have it taken at the desk.',
        },
      },
      temporaryResidenceForm,
      {
        name: { zh: '聘用单位公函', en: 'Letter from your employer' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '预约', en: 'Book' },
        description: {
          zh: '网上预约受理时间，外国人业务仅工作日受理。',
          en: 'Book a time online. Services for foreign nationals are on weekdays only.',
        },
      },
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '本人到市出入境接待大厅提交材料，采集指纹，护照留存并领取受理回执。',
          en: 'Come to the Exit and Entry Reception Hall with your documents. Your fingerprints are taken and your passport is kept; you get a receipt to use meanwhile.',
        },
      },
      {
        title: { zh: '审批', en: 'Decision' },
        description: {
          zh: '出入境管理部门审查并作出决定，必要时约见申请人或单位。',
          en: 'We review the application and may ask to meet you or your employer.',
        },
      },
      {
        title: { zh: '领取护照', en: 'Collect your passport' },
        description: {
          zh: '凭回执领取贴有居留许可的护照。',
          en: 'Collect your passport with the residence permit in it.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 7,
    fee: residencePermitFee,
    hallIds: FOREIGNER_HALLS,
    online: notOnline,
    visits: 2,
    legalBasis: [EXIT_ENTRY_LAW, FOREIGNERS_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '受理期间护照被收走了，能出境吗？',
          en: 'You are keeping my passport. Can I still travel?',
        },
        answer: {
          zh: '受理回执可在境内作为身份证明使用，但不能用于出境。有紧急出境需要的，请在受理时说明。',
          en: 'The receipt works as ID in China but not for leaving the country. If you must travel urgently, tell us when you apply.',
        },
      },
    ],
    relatedCodes: ['CRJ-011', 'CRJ-012', 'CRJ-013'],
    popularity: 900,
    updatedAt: '2026-03-05',
  }),
  guide({
    code: 'CRJ-011',
    name: {
      zh: '外国人私人事务类居留许可（家属团聚）',
      en: 'Residence permit for family members (foreign nationals)',
    },
    summary: {
      zh: '在本市工作、学习的外国人的配偶、父母、未满十八周岁子女，以及中国公民的外籍家庭成员，可以申请私人事务类或团聚类居留许可。',
      en: 'Spouses, parents and children under 18 of foreign nationals working or studying in Jiangcheng, and foreign family members of Chinese citizens, can apply for a residence permit.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['外国人居留', '家属居留', '团聚居留', '外籍配偶', 'S1签证', 'Q1签证'],
      en: [
        'residence permit',
        'family reunion',
        'foreign spouse',
        'dependant visa',
        'S1 visa',
        'Q1 visa',
      ],
    },
    eligibility: [
      {
        zh: '持 S1、Q1 签证或其他签证入境的外籍家庭成员。',
        en: 'You are a foreign family member who entered on an S1, Q1 or other visa.',
      },
      {
        zh: '被探望或团聚的亲属在本市合法居留或为本市中国公民。',
        en: 'The relative you are joining lives legally in Jiangcheng or is a Chinese citizen living here.',
      },
    ],
    materials: [
      passportWithVisa,
      visaApplicationForm,
      {
        name: {
          zh: '亲属关系证明（结婚证、出生证明等，境外出具的须经认证或附加证明书）',
          en: 'Proof of relationship (marriage or birth certificate; documents issued abroad must be legalised or carry an apostille)',
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '被团聚人身份证明和居留许可', en: "The relative's ID and residence permit" },
        form: 'copy',
        copies: 1,
      },
      temporaryResidenceForm,
    ],
    steps: [
      {
        title: { zh: '预约', en: 'Book' },
        description: {
          zh: '网上预约受理时间。',
          en: 'Book a time online.',
        },
      },
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '本人到市出入境接待大厅提交材料并采集指纹。',
          en: 'Come to the Exit and Entry Reception Hall with your documents to have your fingerprints taken.',
        },
      },
      {
        title: { zh: '审批', en: 'Decision' },
        description: {
          zh: '审查亲属关系和居留事由。',
          en: 'We check the relationship and your reasons for staying.',
        },
      },
      {
        title: { zh: '领取护照', en: 'Collect your passport' },
        description: {
          zh: '凭回执领取护照。',
          en: 'Collect your passport with the receipt.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 7,
    fee: residencePermitFee,
    hallIds: FOREIGNER_HALLS,
    online: notOnline,
    visits: 2,
    legalBasis: [EXIT_ENTRY_LAW, FOREIGNERS_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '我国加入《取消外国公文书认证要求的公约》后，外国结婚证还需要使馆认证吗？',
          en: 'Now that China has joined the Apostille Convention, does a foreign marriage certificate still need legalising?',
        },
        answer: {
          zh: '来自公约缔约国的文书，办理附加证明书（Apostille）即可，无需再经我国驻外使领馆认证。',
          en: 'Documents from countries in the Convention only need an apostille; legalisation by a Chinese embassy is no longer required.',
        },
      },
    ],
    relatedCodes: ['CRJ-010', 'CRJ-012', 'CRJ-013'],
    popularity: 400,
    updatedAt: '2026-03-05',
  }),
  guide({
    code: 'CRJ-012',
    name: {
      zh: '外国人签证延期、换发、补发',
      en: 'Extending, renewing or replacing a visa (foreign nationals)',
    },
    summary: {
      zh: '在华外国人需要延长签证停留期限，或签证记载事项变更、签证遗失损毁的，应当在签证注明的停留期限届满七日前申请。',
      en: 'Foreign nationals who need to stay longer, whose visa details have changed, or whose visa is lost or damaged must apply at least 7 days before their permitted stay ends.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['签证延期', '外国人签证', '签证到期', '签证丢失', '停留期'],
      en: ['visa extension', 'extend visa', 'visa renewal', 'lost visa', 'overstay', 'foreigner'],
    },
    eligibility: [
      {
        zh: '持有效签证在华停留，确有正当理由需要延长停留期。',
        en: 'You are in China on a valid visa and have a good reason to stay longer.',
      },
      {
        zh: '在停留期限届满七日前提出申请。',
        en: 'You apply at least 7 days before your permitted stay ends.',
      },
    ],
    materials: [
      {
        name: { zh: '护照及签证', en: 'Passport and visa' },
        form: 'original-and-copy',
        copies: 1,
      },
      visaApplicationForm,
      {
        name: { zh: '延期事由证明', en: 'Evidence of your reason' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '如就医证明、邀请单位说明、商务活动安排等。',
          en: 'For example a medical letter, a letter from the host organisation or a business schedule.',
        },
      },
      {
        name: { zh: '境外人员临时住宿登记单', en: 'Registration form of temporary residence' },
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '预约', en: 'Book' },
        description: {
          zh: '网上预约，请预留足够办理时间。',
          en: 'Book online and allow enough time before your stay ends.',
        },
      },
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '到市出入境接待大厅提交材料。',
          en: 'Bring your documents to the Exit and Entry Reception Hall.',
        },
      },
      {
        title: { zh: '审批领证', en: 'Decision and collection' },
        description: {
          zh: '审批通过后凭回执领取护照。',
          en: 'When approved, collect your passport with the receipt.',
        },
      },
    ],
    statutoryDays: 7,
    promisedDays: 5,
    fee: {
      free: false,
      description: {
        zh: '签证延期、换发、补发每次 160 元；与我国有互惠协议的国家按协议执行。',
        en: '160 yuan each time, unless an agreement between China and your country sets another amount.',
      },
    },
    hallIds: FOREIGNER_HALLS,
    online: notOnline,
    visits: 2,
    legalBasis: [EXIT_ENTRY_LAW, FOREIGNERS_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '签证延期可以延多久？',
          en: 'How long can a visa be extended?',
        },
        answer: {
          zh: '延长的停留期限不得超过原签证注明的停留期限。',
          en: 'By no more than the length of stay on the original visa.',
        },
      },
      {
        question: {
          zh: '已经超过停留期限了怎么办？',
          en: 'I have already overstayed. What should I do?',
        },
        answer: {
          zh: '请尽快主动到出入境接待大厅说明情况，非法居留将依法处理，主动报到的可以从轻处理。',
          en: 'Come to the Exit and Entry Reception Hall as soon as possible. Overstaying is an offence, but coming forward yourself is taken into account.',
        },
      },
    ],
    relatedCodes: ['CRJ-010', 'CRJ-013'],
    popularity: 800,
    updatedAt: '2026-04-27',
  }),
  guide({
    code: 'CRJ-013',
    name: {
      zh: '境外人员住宿登记',
      en: 'Registering where a foreign visitor is staying',
    },
    summary: {
      zh: '外国人在旅馆以外的住所居住或住宿的，应当在入住后二十四小时内由本人或者留宿人向公安机关办理登记，可网上申报。',
      en: 'If a foreign national stays anywhere other than a hotel, they or their host must register with the police within 24 hours of arriving. You can do this online.',
    },
    departmentId: 'crj',
    audience: ['individual'],
    themeIds: ['exit-entry'],
    keywords: {
      zh: ['住宿登记', '外国人住宿登记', '境外人员登记', '留宿外国人', '租房给外国人'],
      en: [
        'registration of temporary residence',
        'foreigner registration',
        'host a foreigner',
        'police registration',
        'renting to foreigners',
      ],
    },
    eligibility: [
      {
        zh: '外国人入住本市旅馆以外的住所，包括租住、借住亲友家。',
        en: 'A foreign national is staying somewhere in Jiangcheng other than a hotel, including a rented flat or with friends or family.',
      },
      {
        zh: '由外国人本人或者留宿人（房东、亲友）申报。',
        en: 'The foreign national or their host (landlord, friend or relative) registers.',
      },
    ],
    materials: [
      {
        name: {
          zh: '外国人护照及签证或居留许可',
          en: "The visitor's passport and visa or residence permit",
        },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '网上申报的上传照片页和签证页。',
          en: 'Online, upload the photo page and visa page.',
        },
      },
      {
        name: {
          zh: '留宿人身份证和房屋产权或租赁证明',
          en: "Host's ID and proof of ownership or tenancy",
        },
        form: 'electronic',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '申报', en: 'Register' },
        description: {
          zh: '入住后 24 小时内网上申报，或到住所地派出所、出入境接待大厅办理。',
          en: 'Register online within 24 hours, or at the local police station or the Exit and Entry Reception Hall.',
        },
      },
      {
        title: { zh: '核验', en: 'Check' },
        description: {
          zh: '民警核对证件和住址信息。',
          en: 'An officer checks the documents and address.',
        },
      },
      {
        title: { zh: '取得登记单', en: 'Get the form' },
        description: {
          zh: '下载或打印《境外人员临时住宿登记单》，办理居留许可、签证延期时需要使用。',
          en: 'Download or print the registration form. You will need it for residence permits and visa extensions.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: noFee,
    hallIds: FOREIGNER_HALLS,
    visits: 0,
    legalBasis: [EXIT_ENTRY_LAW, FOREIGNERS_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '外国朋友住我家两天也要登记吗？',
          en: 'A foreign friend is staying with me for two nights. Do I need to register?',
        },
        answer: {
          zh: '需要。无论住宿时间长短，均应在入住后 24 小时内登记，未登记的留宿人可能被处以警告或罚款。',
          en: 'Yes. Every stay must be registered within 24 hours, however short. Hosts who do not register can be warned or fined.',
        },
      },
      {
        question: {
          zh: '搬家后要重新登记吗？',
          en: 'Do I register again after moving?',
        },
        answer: {
          zh: '需要，住址变更后 24 小时内重新申报。',
          en: 'Yes, within 24 hours of moving.',
        },
      },
    ],
    relatedCodes: ['CRJ-010', 'CRJ-011', 'CRJ-012'],
    popularity: 1500,
    updatedAt: '2026-05-12',
  }),
];
