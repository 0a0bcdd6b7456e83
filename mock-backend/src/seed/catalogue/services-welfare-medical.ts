import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, districtHalls, guide } from './guide.ts';
import {
  agentPapers,
  freeOfCharge,
  guardianIdCard,
  idCard,
  laws,
  medicalInsuranceCard,
} from './services-welfare-common.ts';

const fundSupervision = {
  zh: '《医疗保障基金使用监督管理条例》',
  en: 'Regulations on the Supervision and Administration of the Use of Medical Security Funds',
};

const residentsSchemeOpinions = {
  zh: '《国务院关于整合城乡居民基本医疗保险制度的意见》',
  en: 'State Council Opinions on Integrating the Basic Medical Insurance Schemes for Urban and Rural Residents',
};

const outpatientMutualAid = {
  zh: '《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》',
  en: 'Guiding Opinions of the General Office of the State Council on Establishing Mutual-Aid Outpatient Cover in Employee Basic Medical Insurance',
};

const maternityMerger = {
  zh: '《国务院办公厅关于全面推进生育保险和职工基本医疗保险合并实施的意见》',
  en: 'Opinions of the General Office of the State Council on Merging Maternity Insurance with Employee Basic Medical Insurance',
};

const crossProvinceNotice = {
  zh: '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》',
  en: 'Notice of the National Healthcare Security Administration and the Ministry of Finance on Direct Settlement of Medical Treatment in Other Provinces',
};

const medicalBills = {
  name: { zh: '医疗费用发票和费用明细清单', en: 'Medical receipts and itemised bills' },
  form: 'original',
  copies: 1,
  notes: {
    zh: '已开具电子票据的提供电子票据即可。',
    en: 'Electronic receipts are accepted where the hospital issued them.',
  },
} as const;

export const medicalInsuranceServices: ServiceGuide[] = [
  guide({
    code: 'YBJ-001',
    name: {
      zh: '城乡居民基本医疗保险参保登记',
      en: "Join the urban and rural residents' medical insurance scheme",
    },
    summary: {
      zh: '未参加职工基本医疗保险的本市户籍居民、持本市居住证的非本市户籍人员、在本市就读的大中小学生和学龄前儿童，可参加城乡居民基本医疗保险。每年集中缴费期为 9 月 1 日至 12 月 31 日，缴费后次年 1 月 1 日起享受待遇。',
      en: "If you are not in employee medical insurance, you can join the residents' scheme if you have a Jiangcheng hukou, hold a Jiangcheng residence permit, or are a pupil, student or pre-school child here. Pay between 1 September and 31 December and you are covered from 1 January the following year.",
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance'],
    keywords: {
      zh: [
        '医保',
        '医保参保',
        '居民医保',
        '城乡居民医保',
        '交医保',
        '新农合',
        '学生医保',
        '医疗保险',
      ],
      en: [
        'medical insurance',
        'health insurance',
        'residents medical insurance',
        'join medical insurance',
        'student medical insurance',
      ],
    },
    eligibility: [
      {
        zh: '具有本市户籍，或持有本市有效居住证。',
        en: 'You have a Jiangcheng hukou or a valid Jiangcheng residence permit.',
      },
      {
        zh: '在本市就读的大中小学生、托幼机构儿童不受户籍限制。',
        en: 'Pupils, students and nursery children studying in Jiangcheng can join whatever their hukou.',
      },
      {
        zh: '未参加职工基本医疗保险，且未在其他地区参加基本医疗保险。',
        en: "You are not in employee medical insurance or any other area's scheme.",
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '居住证', en: 'Residence permit' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '非本市户籍人员提供；可通过数据共享核验的免于提供。',
          en: 'If you do not have a Jiangcheng hukou. Not needed where we can check it electronically.',
        },
      },
      {
        name: { zh: '户口簿', en: 'Household register' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '为未成年人办理时提供，由监护人代办。',
          en: 'When a guardian applies for a child.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '参保登记', en: 'Register' },
        description: {
          zh: '首次参保的，通过“国家医保服务平台”App、江澄政务服务网或区政务服务中心医保窗口登记；学生由学校统一登记。',
          en: 'If you are joining for the first time, register in the National Medical Insurance Service Platform app, on the Jiangcheng government services website or at a district medical insurance desk. Schools register their pupils.',
        },
      },
      {
        title: { zh: '缴费', en: 'Pay' },
        description: {
          zh: '在集中缴费期内通过“江澄税务”App、微信、支付宝或银行网点缴费，2026 年度个人缴费标准为每人每年 400 元。',
          en: 'Pay during the annual payment window in the Jiangcheng Tax app, WeChat, Alipay or at a bank. For 2026 the contribution is 400 yuan per person.',
        },
      },
      {
        title: { zh: '享受待遇', en: 'Use your cover' },
        description: {
          zh: '次年 1 月 1 日起凭医保电子凭证或社会保障卡就医，费用直接结算。',
          en: 'From 1 January, show your medical insurance e-voucher or social security card at hospitals and pharmacies and costs are settled directly.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '登记不收费。医疗保险费由税务部门按年度标准征收，低保对象、特困人员等由政府全额或部分资助。',
        en: 'Registration is free of charge. The yearly contribution is collected by the tax authority; the government pays all or part of it for people on minimum living allowance or in extreme poverty.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, residentsSchemeOpinions],
    faqs: [
      {
        question: { zh: '错过了集中缴费期怎么办？', en: 'What if I miss the payment window?' },
        answer: {
          zh: '可在年中参保缴费，但须经过 3 个月的待遇等待期；连续参保的人员可缩短等待期。新生儿、退役军人等特殊人群不设等待期。',
          en: 'You can join during the year, but there is a three-month wait before your cover starts, shorter if you have been insured continuously. There is no wait for newborns, veterans and some other groups.',
        },
      },
      {
        question: { zh: '每年都要重新登记吗？', en: 'Do I have to register every year?' },
        answer: {
          zh: '不需要。首次登记后每年按时缴费即可续保。',
          en: 'No. After the first year you just pay each year to renew.',
        },
      },
    ],
    relatedCodes: ['YBJ-002', 'YBJ-006', 'YBJ-011'],
    popularity: 8800,
    updatedAt: '2026-09-01',
  }),
  guide({
    code: 'YBJ-002',
    name: { zh: '新生儿参加城乡居民医保', en: 'Add your newborn baby to medical insurance' },
    summary: {
      zh: '新生儿出生后 90 天内办理参保缴费的，自出生之日起享受城乡居民医保待遇，出生时的住院医疗费用可以报销。可在办理出生“一件事”时同步办理。',
      en: 'If you register and pay for your baby within 90 days of birth, they are covered from the day they were born, including hospital costs at birth. You can do this as part of the joined-up birth registration service.',
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance', 'birth-childcare'],
    keywords: {
      zh: ['新生儿医保', '宝宝医保', '婴儿参保', '出生一件事', '医保', '新生儿社保卡'],
      en: ['newborn', 'baby medical insurance', 'child health insurance', 'medical insurance'],
    },
    eligibility: [
      {
        zh: '新生儿父母一方为本市户籍或在本市参加基本医疗保险，或新生儿已在本市登记户口。',
        en: 'One parent has a Jiangcheng hukou or is insured here, or the baby has been registered in a Jiangcheng household.',
      },
      {
        zh: '出生 90 天内申请的，待遇自出生之日起计算。',
        en: 'Apply within 90 days of birth for cover back to the birth date.',
      },
    ],
    materials: [
      {
        name: { zh: '《出生医学证明》', en: 'Birth medical certificate' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '电子出生医学证明可在线调取。',
          en: 'An electronic birth certificate can be retrieved online.',
        },
      },
      guardianIdCard,
      {
        name: { zh: '户口簿', en: 'Household register' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '已落户的提供。',
          en: 'If the baby has been registered.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在江澄政务服务网“出生一件事”中勾选医保参保，或在“国家医保服务平台”App 办理。',
          en: 'Tick medical insurance in the Birth One-Stop service on the Jiangcheng government services website, or use the National Medical Insurance Service Platform app.',
        },
      },
      {
        title: { zh: '缴费', en: 'Pay' },
        description: {
          zh: '登记成功后通过“江澄税务”App 或微信缴纳当年度个人缴费。',
          en: "Pay the year's contribution in the Jiangcheng Tax app or WeChat.",
        },
      },
      {
        title: { zh: '激活医保电子凭证', en: 'Activate the e-voucher' },
        description: {
          zh: '父母可在自己的医保 App 中添加亲情账户，为宝宝激活医保电子凭证，无需等待实体卡即可就医。',
          en: 'Add your baby as a family member in your medical insurance app and activate their e-voucher. You can use it at hospitals without waiting for a card.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '登记不收费。按城乡居民医保标准缴纳当年度医疗保险费。',
        en: "Registration is free of charge. You pay the year's residents' contribution.",
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, residentsSchemeOpinions],
    faqs: [
      {
        question: {
          zh: '宝宝还没上户口能参保吗？',
          en: 'Can I add my baby before they are registered in the hukou?',
        },
        answer: {
          zh: '可以。凭出生医学证明即可先行参保，落户后系统自动更新身份信息。',
          en: 'Yes, with the birth certificate. Their details update automatically once they are registered.',
        },
      },
      {
        question: {
          zh: '出生时住院的费用已经自费了，还能报吗？',
          en: 'We already paid the hospital at birth. Can we claim it back?',
        },
        answer: {
          zh: '出生 90 天内参保的可以。请保留发票和费用清单，参保后通过“医疗费用手工报销”申请。',
          en: 'Yes, if the baby was registered within 90 days. Keep the receipts and itemised bill and claim through medical cost reimbursement.',
        },
      },
    ],
    relatedCodes: ['YBJ-001', 'YBJ-004', 'YBJ-006'],
    popularity: 5200,
    updatedAt: '2026-06-29',
  }),
  guide({
    code: 'YBJ-003',
    name: {
      zh: '异地就医备案',
      en: 'Register to use your medical insurance in another city or province',
    },
    summary: {
      zh: '本市参保人员异地长期居住、异地工作、临时外出就医或转诊到市外就医的，办理备案后可在全国联网定点医疗机构直接结算医疗费用，不用先垫付再回来报销。备案可在手机上即时办结。',
      en: 'If you are insured in Jiangcheng and live or work elsewhere, travel, or are referred to a hospital outside the city, register first and your costs will be settled directly at hospitals on the national network, so you do not have to pay up front and claim back later. You can register on your phone in minutes.',
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance'],
    keywords: {
      zh: [
        '异地就医',
        '异地医保',
        '医保备案',
        '跨省就医',
        '外地看病',
        '转诊',
        '异地长期居住',
        '医保',
      ],
      en: [
        'medical insurance',
        'treatment in another province',
        'out-of-area treatment',
        'use medical insurance elsewhere',
        'cross-province',
        'referral',
      ],
    },
    eligibility: [
      {
        zh: '参加本市职工基本医疗保险或城乡居民基本医疗保险，且处于正常参保状态。',
        en: "You are insured under Jiangcheng employee or residents' medical insurance and your cover is current.",
      },
      {
        zh: '属于异地长期居住（含异地安置退休、异地居住）、常驻异地工作、转诊转院或临时外出就医人员。',
        en: 'You live or have retired elsewhere, work elsewhere, have been referred to a hospital elsewhere, or are travelling.',
      },
    ],
    materials: [
      {
        name: {
          zh: '医保电子凭证或社会保障卡',
          en: 'Medical insurance e-voucher or social security card',
        },
        form: 'electronic',
        copies: 0,
      },
      {
        name: { zh: '个人承诺书', en: 'Personal declaration' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '异地长期居住和常驻异地工作人员在线签署承诺，无需提供居住证明或工作证明。',
          en: 'If you live or work elsewhere you sign a declaration online; no proof of address or employment is needed.',
        },
      },
      {
        name: { zh: '转诊转院证明', en: 'Referral letter' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '转诊人员提供，由本市二级及以上定点医疗机构出具，多数医院已在线推送。',
          en: 'For referrals, from a Jiangcheng hospital of grade 2 or above; most hospitals send it online.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '选择渠道', en: 'Choose where to register' },
        description: {
          zh: '使用“国家医保服务平台”App、“江澄医保”小程序或国家异地就医备案小程序，也可拨打 0520-86012393 电话备案。',
          en: 'Use the National Medical Insurance Service Platform app, the Jiangcheng Medical Insurance mini-program, the national cross-province registration mini-program, or phone 0520-86012393.',
        },
      },
      {
        title: { zh: '填写备案信息', en: 'Fill in the details' },
        description: {
          zh: '选择备案类型、就医地（省、市）和开始日期，签署承诺。',
          en: 'Choose the type of registration, the province and city where you will be treated and the start date, and sign the declaration.',
        },
      },
      {
        title: { zh: '即时办结', en: 'Registered at once' },
        description: {
          zh: '提交后即时生效，可在 App 中查询就医地的联网定点医疗机构。',
          en: 'It takes effect straight away. You can look up hospitals on the network in the app.',
        },
      },
      {
        title: { zh: '持卡就医', en: 'Get treatment' },
        description: {
          zh: '在就医地联网定点医疗机构就医时出示医保电子凭证或社会保障卡，直接结算。',
          en: 'Show your e-voucher or social security card at a network hospital and costs are settled directly.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, crossProvinceNotice],
    faqs: [
      {
        question: { zh: '备案有效期多长？', en: 'How long does registration last?' },
        answer: {
          zh: '异地长期居住和常驻异地工作人员的备案长期有效，变更须满 6 个月；临时外出就医和转诊人员的备案有效期为 6 个月，可多次就医。',
          en: 'For living or working elsewhere it lasts until you cancel it, and you can change it after six months. For travel or referral it lasts six months and covers any number of visits.',
        },
      },
      {
        question: {
          zh: '忘了备案就看病了，还能报吗？',
          en: 'I got treatment before registering. Can I still claim?',
        },
        answer: {
          zh: '可以在出院结算前补办备案，补办后仍可直接结算；已经自费结算的，可回参保地手工报销，临时外出就医未备案的报销比例会适当降低。',
          en: 'Register before you are discharged and the bill can still be settled directly. If you have already paid, claim back in Jiangcheng; for travel without registration the rate is somewhat lower.',
        },
      },
      {
        question: {
          zh: '备案后在本市看病还能报销吗？',
          en: 'Can I still use my insurance in Jiangcheng after registering?',
        },
        answer: {
          zh: '可以。异地长期居住人员备案有效期内在本市就医，按规定享受本市待遇。',
          en: 'Yes. If you are registered as living elsewhere, you are still covered when you come back to Jiangcheng.',
        },
      },
    ],
    relatedCodes: ['YBJ-004', 'YBJ-006', 'YBJ-005'],
    popularity: 9100,
    updatedAt: '2026-08-17',
  }),
  guide({
    code: 'YBJ-004',
    name: { zh: '医疗费用手工（零星）报销', en: 'Claim back medical costs you paid yourself' },
    summary: {
      zh: '参保人员因急诊抢救、异地就医未能直接结算、新生儿出生后参保前发生的医疗费用等原因全额自费的，可在费用发生后按规定申请手工报销，医保基金按本市待遇标准支付。',
      en: 'If you paid the full cost of treatment yourself, for example after emergency care, treatment elsewhere that could not be settled directly, or costs for a newborn before they were insured, you can claim back the part medical insurance covers at Jiangcheng rates.',
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance'],
    keywords: {
      zh: ['医保报销', '手工报销', '零星报销', '医药费报销', '住院报销', '垫付报销', '医保'],
      en: [
        'medical insurance',
        'claim back medical costs',
        'reimbursement',
        'hospital bill refund',
        'medical expenses',
      ],
    },
    eligibility: [
      {
        zh: '就医时处于正常参保状态，费用属于基本医疗保险支付范围。',
        en: 'You were insured at the time and the costs are covered by basic medical insurance.',
      },
      {
        zh: '因正当原因未能在定点医疗机构直接结算。',
        en: 'There was a good reason why the bill could not be settled directly at a contracted hospital.',
      },
      {
        zh: '在费用发生之日起 2 年内申请。',
        en: 'You claim within two years of the treatment.',
      },
    ],
    materials: [
      medicalInsuranceCard,
      medicalBills,
      {
        name: { zh: '门诊病历或出院小结', en: 'Outpatient record or discharge summary' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '急诊抢救证明', en: 'Emergency treatment certificate' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '在非定点医疗机构急诊抢救的提供。',
          en: 'If you had emergency care at a hospital not contracted with medical insurance.',
        },
      },
      agentPapers,
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Claim' },
        description: {
          zh: '在“江澄医保”小程序上传票据照片在线申请，或到区政务服务中心医保窗口提交。',
          en: 'Upload photos of your receipts in the Jiangcheng Medical Insurance mini-program, or take them to a district medical insurance desk.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '审核费用的真实性和合规性，按目录核定支付金额。',
          en: 'We check the bills are genuine and covered and work out how much is payable.',
        },
      },
      {
        title: { zh: '支付', en: 'Payment' },
        description: {
          zh: '报销款支付至本人社会保障卡金融账户或指定银行账户，短信通知。',
          en: 'The money goes to your social security card or the bank account you name, and we text you.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, fundSupervision],
    faqs: [
      {
        question: {
          zh: '网上申请要寄送原始票据吗？',
          en: 'Do I need to post the original receipts if I claim online?',
        },
        answer: {
          zh: '电子票据无需寄送；纸质票据须在提交后 10 个工作日内邮寄或送至医保窗口，以收到原件之日起计算办理时限。',
          en: 'Not for electronic receipts. Paper receipts must be posted or brought to a desk within 10 working days; the time limit runs from when we receive them.',
        },
      },
      {
        question: { zh: '哪些费用不能报？', en: 'What cannot be claimed?' },
        answer: {
          zh: '应由工伤保险、第三人负担的费用，在境外就医的费用，以及医保目录外的药品和服务不予报销。',
          en: 'Costs that work injury insurance or a third party should pay, treatment abroad, and drugs and services outside the medical insurance list.',
        },
      },
    ],
    relatedCodes: ['YBJ-003', 'YBJ-010'],
    popularity: 6600,
    updatedAt: '2026-07-13',
  }),
  guide({
    code: 'YBJ-005',
    name: { zh: '门诊慢特病待遇认定', en: 'Register a long-term condition for outpatient cover' },
    summary: {
      zh: '患有高血压、糖尿病、恶性肿瘤门诊治疗、尿毒症透析等门诊慢性病、特殊疾病的参保人员，经认定后门诊费用可按慢特病标准报销，报销比例更高、起付线更低。本市已纳入 52 个病种。',
      en: 'If you have a long-term or serious condition such as high blood pressure, diabetes, cancer needing outpatient treatment or kidney failure needing dialysis, you can register it. Outpatient costs for that condition are then covered at a higher rate with a lower deductible. Jiangcheng covers 52 conditions.',
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance'],
    keywords: {
      zh: [
        '慢性病',
        '特殊病',
        '门慢',
        '门特',
        '慢病卡',
        '高血压报销',
        '糖尿病报销',
        '透析',
        '医保',
      ],
      en: [
        'chronic disease',
        'long-term condition',
        'special disease',
        'diabetes',
        'dialysis',
        'medical insurance',
      ],
    },
    eligibility: [
      {
        zh: '参加本市基本医疗保险且处于正常参保状态。',
        en: 'You have current Jiangcheng medical insurance.',
      },
      {
        zh: '经二级及以上定点医疗机构确诊患有本市门诊慢特病病种目录内的疾病，并符合认定标准。',
        en: "A hospital of grade 2 or above has diagnosed a condition on Jiangcheng's list, and you meet its criteria.",
      },
    ],
    materials: [
      medicalInsuranceCard,
      {
        name: { zh: '《门诊慢特病认定申请表》', en: 'Long-term condition application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '由定点医疗机构专科医生填写诊断意见。',
          en: 'A specialist at a contracted hospital fills in the diagnosis.',
        },
      },
      {
        name: { zh: '近期病历、检查检验报告', en: 'Recent medical records and test results' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '按病种认定标准提供，恶性肿瘤须提供病理报告。',
          en: 'As set out for each condition; for cancer, the pathology report.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '医院申请', en: 'Apply through your hospital' },
        description: {
          zh: '到本市具备认定资格的定点医疗机构就诊，由医生在医保系统中直接提交认定申请。',
          en: 'At a hospital authorised to assess the condition, your doctor applies for you in the medical insurance system.',
        },
      },
      {
        title: { zh: '专家认定', en: 'Expert assessment' },
        description: {
          zh: '医疗机构认定专家按标准审核，必要时进行体检。',
          en: "The hospital's assessment panel reviews it against the criteria and may examine you.",
        },
      },
      {
        title: { zh: '备案享受待遇', en: 'Cover begins' },
        description: {
          zh: '认定通过的即时备案，自认定之日起享受门诊慢特病待遇，结果通过短信告知。',
          en: 'Once approved, cover starts from the date of the decision and we text you.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [laws.socialInsurance, outpatientMutualAid],
    faqs: [
      {
        question: { zh: '认定后可以到哪些医院开药？', en: 'Where can I get my medicine?' },
        answer: {
          zh: '可在本市任一门诊慢特病定点医疗机构和定点药店就医购药；高血压、糖尿病等 5 个常见病种已开通跨省直接结算。',
          en: 'At any Jiangcheng hospital or pharmacy contracted for long-term conditions. Five common conditions, including high blood pressure and diabetes, can also be settled directly in other provinces.',
        },
      },
      {
        question: { zh: '认定长期有效吗？', en: 'Does it last for ever?' },
        answer: {
          zh: '多数病种长期有效；恶性肿瘤门诊治疗等病种有效期 2 年，到期前 1 个月内可申请复审。',
          en: 'For most conditions, yes. Some, such as cancer outpatient treatment, last two years and can be renewed in the month before they expire.',
        },
      },
    ],
    relatedCodes: ['YBJ-003', 'YBJ-006'],
    popularity: 5300,
    updatedAt: '2026-04-27',
  }),
  guide({
    code: 'YBJ-006',
    name: { zh: '医保电子凭证激活', en: 'Activate your medical insurance e-voucher' },
    summary: {
      zh: '医保电子凭证是参保人在全国通用的医保身份凭证，激活后在手机上出示二维码即可挂号、就诊、购药和结算，还可查询个人账户余额和缴费记录，并为家人代为激活。',
      en: 'The medical insurance e-voucher is your proof of medical insurance on your phone, valid anywhere in China. Once activated you can show its QR code to register, see a doctor, buy medicine and pay, check your account balance and payment record, and activate it for family members.',
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance'],
    keywords: {
      zh: ['医保码', '医保电子凭证', '电子医保卡', '医保卡', '扫码看病', '医保', '亲情账户'],
      en: [
        'medical insurance QR code',
        'e-voucher',
        'digital medical insurance card',
        'medical insurance',
        'health insurance app',
      ],
    },
    eligibility: [
      {
        zh: '已在全国任一地区参加基本医疗保险。',
        en: 'You are insured anywhere in China.',
      },
      {
        zh: '本人持有实名认证的手机；未成年人和老人可由家人通过亲情账户代为激活。',
        en: 'You have a phone registered in your own name. Family members can activate it for children and older relatives.',
      },
    ],
    materials: [
      {
        name: { zh: '居民身份证信息', en: 'Your ID card details' },
        form: 'electronic',
        copies: 0,
      },
      {
        name: { zh: '人脸识别', en: 'Face recognition' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '激活时在 App 内完成，无需上传照片。',
          en: 'Done in the app when you activate; no photo to upload.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '打开激活入口', en: 'Open the app' },
        description: {
          zh: '在“国家医保服务平台”App、微信或支付宝搜索“医保电子凭证”。',
          en: 'Search for Medical Insurance E-voucher in the National Medical Insurance Service Platform app, WeChat or Alipay.',
        },
      },
      {
        title: { zh: '实名认证', en: 'Confirm who you are' },
        description: {
          zh: '填写身份信息并完成人脸识别。',
          en: 'Enter your ID details and complete face recognition.',
        },
      },
      {
        title: { zh: '激活使用', en: 'Start using it' },
        description: {
          zh: '激活成功后即可在全国定点医药机构扫码使用，可设置支付密码并添加亲情账户。',
          en: 'Use it at any contracted hospital or pharmacy in China. Set a payment PIN and add family members if you wish.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: [],
    visits: 0,
    legalBasis: [laws.socialInsurance, fundSupervision],
    faqs: [
      {
        question: {
          zh: '有了电子凭证还要带社保卡吗？',
          en: 'Do I still need to carry my social security card?',
        },
        answer: {
          zh: '不需要。本市所有定点医疗机构和定点药店都支持医保电子凭证结算。',
          en: 'No. Every contracted hospital and pharmacy in Jiangcheng accepts the e-voucher.',
        },
      },
      {
        question: { zh: '医保码可以借给别人用吗？', en: 'Can someone else use my QR code?' },
        answer: {
          zh: '不可以。将本人医保凭证出借给他人就医购药属于违法行为，将被暂停联网结算并追回费用。',
          en: 'No. Lending your medical insurance credentials is against the law; direct settlement can be suspended and the money recovered.',
        },
      },
    ],
    relatedCodes: ['YBJ-007', 'YBJ-003', 'RSJ-002'],
    popularity: 7800,
    updatedAt: '2026-03-23',
  }),
  guide({
    code: 'YBJ-007',
    name: {
      zh: '职工医保个人账户家庭共济',
      en: 'Let family members use your employee medical insurance account',
    },
    summary: {
      zh: '参加本市职工基本医疗保险的人员，可将配偶、父母、子女绑定为共济人员，使用本人个人账户余额支付其在定点医药机构就医购药的个人负担费用，以及为其缴纳城乡居民医保个人缴费。',
      en: "If you are in employee medical insurance in Jiangcheng, you can link your spouse, parents and children to your personal account. The balance can then pay their share of costs at contracted hospitals and pharmacies, and their residents' medical insurance contributions.",
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance'],
    keywords: {
      zh: ['家庭共济', '医保共济', '个人账户给家人用', '医保余额', '亲情账户', '医保'],
      en: [
        'medical insurance',
        'family mutual aid',
        'share medical insurance',
        'family account',
        'medical insurance balance',
      ],
    },
    eligibility: [
      {
        zh: '本人参加本市职工基本医疗保险。',
        en: 'You are in Jiangcheng employee medical insurance.',
      },
      {
        zh: '共济人员为本人的配偶、父母、子女，且已参加基本医疗保险；配偶、父母、子女参加外省医保的也可共济。',
        en: 'The people you link are your spouse, parents or children and have medical insurance, including in another province.',
      },
    ],
    materials: [
      {
        name: { zh: '医保电子凭证', en: 'Medical insurance e-voucher' },
        form: 'electronic',
        copies: 0,
      },
      {
        name: { zh: '亲属关系证明', en: 'Proof of relationship' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '户籍信息可自动核验的免于提供；无法核验的提供结婚证、出生医学证明等。',
          en: 'Not needed if household registration records can confirm it; otherwise your marriage or birth certificate.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '绑定共济人员', en: 'Link family members' },
        description: {
          zh: '在“江澄医保”小程序或“国家医保服务平台”App 选择“家庭共济”，添加共济人员并经其授权确认。',
          en: 'In the Jiangcheng Medical Insurance mini-program or the national app, choose Family Mutual Aid, add family members and have them confirm.',
        },
      },
      {
        title: { zh: '系统核验', en: 'We verify' },
        description: {
          zh: '系统自动核验亲属关系，即时生效。',
          en: 'The relationship is checked automatically and the link takes effect at once.',
        },
      },
      {
        title: { zh: '使用', en: 'Use it' },
        description: {
          zh: '家人就医购药结算时自动优先使用其本人账户，不足部分使用共济账户支付。',
          en: 'When they pay, their own account is used first and yours covers the rest.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, outpatientMutualAid],
    faqs: [
      {
        question: { zh: '可以随时解除绑定吗？', en: 'Can I remove someone?' },
        answer: {
          zh: '可以，在同一入口随时解除，解除后次日生效。',
          en: 'Yes, at any time in the same place. It takes effect the next day.',
        },
      },
    ],
    relatedCodes: ['YBJ-006', 'YBJ-001'],
    popularity: 5600,
    updatedAt: '2026-03-23',
  }),
  guide({
    code: 'YBJ-008',
    name: { zh: '基本医疗保险关系转移接续', en: 'Transfer your medical insurance when you move' },
    summary: {
      zh: '参保人员跨统筹地区流动就业或居住的，可将基本医疗保险关系转入新参保地，原参保地的缴费年限合并计算，职工医保个人账户余额一并转移。全程可网上办理。',
      en: 'If you move to another area for work or to live, you can transfer your medical insurance. Your years of contributions count together and any employee personal account balance moves with you. The whole process is online.',
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance'],
    keywords: {
      zh: ['医保转移', '医保转出', '医保转入', '跨省转医保', '医保接续', '医保'],
      en: [
        'transfer medical insurance',
        'move medical insurance',
        'medical insurance',
        'moving city',
      ],
    },
    eligibility: [
      {
        zh: '已在原参保地停止缴费，并在新参保地参加基本医疗保险。',
        en: 'You have stopped paying in the old area and joined medical insurance in the new one.',
      },
      {
        zh: '不存在同时在两地参保缴费的情形。',
        en: 'You are not paying in both places.',
      },
    ],
    materials: [
      medicalInsuranceCard,
      {
        name: {
          zh: '《基本医疗保险参保信息表》',
          en: 'Medical insurance record from your old area',
        },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '由转出地通过全国医保信息平台传送，无需本人开具。',
          en: 'Sent by the old area through the national system; you do not need to get it yourself.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在“国家医保服务平台”App 或转入地医保窗口提交转移申请。',
          en: 'Apply in the National Medical Insurance Service Platform app or at the medical insurance desk in your new area.',
        },
      },
      {
        title: { zh: '转出地审核', en: 'The old area checks' },
        description: {
          zh: '转出地核对参保缴费信息，转出个人账户余额。',
          en: 'The old area checks your record and sends any account balance.',
        },
      },
      {
        title: { zh: '转入地接续', en: 'The new area takes over' },
        description: {
          zh: '转入地接收信息和资金，合并缴费年限，短信通知办理结果。',
          en: 'The new area receives the record and money, adds up your years and texts you.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.socialInsurance,
      {
        zh: '《基本医疗保险关系转移接续暂行办法》',
        en: 'Interim Measures for Transferring Basic Medical Insurance',
      },
    ],
    faqs: [
      {
        question: { zh: '转移期间生病了能报销吗？', en: 'Am I covered during the transfer?' },
        answer: {
          zh: '在转入地按规定缴费的，待遇自缴费次月起享受，中断不超过 3 个月的不设待遇等待期。',
          en: 'Once you pay in the new area, you are covered from the following month. If the gap is under three months there is no waiting period.',
        },
      },
    ],
    relatedCodes: ['RSJ-006', 'YBJ-011'],
    popularity: 3950,
    updatedAt: '2026-02-27',
  }),
  guide({
    code: 'YBJ-009',
    name: { zh: '生育津贴申领', en: 'Claim maternity allowance' },
    summary: {
      zh: '参加职工基本医疗保险（含生育保险）的女职工生育或流产的，以及职工配偶生育依法享受护理假的，可按用人单位上年度职工月平均工资计发生育津贴。生育津贴由医保基金支付，一般由用人单位申请。',
      en: "If you are insured under employee medical insurance, which includes maternity insurance, and you give birth or miscarry, you can receive maternity allowance based on your employer's average monthly wage for last year. Fathers can claim for their paternity leave. The allowance is paid by the medical insurance fund; your employer usually applies.",
    },
    departmentId: 'ybj',
    audience: ['individual', 'business'],
    themeIds: ['medical-insurance', 'birth-childcare', 'social-insurance'],
    keywords: {
      zh: ['生育津贴', '产假工资', '生育保险', '产假', '陪产假', '护理假', '医保', '社保'],
      en: [
        'medical insurance',
        'social insurance',
        'maternity allowance',
        'maternity pay',
        'maternity leave',
        'paternity leave',
        'maternity insurance',
      ],
    },
    eligibility: [
      {
        zh: '生育或流产时参加本市职工基本医疗保险并由用人单位正常缴费。',
        en: 'You were insured under Jiangcheng employee medical insurance through your employer when you gave birth or miscarried.',
      },
      {
        zh: '符合法律法规规定的生育政策。',
        en: 'The birth is within the law on family planning.',
      },
      {
        zh: '在产假结束之日起 12 个月内申请。',
        en: 'You apply within 12 months of the end of your leave.',
      },
    ],
    materials: [
      {
        name: {
          zh: '《出生医学证明》或流产诊断证明',
          en: 'Birth certificate or miscarriage medical certificate',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '电子出生医学证明可在线调取，免于提供。',
          en: 'Not needed if the electronic birth certificate can be retrieved online.',
        },
      },
      {
        name: { zh: '出院小结', en: 'Discharge summary' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '用于核定难产、多胞胎增加的产假天数。',
          en: 'Used to add leave for a difficult birth or multiple babies.',
        },
      },
      {
        name: { zh: '结婚证', en: 'Marriage certificate' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '男职工申领护理假津贴时提供。',
          en: 'For fathers claiming for paternity leave.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '单位申报', en: 'Employer applies' },
        description: {
          zh: '用人单位通过医保网上服务大厅申报；单位注销或职工已离职的，本人可在“江澄医保”小程序申请。',
          en: 'Your employer applies online. If the employer has closed or you have left, apply yourself in the Jiangcheng Medical Insurance mini-program.',
        },
      },
      {
        title: { zh: '审核核定', en: 'We check and calculate' },
        description: {
          zh: '核定产假天数和津贴金额：产假 98 天，难产增加 15 天，多胞胎每多生育 1 个婴儿增加 15 天，另加本省规定的延长产假。',
          en: 'We work out your leave and allowance: 98 days, plus 15 days for a difficult birth, 15 more days for each additional baby, plus any extra leave under provincial rules.',
        },
      },
      {
        title: { zh: '发放', en: 'Payment' },
        description: {
          zh: '津贴拨付至用人单位账户，由单位发给职工；本人申请的直接发放至本人社会保障卡。',
          en: 'The allowance goes to your employer, who passes it on to you; if you applied yourself, it goes to your social security card.',
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
      {
        zh: '《女职工劳动保护特别规定》',
        en: 'Special Provisions on Labour Protection for Female Employees',
      },
      maternityMerger,
    ],
    faqs: [
      {
        question: {
          zh: '生育津贴比我的工资低怎么办？',
          en: 'What if the allowance is less than my salary?',
        },
        answer: {
          zh: '生育津贴低于本人产假前工资标准的，由用人单位补足差额。',
          en: 'Your employer must make up the difference.',
        },
      },
      {
        question: { zh: '灵活就业人员能领生育津贴吗？', en: 'Can self-employed women claim it?' },
        answer: {
          zh: '以灵活就业人员身份参加职工医保并按规定缴费的，可按本市规定享受生育医疗费用待遇，生育津贴按本市最新政策执行，请咨询医保窗口。',
          en: 'If you pay employee medical insurance as a self-employed person, your birth costs are covered. Ask a medical insurance desk about the current rules on the allowance.',
        },
      },
    ],
    relatedCodes: ['YBJ-010', 'YBJ-002'],
    popularity: 5000,
    updatedAt: '2026-06-29',
  }),
  guide({
    code: 'YBJ-010',
    name: { zh: '生育医疗费用报销', en: 'Claim back pregnancy and birth costs' },
    summary: {
      zh: '参保人员产前检查、分娩住院等生育医疗费用，在定点医疗机构直接结算；因故全额自费的，可申请报销。城乡居民医保参保人员的住院分娩费用同样纳入保障。',
      en: "Antenatal check-ups and hospital costs for childbirth are settled directly at contracted hospitals. If you paid in full for some reason, you can claim back. Women in the residents' scheme are covered for hospital births too.",
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance', 'birth-childcare'],
    keywords: {
      zh: ['产检报销', '生孩子报销', '分娩费用', '生育医疗费', '生育保险', '医保'],
      en: [
        'antenatal care',
        'childbirth costs',
        'pregnancy',
        'maternity costs',
        'medical insurance',
      ],
    },
    eligibility: [
      {
        zh: '就医时参加本市职工基本医疗保险或城乡居民基本医疗保险。',
        en: 'You were insured in Jiangcheng at the time.',
      },
      {
        zh: '费用在定点医疗机构发生，且未直接结算。',
        en: 'The costs were at a contracted hospital and were not settled directly.',
      },
    ],
    materials: [
      medicalInsuranceCard,
      medicalBills,
      {
        name: { zh: '出院小结或产检记录', en: 'Discharge summary or antenatal record' },
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Claim' },
        description: {
          zh: '在“江澄医保”小程序上传票据，或到医保窗口提交。',
          en: 'Upload your receipts in the Jiangcheng Medical Insurance mini-program or take them to a desk.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '按生育医疗费用支付标准审核。',
          en: 'We check against the rates for maternity costs.',
        },
      },
      {
        title: { zh: '支付', en: 'Payment' },
        description: {
          zh: '报销款支付至本人社会保障卡。',
          en: 'The money goes to your social security card.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 15,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, maternityMerger],
    faqs: [
      {
        question: { zh: '产检费用怎么报？', en: 'How are antenatal check-ups covered?' },
        answer: {
          zh: '在定点医疗机构产检时出示医保电子凭证即可直接结算，本市对产前检查费用实行定额补助。',
          en: 'Show your e-voucher at a contracted hospital and it is settled directly. Jiangcheng pays a fixed amount towards antenatal care.',
        },
      },
    ],
    relatedCodes: ['YBJ-009', 'YBJ-004'],
    popularity: 3700,
    updatedAt: '2026-06-29',
  }),
  guide({
    code: 'YBJ-011',
    name: { zh: '医疗保险参保证明打印', en: 'Get proof of your medical insurance' },
    summary: {
      zh: '参保人员可打印本人的医疗保险参保证明和缴费明细，证明加盖电子印章，可用于积分落户、子女入学、出国签证、商业保险理赔等。',
      en: 'Print a sealed certificate showing your medical insurance and your payments, accepted for points-based hukou, school places, visas, commercial insurance claims and more.',
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance'],
    keywords: {
      zh: ['医保证明', '医保缴费证明', '医保参保证明', '医保缴费记录', '医保', '参保凭证'],
      en: [
        'proof of medical insurance',
        'medical insurance certificate',
        'health insurance record',
        'medical insurance',
      ],
    },
    eligibility: [
      {
        zh: '在本市参加或曾经参加基本医疗保险。',
        en: 'You are, or have been, insured in Jiangcheng.',
      },
      {
        zh: '本人办理，或凭授权委托书由他人代办。',
        en: 'You apply yourself, or someone else does with your written authority.',
      },
    ],
    materials: [idCard, agentPapers],
    steps: [
      {
        title: { zh: '登录', en: 'Log in' },
        description: {
          zh: '登录“国家医保服务平台”App、“江澄医保”小程序或使用政务服务中心自助终端。',
          en: 'Log in to the National Medical Insurance Service Platform app or the Jiangcheng Medical Insurance mini-program, or use a self-service terminal.',
        },
      },
      {
        title: { zh: '选择证明', en: 'Choose the certificate' },
        description: {
          zh: '选择参保证明或缴费明细，以及起止年月。',
          en: 'Choose a status certificate or a payment statement, and the period.',
        },
      },
      {
        title: { zh: '下载打印', en: 'Download or print' },
        description: {
          zh: '即时生成带电子印章的 PDF，收件单位可扫码核验。',
          en: 'A sealed PDF is produced at once; the recipient can scan the QR code to check it.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance],
    faqs: [
      {
        question: {
          zh: '社保证明里有医保吗？',
          en: 'Is medical insurance on the social insurance certificate?',
        },
        answer: {
          zh: '人社部门出具的社会保险参保证明只包含养老、失业、工伤保险；需要医保记录的请打印本证明。',
          en: 'No. The HR and Social Security certificate covers pension, unemployment and work injury insurance only. Print this one for medical insurance.',
        },
      },
    ],
    relatedCodes: ['RSJ-005', 'YBJ-001'],
    popularity: 6000,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'YBJ-012',
    name: { zh: '医疗救助申请', en: 'Apply for medical assistance' },
    summary: {
      zh: '低保对象、特困人员、低保边缘家庭成员和因病致贫重病患者，经基本医疗保险、大病保险报销后个人负担的合规医疗费用仍然较重的，可申请医疗救助。已认定的救助对象在定点医疗机构“一站式”直接结算。',
      en: 'If you receive minimum living allowance, live in extreme poverty, are on the edge of poverty, or have been made poor by serious illness, and your share of medical costs is still heavy after medical and critical illness insurance, you can get medical assistance. People already recognised are settled directly at contracted hospitals in one step.',
    },
    departmentId: 'ybj',
    audience: ['individual'],
    themeIds: ['medical-insurance', 'social-assistance'],
    keywords: {
      zh: ['医疗救助', '大病救助', '看病困难', '因病致贫', '低保', '特困', '医保'],
      en: [
        'medical insurance',
        'medical assistance',
        'help with medical bills',
        'hardship',
        'critical illness',
        'minimum living allowance',
      ],
    },
    eligibility: [
      {
        zh: '参加本市基本医疗保险。',
        en: 'You are insured in Jiangcheng.',
      },
      {
        zh: '属于低保对象、特困人员、低保边缘家庭成员，或经认定的因病致贫重病患者。',
        en: 'You receive minimum living allowance, live in extreme poverty, are on the edge of poverty, or have been recognised as impoverished by serious illness.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《医疗救助申请表》', en: 'Medical assistance application form' },
        form: 'original',
        copies: 1,
      },
      medicalBills,
      {
        name: { zh: '医保结算单', en: 'Medical insurance settlement statement' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '已直接结算的无需提供。',
          en: 'Not needed if the bill was settled directly.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '已认定的救助对象在医院结算时自动享受；因病致贫重病患者向户籍所在地乡镇（街道）或区医保窗口申请。',
          en: 'If you are already recognised, assistance is applied automatically when you pay. If illness has made you poor, apply at your township or street office or a district medical insurance desk.',
        },
      },
      {
        title: { zh: '审核认定', en: 'We assess' },
        description: {
          zh: '民政部门认定家庭经济状况，医保部门审核医疗费用。',
          en: 'The civil affairs bureau assesses your household finances and we check the medical costs.',
        },
      },
      {
        title: { zh: '救助金发放', en: 'Payment' },
        description: {
          zh: '按救助比例计算救助金，发放至本人社会保障卡。',
          en: 'Assistance is calculated at the set rate and paid to your social security card.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 1,
    legalBasis: [
      laws.socialAssistance,
      {
        zh: '《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》',
        en: 'Opinions of the General Office of the State Council on Improving Medical Insurance and Assistance for Serious and Critical Illnesses',
      },
    ],
    faqs: [
      {
        question: { zh: '救助比例是多少？', en: 'How much help will I get?' },
        answer: {
          zh: '特困人员合规费用全额救助，低保对象按不低于 70% 的比例救助，低保边缘家庭成员和因病致贫重病患者按规定比例救助，年度救助限额统一执行本市标准。',
          en: 'People in extreme poverty get all eligible costs covered; people on minimum living allowance at least 70%; others at set rates, up to the annual city limit.',
        },
      },
    ],
    relatedCodes: ['MZJ-020', 'MZJ-021'],
    popularity: 2400,
    updatedAt: '2026-05-04',
  }),
];
