import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, civilCode, guide, idCardName, noFee, notOnline } from './guide.ts';
import { applicantIdCard, idCardOriginal, laws } from './services-identity-travel-common.ts';

const ID_CARD_LAW = {
  zh: '《中华人民共和国居民身份证法》',
  en: "Resident Identity Card Law of the People's Republic of China",
};
const HUKOU_REGULATIONS = {
  zh: '《中华人民共和国户口登记条例》',
  en: "Regulations of the People's Republic of China on Household Registration",
};
const HUKOU_REFORM = {
  zh: '《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）',
  en: 'State Council Opinions on Further Reform of the Household Registration System (Guo Fa [2014] No. 25)',
};
const HUKOU_FREE = {
  free: true,
  description: {
    zh: '不收费。户口登记属于公安机关的法定职责，不收取任何费用。',
    en: 'Free of charge. Registering households is a statutory duty of the police, so there is no fee.',
  },
};

export const householdRegistrationServices: ServiceGuide[] = [
  guide({
    code: 'GAJ-001',
    name: { zh: '居民身份证首次申领', en: 'Applying for your first resident ID card' },
    summary: {
      zh: '在本市登记常住户口的公民年满十六周岁应当申领居民身份证；未满十六周岁的，可以由监护人代为申领。',
      en: 'Citizens with a permanent hukou in Jiangcheng must get a resident ID card at 16. Children under 16 can get one if a parent or guardian applies for them.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['身份证', '办身份证', '第一次办身份证', '二代证', '小孩办身份证'],
      en: ['ID card', 'identity card', 'first ID card', 'child ID card', 'national ID'],
    },
    eligibility: [
      {
        zh: '在本市登记常住户口、年满十六周岁的中国公民。',
        en: 'You are a Chinese citizen aged 16 or over with a permanent hukou in Jiangcheng.',
      },
      {
        zh: '未满十六周岁的本市户籍儿童，由父母或其他监护人陪同申领。',
        en: 'Children under 16 registered in Jiangcheng can apply with a parent or guardian.',
      },
      {
        zh: '此前未领取过居民身份证。',
        en: 'You have never been issued a resident ID card before.',
      },
    ],
    materials: [
      {
        name: { zh: '居民户口簿', en: 'Household register (hukou booklet)' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '核验后当场退还。',
          en: 'Checked and handed back at the desk.',
        },
      },
      {
        name: {
          zh: '监护人居民身份证（未满十六周岁的申请人）',
          en: "Parent or guardian's ID card (applicants under 16)",
        },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '本人相片', en: 'Photo of the applicant' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '窗口免费现场采集，无需自带相片。',
          en: 'Taken free of charge at the desk, so you do not need to bring one.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '预约取号', en: 'Book or take a ticket' },
        description: {
          zh: '通过江澄政务服务网预约，或到任一受理点取号；也可到户籍所在地派出所办理。',
          en: 'Book online, or take a ticket at any service centre. You can also apply at the police station where your hukou is registered.',
        },
      },
      {
        title: { zh: '现场受理', en: 'Apply in person' },
        description: {
          zh: '民警核对户籍信息，现场采集人像和指纹，申请人核对《居民身份证申领登记表》并签名。',
          en: 'An officer checks your household record, takes your photo and fingerprints, and you check and sign the application form.',
        },
      },
      {
        title: { zh: '缴纳工本费', en: 'Pay the fee' },
        description: {
          zh: '支持微信、支付宝、银联扫码缴费。',
          en: 'Pay by WeChat Pay, Alipay or UnionPay QR code.',
        },
      },
      {
        title: { zh: '领取证件', en: 'Collect your card' },
        description: {
          zh: '凭受理回执到受理点领取，也可选择邮政速递免费送达。',
          en: 'Collect it with your receipt, or choose free delivery by post.',
        },
      },
    ],
    statutoryDays: 60,
    promisedDays: 15,
    fee: {
      free: false,
      description: {
        zh: '证件工本费 20 元。领取城市最低生活保障金的居民和农村特困人员首次申领免收工本费。',
        en: 'The card costs 20 yuan. It is free for people receiving the minimum living allowance and rural residents in extreme hardship.',
      },
    },
    hallIds: cityAndDistrictHalls,
    online: notOnline,
    visits: 1,
    legalBasis: [ID_CARD_LAW],
    faqs: [
      {
        question: {
          zh: '身份证的有效期是多久？',
          en: 'How long is an ID card valid for?',
        },
        answer: {
          zh: '未满十六周岁的为 5 年，十六至二十五周岁的为 10 年，二十六至四十五周岁的为 20 年，四十六周岁以上的为长期。',
          en: 'Under 16: 5 years. 16 to 25: 10 years. 26 to 45: 20 years. 46 and over: no expiry date.',
        },
      },
      {
        question: {
          zh: '急着坐火车，等不及新证怎么办？',
          en: 'I need to travel before the card is ready. What can I do?',
        },
        answer: {
          zh: '可在受理时同时申请临时居民身份证，当场领取，有效期 3 个月。',
          en: 'Ask for a temporary ID card when you apply. You get it on the spot and it is valid for 3 months.',
        },
      },
    ],
    relatedCodes: ['GAJ-002', 'GAJ-004', 'GAJ-006'],
    popularity: 3600,
    updatedAt: '2026-03-12',
  }),
  guide({
    code: 'GAJ-002',
    name: { zh: '居民身份证有效期满换领', en: 'Renewing an expiring resident ID card' },
    summary: {
      zh: '居民身份证有效期满前三个月内即可申请换领新证；已采集过指纹的，可网上申请、新证邮寄到家。',
      en: 'You can renew your ID card from 3 months before it expires. If your fingerprints are already on record, you can apply online and have the new card posted to you.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['身份证', '身份证到期', '身份证过期', '换身份证', '换证', '身份证续期'],
      en: [
        'ID card',
        'identity card',
        'renew ID',
        'expired ID card',
        'ID renewal',
        'replace ID card',
      ],
    },
    eligibility: [
      {
        zh: '本市户籍居民，居民身份证已过有效期或将在三个月内到期。',
        en: 'You have a Jiangcheng hukou and your ID card has expired or will expire within 3 months.',
      },
      {
        zh: '网上申请的，须年满十六周岁、已采集指纹信息，且户籍信息无变化。',
        en: 'To apply online you must be 16 or over, have fingerprints on record and no changes to your household record.',
      },
      {
        zh: '非本市户籍人员在本市换领的，按“居民身份证异地受理”办理。',
        en: 'If your hukou is elsewhere, use the service for renewing an ID card outside your home area.',
      },
    ],
    materials: [
      {
        name: { zh: '原居民身份证', en: 'Your current ID card' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '领取新证时交回旧证；网上申请的，收到新证后自行剪角作废。',
          en: 'Hand it in when you collect the new card. If you applied online, cut off a corner once the new card arrives.',
        },
      },
      {
        name: { zh: '居民户口簿', en: 'Household register (hukou booklet)' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '户籍信息无变化的无需提供。',
          en: 'Only needed if your household details have changed.',
        },
      },
      {
        name: { zh: '数码相片回执', en: 'Digital photo receipt' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '网上申请时上传照相馆出具的带回执编号的数码相片；到窗口办理的现场免费采集。',
          en: 'For online applications, upload a studio digital photo with its receipt number. At a desk your photo is taken free of charge.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '登录江澄政务服务网进行人脸识别后填写申请并上传相片回执；或携带材料到任一受理点办理。',
          en: 'Sign in to the Jiangcheng government services site, confirm your identity by face check, fill in the form and upload your photo receipt, or go to any service centre with your documents.',
        },
      },
      {
        title: { zh: '审核', en: 'Check' },
        description: {
          zh: '户籍民警审核相片和户籍信息，不合格的通过短信告知原因。',
          en: 'An officer checks your photo and record. If anything is wrong you will get a text message saying why.',
        },
      },
      {
        title: { zh: '缴费制证', en: 'Pay and production' },
        description: {
          zh: '审核通过后在线缴纳工本费，证件送省级制证中心制作。',
          en: 'Once approved, pay the fee online and the card is made at the provincial production centre.',
        },
      },
      {
        title: { zh: '领取新证', en: 'Receive your card' },
        description: {
          zh: '选择邮寄的，新证通过邮政速递免费送达；选择自取的，凭短信通知到受理点领取。',
          en: 'The card is posted to you free of charge, or you collect it when you receive a text message.',
        },
      },
    ],
    statutoryDays: 60,
    promisedDays: 15,
    fee: {
      free: false,
      description: {
        zh: '证件工本费 20 元。领取城市最低生活保障金的居民和农村特困人员换领时免收。',
        en: 'The card costs 20 yuan. It is free for people receiving the minimum living allowance and rural residents in extreme hardship.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [ID_CARD_LAW],
    faqs: [
      {
        question: {
          zh: '身份证过期了还能用吗？',
          en: 'Can I still use my ID card after it expires?',
        },
        answer: {
          zh: '过期的身份证不能作为有效身份证件使用，乘车、开户等会受影响，请及时换领。等新证期间可申请临时身份证。',
          en: 'No. An expired card is not valid ID for trains, banks and similar. Renew it promptly; you can get a temporary ID card while you wait.',
        },
      },
      {
        question: {
          zh: '换领时可以顺便改照片吗？',
          en: 'Can I update my photo when I renew?',
        },
        answer: {
          zh: '换领新证时都会采集新相片，无需另行申请。',
          en: 'Yes. A new photo is always used for the new card.',
        },
      },
    ],
    relatedCodes: ['GAJ-001', 'GAJ-003', 'GAJ-004', 'GAJ-005'],
    popularity: 9800,
    updatedAt: '2026-06-02',
  }),
  guide({
    code: 'GAJ-003',
    name: {
      zh: '居民身份证丢失补领、损坏换领',
      en: 'Replacing a lost, stolen or damaged ID card',
    },
    summary: {
      zh: '身份证丢失、被盗或者损坏无法辨认的，可以到任一受理点申请补领或换领；申请时系统自动挂失原证。',
      en: 'If your ID card is lost, stolen or too damaged to read, apply for a replacement at any service centre. The old card is cancelled as soon as you apply.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['身份证', '身份证丢了', '身份证掉了', '身份证挂失', '补办身份证', '身份证坏了'],
      en: ['ID card', 'lost ID card', 'stolen ID', 'replacement ID card', 'damaged ID card'],
    },
    eligibility: [
      {
        zh: '居民身份证丢失、被盗，或者严重损坏、无法辨认。',
        en: 'Your ID card has been lost or stolen, or is so damaged it cannot be read.',
      },
      {
        zh: '本市户籍居民；非本市户籍人员可按异地受理办理。',
        en: 'You have a Jiangcheng hukou. Others can use the service for renewing outside their home area.',
      },
    ],
    materials: [
      {
        name: { zh: '居民户口簿', en: 'Household register (hukou booklet)' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '户口簿不在身边的，民警可通过人像比对核验身份。',
          en: 'If you do not have it with you, the officer can confirm who you are by comparing your face with our records.',
        },
      },
      {
        name: { zh: '损坏的居民身份证（换领）', en: 'The damaged ID card (damaged cards only)' },
        form: 'original',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '取号申请', en: 'Take a ticket' },
        description: {
          zh: '到任一受理点或户籍所在地派出所取号。',
          en: 'Go to any service centre or the police station where your hukou is registered.',
        },
      },
      {
        title: { zh: '核验挂失', en: 'Identity check and cancellation' },
        description: {
          zh: '民警核验身份并在系统中挂失原证，原证自挂失起作废。',
          en: 'The officer confirms your identity and cancels the old card. It cannot be used from that moment.',
        },
      },
      {
        title: { zh: '采集缴费', en: 'Photo, fingerprints and fee' },
        description: {
          zh: '现场采集相片和指纹，缴纳工本费；需要出行的可同时申请临时身份证。',
          en: 'Your photo and fingerprints are taken and you pay the fee. Ask for a temporary ID card at the same time if you need to travel.',
        },
      },
      {
        title: { zh: '领取新证', en: 'Receive your card' },
        description: {
          zh: '自取或邮寄送达。',
          en: 'Collect it or have it posted to you.',
        },
      },
    ],
    statutoryDays: 60,
    promisedDays: 15,
    fee: {
      free: false,
      description: {
        zh: '补领、换领工本费 40 元。',
        en: 'A replacement card costs 40 yuan.',
      },
    },
    hallIds: cityAndDistrictHalls,
    online: notOnline,
    visits: 1,
    legalBasis: [ID_CARD_LAW],
    faqs: [
      {
        question: {
          zh: '身份证丢了要先登报声明吗？',
          en: 'Do I need to put a notice in the newspaper first?',
        },
        answer: {
          zh: '不需要。申请补领时系统即挂失原证，无需登报或开具报失证明。',
          en: 'No. The old card is cancelled when you apply, so no newspaper notice or loss report is needed.',
        },
      },
      {
        question: {
          zh: '找回了旧身份证还能用吗？',
          en: 'I found my old card. Can I still use it?',
        },
        answer: {
          zh: '已挂失的证件不能再使用，请交回受理点或自行剪角作废。',
          en: 'No. A cancelled card is no longer valid. Hand it in or cut off a corner.',
        },
      },
    ],
    relatedCodes: ['GAJ-002', 'GAJ-004', 'GAJ-005'],
    popularity: 6800,
    updatedAt: '2026-04-18',
  }),
  guide({
    code: 'GAJ-004',
    name: { zh: '临时居民身份证申领', en: 'Getting a temporary ID card' },
    summary: {
      zh: '正在申领、换领或补领居民身份证期间急需使用身份证件的，可以申领临时居民身份证，当场领取，有效期三个月。',
      en: 'While your ID card is being made, you can get a temporary ID card on the spot if you urgently need proof of identity. It is valid for 3 months.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['临时身份证', '身份证', '坐火车身份证', '急用身份证', '临时证'],
      en: ['temporary ID', 'ID card', 'emergency ID', 'ID for train travel'],
    },
    eligibility: [
      {
        zh: '已申请领取、换领或补领居民身份证，新证尚未领到。',
        en: 'You have applied for a new, renewed or replacement ID card and have not received it yet.',
      },
      {
        zh: '因出行、就医、办理业务等急需使用身份证件。',
        en: 'You urgently need ID, for example to travel, see a doctor or open an account.',
      },
    ],
    materials: [
      {
        name: { zh: '居民身份证申领受理回执', en: 'Receipt for your ID card application' },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '居民户口簿', en: 'Household register (hukou booklet)' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '与身份证申请同时办理的无需重复提供。',
          en: 'Not needed again if you apply at the same time as your ID card.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Ask at the desk' },
        description: {
          zh: '在受理身份证申请时一并提出，或凭回执到受理点申请。',
          en: 'Ask when you apply for your ID card, or later with your receipt.',
        },
      },
      {
        title: { zh: '缴费制证', en: 'Pay and wait' },
        description: {
          zh: '缴纳工本费后现场打印制证，一般 10 分钟左右。',
          en: 'Pay the fee and the card is printed on the spot, usually within 10 minutes.',
        },
      },
      {
        title: { zh: '当场领取', en: 'Take your card' },
        description: {
          zh: '核对信息无误后签收。领取正式身份证时须交回临时身份证。',
          en: 'Check the details and sign for it. Hand it back when you collect your permanent card.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: {
      free: false,
      description: {
        zh: '工本费 10 元。',
        en: '10 yuan.',
      },
    },
    hallIds: cityAndDistrictHalls,
    online: notOnline,
    visits: 1,
    legalBasis: [
      ID_CARD_LAW,
      {
        zh: '《中华人民共和国临时居民身份证管理办法》',
        en: "Measures of the People's Republic of China for the Administration of Temporary Resident Identity Cards",
      },
    ],
    faqs: [
      {
        question: {
          zh: '临时身份证能坐飞机吗？',
          en: 'Can I fly with a temporary ID card?',
        },
        answer: {
          zh: '临时居民身份证是有效身份证件，可以乘坐国内航班和火车。机场公安也可为临时乘机开具证明。',
          en: 'Yes. It is valid ID for domestic flights and trains. Airport police can also issue a one-off boarding certificate.',
        },
      },
    ],
    relatedCodes: ['GAJ-001', 'GAJ-002', 'GAJ-003'],
    popularity: 3200,
    updatedAt: '2026-02-26',
  }),
  guide({
    code: 'GAJ-005',
    name: {
      zh: '居民身份证异地受理（跨省通办）',
      en: 'Renewing or replacing an ID card outside your home area',
    },
    summary: {
      zh: '户籍不在本市的居民，可以在本市任一受理点申请身份证换领、补领，无需回户籍地。',
      en: 'If your hukou is registered elsewhere in China, you can renew or replace your ID card at any Jiangcheng service centre without going home.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['身份证', '外地身份证', '异地办身份证', '跨省通办', '外地户口换身份证', '身份证补办'],
      en: [
        'ID card',
        'non-local ID',
        'renew ID in another city',
        'out-of-province ID',
        'migrant ID card',
      ],
    },
    eligibility: [
      {
        zh: '户籍在外省市、年满十六周岁的中国公民。',
        en: 'You are a Chinese citizen aged 16 or over with a hukou outside Jiangcheng.',
      },
      {
        zh: '申请换领、补领，或者未满十六周岁时已领证、年满十六周岁后换领。首次申领须回户籍地办理。',
        en: 'You need a renewal or replacement. First applications must still be made where your hukou is registered.',
      },
    ],
    materials: [
      {
        name: { zh: '原居民身份证或户口簿', en: 'Your current ID card or hukou booklet' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '身份证丢失且无户口簿的，可通过人像比对核验身份。',
          en: 'If you have lost your card and do not have your hukou booklet, your identity can be confirmed by face comparison.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '取号受理', en: 'Apply at a desk' },
        description: {
          zh: '到任一受理点取号，民警核验身份并采集相片、指纹。',
          en: 'Take a ticket at any service centre. An officer confirms your identity and takes your photo and fingerprints.',
        },
      },
      {
        title: { zh: '户籍地审核', en: 'Check by your home police' },
        description: {
          zh: '申请信息通过公安网传至户籍地公安机关审核签发。',
          en: 'Your application is sent electronically to the police where your hukou is registered for approval.',
        },
      },
      {
        title: { zh: '领取证件', en: 'Receive your card' },
        description: {
          zh: '证件制成后寄回本市受理点，可自取或免费邮寄。',
          en: 'The card is sent back to Jiangcheng. Collect it or have it posted to you free of charge.',
        },
      },
    ],
    statutoryDays: 60,
    promisedDays: 20,
    fee: {
      free: false,
      description: {
        zh: '换领工本费 20 元，补领工本费 40 元，与户籍地办理标准相同。',
        en: '20 yuan to renew and 40 yuan to replace a lost card, the same as in your home area.',
      },
    },
    hallIds: cityAndDistrictHalls,
    online: notOnline,
    visits: 1,
    legalBasis: [
      ID_CARD_LAW,
      {
        zh: '《公安部关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》',
        en: 'Ministry of Public Security Opinions on Accepting ID Card Applications, Loss Reports and Found Cards Outside the Home Area',
      },
    ],
    faqs: [
      {
        question: {
          zh: '异地办理比在老家办要慢吗？',
          en: 'Is it slower than applying at home?',
        },
        answer: {
          zh: '需要寄送证件，通常比户籍地多 5 个工作日左右，承诺 20 个工作日内办结。',
          en: 'Because the card is posted between cities it takes about 5 working days longer. We promise to finish within 20 working days.',
        },
      },
    ],
    relatedCodes: ['GAJ-002', 'GAJ-003', 'GAJ-013'],
    popularity: 4200,
    updatedAt: '2026-05-08',
  }),
  guide({
    code: 'GAJ-006',
    name: { zh: '出生登记（新生儿入户）', en: 'Registering a newborn baby in your hukou' },
    summary: {
      zh: '婴儿出生后一个月内应当申报出生登记、落户口。可通过“出生一件事”网上联办，一次申请同时办理出生医学证明、户口登记和医保参保。',
      en: 'A baby must be entered in the household register within one month of birth. The online "Newborn bundle" lets you apply once for the birth medical certificate, hukou registration and medical insurance.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration', 'birth-childcare'],
    keywords: {
      zh: ['户口', '上户口', '新生儿落户', '宝宝上户口', '报户口', '出生一件事', '入户'],
      en: [
        'hukou',
        'register a baby',
        'newborn registration',
        'birth registration',
        'add baby to hukou',
      ],
    },
    eligibility: [
      {
        zh: '新生儿父母一方为本市户籍，申请随父或随母在本市落户。',
        en: 'At least one parent has a Jiangcheng hukou and the baby will be registered with that parent.',
      },
      {
        zh: '已取得《出生医学证明》。',
        en: 'The baby has a birth medical certificate.',
      },
      {
        zh: '由父母、监护人或受委托的亲属申报；出生超过一个月的也可申报，不影响落户。',
        en: 'A parent, guardian or authorised relative applies. Registering after one month is still allowed.',
      },
    ],
    materials: [
      {
        name: { zh: '《出生医学证明》', en: 'Birth medical certificate' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '通过“出生一件事”办理的，由卫生健康部门共享电子证照，无需上传。',
          en: 'Not needed if you apply through the Newborn bundle, which receives the certificate directly from the hospital.',
        },
      },
      {
        name: { zh: '父母双方居民身份证', en: "Both parents' ID cards" },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '落户方居民户口簿', en: 'Hukou booklet of the household the baby joins' },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '父母结婚证', en: "Parents' marriage certificate" },
        form: 'original',
        copies: 0,
        notes: {
          zh: '非婚生育的，不需要提供，由申报人签署情况说明。',
          en: 'Not needed if the parents are not married; the applicant signs a short statement instead.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '在“出生一件事”专区填写新生儿姓名和落户地址，选择需联办的事项。',
          en: "In the Newborn bundle, enter the baby's name and the household to join, and choose the other services you want.",
        },
      },
      {
        title: { zh: '部门审核', en: 'Check' },
        description: {
          zh: '户籍民警核对出生医学证明和父母户籍信息。',
          en: "A police officer checks the birth certificate and the parents' records.",
        },
      },
      {
        title: { zh: '办理入户', en: 'Registration' },
        description: {
          zh: '审核通过后登记户口、编制公民身份号码，户口簿新增页免费邮寄到家。',
          en: 'Once approved the baby is registered and given an ID number. The new page for your hukou booklet is posted to you free of charge.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 1,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [HUKOU_REGULATIONS, HUKOU_REFORM],
    faqs: [
      {
        question: {
          zh: '孩子出生超过一个月还没上户口怎么办？',
          en: 'My baby is more than a month old and not yet registered. What now?',
        },
        answer: {
          zh: '可以正常申报，不收取罚款，也不影响落户，材料与按时申报相同。',
          en: 'Apply as normal. There is no penalty and the same documents are needed.',
        },
      },
      {
        question: {
          zh: '父母都不是本市户口，孩子可以落在江澄吗？',
          en: 'Neither parent has a Jiangcheng hukou. Can the baby be registered here?',
        },
        answer: {
          zh: '新生儿原则上随父或随母在户籍地落户。父母在本市持有居住证并符合落户条件的，可先办理本人迁入后再为孩子申报。',
          en: "A baby is normally registered where a parent's hukou is. If a parent qualifies to move their hukou to Jiangcheng, they can do that first and then register the baby.",
        },
      },
    ],
    relatedCodes: ['WJW-001', 'WJW-003', 'WJW-004', 'GAJ-001'],
    popularity: 5600,
    updatedAt: '2026-07-21',
  }),
  guide({
    code: 'GAJ-007',
    name: { zh: '死亡注销户口', en: 'Cancelling the hukou of someone who has died' },
    summary: {
      zh: '公民死亡后，由户主、亲属或者殡葬服务机构申报死亡登记，注销户口并交回居民身份证。',
      en: "When someone dies, the head of household, a relative or the funeral service reports the death so the person's hukou can be cancelled and their ID card returned.",
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['户口', '销户', '去世销户', '死亡证明', '身后一件事', '注销身份证'],
      en: ['hukou', 'death registration', 'cancel hukou', 'after a death', 'report a death'],
    },
    eligibility: [
      {
        zh: '死者生前为本市户籍。',
        en: 'The person who died had a Jiangcheng hukou.',
      },
      {
        zh: '由户主、亲属、抚养人或者殡葬服务机构申报。',
        en: 'The report is made by the head of household, a relative, a carer or the funeral service.',
      },
    ],
    materials: [
      {
        name: {
          zh: '《居民死亡医学证明（推断）书》或火化证明',
          en: 'Medical certificate of death or cremation certificate',
        },
        form: 'original',
        copies: 0,
        notes: {
          zh: '医院、殡仪馆已共享电子信息的无需提供纸质件。',
          en: 'Not needed on paper if the hospital or funeral home has already shared it with us.',
        },
      },
      {
        name: { zh: '死者居民户口簿和居民身份证', en: "The person's hukou booklet and ID card" },
        form: 'original',
        copies: 0,
        notes: {
          zh: '身份证交回注销；户口簿当场盖章后退还。',
          en: 'The ID card is kept and cancelled. The hukou booklet is stamped and given back.',
        },
      },
      {
        name: { zh: '申报人居民身份证', en: "Applicant's ID card" },
        form: 'original',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '申报', en: 'Report the death' },
        description: {
          zh: '通过“身后一件事”网上申报，或到户籍所在地派出所、任一受理点办理。',
          en: 'Report online through the After a death bundle, or at the local police station or any service centre.',
        },
      },
      {
        title: { zh: '核实', en: 'Check' },
        description: {
          zh: '民警核对死亡证明信息。',
          en: 'An officer checks the death certificate.',
        },
      },
      {
        title: { zh: '注销', en: 'Cancellation' },
        description: {
          zh: '当场注销户口，可同时出具注销户口证明，用于办理继承、社保待遇终止等。',
          en: 'The hukou is cancelled on the spot. Ask for a cancellation certificate if you need one for inheritance or pension matters.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 0,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [HUKOU_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '死者的身份证找不到了怎么办？',
          en: "We cannot find the person's ID card. What should we do?",
        },
        answer: {
          zh: '申报人签署说明即可，注销户口后该身份证自动失效。',
          en: 'Sign a short statement. The card becomes invalid once the hukou is cancelled.',
        },
      },
    ],
    relatedCodes: ['GAJ-015'],
    popularity: 1800,
    updatedAt: '2026-01-30',
  }),
  guide({
    code: 'GAJ-008',
    name: { zh: '投靠亲属户口迁入', en: 'Moving your hukou to join a family member' },
    summary: {
      zh: '夫妻投靠、未成年子女投靠父母、父母投靠子女的，可以将户口迁入在本市有户籍和住所的亲属处。外省迁入实行“跨省通办”，只需在本市申请。',
      en: 'Spouses, children under 18 and parents can move their hukou to join a family member registered in Jiangcheng. Moves from other provinces are handled entirely in Jiangcheng.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['户口', '户口迁移', '落户', '夫妻投靠', '老人投靠子女', '孩子随迁', '迁户口'],
      en: ['hukou', 'hukou transfer', 'move hukou', 'join spouse', 'family reunion hukou'],
    },
    eligibility: [
      {
        zh: '夫妻一方为本市户籍，另一方申请投靠。',
        en: 'Your spouse has a Jiangcheng hukou.',
      },
      {
        zh: '未成年子女投靠本市户籍的父母；或男满 60 周岁、女满 55 周岁的父母投靠本市户籍子女。',
        en: 'You are under 18 joining a parent, or a parent (men 60 and over, women 55 and over) joining a child registered in Jiangcheng.',
      },
      {
        zh: '被投靠人在本市有合法稳定住所，房屋产权人同意落户。',
        en: 'The family member has a legal, stable home in Jiangcheng and the owner agrees to the registration.',
      },
    ],
    materials: [
      {
        name: {
          zh: '申请人和被投靠人居民身份证、户口簿',
          en: 'ID cards and hukou booklets of both people',
        },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '亲属关系证明（结婚证、出生医学证明等）',
          en: 'Proof of relationship (marriage certificate, birth certificate or similar)',
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '住所证明', en: 'Proof of home' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '不动产权证书或购房合同；房屋非被投靠人所有的，另需产权人书面同意。',
          en: "Property certificate or purchase contract. If the home is not the family member's, bring the owner's written consent.",
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '网上申请或到迁入地派出所、任一受理点提交材料。',
          en: 'Apply online or at the police station for the new address or any service centre.',
        },
      },
      {
        title: { zh: '审核', en: 'Check' },
        description: {
          zh: '派出所审核材料，必要时上门核实住所。',
          en: 'The police station checks your documents and may visit the home.',
        },
      },
      {
        title: { zh: '迁入登记', en: 'Registration' },
        description: {
          zh: '审核通过后直接办理迁入，外省迁出手续由系统协同完成，无需回原籍。',
          en: 'Once approved you are registered. Your old area is notified electronically, so you do not need to go back.',
        },
      },
      {
        title: { zh: '领取户口簿', en: 'Receive your booklet' },
        description: {
          zh: '到窗口领取或邮寄送达。',
          en: 'Collect the booklet or have it posted.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [HUKOU_REGULATIONS, HUKOU_REFORM],
    faqs: [
      {
        question: {
          zh: '还需要回老家开准迁证和迁移证吗？',
          en: 'Do I still need to go back for a moving-out permit?',
        },
        answer: {
          zh: '不需要。跨省户口迁移已实行“一地办理”，在本市受理后由两地公安机关网上协同办理。',
          en: 'No. Moves between provinces are now handled in one place: we deal with your old area online.',
        },
      },
    ],
    relatedCodes: ['GAJ-009', 'GAJ-010', 'GAJ-016'],
    popularity: 2400,
    updatedAt: '2026-05-19',
  }),
  guide({
    code: 'GAJ-009',
    name: {
      zh: '购房、就业和人才落户',
      en: 'Moving your hukou to Jiangcheng for a home, job or qualifications',
    },
    summary: {
      zh: '在本市购买住房、稳定就业或取得大专以上学历的，可以申请将户口迁入本市，配偶和未成年子女可以随迁。',
      en: 'If you own a home in Jiangcheng, have a steady job here or hold a college degree, you can move your hukou here and bring your spouse and children under 18.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['户口', '落户', '人才落户', '买房落户', '大学生落户', '迁户口', '积分落户'],
      en: ['hukou', 'move hukou', 'settle in Jiangcheng', 'graduate hukou', 'talent settlement'],
    },
    eligibility: [
      {
        zh: '在本市拥有合法产权住房；或在本市连续缴纳城镇职工社会保险满 6 个月并有合法稳定住所。',
        en: 'You own a home in Jiangcheng, or you have paid urban employee social insurance here for 6 months in a row and have a stable home.',
      },
      {
        zh: '或具有全日制大专以上学历、技师以上职业资格，可先落户后就业。',
        en: 'Or you have a full-time college diploma or higher, or a technician qualification or higher; you can register before you find work.',
      },
      {
        zh: '无住房的，可落户在工作单位集体户或社区公共户。',
        en: "If you do not own a home, you can be registered in your employer's or the community's collective household.",
      },
    ],
    materials: [
      {
        name: { zh: '本人居民身份证、户口簿', en: 'Your ID card and hukou booklet' },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '不动产权证书或购房合同', en: 'Property certificate or purchase contract' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '购房落户提供；社保缴纳记录由系统自动核查。',
          en: 'For home owners. Your social insurance record is checked automatically.',
        },
      },
      {
        name: {
          zh: '毕业证书或职业资格证书',
          en: 'Degree certificate or professional qualification',
        },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '人才落户提供，学历可通过学信网在线核验。',
          en: 'For qualification-based applications. Degrees can be verified online.',
        },
      },
      {
        name: { zh: '随迁人员关系证明', en: 'Proof of relationship for family moving with you' },
        form: 'original-and-copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '在江澄政务服务网选择落户类别，上传材料。',
          en: 'Choose the type of application on the Jiangcheng government services site and upload your documents.',
        },
      },
      {
        title: { zh: '联合审核', en: 'Joint check' },
        description: {
          zh: '公安、人社、不动产部门在线核验房产、社保和学历信息。',
          en: 'Police, social insurance and property registration staff check your records online.',
        },
      },
      {
        title: { zh: '办理迁入', en: 'Registration' },
        description: {
          zh: '审核通过后短信通知，凭身份证到迁入地派出所或受理点领取户口簿。',
          en: 'You receive a text message when approved. Collect your hukou booklet with your ID card.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 7,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [HUKOU_REGULATIONS, HUKOU_REFORM],
    faqs: [
      {
        question: {
          zh: '买的是二手房也可以落户吗？',
          en: 'Can I register if I bought a second-hand home?',
        },
        answer: {
          zh: '可以，取得不动产权证书即可申请，不限面积和新旧。',
          en: 'Yes. Any home you hold a property certificate for counts, whatever its size or age.',
        },
      },
      {
        question: {
          zh: '落户以后，原来在老家的承包地会被收回吗？',
          en: 'Will I lose my farmland rights back home?',
        },
        answer: {
          zh: '不会。现行政策不以退出土地承包经营权、宅基地使用权作为落户条件。',
          en: 'No. Giving up rural land or homestead rights is not a condition of moving your hukou.',
        },
      },
    ],
    relatedCodes: ['GAJ-008', 'GAJ-013'],
    popularity: 3100,
    updatedAt: '2026-08-04',
  }),
  guide({
    code: 'GAJ-010',
    name: { zh: '市内户口迁移', en: 'Moving your hukou within Jiangcheng' },
    summary: {
      zh: '本市户籍居民因购房、投靠等在市内各区之间或区内迁移户口的，向迁入地派出所申请，一次办结。',
      en: 'If you move home within Jiangcheng, apply to the police station for your new address to move your hukou there in one go.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['户口', '户口迁移', '搬家迁户口', '迁户口', '户口转区'],
      en: ['hukou', 'move hukou', 'change hukou address', 'hukou transfer'],
    },
    eligibility: [
      {
        zh: '本市户籍居民，在迁入地有合法稳定住所。',
        en: 'You have a Jiangcheng hukou and a legal, stable home at the new address.',
      },
      {
        zh: '迁入他人住房的，需产权人同意。',
        en: 'If the home belongs to someone else, the owner must agree.',
      },
    ],
    materials: [
      {
        name: { zh: '迁移人居民身份证、户口簿', en: 'ID cards and hukou booklets of those moving' },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '迁入地住所证明', en: 'Proof of the new home' },
        form: 'original-and-copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Apply' },
        description: {
          zh: '网上申请或到迁入地派出所、任一受理点申请。',
          en: 'Apply online, at the police station for the new address or at any service centre.',
        },
      },
      {
        title: { zh: '审核迁移', en: 'Check and transfer' },
        description: {
          zh: '民警审核后同步办理迁出和迁入。',
          en: 'The officer checks your documents and moves your record in one step.',
        },
      },
      {
        title: { zh: '领取户口簿', en: 'Receive your booklet' },
        description: {
          zh: '当场领取或邮寄送达。',
          en: 'Take it with you or have it posted.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 1,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [HUKOU_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '户口要迁到外省，在哪里办？',
          en: 'Where do I apply to move my hukou to another province?',
        },
        answer: {
          zh: '直接向迁入地公安机关申请，两地网上协同办理，不需要回本市开具迁移证。',
          en: 'Apply to the police in the place you are moving to. They deal with us online, so you do not need to come back.',
        },
      },
    ],
    relatedCodes: ['GAJ-008', 'GAJ-016'],
    popularity: 1900,
    updatedAt: '2026-03-27',
  }),
  guide({
    code: 'GAJ-011',
    name: { zh: '变更姓名', en: 'Changing your name' },
    summary: {
      zh: '因正当理由需要变更姓名的，由本人（未满十八周岁的由父母或监护人）向户口登记机关申请。变更后可据此换领身份证。',
      en: 'You can change your name for a good reason by applying to the police where your hukou is registered. A parent or guardian applies for anyone under 18. You can then get a new ID card.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['改名', '改名字', '改姓', '孩子改姓', '户口', '曾用名'],
      en: ['name change', 'change surname', "change child's surname", 'hukou', 'former name'],
    },
    eligibility: [
      {
        zh: '本市户籍，有正当理由，如姓名含生僻字、随继父母姓、父母离婚后子女变更姓氏等。',
        en: "You have a Jiangcheng hukou and a good reason, for example a very rare character, taking a step-parent's surname, or a child's surname after divorce.",
      },
      {
        zh: '未满十八周岁的，由父母双方共同申请，另一方不能到场的须提交经公证的同意书。',
        en: 'For anyone under 18 both parents apply together; if one cannot come, bring their notarised consent.',
      },
      {
        zh: '不存在逃避法律责任等不予变更的情形。',
        en: 'The change is not an attempt to avoid legal responsibility.',
      },
    ],
    materials: [
      {
        name: { zh: '变更姓名申请书', en: 'Name change application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '窗口提供，也可在网上下载填写。',
          en: 'Available at the desk or to download.',
        },
      },
      {
        name: { zh: '申请人居民身份证、户口簿', en: "Applicant's ID card and hukou booklet" },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '理由证明（离婚判决书或协议、收养证等）',
          en: 'Evidence for the reason (divorce judgment or agreement, adoption certificate, etc.)',
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '学籍、工作单位意见', en: 'Statement from the school or employer' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '在校学生和在职人员提供，用于同步更新学籍、人事档案。',
          en: 'For students and employees, so school and personnel records can be updated.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '到户籍所在地派出所或受理点提交申请和材料。',
          en: 'Apply at the police station where your hukou is registered or at a service centre.',
        },
      },
      {
        title: { zh: '调查审核', en: 'Review' },
        description: {
          zh: '派出所初审后报区公安分局审批，必要时约谈申请人。',
          en: 'The station reviews the application and the district police office decides. You may be asked to come in for a conversation.',
        },
      },
      {
        title: { zh: '变更登记', en: 'Registration' },
        description: {
          zh: '批准后变更户口登记，原姓名登记为曾用名，可同时申请换领身份证。',
          en: 'Once approved your record is updated and the old name kept as a former name. You can apply for a new ID card at the same time.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 15,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    online: notOnline,
    visits: 2,
    legalBasis: [HUKOU_REGULATIONS, civilCode],
    faqs: [
      {
        question: {
          zh: '改名以后，护照、社保等要怎么改？',
          en: 'How do I update my passport, social insurance and other records?',
        },
        answer: {
          zh: '凭新身份证和户籍部门出具的同一人证明，到各部门分别办理变更。',
          en: 'Take your new ID card and a same-person certificate from the police to each office.',
        },
      },
    ],
    relatedCodes: ['GAJ-002', 'GAJ-012', 'GAJ-015', 'CRJ-004'],
    popularity: 900,
    updatedAt: '2026-02-09',
  }),
  guide({
    code: 'GAJ-012',
    name: {
      zh: '户口登记项目变更更正',
      en: 'Correcting or updating your household record',
    },
    summary: {
      zh: '户口登记的出生日期、民族、文化程度、婚姻状况、服务处所等项目有误或发生变化的，可以申请变更或更正。',
      en: 'Apply if your date of birth, ethnic group, education, marital status or workplace in the household register is wrong or has changed.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['户口', '户口本信息错误', '改出生日期', '改民族', '户口本改学历', '更正'],
      en: ['hukou', 'correct date of birth', 'update hukou details', 'household record error'],
    },
    eligibility: [
      {
        zh: '本市户籍，户口登记项目与事实不符或已发生变化。',
        en: 'You have a Jiangcheng hukou and something in your record is wrong or out of date.',
      },
      {
        zh: '更正出生日期的，须有出生医学证明、原始档案等能证明真实出生日期的材料。',
        en: 'To correct a date of birth you need evidence such as a birth medical certificate or original records.',
      },
    ],
    materials: [
      {
        name: { zh: '居民身份证、户口簿', en: 'ID card and hukou booklet' },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '变更更正依据（毕业证、结婚证、出生医学证明、原始档案等）',
          en: 'Evidence (degree certificate, marriage certificate, birth certificate, original files, etc.)',
        },
        form: 'original-and-copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '文化程度、婚姻状况、服务处所变更可网上申请；出生日期、民族更正须到窗口。',
          en: 'Education, marital status and workplace changes can be made online. Date of birth and ethnic group corrections need a desk visit.',
        },
      },
      {
        title: { zh: '审核', en: 'Check' },
        description: {
          zh: '一般项目当场审核；出生日期、民族更正需调查核实并报分局审批。',
          en: 'Most changes are checked on the spot. Date of birth and ethnic group need investigation and district approval.',
        },
      },
      {
        title: { zh: '变更登记', en: 'Update' },
        description: {
          zh: '更新户口簿，涉及身份证号码或证面信息的，同时换领身份证。',
          en: 'Your hukou booklet is updated. If your ID number or card details change, you also get a new ID card.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 10,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [
      HUKOU_REGULATIONS,
      {
        zh: '《中国公民民族成份登记管理办法》',
        en: 'Measures for the Registration of Ethnic Status of Chinese Citizens',
      },
    ],
    faqs: [
      {
        question: {
          zh: '结婚后户口本上的婚姻状况必须改吗？',
          en: 'Do I have to update my marital status after marrying?',
        },
        answer: {
          zh: '不强制，但办理随迁、继承等业务时可能需要，可随时网上申请变更。',
          en: 'It is not required, but some services use it. You can update it online at any time.',
        },
      },
    ],
    relatedCodes: ['GAJ-011', 'GAJ-016'],
    popularity: 1100,
    updatedAt: '2026-04-02',
  }),
  guide({
    code: 'GAJ-013',
    name: { zh: '居住证申领', en: 'Applying for a residence permit' },
    summary: {
      zh: '非本市户籍人员在本市居住半年以上，有合法稳定就业、住所或连续就读的，可以申领居住证，享受子女入学、社保等基本公共服务。',
      en: 'If your hukou is elsewhere and you have lived in Jiangcheng for 6 months with a job, a home or a school place, you can get a residence permit. It gives access to school places, social insurance and other public services.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['居住证', '暂住证', '居住登记', '外地人', '新市民', '流动人口'],
      en: [
        'residence permit',
        'temporary residence',
        'non-local resident',
        'migrant worker',
        'residence registration',
      ],
    },
    eligibility: [
      {
        zh: '户籍不在本市，已在本市办理居住登记满半年。',
        en: 'Your hukou is outside Jiangcheng and you registered your address here at least 6 months ago.',
      },
      {
        zh: '在本市有合法稳定就业、合法稳定住所或者连续就读，符合其中一项即可。',
        en: 'You have a steady job, a legal stable home or a school place in Jiangcheng; any one is enough.',
      },
      {
        zh: '未满十六周岁的，由监护人代为申领。',
        en: 'A parent or guardian applies for anyone under 16.',
      },
    ],
    materials: [
      idCardOriginal,
      {
        name: {
          zh: '住所证明（房产证、租赁合同或单位住宿证明）',
          en: 'Proof of address (property certificate, tenancy agreement or employer housing letter)',
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: {
          zh: '就业或就读证明（劳动合同、营业执照、在读证明）',
          en: 'Proof of work or study (employment contract, business licence or school letter)',
        },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '以住所条件申请的可不提供；社保缴纳信息由系统核查。',
          en: 'Not needed if you apply on the basis of your home. Social insurance is checked automatically.',
        },
      },
      {
        name: { zh: '本人相片', en: 'Photo of the applicant' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '有身份证相片的可直接调用，无需另行采集。',
          en: 'Your ID card photo is used if it is on record.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '居住登记', en: 'Register your address' },
        description: {
          zh: '来本市后通过网上或社区办理居住登记，登记满半年后可申领。',
          en: 'Register your Jiangcheng address online or with your community after you arrive. You can apply 6 months later.',
        },
      },
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '网上上传材料，或到居住地派出所、社区警务室、受理点申请。',
          en: 'Upload your documents online or apply at the local police station, community police office or a service centre.',
        },
      },
      {
        title: { zh: '审核制证', en: 'Check and production' },
        description: {
          zh: '民警核实居住、就业信息后制作居住证。',
          en: 'An officer checks your address and job details and the permit is made.',
        },
      },
      {
        title: { zh: '领取', en: 'Receive your permit' },
        description: {
          zh: '到选定的受理点领取或邮寄送达。',
          en: 'Collect it or have it posted.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 7,
    fee: {
      free: true,
      description: {
        zh: '首次申领免收工本费；换领、补领收取工本费 20 元。',
        en: 'Free the first time. A renewal or replacement card costs 20 yuan.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.residencePermits],
    faqs: [
      {
        question: {
          zh: '居住证有什么用？',
          en: 'What is a residence permit for?',
        },
        answer: {
          zh: '持证人可在本市申请随迁子女入学、办理机动车登记和驾驶证、出入境证件，以及参加职工社保、申请公租房等。',
          en: 'It lets you apply for school places for your children, register a vehicle, get a driving licence or passport here, join employee social insurance and apply for public rental housing.',
        },
      },
      {
        question: {
          zh: '居住证需要每年续吗？',
          en: 'Does the permit need renewing every year?',
        },
        answer: {
          zh: '需要每年签注一次，可在网上办理，详见“居住证签注”。',
          en: 'Yes, it must be endorsed once a year, which you can do online.',
        },
      },
    ],
    relatedCodes: ['GAJ-014', 'GAJ-009', 'JYJ-004'],
    popularity: 4300,
    updatedAt: '2026-06-15',
  }),
  guide({
    code: 'GAJ-014',
    name: { zh: '居住证签注', en: 'Endorsing (renewing) a residence permit' },
    summary: {
      zh: '居住证持证人在本市居住满一年、仍符合申领条件的，应当在居住证有效期满前一个月内办理签注，逾期未签注的居住证停止使用。',
      en: 'Residence permits must be endorsed each year in the month before they expire, provided you still qualify. A permit that is not endorsed stops being valid.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['居住证', '居住证续签', '居住证延期', '居住证到期', '暂住证续期'],
      en: ['residence permit', 'renew residence permit', 'extend residence permit'],
    },
    eligibility: [
      {
        zh: '持有本市居住证，有效期将在一个月内届满或已届满未满一年。',
        en: 'You hold a Jiangcheng residence permit that expires within a month or expired less than a year ago.',
      },
      {
        zh: '仍在本市居住，并有合法稳定就业、住所或连续就读。',
        en: 'You still live in Jiangcheng with a job, home or school place.',
      },
    ],
    materials: [
      {
        name: { zh: '居住证', en: 'Residence permit' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '网上签注的，提供证件号码即可。',
          en: 'For online endorsement, just give the permit number.',
        },
      },
      {
        name: { zh: '居住、就业情况变化的证明', en: 'Proof of any change of home or job' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '情况未变化的无需提供。',
          en: 'Only if something has changed.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '登录江澄政务服务网，核对居住信息后提交签注申请。',
          en: 'Sign in, check your address details and submit the request.',
        },
      },
      {
        title: { zh: '系统核验', en: 'Automatic check' },
        description: {
          zh: '系统比对社保、租赁备案等数据，符合条件的自动签注。',
          en: 'Your social insurance and tenancy records are checked and the permit endorsed automatically if you qualify.',
        },
      },
      {
        title: { zh: '完成', en: 'Done' },
        description: {
          zh: '电子居住证即时更新有效期，实体证无需再到窗口加贴。',
          en: 'The expiry date on your electronic permit is updated straight away. No sticker is needed on the card.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.residencePermits],
    faqs: [
      {
        question: {
          zh: '忘记签注了，居住年限还能连续计算吗？',
          en: 'I forgot to endorse my permit. Does my residence time still count?',
        },
        answer: {
          zh: '逾期未满一年补签的，居住年限连续计算；超过一年的须重新申领，年限重新计算。',
          en: 'If you endorse it within a year of expiry, your time counts without a break. After that you must apply again and the count restarts.',
        },
      },
    ],
    relatedCodes: ['GAJ-013'],
    popularity: 2600,
    updatedAt: '2026-06-15',
  }),
  guide({
    code: 'GAJ-015',
    name: {
      zh: '户籍证明开具',
      en: 'Getting a household registration certificate',
    },
    summary: {
      zh: '开具同一人证明（曾用名）、注销户口证明、户口迁移或变更记录证明等户籍类证明，可网上申请电子证明。',
      en: 'Get a certificate from the household register, such as a same-person (former name) certificate, a cancelled-hukou certificate or a record of hukou moves. Electronic certificates are available online.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['户口证明', '户籍证明', '同一人证明', '曾用名证明', '销户证明', '户口'],
      en: ['hukou certificate', 'household record', 'same-person certificate', 'former name proof'],
    },
    eligibility: [
      {
        zh: '本市户籍人员本人，或已注销户口人员的近亲属。',
        en: 'You have a Jiangcheng hukou, or you are a close relative of someone whose hukou was cancelled.',
      },
      {
        zh: '用于办理继承、公证、不动产登记、出国留学等合理用途。',
        en: 'You need it for inheritance, notarisation, property registration, study abroad or a similar purpose.',
      },
    ],
    materials: [
      applicantIdCard,
      {
        name: { zh: '亲属关系证明', en: 'Proof of relationship' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '为已故亲属申请注销户口证明时提供。',
          en: 'Only when applying for a relative who has died.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Apply' },
        description: {
          zh: '网上选择证明类型并说明用途，或到任一受理点申请。',
          en: 'Choose the certificate online and say what it is for, or apply at a service centre.',
        },
      },
      {
        title: { zh: '核查', en: 'Check' },
        description: {
          zh: '民警查询户籍档案；需调阅纸质档案的，调查核实后出具。',
          en: 'An officer checks the register. If paper files are needed, the certificate is issued after checking them.',
        },
      },
      {
        title: { zh: '出具证明', en: 'Issue' },
        description: {
          zh: '电子证明可在线下载，带有防伪二维码；纸质证明当场领取。',
          en: 'Download the electronic certificate, which carries a verification QR code, or take the paper one at the desk.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 1,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [HUKOU_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '银行要我开“亲属关系证明”，派出所能开吗？',
          en: 'My bank asked for a family relationship certificate. Can the police issue one?',
        },
        answer: {
          zh: '户口簿能体现亲属关系的，不再另行开具证明；不在同一户口簿的，可开具户籍档案记载的亲属关系证明。',
          en: 'If the relationship shows in your hukou booklet, that is the proof. If not, we can certify what the household records show.',
        },
      },
    ],
    relatedCodes: ['GAJ-007', 'GAJ-011'],
    popularity: 2200,
    updatedAt: '2026-05-26',
  }),
  guide({
    code: 'GAJ-016',
    name: { zh: '户口簿补领、换领', en: 'Replacing a lost or damaged hukou booklet' },
    summary: {
      zh: '居民户口簿遗失、损坏或者户主变更、户内成员增减需要换发的，可以申请补领或换领。',
      en: 'Apply for a new hukou booklet if yours is lost or damaged, or if the head of household or members change.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration'],
    keywords: {
      zh: ['户口本', '户口簿丢了', '补办户口本', '户口', '换户主'],
      en: ['hukou booklet', 'household register', 'lost hukou book', 'hukou'],
    },
    eligibility: [
      {
        zh: '本市户籍的户主或户内成年成员。',
        en: 'You are the head of household or an adult member of a Jiangcheng household.',
      },
      {
        zh: '户口簿遗失、严重损坏，或需要变更户主、换发。',
        en: 'The booklet is lost or badly damaged, or the head of household has changed.',
      },
    ],
    materials: [
      applicantIdCard,
      {
        name: { zh: '损坏的户口簿（换领）', en: 'The damaged booklet (if damaged)' },
        form: 'original',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '到户籍所在地派出所或任一受理点申请。',
          en: 'Apply at the police station where your hukou is registered or any service centre.',
        },
      },
      {
        title: { zh: '核验打印', en: 'Check and print' },
        description: {
          zh: '民警核对全户信息后打印户口簿。',
          en: 'The officer checks the household record and prints a new booklet.',
        },
      },
      {
        title: { zh: '领取', en: 'Collect' },
        description: {
          zh: '当场领取。',
          en: 'Take it with you.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: HUKOU_FREE,
    hallIds: cityAndDistrictHalls,
    online: notOnline,
    visits: 1,
    legalBasis: [HUKOU_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '户口簿丢失会被冒用吗？',
          en: 'Could someone misuse my lost booklet?',
        },
        answer: {
          zh: '户口簿须与身份证配合使用，补领后原户口簿作废，风险较低。',
          en: 'The booklet is used with an ID card, and the old one is cancelled once you get a new one, so the risk is low.',
        },
      },
    ],
    relatedCodes: ['GAJ-010', 'GAJ-012'],
    popularity: 1400,
    updatedAt: '2026-01-15',
  }),
  guide({
    code: 'GAJ-017',
    name: {
      zh: '无犯罪记录证明开具',
      en: 'Getting a certificate of no criminal record',
    },
    summary: {
      zh: '因就业、出国（境）、申办执业资格等需要证明本人无犯罪记录的，可以网上申请，审核通过后下载电子证明。',
      en: 'If you need proof that you have no criminal record for a job, to go abroad or for a professional licence, apply online and download the electronic certificate.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration', 'employment'],
    keywords: {
      zh: ['无犯罪证明', '无犯罪记录', '良民证', '政审', '出国无犯罪证明'],
      en: [
        'police certificate',
        'criminal record check',
        'good conduct certificate',
        'background check',
      ],
    },
    eligibility: [
      {
        zh: '本市户籍人员，或持有本市居住证的非本市户籍人员。',
        en: 'You have a Jiangcheng hukou or a Jiangcheng residence permit.',
      },
      {
        zh: '有明确用途，如应聘、出国（境）、申请执业资格等。',
        en: 'You have a clear purpose, such as a job application, going abroad or a professional licence.',
      },
    ],
    materials: [
      {
        name: idCardName,
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '网上申请的通过人脸识别核验身份。',
          en: 'Online, your identity is confirmed by a face check.',
        },
      },
      {
        name: {
          zh: '委托书和受托人身份证（委托办理）',
          en: 'Letter of authority and ID of the person acting for you',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '本人在境外等无法亲自申请的，可委托他人到窗口办理。',
          en: 'If you are abroad or cannot apply yourself, someone can apply for you at a desk.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '选择证明用途，填写申请信息并完成人脸识别。',
          en: 'Choose what the certificate is for, fill in the form and complete the face check.',
        },
      },
      {
        title: { zh: '查询核实', en: 'Records check' },
        description: {
          zh: '公安机关查询违法犯罪记录，一般当场出具，需核实的 3 个工作日内办结。',
          en: 'The police check their records. Usually the certificate is issued straight away; if anything needs checking, within 3 working days.',
        },
      },
      {
        title: { zh: '下载证明', en: 'Download' },
        description: {
          zh: '电子证明带有验证码，可打印或直接发送给用人单位核验。',
          en: 'The electronic certificate has a verification code. Print it or send it to the employer to check.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      {
        zh: '《公安机关办理无犯罪记录证明工作规定》',
        en: 'Provisions on Issuing Certificates of No Criminal Record by Public Security Organs',
      },
    ],
    faqs: [
      {
        question: {
          zh: '出国用的无犯罪记录证明还要公证吗？',
          en: 'Does a certificate for use abroad need notarising?',
        },
        answer: {
          zh: '多数国家要求公证并办理附加证明书（海牙认证），请先向目的国使领馆确认要求。',
          en: 'Most countries want it notarised with an apostille. Check with the embassy of the country first.',
        },
      },
    ],
    relatedCodes: ['GAJ-013'],
    popularity: 4600,
    updatedAt: '2026-07-03',
  }),
  guide({
    code: 'GAJ-018',
    name: {
      zh: '港澳台居民居住证申领',
      en: 'Residence permit for Hong Kong, Macao and Taiwan residents',
    },
    summary: {
      zh: '港澳台居民在本市居住半年以上，有合法稳定就业、住所或连续就读的，可申领港澳台居民居住证，在内地办理交通出行、金融、社保等业务更便利。',
      en: 'Hong Kong, Macao and Taiwan residents who have lived in Jiangcheng for 6 months with a job, home or school place can get a residence permit. It makes travel, banking and social insurance on the Mainland easier.',
    },
    departmentId: 'gaj',
    audience: ['individual'],
    themeIds: ['household-registration', 'exit-entry'],
    keywords: {
      zh: ['港澳台居住证', '台胞居住证', '香港人居住证', '居住证'],
      en: [
        'residence permit',
        'Hong Kong resident',
        'Macao resident',
        'Taiwan resident',
        'HMT permit',
      ],
    },
    eligibility: [
      {
        zh: '持有效港澳居民来往内地通行证或台湾居民来往大陆通行证。',
        en: 'You hold a valid Mainland travel permit for Hong Kong and Macao residents or for Taiwan residents.',
      },
      {
        zh: '在本市居住半年以上，并有合法稳定就业、住所或连续就读之一。',
        en: 'You have lived in Jiangcheng for 6 months and have a job, home or school place here.',
      },
    ],
    materials: [
      {
        name: {
          zh: '港澳居民来往内地通行证或台湾居民来往大陆通行证',
          en: 'Mainland travel permit for Hong Kong and Macao residents or for Taiwan residents',
        },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '居住、就业或就读证明', en: 'Proof of home, job or study' },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '本人相片', en: 'Photo of the applicant' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '现场免费采集，同时采集指纹。',
          en: 'Taken free of charge at the desk with your fingerprints.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '到居住地受理点提交材料，现场采集相片和指纹。',
          en: 'Apply at a service centre near you. Your photo and fingerprints are taken.',
        },
      },
      {
        title: { zh: '审核制证', en: 'Check and production' },
        description: {
          zh: '公安机关核实居住信息后制证。',
          en: 'Police check your details and the permit is made.',
        },
      },
      {
        title: { zh: '领证', en: 'Collect' },
        description: {
          zh: '到受理点领取或邮寄。',
          en: 'Collect it or have it posted.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    fee: {
      free: true,
      description: {
        zh: '首次申领免收工本费；换领、补领收取工本费 20 元。',
        en: 'Free the first time. A renewal or replacement costs 20 yuan.',
      },
    },
    hallIds: ['smzx'],
    online: notOnline,
    visits: 1,
    legalBasis: [
      {
        zh: '《港澳台居民居住证申领发放办法》',
        en: 'Measures on Applying for and Issuing Residence Permits for Hong Kong, Macao and Taiwan Residents',
      },
      laws.residencePermits,
    ],
    faqs: [
      {
        question: {
          zh: '办了居住证还需要通行证吗？',
          en: 'Do I still need my travel permit?',
        },
        answer: {
          zh: '需要。居住证不能作为出入境证件，往来内地仍须持通行证。',
          en: 'Yes. The residence permit is not a travel document; you still need your travel permit to cross the border.',
        },
      },
    ],
    relatedCodes: ['GAJ-013'],
    popularity: 350,
    updatedAt: '2026-04-22',
  }),
];
