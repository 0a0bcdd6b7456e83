import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, districtHalls, guide } from './guide.ts';
import { agentPapers, freeOfCharge, idCard, laws } from './services-welfare-common.ts';

const retirementAgeDecision = {
  zh: '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》',
  en: "Decision of the Standing Committee of the National People's Congress on Gradually Raising the Statutory Retirement Age",
};

const veteranDischargePapers = {
  name: { zh: '退役证件', en: 'Discharge papers' },
  form: 'original-and-copy',
  copies: 1,
  notes: {
    zh: '退伍证、复员证、转业证或退出现役证明等，原件核对后退还。',
    en: 'Discharge, demobilisation or transfer certificate or other proof of leaving active service. Originals are checked and returned.',
  },
} as const;

export const retirementServices: ServiceGuide[] = [
  guide({
    code: 'RSJ-060',
    name: {
      zh: '企业职工退休申请及基本养老金核定',
      en: 'Apply to retire and start your basic pension',
    },
    summary: {
      zh: '参加企业职工基本养老保险的职工达到法定退休年龄、累计缴费达到最低缴费年限的，可办理退休并按月领取基本养老金。一般由用人单位在职工达到退休年龄前 3 个月申报；灵活就业人员本人申请。',
      en: 'If you are in the employee basic pension scheme, have reached the statutory retirement age and have paid in for the minimum number of years, you can retire and draw a monthly basic pension. Your employer normally applies three months before you reach retirement age; self-employed people apply themselves.',
    },
    departmentId: 'rsj',
    audience: ['individual', 'business'],
    themeIds: ['retirement', 'social-insurance'],
    keywords: {
      zh: ['退休', '办退休', '退休手续', '养老金', '退休金', '延迟退休', '退休年龄', '社保'],
      en: [
        'social insurance',
        'retire',
        'retirement',
        'pension',
        'state pension',
        'retirement age',
        'start my pension',
      ],
    },
    eligibility: [
      {
        zh: '达到按照渐进式延迟法定退休年龄规定确定的本人法定退休年龄。',
        en: 'You have reached your statutory retirement age under the rules for gradually raising it.',
      },
      {
        zh: '累计缴费（含视同缴费）达到国家规定的最低缴费年限：2025 年为 15 年，自 2030 年起每年提高 6 个月，逐步提高到 20 年。',
        en: 'You have paid in (including deemed years) for at least the minimum period: 15 years in 2025, rising by six months a year from 2030 until it reaches 20 years.',
      },
      {
        zh: '已停止缴纳基本养老保险费，且未在其他地区领取基本养老金。',
        en: 'You have stopped paying contributions and do not receive a basic pension anywhere else.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '本人人事档案', en: 'Your personnel file' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '由用人单位或档案保管机构提供，用于核定出生日期、参加工作时间和视同缴费年限；档案存放在本市人才服务机构的，由窗口调阅。',
          en: 'Provided by your employer or the body that keeps it, to confirm your date of birth, when you started work and any deemed years. If it is held by the city talent service centre, the desk retrieves it.',
        },
      },
      {
        name: { zh: '《基本养老金申领表》', en: 'Basic pension claim form' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '社会保障卡', en: 'Social security card' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '养老金发放至社会保障卡金融账户，须已激活。',
          en: 'Your pension is paid into the bank account on this card, which must be activated.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提前申报', en: 'Apply in advance' },
        description: {
          zh: '用人单位或本人在达到退休年龄前 3 个月，通过社会保险网上服务厅、“江澄人社”App 或窗口申报。',
          en: 'Three months before you reach retirement age, your employer (or you, if self-employed) applies online, in the Jiangcheng HR and Social Security app or at a desk.',
        },
      },
      {
        title: { zh: '审核档案和缴费年限', en: 'We check your file and years' },
        description: {
          zh: '审核出生日期、参加工作时间、视同缴费年限和实际缴费记录。',
          en: 'We check your date of birth, start of work, deemed years and actual contributions.',
        },
      },
      {
        title: { zh: '核定待遇', en: 'We work out your pension' },
        description: {
          zh: '计算基础养老金、个人账户养老金和过渡性养老金，出具《基本养老金核定表》供本人确认。',
          en: 'We calculate the basic, personal-account and transitional parts of your pension and send you a pension assessment to confirm.',
        },
      },
      {
        title: { zh: '按月发放', en: 'Monthly payments' },
        description: {
          zh: '自达到退休年龄的次月起按月发放至社会保障卡。',
          en: 'Payments go to your social security card each month from the month after you reach retirement age.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.socialInsurance,
      retirementAgeDecision,
      {
        zh: '《国务院关于完善企业职工基本养老保险制度的决定》',
        en: 'State Council Decision on Improving the Basic Pension Insurance System for Enterprise Employees',
      },
    ],
    faqs: [
      {
        question: {
          zh: '缴费不满最低年限怎么办？',
          en: 'What if I have not paid in for long enough?',
        },
        answer: {
          zh: '可以继续缴费至满最低缴费年限后按月领取，也可以申请转入城乡居民基本养老保险，按城乡居民养老保险规定享受待遇。',
          en: "You can keep paying until you reach the minimum and then draw a monthly pension, or transfer into the residents' basic pension scheme and receive a pension under its rules.",
        },
      },
      {
        question: { zh: '怎么知道自己的退休年龄？', en: 'How do I find my retirement age?' },
        answer: {
          zh: '在“江澄人社”App 或国家社会保险公共服务平台的“退休年龄计算器”中输入出生年月和人员类别即可查询。',
          en: 'Use the retirement age calculator in the Jiangcheng HR and Social Security app or on the National Social Insurance Public Service Platform, entering your month of birth and type of work.',
        },
      },
    ],
    relatedCodes: ['RSJ-061', 'RSJ-063', 'GJJ-005'],
    popularity: 6650,
    updatedAt: '2026-03-30',
  }),
  guide({
    code: 'RSJ-061',
    name: {
      zh: '弹性提前退休、弹性延迟退休申请',
      en: 'Retire up to three years earlier or later (flexible retirement)',
    },
    summary: {
      zh: '自 2025 年 1 月 1 日起实施弹性退休制度。职工达到最低缴费年限的，可以自愿选择弹性提前退休，提前时间最长不超过 3 年；职工达到法定退休年龄，所在单位与职工协商一致的，可以弹性延迟退休，延迟时间最长不超过 3 年。',
      en: 'Since 1 January 2025 you can choose when to retire within limits. If you have paid in for the minimum period, you can retire up to three years before your statutory retirement age. If you and your employer agree, you can carry on working for up to three years after it.',
    },
    departmentId: 'rsj',
    audience: ['individual', 'business'],
    themeIds: ['retirement'],
    keywords: {
      zh: ['弹性退休', '提前退休', '延迟退休', '退休年龄', '养老金', '退休金'],
      en: [
        'flexible retirement',
        'early retirement',
        'delay retirement',
        'retirement age',
        'pension',
      ],
    },
    eligibility: [
      {
        zh: '弹性提前退休：已达到最低缴费年限，提前后的年龄不低于女职工 50 周岁、55 周岁或男职工 60 周岁的原法定退休年龄。',
        en: 'Early: you have paid in for the minimum period, and you will be no younger than the old retirement age (50 or 55 for women, 60 for men).',
      },
      {
        zh: '弹性延迟退休：已达到法定退休年龄，所在单位与本人协商一致并签订书面协议。',
        en: 'Later: you have reached your retirement age, and you and your employer have agreed in writing.',
      },
      {
        zh: '职工选择弹性提前退休的，应提前 3 个月以书面形式告知所在单位。',
        en: 'If you want to retire early, tell your employer in writing three months in advance.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《弹性退休申请表》', en: 'Flexible retirement application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '写明选择的退休时间，由本人签名。',
          en: 'State the date you want to retire and sign it.',
        },
      },
      {
        name: {
          zh: '单位与职工协商一致的书面协议',
          en: 'Written agreement between you and your employer',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '仅弹性延迟退休时提供，须写明延迟退休时间。',
          en: 'Only for retiring later; it must give the new retirement date.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '告知单位', en: 'Tell your employer' },
        description: {
          zh: '提前退休的，提前 3 个月书面告知单位；延迟退休的，与单位协商并签订协议。',
          en: "For early retirement, give your employer three months' written notice. To retire later, agree it with your employer in writing.",
        },
      },
      {
        title: { zh: '单位申报', en: 'Your employer applies' },
        description: {
          zh: '单位通过社会保险网上服务厅提交申请；灵活就业人员本人在“江澄人社”App 申请。',
          en: 'Your employer applies online. Self-employed people apply in the Jiangcheng HR and Social Security app.',
        },
      },
      {
        title: { zh: '审核确认', en: 'We confirm' },
        description: {
          zh: '审核缴费年限和选择的退休时间，确认后记录在个人权益记录中。',
          en: 'We check your years of contributions and chosen date, then note it on your record.',
        },
      },
      {
        title: { zh: '办理退休', en: 'Retire' },
        description: {
          zh: '到达选择的退休时间后，按企业职工退休程序核定并发放基本养老金。',
          en: 'When the date comes, your pension is worked out and paid in the usual way.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      retirementAgeDecision,
      {
        zh: '《实施弹性退休制度暂行办法》',
        en: 'Interim Measures for Implementing Flexible Retirement',
      },
    ],
    faqs: [
      {
        question: {
          zh: '单位可以强制我提前或延迟退休吗？',
          en: 'Can my employer make me retire early or late?',
        },
        answer: {
          zh: '不可以。弹性提前退休由职工自愿选择，单位不得强制或变相强制；弹性延迟退休须双方协商一致。',
          en: 'No. Early retirement is your own choice and your employer must not pressure you into it; retiring later needs both of you to agree.',
        },
      },
      {
        question: {
          zh: '延迟退休期间还要交社保吗？',
          en: 'Do I keep paying social insurance if I retire later?',
        },
        answer: {
          zh: '要。延迟退休期间单位和个人继续缴费，缴费年限和个人账户继续累计，退休后待遇相应增加。',
          en: 'Yes. You and your employer keep paying, so your years and personal account keep growing and your pension will be higher.',
        },
      },
    ],
    relatedCodes: ['RSJ-060'],
    popularity: 3100,
    updatedAt: '2026-03-30',
  }),
  guide({
    code: 'RSJ-062',
    name: {
      zh: '城乡居民基本养老保险待遇领取',
      en: "Claim your residents' basic pension",
    },
    summary: {
      zh: '参加城乡居民基本养老保险、年满 60 周岁、累计缴费满 15 年且未领取国家规定的其他基本养老保障待遇的，可按月领取城乡居民基本养老金。养老金由基础养老金和个人账户养老金组成，终身发放。',
      en: "If you are in the residents' basic pension scheme, are 60 or over, have paid in for 15 years and receive no other basic state pension, you can draw the residents' pension every month for life. It is made up of a basic amount paid by the government and an amount from your personal account.",
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['retirement'],
    keywords: {
      zh: ['居民养老金', '农村养老金', '养老金', '退休金', '60岁领养老金', '新农保'],
      en: ['residents pension', 'rural pension', 'pension', 'old age pension'],
    },
    eligibility: [
      {
        zh: '参加本市城乡居民基本养老保险，年满 60 周岁。',
        en: "You are in Jiangcheng's residents' pension scheme and are 60 or over.",
      },
      {
        zh: '累计缴费满 15 年；不足 15 年的，可一次性补缴至满 15 年。',
        en: 'You have paid in for 15 years. If you are short, you can pay the missing years in one go.',
      },
      {
        zh: '未领取企业职工基本养老金、机关事业单位养老金等其他基本养老保障待遇。',
        en: 'You do not receive an employee, public-sector or other basic state pension.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '社会保障卡', en: 'Social security card' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '养老金发放至社会保障卡金融账户。',
          en: 'Your pension is paid into the bank account on this card.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '年满 60 周岁前 1 个月起，通过“江澄人社”App 或到户籍所在地村（社区）服务站、区政务服务中心申请。',
          en: 'From one month before your 60th birthday, apply in the Jiangcheng HR and Social Security app, or at your village or community service point or district service centre.',
        },
      },
      {
        title: { zh: '审核核定', en: 'We check and calculate' },
        description: {
          zh: '审核缴费年限和待遇重复领取情况，核定月养老金。',
          en: 'We check your years of payments and that you get no other pension, then work out your monthly amount.',
        },
      },
      {
        title: { zh: '按月发放', en: 'Monthly payments' },
        description: {
          zh: '自年满 60 周岁的次月起按月发放至社会保障卡。',
          en: 'Payments go to your social security card each month from the month after your 60th birthday.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, laws.residentsPension],
    faqs: [
      {
        question: { zh: '每月能领多少？', en: 'How much will I get?' },
        answer: {
          zh: '基础养老金由政府全额支付，标准按国家和本市规定执行并适时调整；个人账户养老金为个人账户储存额除以 139。缴费年限越长、档次越高，领得越多。',
          en: 'The basic amount is paid in full by the government at the national and city rate, which is reviewed from time to time. The personal-account part is your account balance divided by 139. The longer and the more you paid, the more you get.',
        },
      },
    ],
    relatedCodes: ['RSJ-011', 'RSJ-063'],
    popularity: 3800,
    updatedAt: '2026-02-09',
  }),
  guide({
    code: 'RSJ-063',
    name: {
      zh: '社会保险待遇领取资格认证',
      en: 'Confirm you still qualify for your pension (annual check)',
    },
    summary: {
      zh: '按月领取基本养老金等社会保险待遇的人员，每 12 个月应完成一次领取资格认证。可通过手机刷脸随时认证，行动不便的可申请上门认证；逾期未认证的暂停发放，认证后恢复并补发。',
      en: 'If you receive a monthly pension or other social insurance benefit, you need to confirm once every 12 months that you still qualify. You can do it any time by face recognition on your phone, or ask for a home visit if you cannot get about. If you miss it, payments pause and restart, with arrears, once you confirm.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['retirement', 'social-insurance'],
    keywords: {
      zh: [
        '养老金认证',
        '退休金认证',
        '年审',
        '生存认证',
        '刷脸认证',
        '资格认证',
        '养老金',
        '退休金',
        '社保',
      ],
      en: [
        'social insurance',
        'pension verification',
        'life certificate',
        'proof of life',
        'annual pension check',
        'face recognition',
        'pension',
      ],
    },
    eligibility: [
      {
        zh: '在本市按月领取基本养老金、城乡居民养老金、工伤保险定期待遇或失业保险金等社会保险待遇。',
        en: "You receive a monthly pension, residents' pension, regular work injury benefit, unemployment benefit or other social insurance benefit from Jiangcheng.",
      },
      {
        zh: '距上次认证已满或即将满 12 个月（系统已通过就医、乘车等数据自动认证的无需操作）。',
        en: 'It is, or is nearly, 12 months since you last confirmed. If the system has already confirmed you automatically, for example through hospital visits or bus travel, you need do nothing.',
      },
    ],
    materials: [
      {
        name: { zh: '社会保障卡或居民身份证', en: 'Social security card or ID card' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '人脸识别（手机自助认证）', en: 'Face recognition on your phone' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '按提示完成眨眼、摇头等动作即可，无需上传照片。',
          en: 'Follow the prompts to blink or turn your head; you do not need to upload a photo.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '选择认证方式', en: 'Choose how to confirm' },
        description: {
          zh: '使用电子社保卡、“江澄人社”App 或国家社会保险公共服务平台，也可到社区、银行网点的自助终端认证。',
          en: 'Use the electronic social security card, the Jiangcheng HR and Social Security app or the National Social Insurance Public Service Platform, or a self-service terminal at a community centre or bank.',
        },
      },
      {
        title: { zh: '刷脸认证', en: 'Scan your face' },
        description: {
          zh: '登录后选择“待遇资格认证”，完成人脸识别，即时显示认证结果。家属可在 App 中为老人添加并代为操作。',
          en: 'Log in, choose Benefit Eligibility Check and complete face recognition; the result appears at once. Family members can add an older relative in the app and do it with them.',
        },
      },
      {
        title: { zh: '上门认证（行动不便时）', en: 'Home visit (if you cannot get about)' },
        description: {
          zh: '高龄、失能、重病的人员由家属拨打 0520-86012333 或向社区申请，工作人员 5 个工作日内上门认证。',
          en: 'For very old, disabled or seriously ill people, a relative can phone 0520-86012333 or ask the community office, and staff will visit within 5 working days.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, laws.socialInsuranceHandling],
    faqs: [
      {
        question: {
          zh: '忘了认证，养老金会被取消吗？',
          en: 'If I forget, will I lose my pension?',
        },
        answer: {
          zh: '不会取消。逾期未认证的暂停发放，完成认证后次月恢复发放并补发暂停期间的待遇。',
          en: 'No. Payments pause; once you confirm, they restart the next month and you get the missed payments too.',
        },
      },
      {
        question: {
          zh: '住在外地或国外怎么认证？',
          en: 'How do I confirm if I live elsewhere or abroad?',
        },
        answer: {
          zh: '在国内任何地方都可用手机刷脸认证；居住在国外的，可通过国家社会保险公共服务平台刷脸认证，或提供我国驻外使领馆出具的生存证明。',
          en: 'Anywhere in China you can use face recognition on your phone. Abroad, use the National Social Insurance Public Service Platform, or send a life certificate from a Chinese embassy or consulate.',
        },
      },
    ],
    relatedCodes: ['RSJ-060', 'RSJ-062', 'RSJ-064'],
    popularity: 7300,
    updatedAt: '2026-07-01',
  }),
  guide({
    code: 'RSJ-064',
    name: {
      zh: '参保人员死亡后丧葬补助金、抚恤金和个人账户余额申领',
      en: "Claim the funeral grant, survivors' benefit and pension account balance after a death",
    },
    summary: {
      zh: '参加基本养老保险的个人因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金；个人账户余额可以依法继承。同时注销死者的社会保险关系，停止发放养老金。',
      en: "When someone in the basic pension scheme dies of illness or other causes not related to work, their family can claim a funeral grant and a survivors' benefit, and the balance of their personal pension account can be inherited. Their insurance is closed and any pension stops.",
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['retirement', 'social-insurance'],
    keywords: {
      zh: [
        '退休金',
        '丧葬费',
        '抚恤金',
        '死亡待遇',
        '遗属待遇',
        '个人账户继承',
        '去世',
        '养老金',
        '社保',
      ],
      en: [
        'social insurance',
        'funeral grant',
        'death benefit',
        'bereavement',
        'survivors pension',
        'inherit pension',
        'pension',
      ],
    },
    eligibility: [
      {
        zh: '死者生前在本市参加企业职工基本养老保险或正在领取基本养老金，因病或者非因工死亡。',
        en: 'The person who died was in the Jiangcheng employee pension scheme or drawing a pension from it, and did not die because of their work.',
      },
      {
        zh: '申请人为死者的配偶、子女、父母等直系亲属或其他法定继承人。',
        en: 'You are the spouse, child, parent or another legal heir.',
      },
      {
        zh: '因工死亡的，按工伤保险规定申领工亡待遇，不适用本事项。',
        en: 'If the death was work-related, claim work injury death benefits instead.',
      },
    ],
    materials: [
      {
        name: { zh: '死亡证明', en: 'Proof of death' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '《居民死亡医学证明（推断）书》或火化证明；已通过民政、卫健部门共享的可免于提供。',
          en: 'The medical certificate of death or the cremation certificate. Not needed if we already have it from the civil affairs or health authorities.',
        },
      },
      {
        name: { zh: '申请人居民身份证', en: "Applicant's ID card" },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '亲属关系证明', en: 'Proof of relationship' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '户口簿、结婚证、出生医学证明等；多名继承人的，提供继承人之间的协议或公证书。',
          en: 'Household register, marriage certificate or birth certificate. If there are several heirs, their agreement or a notarised document.',
        },
      },
      {
        name: { zh: '领取人银行账户', en: "Recipient's bank account" },
        form: 'copy',
        copies: 1,
      },
      agentPapers,
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在线或到社保窗口提交申请，也可在办理死亡户口注销时“一件事”联办。',
          en: 'Apply online or at a social insurance desk. You can also do it together with cancelling the household registration, as one joined-up service.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '核对死亡信息和亲属关系，追回死亡次月起多发的养老金。',
          en: 'We check the death and relationship, and recover any pension paid after the month of death.',
        },
      },
      {
        title: { zh: '核发待遇', en: 'Payment' },
        description: {
          zh: '一次性支付丧葬补助金、抚恤金和个人账户余额到申请人银行账户。',
          en: "The funeral grant, survivors' benefit and account balance are paid in one sum to the applicant's bank account.",
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [laws.socialInsurance, laws.socialInsuranceHandling],
    faqs: [
      {
        question: {
          zh: '去世后多领的养老金要退吗？',
          en: 'Does pension paid after the death have to be returned?',
        },
        answer: {
          zh: '要。死亡次月起发放的养老金须退还，可从应发的丧葬补助金和抚恤金中直接抵扣。',
          en: 'Yes. Pension paid for months after the death must be repaid; it can be taken off the funeral grant and benefit.',
        },
      },
      {
        question: { zh: '有期限吗？', en: 'Is there a time limit?' },
        answer: {
          zh: '请在死亡后尽快申请，以免多发待遇需要退还。个人账户余额的继承不因时间较长而丧失。',
          en: 'Apply as soon as you can so that no pension has to be paid back. The right to inherit the account balance does not lapse.',
        },
      },
    ],
    relatedCodes: ['RSJ-063', 'GJJ-010'],
    popularity: 2300,
    updatedAt: '2026-04-14',
  }),
  guide({
    code: 'TYJR-001',
    name: {
      zh: '退役军人残疾等级评定及伤残抚恤金申领',
      en: 'Apply for a disability rating and disability pension as a veteran',
    },
    summary: {
      zh: '退出现役的军人因战、因公在服役期间致残，符合评残条件但未评定残疾等级的，可申请补办评定；残疾情况发生变化的，可申请调整残疾等级。评定后按等级按月发放伤残抚恤金。',
      en: 'If you were disabled in combat or on duty while serving but were not given a disability rating before you left, you can apply for one now, or ask for a review if your condition has changed. Once rated you receive a monthly disability pension based on your grade.',
    },
    departmentId: 'tyjr',
    audience: ['individual'],
    themeIds: ['retirement', 'social-assistance'],
    keywords: {
      zh: ['评残', '伤残抚恤金', '残疾军人', '退伍军人', '优抚', '抚恤金'],
      en: [
        'pension',
        'veteran',
        'disabled veteran',
        'war pension',
        'disability pension',
        'ex-serviceman',
      ],
    },
    eligibility: [
      {
        zh: '本人户籍在本市，已退出现役。',
        en: 'You have left active service and hold a Jiangcheng hukou.',
      },
      {
        zh: '因战、因公致残，有服役期间的原始医疗诊断和致残经过证明。',
        en: 'You were disabled in combat or on duty, and there are medical records and an account of how it happened from your time in service.',
      },
      {
        zh: '申请调整残疾等级的，距上次评定已满 1 年且伤情明显变化。',
        en: 'For a review, at least a year has passed since your last rating and your condition has clearly changed.',
      },
    ],
    materials: [
      idCard,
      veteranDischargePapers,
      {
        name: {
          zh: '服役期间致残经过证明和原始医疗诊断',
          en: 'Account of the injury and original medical records from your service',
        },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '由原部队或档案保管部门出具，医疗诊断须为致残时的原始病历。',
          en: 'From your former unit or the archive that holds your file. The records must be those made at the time of the injury.',
        },
      },
      {
        name: {
          zh: '《残疾等级评定申请表》和近期免冠照片',
          en: 'Disability rating application form and a recent photo',
        },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '向户籍所在区退役军人事务局提出书面申请。',
          en: 'Apply in writing to the veterans affairs office of your district.',
        },
      },
      {
        title: { zh: '审查并组织鉴定', en: 'We check and arrange a medical assessment' },
        description: {
          zh: '区局审查材料后，由市局指定医疗卫生机构作出残情医学鉴定。',
          en: 'After checking your papers, the city bureau sends you to a designated hospital for a medical assessment.',
        },
      },
      {
        title: { zh: '公示和审批', en: 'Public notice and approval' },
        description: {
          zh: '评定意见在本人所在村（社区）公示 7 个工作日，无异议的报省退役军人事务厅审批。',
          en: 'The proposed rating is posted in your village or community for 7 working days, then sent to the provincial department for approval if there is no objection.',
        },
      },
      {
        title: { zh: '发证并发放抚恤金', en: 'Certificate and pension' },
        description: {
          zh: '审批通过后发放《中华人民共和国残疾军人证》，自批准的次月起按月发放伤残抚恤金。',
          en: 'Once approved you receive a Disabled Serviceman Certificate and a monthly pension from the following month.',
        },
      },
    ],
    statutoryDays: 60,
    promisedDays: 40,
    fee: freeOfCharge,
    hallIds: ['smzx'],
    visits: 2,
    legalBasis: [
      laws.veterans,
      laws.militaryPensions,
      { zh: '《伤残抚恤管理办法》', en: 'Measures for the Administration of Disability Pensions' },
    ],
    faqs: [
      {
        question: { zh: '为什么要去两次？', en: 'Why do I need to go twice?' },
        answer: {
          zh: '一次提交材料，一次接受医学鉴定；网上已提交材料的，只需到场鉴定一次。',
          en: 'Once to hand in your papers and once for the medical assessment. If you apply online you only need to come for the assessment.',
        },
      },
    ],
    relatedCodes: ['TYJR-003', 'TYJR-002'],
    popularity: 900,
    updatedAt: '2026-05-25',
  }),
  guide({
    code: 'TYJR-002',
    name: {
      zh: '烈士、因公牺牲和病故军人遗属定期抚恤金申领',
      en: "Claim the regular survivors' pension for families of martyrs and servicemen who died in service",
    },
    summary: {
      zh: '烈士遗属、因公牺牲军人遗属、病故军人遗属中，父母（抚养人）、配偶无劳动能力、无生活费来源或者收入水平低于当地居民平均生活水平的，以及子女未满 18 周岁或已满 18 周岁但因上学或残疾无生活费来源的，可按月领取定期抚恤金。',
      en: "Parents or carers, spouses and children of martyrs and of servicemen who died on duty or of illness in service can receive a monthly survivors' pension if they cannot work and have no income, or live below the local average; children qualify until 18, or beyond if they are still studying or disabled and have no income.",
    },
    departmentId: 'tyjr',
    audience: ['individual'],
    themeIds: ['retirement', 'social-assistance'],
    keywords: {
      zh: ['烈属', '军属', '遗属抚恤', '定期抚恤金', '优抚', '抚恤金'],
      en: [
        'pension',
        'martyr family',
        'military family',
        'survivors pension',
        'war widow',
        'bereavement',
      ],
    },
    eligibility: [
      {
        zh: '申请人为烈士、因公牺牲军人或病故军人的父母（抚养人）、配偶、子女，以及由其生前供养的兄弟姐妹。',
        en: 'You are the parent or carer, spouse or child of the serviceman, or a brother or sister they supported.',
      },
      {
        zh: '无劳动能力、无生活费来源，或者收入水平低于本市居民平均生活水平。',
        en: 'You cannot work and have no income, or your income is below the average for Jiangcheng residents.',
      },
      {
        zh: '本人户籍在本市。',
        en: 'You hold a Jiangcheng hukou.',
      },
    ],
    materials: [
      idCard,
      {
        name: {
          zh: '《烈士证明书》《军人因公牺牲证明书》或《军人病故证明书》',
          en: "The martyr's, death on duty or death from illness certificate",
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '亲属关系证明', en: 'Proof of relationship' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '户口簿、结婚证或出生医学证明等。',
          en: 'Household register, marriage certificate or birth certificate.',
        },
      },
      {
        name: { zh: '收入情况说明', en: 'Statement of income' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '由村（居）民委员会核实；在校学生另附学校出具的在读证明。',
          en: "Confirmed by your village or residents' committee. Students also provide a certificate from their school.",
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '向户籍所在地乡镇（街道）退役军人服务站或区退役军人事务局提出申请。',
          en: 'Apply to the veterans service station of your township or street, or to your district veterans affairs office.',
        },
      },
      {
        title: { zh: '调查核实', en: 'We check your circumstances' },
        description: {
          zh: '核实家庭收入和生活来源，在村（社区）公示。',
          en: 'We check your income and means of support and post a notice in your village or community.',
        },
      },
      {
        title: { zh: '审批发放', en: 'Approval and payment' },
        description: {
          zh: '区退役军人事务局审批，发给《定期抚恤金领取证》，按月发放至本人社会保障卡。',
          en: "The district office approves the claim, issues a pension book and pays monthly into your social security card's bank account.",
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 1,
    legalBasis: [
      laws.militaryPensions,
      { zh: '《烈士褒扬条例》', en: 'Regulations on Commemorating Martyrs' },
    ],
    faqs: [
      {
        question: { zh: '抚恤金标准是多少？', en: 'How much is the pension?' },
        answer: {
          zh: '按国家统一标准执行，烈士遗属、因公牺牲军人遗属和病故军人遗属分别适用不同标准，国家每年调整。',
          en: 'It is set nationally, with different rates for families of martyrs, servicemen who died on duty and those who died of illness, and is reviewed every year.',
        },
      },
    ],
    relatedCodes: ['TYJR-003'],
    popularity: 700,
    updatedAt: '2026-05-25',
  }),
  guide({
    code: 'TYJR-003',
    name: {
      zh: '退役军人、其他优抚对象优待证申领',
      en: 'Apply for a veteran or military family preferential treatment card',
    },
    summary: {
      zh: '优待证是退役军人和其他优抚对象享受国家和社会优待的凭证，凭证可享受交通出行、景区游览、医疗服务等方面的优待。新退役人员和未领证人员可申领，卡片兼具社会保障卡和银行卡功能。',
      en: 'The preferential treatment card shows that you are a veteran or from a military family and gives you concessions on travel, tourist sites, healthcare and more. Newly discharged veterans and anyone who has not yet got one can apply. The card also works as a social security card and a bank card.',
    },
    departmentId: 'tyjr',
    audience: ['individual'],
    themeIds: ['social-assistance'],
    keywords: {
      zh: ['优待证', '退役军人优待证', '军人优待', '退伍军人', '军属', '烈属', '免费乘车'],
      en: [
        'veteran card',
        'preferential treatment card',
        'military discount',
        'ex-serviceman',
        'veteran',
      ],
    },
    eligibility: [
      {
        zh: '户籍在本市的退役军人，或烈士遗属、因公牺牲军人遗属、病故军人遗属等其他优抚对象。',
        en: 'You are a veteran with a Jiangcheng hukou, or a family member of a martyr or of a serviceman who died on duty or of illness.',
      },
      {
        zh: '已在退役军人事务部门完成信息采集。',
        en: 'Your details have been recorded by the veterans affairs service.',
      },
    ],
    materials: [
      idCard,
      veteranDischargePapers,
      {
        name: { zh: '近期免冠彩色证件照', en: 'Recent colour passport-style photo' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '白色背景，网上申请时上传，窗口可现场拍摄。',
          en: 'White background. Upload it if you apply online, or have it taken at the desk.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过江澄政务服务网或到乡镇（街道）退役军人服务站提交申请，选择承办银行。',
          en: 'Apply on the Jiangcheng government services website or at your township or street veterans service station, and choose a bank.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '区、市退役军人事务局逐级审核身份信息。',
          en: 'The district and city veterans affairs bureaus check your details.',
        },
      },
      {
        title: { zh: '制证发放', en: 'We make and send the card' },
        description: {
          zh: '统一制证后通过服务站发放，或邮寄到家，领取后到银行激活金融功能。',
          en: 'Cards are made centrally and handed out at the service station or posted to you. Activate the bank functions at the bank.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: {
      free: true,
      description: {
        zh: '不收费。优待证由国家统一免费制发。',
        en: 'Free of charge. The card is issued free under a national scheme.',
      },
    },
    hallIds: ['smzx', ...districtHalls],
    visits: 0,
    legalBasis: [laws.veterans, laws.militaryPensions],
    faqs: [
      {
        question: { zh: '在本市乘公交地铁免费吗？', en: 'Is public transport free with the card?' },
        answer: {
          zh: '持优待证可免费乘坐本市城市公交和地铁，进入政府投资主办的景区、博物馆免收门票。',
          en: "Yes, on Jiangcheng's buses and metro, and entry is free to government-run tourist sites and museums.",
        },
      },
    ],
    relatedCodes: ['TYJR-001', 'TYJR-004'],
    popularity: 3350,
    updatedAt: '2026-06-15',
  }),
  guide({
    code: 'TYJR-004',
    name: {
      zh: '自主就业退役士兵一次性经济补助金申领',
      en: 'Claim the one-off settlement grant as a self-employed discharged soldier',
    },
    summary: {
      zh: '选择自主就业的退役士兵，除部队发放的一次性退役金外，可在本市领取地方一次性经济补助金。退役士兵应在退役后 30 日内到户籍所在区退役军人事务局报到，报到后申领。',
      en: 'If you have left the forces and chosen to find your own work, you can claim a one-off grant from Jiangcheng on top of the lump sum paid by the military. Report to the veterans affairs office of your district within 30 days of discharge, then claim.',
    },
    departmentId: 'tyjr',
    audience: ['individual'],
    themeIds: ['employment', 'social-assistance'],
    keywords: {
      zh: ['退伍补助', '退役金', '退役士兵', '退伍军人', '一次性补助', '自主就业'],
      en: ['veteran grant', 'discharge grant', 'ex-serviceman', 'veteran', 'resettlement'],
    },
    eligibility: [
      {
        zh: '退役时选择自主就业，安置地为本市。',
        en: 'You chose to find your own work when you left, and Jiangcheng is your place of resettlement.',
      },
      {
        zh: '已按规定在退役后 30 日内到区退役军人事务局报到。',
        en: 'You reported to your district veterans affairs office within 30 days of discharge.',
      },
    ],
    materials: [
      idCard,
      veteranDischargePapers,
      {
        name: {
          zh: '《退役士兵自主就业证明》或安置介绍信',
          en: 'Resettlement letter or certificate of self-employment choice',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '本人社会保障卡或银行账户', en: 'Your social security card or bank account' },
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '报到', en: 'Report in' },
        description: {
          zh: '退役后 30 日内持退役证件到户籍所在区退役军人事务局报到，同时完成信息采集。',
          en: 'Within 30 days of discharge, report with your papers to your district veterans affairs office and have your details recorded.',
        },
      },
      {
        title: { zh: '申请补助', en: 'Claim the grant' },
        description: {
          zh: '报到时一并提交一次性经济补助申请，也可报到后在网上申请。',
          en: 'Claim when you report, or online afterwards.',
        },
      },
      {
        title: { zh: '审核发放', en: 'We check and pay' },
        description: {
          zh: '审核服役年限后核定补助金额，一次性发放至本人账户。',
          en: 'We check your length of service, set the amount and pay it in one sum.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 15,
    fee: freeOfCharge,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      laws.veterans,
      { zh: '《退役士兵安置条例》', en: 'Regulations on the Resettlement of Discharged Soldiers' },
    ],
    faqs: [
      {
        question: { zh: '补助金额怎么算？', en: 'How is the amount worked out?' },
        answer: {
          zh: '按服役年限计算，服役每满 1 年发放一定金额，不满 6 个月的按 6 个月计算，超过 6 个月不满 1 年的按 1 年计算。',
          en: 'By length of service: a set amount for each full year. Under six months counts as six months, and six months to a year counts as a full year.',
        },
      },
      {
        question: {
          zh: '还能参加免费职业技能培训吗？',
          en: 'Can I get free job training as well?',
        },
        answer: {
          zh: '可以。自主就业退役士兵退役 1 年内可免费参加一次职业教育或技能培训，经考试合格的发给相应证书。',
          en: 'Yes. Within a year of discharge you can take one free vocational course, with a certificate if you pass.',
        },
      },
    ],
    relatedCodes: ['TYJR-003', 'RSJ-035'],
    popularity: 1200,
    updatedAt: '2026-06-15',
  }),
];
