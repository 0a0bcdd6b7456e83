import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, civilCode, guide, idCardName, noFee, notOnline } from './guide.ts';
import { laws, validIdCard } from './services-identity-travel-common.ts';

const MARRIAGE_REGULATIONS = {
  zh: '《婚姻登记条例》',
  en: 'Regulations on Marriage Registration',
};
const MARRIAGE_WORK_RULES = {
  zh: '《婚姻登记工作规范》',
  en: 'Rules for Marriage Registration Work',
};
const ADOPTION_MEASURES = {
  zh: '《中国公民收养子女登记办法》',
  en: 'Measures for the Registration of Adoption of Children by Chinese Citizens',
};
const MATERNAL_HEALTH_LAW = {
  zh: '《中华人民共和国母婴保健法》',
  en: "Law of the People's Republic of China on Maternal and Infant Health Care",
};
const COMPULSORY_EDUCATION_LAW = {
  zh: '《中华人民共和国义务教育法》',
  en: "Compulsory Education Law of the People's Republic of China",
};
const FREE_REGISTRATION = {
  free: true,
  description: {
    zh: '不收费。婚姻登记和证书工本费已全部免收。',
    en: 'Free of charge. There is no fee for registration or for the certificate.',
  },
};
const COMPULSORY_EDUCATION_FREE = {
  free: true,
  description: {
    zh: '不收费。义务教育阶段不收学费、杂费，入学登记不收取任何费用。',
    en: 'Free of charge. Compulsory education has no tuition or other fees, and there is no charge to apply.',
  },
};
const MARRIAGE_HALLS = ['hydj'];
const REGISTRY_HALLS = ['hydj', 'smzx'];

export const familyEducationServices: ServiceGuide[] = [
  guide({
    code: 'MZJ-001',
    name: { zh: '内地居民结婚登记', en: 'Registering a marriage' },
    summary: {
      zh: '要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记。自 2025 年 5 月 10 日起实行“全国通办”，不受户籍地限制，只需携带身份证。',
      en: 'Both partners must go together to a marriage registry to register their marriage. Since 10 May 2025 you can register anywhere in China and only need your ID cards.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['marriage'],
    keywords: {
      zh: ['领证', '结婚证', '登记结婚', '扯证', '婚姻登记', '520领证'],
      en: ['marriage certificate', 'get married', 'wedding registration', 'marriage licence'],
    },
    eligibility: [
      {
        zh: '男方年满 22 周岁，女方年满 20 周岁。',
        en: 'The man is at least 22 and the woman at least 20.',
      },
      {
        zh: '双方完全自愿，均无配偶。',
        en: 'Both of you freely agree and neither is currently married.',
      },
      {
        zh: '双方不是直系血亲或者三代以内的旁系血亲。',
        en: 'You are not related by direct descent or as close relatives within three generations.',
      },
    ],
    materials: [
      {
        name: { zh: '双方本人有效居民身份证', en: 'Valid resident ID cards for both of you' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '不再需要户口簿。身份证在换领期间的，可持临时身份证。',
          en: 'Hukou booklets are no longer needed. A temporary ID card is accepted.',
        },
      },
      {
        name: {
          zh: '本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明',
          en: 'Signed declaration that you are not married and not closely related to each other',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '在登记员面前当场签署。',
          en: 'Signed in front of the registrar.',
        },
      },
      {
        name: {
          zh: '近期 2 寸半身免冠双人合影照片',
          en: 'Recent 2-inch joint photo of the couple',
        },
        form: 'original',
        copies: 3,
        notes: {
          zh: '可在登记处免费现场拍摄。',
          en: 'Can be taken free of charge at the registry.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '预约', en: 'Book' },
        description: {
          zh: '通过江澄政务服务网或电话预约登记日期和时段；5 月 20 日、七夕等热门日期请提前预约。',
          en: 'Book a date and time online or by phone. Book early for popular dates such as 20 May and Qixi.',
        },
      },
      {
        title: { zh: '双方到场申请', en: 'Come together' },
        description: {
          zh: '双方共同到婚姻登记处，填写《申请结婚登记声明书》并签名。',
          en: 'Both of you come to the registry and fill in and sign the declaration.',
        },
      },
      {
        title: { zh: '审查登记', en: 'Check and registration' },
        description: {
          zh: '登记员联网核查双方婚姻状况，符合条件的予以登记。',
          en: 'The registrar checks your marital status on the national database and registers the marriage.',
        },
      },
      {
        title: { zh: '颁发结婚证', en: 'Receive your certificates' },
        description: {
          zh: '当场颁发结婚证，可选择在颁证厅举行颁证仪式。',
          en: 'Your certificates are issued on the spot, with an optional ceremony in the ceremony room.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: FREE_REGISTRATION,
    hallIds: MARRIAGE_HALLS,
    online: notOnline,
    visits: 1,
    legalBasis: [civilCode, MARRIAGE_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '我们都不是江澄户口，可以在江澄登记吗？',
          en: 'Neither of us has a Jiangcheng hukou. Can we register here?',
        },
        answer: {
          zh: '可以。内地居民婚姻登记已实行全国通办，可在任一婚姻登记机关办理。',
          en: 'Yes. Mainland residents can now register at any marriage registry in China.',
        },
      },
      {
        question: {
          zh: '需要做婚前医学检查吗？',
          en: 'Do we need a pre-marriage health check?',
        },
        answer: {
          zh: '婚前医学检查自愿参加，登记处设有免费婚检和优生咨询服务点。',
          en: 'It is voluntary. The registry has a free health check and family planning advice point.',
        },
      },
    ],
    relatedCodes: ['MZJ-003', 'MZJ-004', 'GAJ-012'],
    popularity: 5200,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'MZJ-002',
    name: { zh: '内地居民离婚登记', en: 'Registering a divorce by agreement' },
    summary: {
      zh: '自愿离婚并已就子女抚养、财产等协商一致的夫妻，可以申请离婚登记。申请后有 30 日离婚冷静期，期满后 30 日内双方再次到场领取离婚证。',
      en: 'Couples who both want to divorce and have agreed on children and property can register a divorce. There is a 30-day cooling-off period; within the following 30 days you both come back to receive your divorce certificates.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['marriage'],
    keywords: {
      zh: ['离婚', '离婚证', '协议离婚', '离婚冷静期', '婚姻登记'],
      en: ['divorce', 'divorce certificate', 'uncontested divorce', 'cooling-off period'],
    },
    eligibility: [
      {
        zh: '双方均为内地居民，在中国内地办理过结婚登记。',
        en: 'You are both Mainland residents and registered your marriage in the Mainland.',
      },
      {
        zh: '双方自愿离婚，具有完全民事行为能力。',
        en: 'You both want the divorce and both have full legal capacity.',
      },
      {
        zh: '已签订书面离婚协议，对子女抚养、财产及债务处理等协商一致。',
        en: 'You have signed a written agreement on children, property and debts.',
      },
    ],
    materials: [
      {
        name: { zh: '双方本人有效居民身份证', en: 'Valid resident ID cards for both of you' },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '双方结婚证', en: 'Both marriage certificates' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '结婚证遗失的，可先申请补领或由登记处查档核实。',
          en: 'If lost, apply for a replacement first or ask the registry to check its records.',
        },
      },
      {
        name: { zh: '双方共同签署的离婚协议书', en: 'Divorce agreement signed by both of you' },
        form: 'original',
        copies: 3,
      },
      {
        name: { zh: '近期 2 寸半身免冠单人照片', en: 'Recent 2-inch photo of each of you' },
        form: 'original',
        copies: 2,
        notes: {
          zh: '每人 2 张，可现场拍摄。',
          en: 'Two each; can be taken at the registry.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '双方共同到婚姻登记处提交申请，领取《离婚登记申请受理回执单》。',
          en: 'Both of you apply at the registry and receive an acknowledgement.',
        },
      },
      {
        title: { zh: '冷静期', en: 'Cooling-off period' },
        description: {
          zh: '自受理之日起 30 日内，任何一方不愿意离婚的，可以撤回申请。',
          en: 'For 30 days after your application either of you can withdraw it.',
        },
      },
      {
        title: { zh: '申请发证', en: 'Ask for the certificates' },
        description: {
          zh: '冷静期满后 30 日内，双方再次共同到场申请发给离婚证；逾期未申请的视为撤回离婚登记申请。',
          en: 'In the 30 days after the cooling-off period, come back together to ask for your certificates. If you do not, the application is treated as withdrawn.',
        },
      },
      {
        title: { zh: '审查发证', en: 'Issue' },
        description: {
          zh: '登记员审查后当场发给离婚证。',
          en: 'The registrar checks everything and issues your divorce certificates on the spot.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: FREE_REGISTRATION,
    hallIds: MARRIAGE_HALLS,
    online: notOnline,
    visits: 2,
    legalBasis: [civilCode, MARRIAGE_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '办理时限写的是即办，为什么要等 30 天？',
          en: 'The guide says same-day service, so why is there a 30-day wait?',
        },
        answer: {
          zh: '每次到场的申请和发证都是当场办结；30 日冷静期是《中华人民共和国民法典》规定的法定期间，不计入办理时限。',
          en: 'Each visit is dealt with on the spot. The 30-day cooling-off period is set by the Civil Code and is not counted as processing time.',
        },
      },
      {
        question: {
          zh: '一方不同意离婚怎么办？',
          en: 'What if one of us does not agree?',
        },
        answer: {
          zh: '婚姻登记机关只办理双方自愿的协议离婚；不能达成一致的，可以向人民法院提起离婚诉讼。',
          en: "The registry can only register a divorce both of you agree to. Otherwise you can apply to a people's court.",
        },
      },
    ],
    relatedCodes: ['MZJ-003', 'MZJ-005'],
    popularity: 1500,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'MZJ-003',
    name: { zh: '补领婚姻登记证', en: 'Replacing a marriage or divorce certificate' },
    summary: {
      zh: '结婚证、离婚证遗失或者损毁的，当事人可以持身份证向婚姻登记机关申请补领，登记处查档核实后补发。',
      en: 'If your marriage or divorce certificate is lost or damaged, apply with your ID card for a replacement. The registry checks its records and issues a new one.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['marriage'],
    keywords: {
      zh: ['结婚证丢了', '补结婚证', '补离婚证', '离婚证丢了', '婚姻登记'],
      en: [
        'lost marriage certificate',
        'replacement marriage certificate',
        'lost divorce certificate',
      ],
    },
    eligibility: [
      {
        zh: '结婚证或离婚证遗失、损毁，且婚姻登记档案可查。',
        en: 'Your certificate is lost or damaged and the registration can be found in the records.',
      },
      {
        zh: '补领结婚证的婚姻关系仍然存续。',
        en: 'For a marriage certificate, you are still married.',
      },
    ],
    materials: [
      validIdCard,
      {
        name: { zh: '近期 2 寸半身免冠照片', en: 'Recent 2-inch photo' },
        form: 'original',
        copies: 2,
        notes: {
          zh: '补领结婚证的提供双人合影，补领离婚证的提供单人照。',
          en: 'A joint photo for a marriage certificate, or a photo of yourself for a divorce certificate.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '到婚姻登记处或市民服务中心民政窗口申请，补领结婚证可一方或双方到场。',
          en: 'Apply at the registry or the civil affairs desk in the Citizen Service Centre. For a marriage certificate one or both of you can come.',
        },
      },
      {
        title: { zh: '查档核实', en: 'Record search' },
        description: {
          zh: '登记员查询婚姻登记档案；早年档案在外地的，通过全国婚姻登记信息系统调取。',
          en: 'The registrar searches the records, including older records held elsewhere through the national system.',
        },
      },
      {
        title: { zh: '补发', en: 'Issue' },
        description: {
          zh: '核实无误后当场补发。',
          en: 'Once confirmed, the new certificate is issued on the spot.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 0,
    fee: FREE_REGISTRATION,
    hallIds: REGISTRY_HALLS,
    online: notOnline,
    visits: 1,
    legalBasis: [MARRIAGE_REGULATIONS, MARRIAGE_WORK_RULES],
    faqs: [
      {
        question: {
          zh: '在外地登记结婚的，能在江澄补领吗？',
          en: 'We married in another city. Can we get a replacement in Jiangcheng?',
        },
        answer: {
          zh: '可以。婚姻登记信息已全国联网，能查询到档案的可在本市补领；早年档案未录入系统的，需由原登记地出具档案证明。',
          en: 'Yes, if the record is on the national system. Older records not yet on it need a certificate from the original registry.',
        },
      },
    ],
    relatedCodes: ['MZJ-001', 'MZJ-002', 'MZJ-005'],
    popularity: 1200,
    updatedAt: '2026-03-20',
  }),
  guide({
    code: 'MZJ-004',
    name: {
      zh: '涉外及涉港澳台居民、华侨结婚登记',
      en: 'Registering a marriage with a foreign national or a Hong Kong, Macao, Taiwan or overseas Chinese partner',
    },
    summary: {
      zh: '内地居民与外国人、港澳台居民或华侨在本市结婚的，到市婚姻登记处办理，须提供经认证的无配偶证明等材料。',
      en: 'A Mainland resident marrying a foreign national, a Hong Kong, Macao or Taiwan resident, or an overseas Chinese citizen registers at the city Marriage Registry. The partner must provide certified proof of being single.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['marriage'],
    keywords: {
      zh: [
        '涉外婚姻',
        '和外国人结婚',
        '跨国婚姻',
        '香港人结婚',
        '台湾人结婚',
        '单身证明',
        '结婚证',
      ],
      en: [
        'marry a foreigner',
        'international marriage',
        'certificate of no impediment',
        'single status certificate',
      ],
    },
    eligibility: [
      {
        zh: '一方为内地居民，另一方为外国人、港澳台居民或华侨。',
        en: 'One partner is a Mainland resident and the other a foreign national, Hong Kong, Macao or Taiwan resident, or overseas Chinese citizen.',
      },
      {
        zh: '符合《中华人民共和国民法典》规定的结婚条件，双方均无配偶。',
        en: 'You both meet the conditions for marriage in the Civil Code and neither is married.',
      },
    ],
    materials: [
      {
        name: { zh: '内地居民一方有效居民身份证', en: "The Mainland partner's ID card" },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '外方有效护照或国际旅行证件；港澳台居民的通行证和身份证；华侨的护照',
          en: "The other partner's passport or travel document; for Hong Kong, Macao and Taiwan residents, their travel permit and identity card",
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '外方无配偶证明', en: "The other partner's proof of single status" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '由所在国公证机构或有权机关出具并办理附加证明书（海牙认证）或经我国驻外使领馆认证，或由所在国驻华使领馆出具；外文的附中文译文。',
          en: 'Issued by a notary or authority in their country with an apostille or Chinese consular legalisation, or by their embassy in China. Documents in other languages need a Chinese translation.',
        },
      },
      {
        name: {
          zh: '近期 2 寸半身免冠双人合影照片',
          en: 'Recent 2-inch joint photo of the couple',
        },
        form: 'original',
        copies: 3,
      },
    ],
    steps: [
      {
        title: { zh: '预约并预审材料', en: 'Book and have documents checked' },
        description: {
          zh: '预约后可通过电子邮件提交外方证明材料预审，避免到场后材料不符。',
          en: 'After booking, email the foreign documents for a check so you are not turned away on the day.',
        },
      },
      {
        title: { zh: '双方到场', en: 'Come together' },
        description: {
          zh: '双方共同到市婚姻登记处签署声明，外方不通晓中文的自带翻译。',
          en: 'Come together to sign the declaration. Bring an interpreter if the other partner does not speak Chinese.',
        },
      },
      {
        title: { zh: '审查发证', en: 'Check and certificates' },
        description: {
          zh: '审查合格的当场登记并颁发结婚证。',
          en: 'If everything is in order the marriage is registered and certificates issued on the spot.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: FREE_REGISTRATION,
    hallIds: MARRIAGE_HALLS,
    online: notOnline,
    visits: 1,
    legalBasis: [civilCode, MARRIAGE_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '外方的无配偶证明有效期多久？',
          en: 'How long is the proof of single status valid?',
        },
        answer: {
          zh: '一般自出具之日起 6 个月内有效，请在有效期内办理登记。',
          en: 'Usually 6 months from the date it was issued.',
        },
      },
    ],
    relatedCodes: ['MZJ-001', 'CRJ-011'],
    popularity: 300,
    updatedAt: '2026-02-13',
  }),
  guide({
    code: 'MZJ-005',
    name: { zh: '婚姻登记档案查询', en: 'Searching marriage registration records' },
    summary: {
      zh: '当事人可以查询本人的婚姻登记档案，出具婚姻登记记录证明，用于办理不动产登记、继承、公证等。',
      en: 'You can search your own marriage registration records and get a certified extract for property registration, inheritance or notarisation.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['marriage'],
    keywords: {
      zh: ['婚姻状况证明', '婚姻档案', '单身证明', '婚姻记录查询', '离婚记录'],
      en: ['marriage record', 'marital status', 'proof of marriage', 'marriage archive'],
    },
    eligibility: [
      {
        zh: '查询本人婚姻登记档案；当事人死亡的，其近亲属可以查询。',
        en: 'You want your own record, or you are a close relative of someone who has died.',
      },
      {
        zh: '律师凭律师执业证和律师事务所证明可以查询与承办案件有关的档案。',
        en: 'Lawyers can search records relating to a case with their licence and a letter from their firm.',
      },
    ],
    materials: [
      validIdCard,
      {
        name: {
          zh: '亲属关系证明和当事人死亡证明（近亲属查询）',
          en: 'Proof of relationship and death (relatives only)',
        },
        form: 'original-and-copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '网上提交查询申请，或到婚姻登记处、市民服务中心民政窗口申请。',
          en: 'Apply online, at the registry or at the civil affairs desk in the Citizen Service Centre.',
        },
      },
      {
        title: { zh: '查档', en: 'Search' },
        description: {
          zh: '工作人员查询电子和纸质档案。',
          en: 'Staff search electronic and paper records.',
        },
      },
      {
        title: { zh: '出具证明', en: 'Certificate' },
        description: {
          zh: '出具加盖婚姻登记专用章的查询结果，网上申请的可下载电子证明。',
          en: 'You receive a stamped result, or an electronic one if you applied online.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: noFee,
    hallIds: REGISTRY_HALLS,
    visits: 0,
    legalBasis: [
      {
        zh: '《婚姻登记档案管理办法》',
        en: 'Measures for the Administration of Marriage Registration Records',
      },
    ],
    faqs: [
      {
        question: {
          zh: '民政局能开“单身证明”吗？',
          en: 'Can the Civil Affairs Bureau give me a certificate of being single?',
        },
        answer: {
          zh: '国内已不再出具“无婚姻登记记录证明”，可以查询本人婚姻登记档案，或由本人签署书面声明。出国使用的单身证明请咨询公证机构。',
          en: 'Certificates of no marriage record are no longer issued in China. You can get your record search result or sign a declaration. For use abroad, ask a notary office.',
        },
      },
    ],
    relatedCodes: ['MZJ-003', 'MZJ-002'],
    popularity: 900,
    updatedAt: '2026-01-28',
  }),
  guide({
    code: 'MZJ-006',
    name: { zh: '收养登记', en: 'Registering an adoption' },
    summary: {
      zh: '符合法定条件的公民收养子女，应当向民政部门办理收养登记，收养关系自登记之日起成立。收养社会福利机构抚养的儿童须经收养评估。',
      en: 'Adoptions take effect when registered with the Civil Affairs Bureau. Adopting a child from a welfare home includes an adoption assessment.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['birth-childcare'],
    keywords: {
      zh: ['收养', '领养', '收养孩子', '继子女收养', '收养证'],
      en: ['adoption', 'adopt a child', 'step-child adoption', 'adoption certificate'],
    },
    eligibility: [
      {
        zh: '收养人无子女或者只有一名子女，年满 30 周岁，有抚养、教育和保护被收养人的能力。',
        en: 'You have no more than one child, are at least 30, and can raise, educate and protect the child.',
      },
      {
        zh: '未患有医学上认为不应当收养子女的疾病，无不利于被收养人健康成长的违法犯罪记录。',
        en: 'You have no medical condition that rules out adopting and no record of offences that would harm the child.',
      },
      {
        zh: '收养继子女或三代以内旁系同辈血亲的子女，可以不受上述部分条件限制。',
        en: "Some of these conditions do not apply if you adopt a step-child or a close relative's child.",
      },
    ],
    materials: [
      {
        name: { zh: '收养申请书', en: 'Adoption application' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '收养人居民身份证、户口簿和婚姻状况证明',
          en: "Adopter's ID card, hukou booklet and marital status documents",
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: {
          zh: '收养人所在单位或村（居）民委员会出具的本人婚姻、家庭、子女情况证明',
          en: "Statement from the adopter's employer or community committee about their marriage, family and children",
        },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '县级以上医疗机构出具的体检证明',
          en: 'Health check certificate from a county-level or higher hospital',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '送养人、被收养人有关证明（社会福利机构出具的弃婴、儿童入院登记等）',
          en: 'Documents about the child and the person or institution placing them',
        },
        form: 'original-and-copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '咨询和申请', en: 'Ask and apply' },
        description: {
          zh: '收养人、送养人共同到被收养人常住户口所在地民政部门申请。',
          en: "The adopters and the person or institution placing the child apply together to the civil affairs office where the child's hukou is registered.",
        },
      },
      {
        title: { zh: '收养评估', en: 'Assessment' },
        description: {
          zh: '收养社会福利机构抚养的儿童的，由评估机构进行家庭走访和评估。',
          en: 'For a child from a welfare home, assessors visit your home and prepare a report.',
        },
      },
      {
        title: { zh: '审查公告', en: 'Review and notice' },
        description: {
          zh: '民政部门审查材料；收养查找不到生父母的儿童的，登记前公告查找，公告期 60 日。',
          en: "Civil affairs review the application. If the child's birth parents cannot be found, a 60-day public notice is published first.",
        },
      },
      {
        title: { zh: '登记发证', en: 'Registration' },
        description: {
          zh: '符合条件的办理收养登记，发给收养登记证，收养关系自登记之日起成立。',
          en: 'If everything is in order the adoption is registered and a certificate issued. The adoption takes effect that day.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: {
      free: true,
      description: {
        zh: '收养登记不收费。',
        en: 'There is no fee for registering an adoption.',
      },
    },
    hallIds: MARRIAGE_HALLS,
    online: notOnline,
    visits: 2,
    legalBasis: [
      civilCode,
      ADOPTION_MEASURES,
      { zh: '《收养评估办法（试行）》', en: 'Measures for Adoption Assessment (Trial)' },
    ],
    faqs: [
      {
        question: {
          zh: '收养后孩子怎么上户口？',
          en: 'How does the child join our hukou?',
        },
        answer: {
          zh: '凭收养登记证到收养人户籍所在地公安派出所办理户口登记。',
          en: 'Take the adoption certificate to the police station where your hukou is registered.',
        },
      },
      {
        question: {
          zh: '公告期算在办理时限内吗？',
          en: 'Does the notice period count towards the time limit?',
        },
        answer: {
          zh: '公告期和收养评估时间不计入办理时限。',
          en: 'No. The notice period and the assessment are not counted.',
        },
      },
    ],
    relatedCodes: ['MZJ-007', 'GAJ-008'],
    popularity: 120,
    updatedAt: '2026-02-05',
  }),
  guide({
    code: 'MZJ-007',
    name: { zh: '解除收养登记', en: 'Ending an adoption' },
    summary: {
      zh: '收养人与送养人或者成年被收养人协议解除收养关系的，应当到民政部门办理解除收养关系登记。',
      en: 'When the adopters and the birth family, or an adult adopted person, agree to end an adoption, they register this with the Civil Affairs Bureau.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['birth-childcare'],
    keywords: {
      zh: ['解除收养', '收养关系解除', '收养'],
      en: ['end adoption', 'dissolve adoption', 'adoption'],
    },
    eligibility: [
      {
        zh: '被收养人成年以前，收养人与送养人协议解除；被收养人年满八周岁的，应当征得本人同意。',
        en: 'Before the child is 18, the adopters and the birth family agree; a child aged 8 or over must also agree.',
      },
      {
        zh: '被收养人成年后，收养人与被收养人协议解除。',
        en: 'After the adopted person turns 18, they and the adopters agree.',
      },
    ],
    materials: [
      {
        name: { zh: '解除收养关系协议书', en: 'Agreement to end the adoption' },
        form: 'original',
        copies: 3,
      },
      {
        name: {
          zh: '当事人居民身份证、户口簿',
          en: 'ID cards and hukou booklets of everyone involved',
        },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '收养登记证', en: 'Adoption certificate' },
        form: 'original',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '共同申请', en: 'Apply together' },
        description: {
          zh: '当事人共同到原收养登记机关申请。',
          en: 'Everyone involved applies together to the office that registered the adoption.',
        },
      },
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '民政部门审查协议内容，确认双方自愿。',
          en: 'Civil affairs check the agreement and that everyone consents.',
        },
      },
      {
        title: { zh: '登记发证', en: 'Registration' },
        description: {
          zh: '收回收养登记证，发给解除收养关系证明。',
          en: 'The adoption certificate is taken back and a certificate of termination issued.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 10,
    fee: noFee,
    hallIds: MARRIAGE_HALLS,
    online: notOnline,
    visits: 1,
    legalBasis: [civilCode, ADOPTION_MEASURES],
    faqs: [
      {
        question: {
          zh: '协商不成怎么办？',
          en: 'What if we cannot agree?',
        },
        answer: {
          zh: '可以向人民法院提起诉讼。',
          en: "You can bring a case in a people's court.",
        },
      },
    ],
    relatedCodes: ['MZJ-006'],
    popularity: 40,
    updatedAt: '2026-02-05',
  }),
  guide({
    code: 'WJW-001',
    name: { zh: '出生医学证明首次签发', en: 'Getting the birth medical certificate for a newborn' },
    summary: {
      zh: '在本市助产机构出生的新生儿，由出生医院签发《出生医学证明》。可通过“出生一件事”在线确认新生儿姓名，证明签发后同步用于户口登记和医保参保。',
      en: "Babies born in a Jiangcheng maternity hospital receive a birth medical certificate from the hospital. Confirm the baby's name online in the Newborn bundle and the certificate is shared for hukou registration and medical insurance.",
    },
    departmentId: 'wjw',
    audience: ['individual'],
    themeIds: ['birth-childcare'],
    keywords: {
      zh: ['出生证', '出生证明', '出生医学证明', '宝宝出生证', '出生一件事'],
      en: ['birth certificate', 'birth medical certificate', 'newborn', 'baby'],
    },
    eligibility: [
      {
        zh: '新生儿在本市取得助产技术资质的医疗机构出生。',
        en: 'The baby was born in a licensed maternity hospital in Jiangcheng.',
      },
      {
        zh: '由新生儿父母或监护人申请。',
        en: 'A parent or guardian applies.',
      },
    ],
    materials: [
      {
        name: { zh: '父母双方有效身份证件', en: "Both parents' valid ID" },
        form: 'original',
        copies: 0,
        notes: {
          zh: '一方无法提供的，填写情况说明。',
          en: 'If one parent cannot provide ID, fill in a short statement.',
        },
      },
      {
        name: { zh: '《出生医学证明》首次签发登记表', en: 'Birth certificate registration form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '住院期间由医院提供，网上办理的在线填写。',
          en: 'The hospital gives it to you, or fill it in online.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '填写信息', en: 'Enter the details' },
        description: {
          zh: '分娩后在医院或“出生一件事”专区填写新生儿姓名和父母信息。',
          en: "After the birth, enter the baby's name and the parents' details at the hospital or in the Newborn bundle.",
        },
      },
      {
        title: { zh: '核对签发', en: 'Check and issue' },
        description: {
          zh: '医院核对分娩记录后签发，父母核对证明信息并签字。',
          en: 'The hospital checks the delivery record and issues the certificate; you check and sign it.',
        },
      },
      {
        title: { zh: '领取', en: 'Receive' },
        description: {
          zh: '出院时领取纸质证明，电子证照同步推送到户籍和医保部门。',
          en: 'Take the paper certificate when you leave hospital. An electronic copy goes to the police and medical insurance office.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 1,
    fee: noFee,
    hallIds: [],
    visits: 0,
    legalBasis: [
      MATERNAL_HEALTH_LAW,
      {
        zh: '《中华人民共和国母婴保健法实施办法》',
        en: 'Measures for the Implementation of the Law on Maternal and Infant Health Care',
      },
    ],
    faqs: [
      {
        question: {
          zh: '孩子名字还没想好，出院时能先不填吗？',
          en: 'We have not chosen a name yet. Can we leave it blank?',
        },
        answer: {
          zh: '可以出院后再到出生医院申请签发，建议在一个月内办理，以便及时落户。',
          en: 'Yes, apply to the hospital later. Try to do it within a month so you can register the baby in your hukou in time.',
        },
      },
      {
        question: {
          zh: '在家中或途中分娩的怎么办？',
          en: 'What if the baby was born at home or on the way to hospital?',
        },
        answer: {
          zh: '由接生或就诊的医疗机构核实后签发，需要时进行亲子鉴定。',
          en: 'The hospital that treated mother and baby checks the circumstances and issues the certificate, with a DNA test if necessary.',
        },
      },
    ],
    relatedCodes: ['GAJ-006', 'WJW-002', 'WJW-004'],
    popularity: 3800,
    updatedAt: '2026-07-21',
  }),
  guide({
    code: 'WJW-002',
    name: {
      zh: '出生医学证明补发、换发',
      en: 'Replacing or correcting a birth medical certificate',
    },
    summary: {
      zh: '《出生医学证明》遗失的可以申请补发，信息错误或需要变更的可以申请换发，由原签发机构或市妇幼保健院办理。',
      en: 'If the birth medical certificate is lost, apply for a replacement; if its details are wrong or have changed, apply for a corrected one. The issuing hospital or the city Maternal and Child Health Hospital handles it.',
    },
    departmentId: 'wjw',
    audience: ['individual'],
    themeIds: ['birth-childcare'],
    keywords: {
      zh: ['出生证丢了', '补办出生证', '出生证明改名', '出生医学证明', '出生证'],
      en: ['lost birth certificate', 'replace birth certificate', 'correct birth certificate'],
    },
    eligibility: [
      {
        zh: '《出生医学证明》遗失，且新生儿已在本市出生。',
        en: 'The certificate is lost and the baby was born in Jiangcheng.',
      },
      {
        zh: '或证明信息有误，或新生儿姓名已依法变更。',
        en: "Or its details are wrong, or the child's name has legally changed.",
      },
    ],
    materials: [
      {
        name: { zh: '父母双方有效身份证件', en: "Both parents' valid ID" },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '新生儿户口簿', en: "Child's hukou booklet" },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '已落户的提供。',
          en: 'If the child is already registered.',
        },
      },
      {
        name: { zh: '原《出生医学证明》', en: 'The original certificate' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '换发时交回；遗失补发的无需登报声明。',
          en: 'Hand it in for a correction. No newspaper notice is needed for a lost certificate.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '到市民服务中心卫生健康窗口或原签发机构提交申请。',
          en: 'Apply at the health desk in the Citizen Service Centre or at the issuing hospital.',
        },
      },
      {
        title: { zh: '核查', en: 'Check' },
        description: {
          zh: '核对原始分娩记录和签发存根，补发的核实户籍信息。',
          en: 'The delivery record and stub are checked; for a replacement the hukou record is checked too.',
        },
      },
      {
        title: { zh: '领证', en: 'Collect' },
        description: {
          zh: '短信通知后领取，也可邮寄送达。',
          en: 'Collect it when you receive a text message, or have it posted.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [MATERNAL_HEALTH_LAW],
    faqs: [
      {
        question: {
          zh: '出生证可以补发几次？',
          en: 'How many times can it be replaced?',
        },
        answer: {
          zh: '遗失补发只能办理一次，请妥善保管。',
          en: 'Only once, so keep it safe.',
        },
      },
    ],
    relatedCodes: ['WJW-001', 'GAJ-011'],
    popularity: 900,
    updatedAt: '2026-03-31',
  }),
  guide({
    code: 'WJW-003',
    name: { zh: '生育登记', en: 'Registering a pregnancy or birth (family registration)' },
    summary: {
      zh: '生育子女的夫妻可以在孕期或孩子出生后网上办理生育登记，不设生育数量和审批限制，用于享受孕产期保健、生育保险和育儿补贴等服务。',
      en: 'Parents can register a pregnancy or birth online, during pregnancy or after the birth. There are no limits or approvals; registration gives access to antenatal care, maternity insurance and childcare subsidies.',
    },
    departmentId: 'wjw',
    audience: ['individual'],
    themeIds: ['birth-childcare'],
    keywords: {
      zh: ['生育登记', '准生证', '生育服务证', '三孩', '育儿补贴', '怀孕登记'],
      en: [
        'birth registration',
        'pregnancy registration',
        'birth permit',
        'childcare subsidy',
        'maternity',
      ],
    },
    eligibility: [
      {
        zh: '夫妻一方户籍在本市，或现居住在本市。',
        en: 'One of the parents has a Jiangcheng hukou or lives in Jiangcheng.',
      },
      {
        zh: '在孕期或子女出生后办理，生育第几个孩子均可登记。',
        en: 'You can register during pregnancy or after the birth, for any child.',
      },
    ],
    materials: [
      {
        name: { zh: '夫妻双方身份证', en: "Both parents' ID cards" },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '网上办理的通过人脸识别核验。',
          en: 'Checked by face recognition online.',
        },
      },
      {
        name: { zh: '结婚证', en: 'Marriage certificate' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '已联网核验的无需上传。',
          en: 'No need to upload if it is found in the national records.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '在线填报', en: 'Apply online' },
        description: {
          zh: '在江澄政务服务网填写夫妻和子女信息。',
          en: "Enter your and your child's details on the Jiangcheng government services site.",
        },
      },
      {
        title: { zh: '信息核验', en: 'Check' },
        description: {
          zh: '系统自动核验身份和婚姻信息。',
          en: 'Identity and marriage details are checked automatically.',
        },
      },
      {
        title: { zh: '登记完成', en: 'Done' },
        description: {
          zh: '即时生成电子生育登记信息，可下载打印，信息同步到社区卫生服务机构。',
          en: 'Your registration is created straight away and shared with your community health centre. Download or print it if you need to.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      {
        zh: '《中华人民共和国人口与计划生育法》',
        en: "Population and Family Planning Law of the People's Republic of China",
      },
    ],
    faqs: [
      {
        question: {
          zh: '现在还需要办“准生证”吗？',
          en: 'Do I still need a birth permit?',
        },
        answer: {
          zh: '不需要审批。生育登记只是服务登记，不办理也不影响孩子落户和就医，但部分生育津贴和补贴需要登记信息。',
          en: 'No approval is needed. Registration only helps you get services: a child can be registered and treated without it, but some allowances and subsidies use it.',
        },
      },
    ],
    relatedCodes: ['WJW-001', 'GAJ-006'],
    popularity: 3300,
    updatedAt: '2026-06-30',
  }),
  guide({
    code: 'WJW-004',
    name: {
      zh: '预防接种记录查询和入托入学查验证明',
      en: "Checking your child's vaccination record and getting a certificate for nursery or school",
    },
    summary: {
      zh: '儿童出生后由出生医院或接种单位建立预防接种证。家长可在线查询电子接种记录，并开具入托、入学所需的预防接种证查验证明。',
      en: 'Every child gets a vaccination record at birth. Parents can see it online and download the vaccination certificate needed to start nursery or school.',
    },
    departmentId: 'wjw',
    audience: ['individual'],
    themeIds: ['birth-childcare', 'education'],
    keywords: {
      zh: ['疫苗本', '接种证', '预防接种证', '打疫苗', '查验证明', '补种'],
      en: [
        'vaccination record',
        'immunisation record',
        'vaccine certificate',
        'school vaccination check',
      ],
    },
    eligibility: [
      {
        zh: '0—6 周岁在本市建立预防接种档案的儿童，由监护人申请。',
        en: 'The child is aged 0 to 6 and has a vaccination record in Jiangcheng; a parent or guardian applies.',
      },
      {
        zh: '入托、入学的儿童需要提交查验证明。',
        en: 'The child is starting nursery or school.',
      },
    ],
    materials: [
      {
        name: { zh: '监护人身份证', en: "Parent or guardian's ID" },
        form: 'electronic',
        copies: 0,
      },
      {
        name: {
          zh: '儿童出生医学证明编号或身份证号',
          en: "Child's birth certificate number or ID number",
        },
        form: 'electronic',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '在线查询', en: 'Look up the record' },
        description: {
          zh: '登录江澄政务服务网，绑定儿童信息后查看接种记录。',
          en: "Sign in, link your child's details and view the record.",
        },
      },
      {
        title: { zh: '开具证明', en: 'Get the certificate' },
        description: {
          zh: '全部疫苗按程序完成接种的，即时生成查验证明；有漏种的系统提示到接种门诊补种。',
          en: 'If all vaccinations are up to date, the certificate is produced straight away. Otherwise you are told which vaccines to catch up at the clinic.',
        },
      },
      {
        title: { zh: '提交学校', en: 'Send it to the school' },
        description: {
          zh: '下载证明交给托幼机构或学校，也可授权学校在线核验。',
          en: 'Download the certificate for the nursery or school, or let the school check it online.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '不收费；免疫规划疫苗接种也免费。',
        en: 'Free of charge. Routine childhood vaccines are free as well.',
      },
    },
    hallIds: [],
    visits: 0,
    legalBasis: [
      {
        zh: '《中华人民共和国疫苗管理法》',
        en: "Vaccine Administration Law of the People's Republic of China",
      },
    ],
    faqs: [
      {
        question: {
          zh: '纸质接种证丢了怎么办？',
          en: 'We lost the paper vaccination booklet. What now?',
        },
        answer: {
          zh: '电子记录与纸质接种证具有同等效力；需要纸质证的，到社区卫生服务中心接种门诊补办。',
          en: "The electronic record counts just the same. If you need a paper booklet, ask at your community health centre's vaccination clinic.",
        },
      },
      {
        question: {
          zh: '从外地转来的孩子怎么办？',
          en: 'Our child moved here from another city.',
        },
        answer: {
          zh: '携带原接种证到居住地接种门诊办理迁入，接种记录会补录到本市系统。',
          en: "Take the vaccination booklet to your local clinic; the record will be added to Jiangcheng's system.",
        },
      },
    ],
    relatedCodes: ['WJW-001', 'JYJ-001'],
    popularity: 2500,
    updatedAt: '2026-08-06',
  }),
  guide({
    code: 'JYJ-001',
    name: { zh: '小学一年级新生入学登记', en: 'Applying for a primary school place' },
    summary: {
      zh: '年满六周岁的本市户籍适龄儿童，按学区免试就近入学。每年 5 月网上登记，7 月公布录取结果。',
      en: 'Children aged 6 with a Jiangcheng hukou get a place at their local primary school without tests. Apply online in May; places are announced in July.',
    },
    departmentId: 'jyj',
    audience: ['individual'],
    themeIds: ['education'],
    keywords: {
      zh: ['幼升小', '小学报名', '一年级报名', '入学登记', '学区', '户口', '学位'],
      en: [
        'primary school',
        'school admission',
        'school place',
        'reception',
        'catchment area',
        'hukou',
      ],
    },
    eligibility: [
      {
        zh: '当年 8 月 31 日前（含）年满六周岁的儿童。',
        en: 'Your child turns 6 on or before 31 August this year.',
      },
      {
        zh: '儿童及父母（或其他法定监护人）户籍在本市，并在学区内有住房。',
        en: 'The child and a parent or guardian have a Jiangcheng hukou and a home in the catchment area.',
      },
    ],
    materials: [
      {
        name: { zh: '儿童和父母居民户口簿', en: 'Hukou booklets for the child and parents' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '户籍信息联网核验，信息不一致的上传照片。',
          en: 'Checked online; upload photos only if the system cannot match them.',
        },
      },
      {
        name: { zh: '不动产权证书或购房合同', en: 'Property certificate or purchase contract' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '不动产信息联网核验；租住公租房的提供租赁合同。',
          en: 'Checked online. Public rental tenants provide their tenancy agreement.',
        },
      },
      {
        name: { zh: '儿童预防接种证查验证明', en: "Child's vaccination certificate" },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '入学报到时提交。',
          en: 'Handed in when the child starts school.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上登记', en: 'Apply online' },
        description: {
          zh: '每年 5 月 10 日至 5 月 25 日在江澄政务服务网填报，查询对应学区学校。',
          en: 'Apply on the Jiangcheng government services site between 10 and 25 May and see your catchment school.',
        },
      },
      {
        title: { zh: '资格审核', en: 'Eligibility check' },
        description: {
          zh: '教育、公安、不动产部门联网审核户籍和房产信息，6 月中旬公布审核结果。',
          en: 'Education, police and property records are checked together; results are published in mid-June.',
        },
      },
      {
        title: { zh: '录取公示', en: 'Offers' },
        description: {
          zh: '7 月上旬公布录取结果，短信通知家长。',
          en: 'Places are announced in early July and parents receive a text message.',
        },
      },
      {
        title: { zh: '入学报到', en: 'Start school' },
        description: {
          zh: '8 月底按学校通知报到。',
          en: 'Report to the school at the end of August as it instructs.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: COMPULSORY_EDUCATION_FREE,
    hallIds: [],
    visits: 0,
    legalBasis: [COMPULSORY_EDUCATION_LAW],
    faqs: [
      {
        question: {
          zh: '户口和房子不在同一个学区怎么办？',
          en: 'Our hukou and our home are in different catchment areas.',
        },
        answer: {
          zh: '以房产所在学区为准，户籍须同时迁入该房产；不一致的由区教育局统筹安排学位。',
          en: 'The catchment of your home counts, and your hukou should be registered there. Otherwise the district education office will find a place for your child.',
        },
      },
      {
        question: {
          zh: '报民办小学还能参加公办学校登记吗？',
          en: 'Can we apply to a private school and still keep a state school place?',
        },
        answer: {
          zh: '民办学校与公办学校同步招生。报名民办学校未被录取的，由教育局统筹安排公办学校学位。',
          en: 'Private and state schools admit at the same time. If your child is not offered a private place, the education office will arrange a state school place.',
        },
      },
    ],
    relatedCodes: ['JYJ-002', 'JYJ-004', 'WJW-004'],
    popularity: 6000,
    updatedAt: '2026-04-20',
  }),
  guide({
    code: 'JYJ-002',
    name: { zh: '初中一年级新生入学', en: 'Applying for a junior secondary school place' },
    summary: {
      zh: '本市小学应届毕业生按对口划片免试就近升入初中，公办、民办学校同步招生，民办学校报名超额的电脑随机录取。',
      en: 'Children finishing primary school in Jiangcheng move to their local junior secondary school without tests. State and private schools admit at the same time; oversubscribed private schools allocate places by computer ballot.',
    },
    departmentId: 'jyj',
    audience: ['individual'],
    themeIds: ['education'],
    keywords: {
      zh: ['小升初', '初中报名', '初一入学', '民办摇号', '对口初中', '学位'],
      en: [
        'secondary school',
        'middle school admission',
        'junior high',
        'school ballot',
        'school place',
      ],
    },
    eligibility: [
      {
        zh: '本市小学六年级应届毕业生。',
        en: 'Your child is in the final year of a Jiangcheng primary school.',
      },
      {
        zh: '外地小学毕业回本市就读的，户籍或居住证在本市。',
        en: 'Children finishing primary school elsewhere need a Jiangcheng hukou or residence permit.',
      },
    ],
    materials: [
      {
        name: { zh: '学籍信息', en: 'Student record' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '由小学统一导入，无需家长提交。',
          en: 'Imported by the primary school; parents do not need to provide it.',
        },
      },
      {
        name: { zh: '户口簿和住房证明', en: 'Hukou booklet and proof of home' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '户籍、住房发生变化的提供。',
          en: 'Only if your hukou or home has changed.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '确认信息', en: 'Check your details' },
        description: {
          zh: '5 月在江澄政务服务网确认学生信息和对口初中，选择是否报名民办学校。',
          en: "In May, check your child's details and catchment school online and choose whether to apply to a private school.",
        },
      },
      {
        title: { zh: '民办学校随机录取', en: 'Private school ballot' },
        description: {
          zh: '报名人数超过招生计划的民办学校，在公证人员监督下电脑随机录取。',
          en: 'Private schools with more applicants than places hold a computer ballot supervised by a notary.',
        },
      },
      {
        title: { zh: '公办学校派位', en: 'State school allocation' },
        description: {
          zh: '未被民办学校录取的学生由对口公办初中录取。',
          en: 'Children without a private place go to their catchment state school.',
        },
      },
      {
        title: { zh: '报到', en: 'Start school' },
        description: {
          zh: '7 月中旬公布结果，按学校通知报到。',
          en: 'Results are published in mid-July; report to the school as instructed.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: COMPULSORY_EDUCATION_FREE,
    hallIds: [],
    visits: 0,
    legalBasis: [COMPULSORY_EDUCATION_LAW],
    faqs: [
      {
        question: {
          zh: '民办学校没摇中，还能回对口公办学校吗？',
          en: 'If we lose the private school ballot, do we still get our catchment school?',
        },
        answer: {
          zh: '可以，对口公办学校学位保留。',
          en: 'Yes, your catchment state school place is kept.',
        },
      },
    ],
    relatedCodes: ['JYJ-001', 'JYJ-003'],
    popularity: 4200,
    updatedAt: '2026-04-20',
  }),
  guide({
    code: 'JYJ-003',
    name: { zh: '义务教育阶段转学', en: 'Moving schools during compulsory education' },
    summary: {
      zh: '小学、初中学生因家庭搬迁、户籍迁移等需要转学的，向转入学校申请，学籍在系统中同步转接。',
      en: 'Primary and junior secondary pupils who move home or hukou can change school by applying to the new school. Their student record moves with them.',
    },
    departmentId: 'jyj',
    audience: ['individual'],
    themeIds: ['education'],
    keywords: {
      zh: ['转学', '插班', '学籍转移', '转校', '搬家转学'],
      en: ['change school', 'school transfer', 'move school', 'in-year admission'],
    },
    eligibility: [
      {
        zh: '在读义务教育阶段学生，因户籍迁移、家庭搬迁、父母工作调动等原因需要转学。',
        en: "The pupil is in compulsory education and needs to move because of a hukou move, a house move or a parent's job.",
      },
      {
        zh: '转入学校有空余学位。',
        en: 'The new school has a place.',
      },
    ],
    materials: [
      {
        name: { zh: '转学申请表', en: 'School transfer form' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '户籍或居住证明', en: 'Proof of hukou or residence' },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '住房证明或工作调动证明', en: 'Proof of new home or job move' },
        form: 'original-and-copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '联系转入学校', en: 'Contact the new school' },
        description: {
          zh: '向转入地学区学校申请；不清楚学区的可向区教育局或市民服务中心教育窗口咨询。',
          en: 'Apply to the school for your new address. If you are not sure which school, ask the district education office or the education desk at the Citizen Service Centre.',
        },
      },
      {
        title: { zh: '审核', en: 'Check' },
        description: {
          zh: '转入学校审核材料并确认学位，跨区转学由区教育局统筹。',
          en: 'The new school checks your documents and confirms a place. Moves between districts are coordinated by the district education office.',
        },
      },
      {
        title: { zh: '学籍转接', en: 'Record transfer' },
        description: {
          zh: '转入学校在全国学籍系统发起转学，转出学校确认后完成转接。',
          en: 'The new school starts the transfer on the national student record system and the old school confirms it.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: COMPULSORY_EDUCATION_FREE,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      COMPULSORY_EDUCATION_LAW,
      {
        zh: '《中小学生学籍管理办法》',
        en: 'Measures for the Administration of Primary and Secondary School Student Records',
      },
    ],
    faqs: [
      {
        question: {
          zh: '什么时候可以办理转学？',
          en: 'When can pupils change school?',
        },
        answer: {
          zh: '原则上在每学期开学前两周内集中办理，学期中因搬迁等特殊情况可随时申请。',
          en: 'Usually in the two weeks before each term starts, but you can apply at any time if you move.',
        },
      },
    ],
    relatedCodes: ['JYJ-001', 'JYJ-002', 'JYJ-004', 'GAJ-010'],
    popularity: 1400,
    updatedAt: '2026-02-27',
  }),
  guide({
    code: 'JYJ-004',
    name: {
      zh: '随迁子女义务教育入学',
      en: 'School places for children of families who moved to Jiangcheng',
    },
    summary: {
      zh: '在本市工作、居住的非本市户籍家庭，子女可凭居住证申请小学、初中学位，享受与本市户籍学生同等的义务教育。',
      en: 'Families who live and work in Jiangcheng but have a hukou elsewhere can use their residence permit to apply for primary and junior secondary places, on equal terms with local children.',
    },
    departmentId: 'jyj',
    audience: ['individual'],
    themeIds: ['education'],
    keywords: {
      zh: ['随迁子女', '外地孩子上学', '新市民子女入学', '居住证入学', '积分入学', '学位'],
      en: [
        'migrant children',
        'non-local pupils',
        'school place without hukou',
        'residence permit school',
      ],
    },
    eligibility: [
      {
        zh: '父母一方持有本市有效居住证。',
        en: 'One parent has a valid Jiangcheng residence permit.',
      },
      {
        zh: '父母一方在本市合法稳定就业，连续缴纳社会保险满 6 个月，或持有本市营业执照。',
        en: 'One parent has a steady job in Jiangcheng with 6 months of social insurance, or holds a Jiangcheng business licence.',
      },
      {
        zh: '子女符合入学年龄，随父母在本市居住。',
        en: 'The child is of school age and lives with the parents in Jiangcheng.',
      },
    ],
    materials: [
      {
        name: { zh: '父母居住证', en: "Parent's residence permit" },
        form: 'electronic',
        copies: 0,
      },
      {
        name: { zh: '儿童和父母户口簿', en: 'Hukou booklets for child and parents' },
        form: 'electronic',
        copies: 0,
      },
      {
        name: { zh: '就业或经营证明', en: 'Proof of work or business' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '社保缴纳记录和营业执照联网核验，灵活就业人员上传相关证明。',
          en: 'Social insurance and business licences are checked online; self-employed people upload evidence.',
        },
      },
      {
        name: {
          zh: '住房证明（房产证或备案租赁合同）',
          en: 'Proof of home (property certificate or registered tenancy)',
        },
        form: 'electronic',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '与本市户籍学生同期在江澄政务服务网填报，选择“随迁子女”类别。',
          en: 'Apply online at the same time as local families and choose the category for families who moved here.',
        },
      },
      {
        title: { zh: '资格审核', en: 'Eligibility check' },
        description: {
          zh: '教育部门会同公安、人社、住建部门联网审核。',
          en: 'Education, police, social insurance and housing records are checked together.',
        },
      },
      {
        title: { zh: '学位安排', en: 'Place offered' },
        description: {
          zh: '审核通过后由区教育局按居住地就近统筹安排公办学校学位。',
          en: 'The district education office offers a state school place near your home.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: COMPULSORY_EDUCATION_FREE,
    hallIds: [],
    visits: 0,
    legalBasis: [COMPULSORY_EDUCATION_LAW, laws.residencePermits],
    faqs: [
      {
        question: {
          zh: '随迁子女可以在江澄参加中考吗？',
          en: 'Can children who moved here sit the senior high school entrance exam in Jiangcheng?',
        },
        answer: {
          zh: '在本市有完整初中三年学籍的随迁子女，可以在本市报名参加中考。',
          en: 'Yes, if they have a full three-year junior secondary record at a Jiangcheng school.',
        },
      },
    ],
    relatedCodes: ['JYJ-001', 'JYJ-002', 'GAJ-013'],
    popularity: 3000,
    updatedAt: '2026-04-20',
  }),
  guide({
    code: 'JYJ-005',
    name: { zh: '教师资格认定', en: 'Applying for a teacher qualification certificate' },
    summary: {
      zh: '通过中小学教师资格考试或符合免考条件的人员，可以申请幼儿园、小学、初级中学、高级中学和中等职业学校教师资格认定。每年春、秋两季集中受理。',
      en: 'If you have passed the national teacher qualification exam or are exempt, you can apply for a qualification to teach in kindergartens, primary, secondary or vocational schools. Applications open each spring and autumn.',
    },
    departmentId: 'jyj',
    audience: ['individual'],
    themeIds: ['education', 'employment'],
    keywords: {
      zh: ['教师资格证', '教资', '教资认定', '当老师', '教师证'],
      en: ['teacher certificate', 'teaching qualification', 'teaching licence', 'become a teacher'],
    },
    eligibility: [
      {
        zh: '中国公民，遵守宪法和法律，热爱教育事业，具有良好的思想品德。',
        en: 'You are a Chinese citizen of good character who abides by the law and is committed to education.',
      },
      {
        zh: '具备《中华人民共和国教师法》规定的相应学历，取得中小学教师资格考试合格证明（有效期内）或符合免考条件。',
        en: 'You have the qualifications required by the Teachers Law and a valid pass in the national teacher exam, or are exempt from it.',
      },
      {
        zh: '普通话水平达到二级乙等以上，语文学科达到二级甲等以上。',
        en: 'Your Putonghua level is at least 2B, or 2A for teaching Chinese.',
      },
      {
        zh: '户籍、居住证或就读学校在本市。',
        en: 'You have a Jiangcheng hukou or residence permit, or study at a Jiangcheng university.',
      },
    ],
    materials: [
      {
        name: idCardName,
        form: 'electronic',
        copies: 0,
      },
      {
        name: { zh: '学历证书', en: 'Degree or diploma' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '通过学信网在线核验；无法核验的上传学历认证报告。',
          en: 'Verified online; if that fails, upload a verification report.',
        },
      },
      {
        name: { zh: '普通话水平测试等级证书', en: 'Putonghua proficiency certificate' },
        form: 'electronic',
        copies: 0,
      },
      {
        name: { zh: '体检结论', en: 'Medical examination result' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '在本市指定医院按教师资格认定体检标准体检。',
          en: 'From a Jiangcheng hospital designated for teacher medicals.',
        },
      },
      {
        name: { zh: '个人承诺书（思想品德鉴定）', en: 'Personal declaration of good character' },
        form: 'electronic',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '网上申报', en: 'Apply online' },
        description: {
          zh: '在规定时间内网上填报，上传材料并选择认定机构。',
          en: 'Apply online during the application window, upload documents and choose the issuing authority.',
        },
      },
      {
        title: { zh: '体检', en: 'Medical' },
        description: {
          zh: '到指定医院体检，结果由医院报送。',
          en: 'Have your medical at a designated hospital; it sends the result to us.',
        },
      },
      {
        title: { zh: '审核认定', en: 'Review' },
        description: {
          zh: '认定机构审核材料，必要时组织面试复核，作出认定结论。',
          en: 'Your application is reviewed, with an interview if needed, and a decision made.',
        },
      },
      {
        title: { zh: '领证', en: 'Certificate' },
        description: {
          zh: '认定通过后可下载电子教师资格证书，纸质证书邮寄送达。',
          en: 'Download the electronic certificate; the paper one is posted to you.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: {
      free: true,
      description: {
        zh: '教师资格认定不收费；体检费由医院按规定收取。',
        en: 'There is no fee for the qualification. The hospital charges separately for the medical.',
      },
    },
    hallIds: [],
    visits: 0,
    legalBasis: [
      {
        zh: '《中华人民共和国教师法》',
        en: "Teachers Law of the People's Republic of China",
      },
      { zh: '《教师资格条例》', en: 'Regulations on Teacher Qualifications' },
      {
        zh: '《〈教师资格条例〉实施办法》',
        en: 'Implementing Measures for the Regulations on Teacher Qualifications',
      },
    ],
    faqs: [
      {
        question: {
          zh: '考试合格证明过期了还能认定吗？',
          en: 'My exam pass has expired. Can I still apply?',
        },
        answer: {
          zh: '考试合格证明有效期 3 年，过期后须重新参加考试。',
          en: 'No. The pass is valid for 3 years; after that you must sit the exam again.',
        },
      },
    ],
    relatedCodes: [],
    popularity: 2100,
    updatedAt: '2026-03-16',
  }),
  guide({
    code: 'JYJ-006',
    name: {
      zh: '家庭经济困难学生资助申请',
      en: 'Financial help for students from low-income families',
    },
    summary: {
      zh: '学前教育、义务教育和普通高中阶段的家庭经济困难学生，可以申请生活补助、国家助学金和学费减免，通过就读学校申请。',
      en: 'Children from low-income families in nursery, compulsory education or senior high school can get living allowances, state grants and fee waivers. Apply through the school.',
    },
    departmentId: 'jyj',
    audience: ['individual'],
    themeIds: ['education', 'social-assistance'],
    keywords: {
      zh: ['助学金', '学生资助', '贫困生补助', '学费减免', '寄宿生补助', '低保'],
      en: [
        'student grant',
        'school bursary',
        'financial aid',
        'free school meals',
        'fee waiver',
        'low income',
      ],
    },
    eligibility: [
      {
        zh: '在本市幼儿园、中小学、普通高中就读。',
        en: 'The child attends a nursery, school or senior high school in Jiangcheng.',
      },
      {
        zh: '属于最低生活保障家庭、特困供养、孤儿、残疾学生、防止返贫监测对象等家庭经济困难情形。',
        en: 'The family receives the minimum living allowance or extreme-hardship support, or the child is an orphan, disabled, or otherwise from a family in financial difficulty.',
      },
    ],
    materials: [
      {
        name: { zh: '学生资助申请表', en: 'Student aid application form' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '困难情况证明（低保证、特困证、残疾证等）',
          en: 'Proof of hardship (minimum living allowance card, extreme-hardship card, disability card, etc.)',
        },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '民政、残联数据已联网比对的无需提供。',
          en: 'Not needed if the record is already found through civil affairs or the disability federation.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Apply' },
        description: {
          zh: '每学期开学后一个月内，向就读学校提交申请或网上申请。',
          en: 'Apply to the school or online within a month of the start of each term.',
        },
      },
      {
        title: { zh: '学校评议', en: 'School review' },
        description: {
          zh: '学校资助工作组认定并在校内公示 5 个工作日，公示不涉及学生隐私。',
          en: "The school's aid panel decides and posts the result for 5 working days, without revealing private details.",
        },
      },
      {
        title: { zh: '发放', en: 'Payment' },
        description: {
          zh: '教育部门审核后，资助资金发放到学生或监护人的社会保障卡或银行卡。',
          en: "After the education office approves, payments go to the student's or guardian's social security or bank card.",
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: noFee,
    hallIds: [],
    visits: 0,
    legalBasis: [
      {
        zh: '《中华人民共和国教育法》',
        en: "Education Law of the People's Republic of China",
      },
      COMPULSORY_EDUCATION_LAW,
    ],
    faqs: [
      {
        question: {
          zh: '家里突然遇到困难，学期中能申请吗？',
          en: 'Our family hit sudden hardship mid-term. Can we apply now?',
        },
        answer: {
          zh: '可以。因突发事件导致家庭经济困难的，可随时向学校申请，学校将及时认定。',
          en: 'Yes. If hardship is caused by something unexpected, apply to the school at any time.',
        },
      },
    ],
    relatedCodes: ['JYJ-001', 'JYJ-002'],
    popularity: 1300,
    updatedAt: '2026-09-01',
  }),
];
