import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, districtHalls, guide } from './guide.ts';
import {
  agentPapers,
  freeOfCharge,
  guardianIdCard,
  idCard,
  laws,
} from './services-welfare-common.ts';

const disabilityCertificateRules = {
  zh: '《中华人民共和国残疾人证管理办法》',
  en: "Measures of the People's Republic of China for the Administration of Disability Certificates",
};

const rehabilitationRegulations = {
  zh: '《残疾预防和残疾人康复条例》',
  en: 'Regulations on Disability Prevention and Rehabilitation of Persons with Disabilities',
};

const householdRegister = {
  name: { zh: '户口簿', en: 'Household register' },
  form: 'original',
  copies: 1,
  notes: {
    zh: '本市户籍信息可在线核验的，免于提供。',
    en: 'Not needed where your Jiangcheng registration can be checked online.',
  },
} as const;

const householdFinancesConsent = {
  name: {
    zh: '家庭经济状况申报及核对授权书',
    en: 'Declaration of household income and assets, with consent to check them',
  },
  form: 'original',
  copies: 1,
  notes: {
    zh: '共同生活的家庭成员均须签字，授权民政部门查询收入、存款、房产、车辆等信息。',
    en: 'Signed by everyone in the household, allowing the civil affairs bureau to check income, savings, property and vehicles.',
  },
} as const;

const disabilityCertificate = {
  name: { zh: '中华人民共和国残疾人证', en: 'Disability certificate' },
  form: 'original',
  copies: 1,
  notes: {
    zh: '第三代智能化残疾人证或电子残疾人证均可。',
    en: 'The third-generation smart card or the electronic certificate.',
  },
} as const;

export const assistanceServices: ServiceGuide[] = [
  guide({
    code: 'MZJ-020',
    name: { zh: '最低生活保障审核确认', en: 'Apply for minimum living allowance (dibao)' },
    summary: {
      zh: '共同生活的家庭成员人均收入低于本市最低生活保障标准、且家庭财产状况符合规定的家庭，可申请最低生活保障（低保）。本市城乡低保标准统一为每人每月 1080 元，按家庭人均收入与标准的差额按月发放低保金。',
      en: "If the average income of the people you live with is below the Jiangcheng minimum living standard and your assets are within the limits, your household can apply for minimum living allowance (dibao). The standard is 1,080 yuan per person per month across the city; you receive the difference between your household's average income and the standard every month.",
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['social-assistance'],
    keywords: {
      zh: ['低保', '最低生活保障', '低保户', '困难补助', '救助金', '低保申请', '生活困难'],
      en: [
        'minimum living allowance',
        'dibao',
        'income support',
        'welfare',
        'benefits',
        'low income',
      ],
    },
    eligibility: [
      {
        zh: '申请人具有本市户籍；共同生活的家庭成员户籍不在同一地的，可由其中一人在户籍所在地申请。',
        en: 'You hold a Jiangcheng hukou. If family members are registered in different places, one of you can apply where your own hukou is.',
      },
      {
        zh: '共同生活的家庭成员人均月收入低于本市最低生活保障标准。',
        en: "Your household's average monthly income is below the minimum living standard.",
      },
      {
        zh: '家庭财产符合规定：人均存款等金融资产不超过当地 24 个月低保标准，除唯一住房外无其他房产，无非生活必需的机动车辆。',
        en: 'Your assets are within the limits: savings and investments no more than 24 months of the standard per person, no property other than your only home, and no vehicle that is not a necessity.',
      },
    ],
    materials: [
      idCard,
      householdRegister,
      householdFinancesConsent,
      {
        name: { zh: '特殊情况证明', en: 'Evidence of special circumstances' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '如残疾人证、重大疾病诊断证明、离婚协议等，有则提供。',
          en: 'For example a disability certificate, a diagnosis of serious illness or a divorce agreement, if any.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Apply' },
        description: {
          zh: '向户籍所在地乡镇人民政府（街道办事处）或区政务服务中心社会救助窗口书面申请，也可在江澄政务服务网在线申请；本人申请有困难的，可委托村（居）民委员会代为申请。',
          en: "Apply in writing at your township or street office or the social assistance desk of your district service centre, or online. If you find it hard to apply yourself, your village or residents' committee can apply for you.",
        },
      },
      {
        title: { zh: '经济状况核对和入户调查', en: 'Financial checks and home visit' },
        description: {
          zh: '民政部门通过信息系统核对家庭收入和财产，工作人员入户调查家庭实际生活情况。',
          en: 'We check your household income and assets electronically, and staff visit your home to see your circumstances.',
        },
      },
      {
        title: { zh: '公示', en: 'Public notice' },
        description: {
          zh: '审核意见在申请家庭所在村（社区）公示 7 天，公示内容不涉及个人隐私信息。',
          en: 'The proposed decision is posted in your village or community for 7 days, without private details.',
        },
      },
      {
        title: { zh: '审核确认', en: 'Decision' },
        description: {
          zh: '无异议的作出确认决定，发放低保金；不予确认的书面说明理由。',
          en: 'If there is no objection, the application is confirmed and payments start. If it is refused, we explain why in writing.',
        },
      },
      {
        title: { zh: '按月发放', en: 'Monthly payments' },
        description: {
          zh: '自确认次月起将低保金按月发放至申请人社会保障卡，同时可享受医疗、教育、住房等专项救助。',
          en: 'The allowance is paid monthly to your social security card from the following month, and you can also get help with medical costs, education and housing.',
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
        zh: '《最低生活保障审核确认办法》',
        en: 'Measures for Reviewing and Confirming Minimum Living Allowance',
      },
    ],
    faqs: [
      {
        question: {
          zh: '家里有人在工作还能申请吗？',
          en: 'Can we apply if someone in the family works?',
        },
        answer: {
          zh: '可以。是否符合条件看家庭人均收入，在计算收入时会扣除必要的就业成本；低保家庭成员就业后收入超标的，可给予 6 个月的渐退期。',
          en: 'Yes. What matters is average household income, after allowing for the cost of going to work. If a family member finds work and your income rises above the standard, payments taper off over six months.',
        },
      },
      {
        question: {
          zh: '重病、重残人员能单独申请吗？',
          en: 'Can a person with a serious illness or disability apply alone?',
        },
        answer: {
          zh: '可以。低保边缘家庭中的重病患者、重度残疾人，经本人申请可单独纳入低保。',
          en: 'Yes. In families just above the threshold, a person with a serious illness or severe disability can apply to receive the allowance on their own.',
        },
      },
    ],
    relatedCodes: ['MZJ-021', 'MZJ-022', 'YBJ-012'],
    popularity: 4250,
    updatedAt: '2026-01-26',
  }),
  guide({
    code: 'MZJ-021',
    name: { zh: '特困人员救助供养认定', en: 'Apply for support for people in extreme poverty' },
    summary: {
      zh: '无劳动能力、无生活来源、无法定赡养抚养扶养义务人（或其义务人无履行义务能力）的老年人、残疾人和未满 16 周岁的未成年人，可申请认定为特困人员，获得基本生活、照料护理、疾病治疗和丧葬事宜等供养，可选择在家分散供养或到供养服务机构集中供养。',
      en: 'Older people, people with disabilities and children under 16 who cannot work, have no income and have no family legally bound to support them (or whose family cannot) can be recognised as living in extreme poverty. They are given money to live on, personal care, medical treatment and funeral arrangements, either at home or in a care home.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['social-assistance'],
    keywords: {
      zh: ['特困', '五保', '五保户', '孤寡老人', '特困供养', '敬老院', '低保'],
      en: ['extreme poverty', 'destitute', 'care home', 'elderly without family', 'welfare'],
    },
    eligibility: [
      {
        zh: '具有本市户籍，为 60 周岁以上老年人、残疾人或未满 16 周岁的未成年人。',
        en: 'You hold a Jiangcheng hukou and are 60 or over, have a disability or are under 16.',
      },
      {
        zh: '无劳动能力、无生活来源，财产符合本市特困人员财产状况规定。',
        en: 'You cannot work, have no income, and your assets are within the limits.',
      },
      {
        zh: '无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力。',
        en: 'No one is legally bound to support you, or they are unable to.',
      },
    ],
    materials: [
      idCard,
      householdRegister,
      householdFinancesConsent,
      {
        name: { zh: '法定义务人情况证明', en: 'Information about your legal supporters' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '法定义务人为重度残疾人、低保对象、服刑人员等的，提供相应证明。',
          en: 'If the people who should support you have severe disabilities, receive dibao or are in prison, evidence of that.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '本人向户籍所在地乡镇人民政府（街道办事处）申请；本人申请有困难的，可由村（居）民委员会或他人代为申请。',
          en: "Apply to your township or street office. If that is difficult, your village or residents' committee or someone else can apply for you.",
        },
      },
      {
        title: { zh: '调查核实和公示', en: 'Checks and public notice' },
        description: {
          zh: '入户调查、核对经济状况，评估生活自理能力，并在村（社区）公示 7 天。',
          en: 'We visit, check your finances, assess how well you can look after yourself, and post a notice for 7 days.',
        },
      },
      {
        title: { zh: '审核确认', en: 'Decision' },
        description: {
          zh: '区民政局审核确认，发给《特困人员救助供养证》。',
          en: 'The district civil affairs office confirms the decision and issues a support certificate.',
        },
      },
      {
        title: { zh: '落实供养', en: 'Support begins' },
        description: {
          zh: '按本人意愿安排分散或集中供养；生活不能自理的优先安排集中供养。',
          en: 'Support is arranged at home or in a care home as you prefer; people who cannot look after themselves are offered a care home place first.',
        },
      },
    ],
    statutoryDays: 40,
    promisedDays: 30,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 1,
    legalBasis: [
      laws.socialAssistance,
      { zh: '《特困人员认定办法》', en: 'Measures for Recognising People in Extreme Poverty' },
    ],
    faqs: [
      {
        question: { zh: '特困人员看病怎么报销？', en: 'How are medical costs covered?' },
        answer: {
          zh: '特困人员参加城乡居民医保的个人缴费由政府全额资助，经医保报销后的合规自付费用由医疗救助全额救助。',
          en: "The government pays their residents' medical insurance in full, and medical assistance pays the remaining eligible costs after insurance.",
        },
      },
    ],
    relatedCodes: ['MZJ-020', 'YBJ-012'],
    popularity: 1600,
    updatedAt: '2026-01-26',
  }),
  guide({
    code: 'MZJ-022',
    name: { zh: '临时救助申请', en: 'Apply for emergency hardship assistance' },
    summary: {
      zh: '因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因导致基本生活暂时出现严重困难的家庭或个人，以及遭遇其他特殊困难的人员，可申请临时救助。情况紧急的，可先行救助、事后补充材料。非本市户籍人员可在经常居住地申请。',
      en: 'If a fire, road accident, sudden serious illness in the family or other emergency leaves you unable to meet basic needs, you can apply for emergency assistance. In urgent cases help is given first and paperwork follows. You can apply where you live even without a Jiangcheng hukou.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['social-assistance'],
    keywords: {
      zh: ['临时救助', '急难救助', '突发困难', '救助金', '困难补助', '低保'],
      en: ['emergency assistance', 'crisis payment', 'hardship fund', 'emergency help', 'welfare'],
    },
    eligibility: [
      {
        zh: '因意外事件、突发重大疾病等原因，家庭基本生活暂时出现严重困难。',
        en: 'An accident, sudden serious illness or other emergency has left your household temporarily unable to meet basic needs.',
      },
      {
        zh: '因生活必需支出突然增加超出家庭承受能力，且已享受的其他救助后仍有困难。',
        en: 'Essential costs have suddenly risen beyond what you can bear, and other help has not been enough.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《临时救助申请书》', en: 'Emergency assistance application' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '说明遭遇困难的原因和经过；书写困难的可口头申请。',
          en: 'Explain what happened. If writing is difficult you can apply in person and staff will write it down.',
        },
      },
      {
        name: { zh: '困难情况证明材料', en: 'Evidence of the emergency' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '如火灾事故证明、交通事故认定书、医疗费用票据等。',
          en: 'For example a fire report, police accident report or medical bills.',
        },
      },
      householdFinancesConsent,
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '向户籍所在地或经常居住地乡镇人民政府（街道办事处）、区政务服务中心社会救助窗口申请，或拨打 12345 求助。',
          en: 'Apply at the township or street office where your hukou is or where you live, at the social assistance desk of your district service centre, or phone 12345.',
        },
      },
      {
        title: { zh: '审核', en: 'Assessment' },
        description: {
          zh: '核实困难情况；情况紧急的，由乡镇（街道）先行发放救助金或实物。',
          en: 'We check your situation. In an emergency the township or street office gives money or goods straight away.',
        },
      },
      {
        title: { zh: '审批发放', en: 'Approval and payment' },
        description: {
          zh: '根据困难程度确定救助金额，发放至本人账户或提供实物、转介服务。',
          en: 'The amount depends on how severe the hardship is. It is paid to your account, or given as goods or referral to other services.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 5,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 1,
    legalBasis: [
      laws.socialAssistance,
      {
        zh: '《国务院关于全面建立临时救助制度的通知》',
        en: 'State Council Notice on Establishing Temporary Assistance Nationwide',
      },
    ],
    faqs: [
      {
        question: {
          zh: '外地人在本市遇到困难能申请吗？',
          en: 'Can I get help if I am from another city?',
        },
        answer: {
          zh: '可以。在本市经常居住的，向居住地乡镇（街道）申请；流浪乞讨或临时遇困的，可到市救助管理站求助。',
          en: 'Yes. If you live here, apply to your local township or street office. If you are homeless or stranded, go to the city relief station.',
        },
      },
    ],
    relatedCodes: ['MZJ-020'],
    popularity: 2500,
    updatedAt: '2026-02-23',
  }),
  guide({
    code: 'MZJ-023',
    name: { zh: '高龄津贴申领', en: 'Claim the old-age allowance for people aged 80 and over' },
    summary: {
      zh: '本市户籍 80 周岁及以上老年人可按月领取高龄津贴：80 至 89 周岁每人每月 100 元，90 至 99 周岁每人每月 300 元，100 周岁及以上每人每月 800 元。已实现“免申即享”，年满 80 周岁次月起自动发放。',
      en: 'People aged 80 and over with a Jiangcheng hukou receive a monthly old-age allowance: 100 yuan a month at 80 to 89, 300 yuan at 90 to 99 and 800 yuan at 100 or over. You do not need to apply: payments start automatically the month after your 80th birthday.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['social-assistance', 'retirement'],
    keywords: {
      zh: ['高龄津贴', '高龄补贴', '老人补贴', '80岁补贴', '长寿补贴', '百岁老人', '养老金'],
      en: ['old age allowance', 'elderly allowance', 'over 80', 'centenarian', 'pension'],
    },
    eligibility: [
      {
        zh: '具有本市户籍，年满 80 周岁。',
        en: 'You hold a Jiangcheng hukou and are 80 or over.',
      },
      {
        zh: '系统未自动纳入的（如户籍刚迁入本市），可由本人或家属申请。',
        en: 'If you were not included automatically, for example because you recently moved your hukou here, you or a relative can apply.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '本人社会保障卡', en: 'Your social security card' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '津贴发放至社会保障卡金融账户。',
          en: 'The allowance is paid to the bank account on this card.',
        },
      },
      agentPapers,
    ],
    steps: [
      {
        title: { zh: '自动纳入', en: 'Automatic enrolment' },
        description: {
          zh: '民政部门每月比对户籍信息，年满 80 周岁的老年人自动纳入发放名单，短信通知本人或登记的家属。',
          en: 'Each month we check household registration records and add everyone who has turned 80, then text them or their registered relative.',
        },
      },
      {
        title: { zh: '补充申请（如未纳入）', en: 'Apply if you were missed' },
        description: {
          zh: '未收到通知的，可在江澄政务服务网或到乡镇（街道）、区政务服务中心申请。',
          en: 'If you hear nothing, apply on the Jiangcheng government services website or at your township, street office or district service centre.',
        },
      },
      {
        title: { zh: '按月发放', en: 'Monthly payments' },
        description: {
          zh: '按月发放至本人社会保障卡，达到更高年龄段时自动调整标准。',
          en: 'Paid monthly to your social security card; the amount rises automatically when you reach the next age band.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 0,
    legalBasis: [laws.elderly],
    faqs: [
      {
        question: { zh: '高龄津贴会影响领养老金吗？', en: 'Does it affect my pension?' },
        answer: {
          zh: '不会。高龄津贴属于老年人福利，与养老金、低保金等可以同时领取。',
          en: 'No. It is a welfare payment and can be received alongside a pension or dibao.',
        },
      },
      {
        question: { zh: '老人去世后怎么办？', en: 'What happens when the person dies?' },
        answer: {
          zh: '办理死亡户口注销后系统自动停发，无需家属另行申请。',
          en: 'Payments stop automatically once the death is registered; the family does not need to do anything.',
        },
      },
    ],
    relatedCodes: ['MZJ-025', 'RSJ-063'],
    popularity: 3550,
    updatedAt: '2026-06-01',
  }),
  guide({
    code: 'MZJ-024',
    name: {
      zh: '困难残疾人生活补贴和重度残疾人护理补贴申领',
      en: 'Claim the living allowance for disabled people on low incomes and the care allowance for severely disabled people',
    },
    summary: {
      zh: '低保家庭中的残疾人可申领困难残疾人生活补贴，残疾等级为一级、二级且需要长期照护的重度残疾人可申领重度残疾人护理补贴（两项补贴）。补贴标准为：生活补贴每人每月 150 元；护理补贴一级每月 200 元，二级每月 150 元。可全程网上办理，支持跨省通办。',
      en: 'People with disabilities in households on minimum living allowance can claim a living allowance, and people with grade 1 or 2 disabilities who need long-term care can claim a care allowance. The living allowance is 150 yuan a month; the care allowance is 200 yuan a month for grade 1 and 150 yuan for grade 2. You can apply fully online, including from another province.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['social-assistance'],
    keywords: {
      zh: ['两项补贴', '残疾人补贴', '护理补贴', '残疾人生活补贴', '重度残疾', '低保', '残疾证'],
      en: [
        'disability allowance',
        'care allowance',
        'disability benefit',
        'severe disability',
        'welfare',
      ],
    },
    eligibility: [
      {
        zh: '持有第三代中华人民共和国残疾人证，户籍在本市。',
        en: 'You have a third-generation disability certificate and a Jiangcheng hukou.',
      },
      {
        zh: '生活补贴：属于低保家庭成员（含单独纳入低保的重度残疾人）。',
        en: 'Living allowance: you are in a household on minimum living allowance, or receive it in your own right.',
      },
      {
        zh: '护理补贴：残疾等级为一级、二级，且需要长期照护。',
        en: 'Care allowance: your disability is grade 1 or 2 and you need long-term care.',
      },
    ],
    materials: [
      idCard,
      disabilityCertificate,
      {
        name: { zh: '《残疾人两项补贴申请审批表》', en: 'Disability allowances application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '网上申请时在线填写。',
          en: 'Filled in online if you apply online.',
        },
      },
      agentPapers,
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '通过全国残疾人两项补贴“跨省通办”入口、江澄政务服务网或到乡镇（街道）申请。',
          en: 'Apply through the national online service for the two disability allowances, the Jiangcheng government services website, or at your township or street office.',
        },
      },
      {
        title: {
          zh: '残联和民政审核',
          en: "Checks by the Disabled Persons' Federation and civil affairs",
        },
        description: {
          zh: '区残联核实残疾人证信息，区民政局审核低保和补贴资格。',
          en: "The district Disabled Persons' Federation checks the certificate and the civil affairs office checks eligibility.",
        },
      },
      {
        title: { zh: '按月发放', en: 'Monthly payments' },
        description: {
          zh: '自申请受理次月起按月发放至本人社会保障卡。',
          en: 'Paid monthly to your social security card from the month after your application is accepted.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 0,
    legalBasis: [
      laws.disabledPersons,
      {
        zh: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》',
        en: 'State Council Opinions on Establishing Living Allowances for Disabled People in Hardship and Care Allowances for Severely Disabled People',
      },
    ],
    faqs: [
      {
        question: { zh: '两项补贴可以同时领吗？', en: 'Can I receive both?' },
        answer: {
          zh: '可以。同时符合两项条件的可同时领取，也可与低保金同时领取。',
          en: 'Yes, if you meet both sets of conditions, and alongside dibao.',
        },
      },
    ],
    relatedCodes: ['CL-001', 'MZJ-020'],
    popularity: 2750,
    updatedAt: '2026-03-16',
  }),
  guide({
    code: 'MZJ-025',
    name: {
      zh: '经济困难的高龄、失能老年人养老服务补贴申领',
      en: 'Claim care services support for older people on low incomes who are very old or need care',
    },
    summary: {
      zh: '本市户籍经济困难的 80 周岁以上高龄老年人和经评估为失能、半失能的老年人，可申领养老服务补贴，补贴以服务券形式按月发放，用于购买助餐、助洁、助浴、上门护理等居家养老服务，也可用于入住养老机构。',
      en: 'If you are on a low income with a Jiangcheng hukou and are 80 or over, or have been assessed as needing care, you can receive care services support. It is given monthly as service credits to spend on meals, cleaning, bathing and home care, or towards a care home place.',
    },
    departmentId: 'mzj',
    audience: ['individual'],
    themeIds: ['social-assistance', 'retirement'],
    keywords: {
      zh: ['养老服务补贴', '居家养老', '失能老人', '助餐', '上门护理', '养老补贴', '低保'],
      en: ['home care', 'elderly care support', 'care voucher', 'meals on wheels', 'older people'],
    },
    eligibility: [
      {
        zh: '具有本市户籍，年满 60 周岁。',
        en: 'You hold a Jiangcheng hukou and are 60 or over.',
      },
      {
        zh: '属于低保、特困或低保边缘家庭成员。',
        en: 'You are in a household on minimum living allowance, in extreme poverty or just above the threshold.',
      },
      {
        zh: '年满 80 周岁，或经老年人能力评估为失能、半失能。',
        en: 'You are 80 or over, or a care needs assessment found you need full or partial care.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《老年人能力评估报告》', en: 'Care needs assessment report' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '失能、半失能老年人提供；尚未评估的，申请后由民政部门委托第三方免费上门评估。',
          en: 'If you need care. If you have not been assessed, we will arrange a free home assessment after you apply.',
        },
      },
      agentPapers,
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '本人或家属在江澄政务服务网或到乡镇（街道）、区政务服务中心申请。',
          en: 'You or a relative applies online or at your township, street office or district service centre.',
        },
      },
      {
        title: { zh: '能力评估', en: 'Care needs assessment' },
        description: {
          zh: '需要评估的，由评估机构上门评估，确定照护等级。',
          en: 'If needed, assessors visit you at home and set your level of care.',
        },
      },
      {
        title: { zh: '审核发放服务券', en: 'Approval and service credits' },
        description: {
          zh: '区民政局审核后，按照护等级每月发放电子服务券，可在本市签约养老服务机构使用。',
          en: 'Once approved, you receive monthly electronic service credits, based on your level of care, to use with contracted care providers.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 0,
    legalBasis: [
      laws.elderly,
      {
        zh: '《财政部 民政部 全国老龄办关于建立健全经济困难的高龄 失能等老年人补贴制度的通知》',
        en: 'Notice of the Ministry of Finance, the Ministry of Civil Affairs and the National Working Commission on Ageing on Allowances for Older People on Low Incomes Who Are Very Old or Need Care',
      },
    ],
    faqs: [
      {
        question: {
          zh: '服务券用不完可以换成现金吗？',
          en: 'Can unused credits be swapped for cash?',
        },
        answer: {
          zh: '不可以。服务券只能用于购买养老服务，当月未用完的可在当年内累计使用。',
          en: 'No. They can only be spent on care services. Unused credits carry over until the end of the year.',
        },
      },
    ],
    relatedCodes: ['MZJ-023', 'MZJ-021'],
    popularity: 1650,
    updatedAt: '2026-06-01',
  }),
  guide({
    code: 'CL-001',
    name: { zh: '残疾人证新办', en: 'Apply for a disability certificate' },
    summary: {
      zh: '视力、听力、言语、肢体、智力、精神残疾及多重残疾人员，经指定医疗机构评定残疾类别和等级后，可申领《中华人民共和国残疾人证》。残疾人证是享受残疾人各项扶助政策的凭证，有效期 10 年，同时发放电子证照。',
      en: 'If you have a visual, hearing, speech, physical, intellectual, mental or multiple disability, a designated hospital assesses its type and grade, and you can then get a disability certificate. The certificate gives you access to support for disabled people. It lasts 10 years and comes with an electronic version.',
    },
    departmentId: 'cl',
    audience: ['individual'],
    themeIds: ['social-assistance'],
    keywords: {
      zh: ['残疾证', '办残疾证', '残疾人证', '评残', '残疾评定', '残疾鉴定'],
      en: [
        'disability certificate',
        'disability card',
        'disability assessment',
        'registered disabled',
      ],
    },
    eligibility: [
      {
        zh: '具有本市户籍，或持有本市居住证。',
        en: 'You hold a Jiangcheng hukou or residence permit.',
      },
      {
        zh: '存在长期（6 个月以上）的身体结构、功能损伤，符合残疾分类分级国家标准。',
        en: 'You have had a physical or mental impairment for at least six months that meets the national disability classification standard.',
      },
      {
        zh: '智力、精神残疾人或未成年人由监护人代为申请。',
        en: 'A guardian applies for people with intellectual or mental disabilities and for children.',
      },
    ],
    materials: [
      idCard,
      householdRegister,
      {
        name: { zh: '近期 2 寸免冠彩色照片', en: 'Recent colour passport-style photo' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '白色背景，网上申请时上传，窗口可现场拍摄。',
          en: 'White background. Upload it online or have it taken at the desk.',
        },
      },
      {
        name: { zh: '既往病历和检查报告', en: 'Previous medical records and test results' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '精神残疾须提供 6 个月以上的诊疗记录。',
          en: 'For a mental disability, at least six months of treatment records.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在江澄政务服务网或到户籍所在地乡镇（街道）残联、区政务服务中心提交申请，领取《残疾评定表》。',
          en: 'Apply on the Jiangcheng government services website, at your township or street disability office or at a district service centre, and get an assessment form.',
        },
      },
      {
        title: { zh: '残疾评定', en: 'Disability assessment' },
        description: {
          zh: '到区残联指定的评定医疗机构进行评定；行动不便的可申请上门评定。',
          en: 'Go to the hospital named by the district federation for assessment. If you cannot travel, ask for a home assessment.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '区残联审核评定结论，符合标准的录入全国残疾人人口基础数据库。',
          en: 'The district federation checks the result and, if the standard is met, records it in the national disability database.',
        },
      },
      {
        title: { zh: '发证', en: 'Certificate issued' },
        description: {
          zh: '制发第三代智能化残疾人证，可邮寄到家或到窗口领取，电子证照同步生成。',
          en: 'A third-generation smart certificate is made and posted or collected; the electronic version is issued at the same time.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    fee: {
      free: true,
      description: {
        zh: '不收费。残疾评定和办证费用由财政承担。',
        en: 'Free of charge. The government pays for the assessment and certificate.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [laws.disabledPersons, disabilityCertificateRules],
    faqs: [
      {
        question: { zh: '对评定结果有异议怎么办？', en: 'What if I disagree with the assessment?' },
        answer: {
          zh: '可在收到结论之日起 15 日内向区残联书面申请复评，由上一级评定机构重新评定。',
          en: 'Ask the district federation in writing for a review within 15 days; a higher-level assessor will reassess you.',
        },
      },
      {
        question: { zh: '持证后能享受哪些政策？', en: 'What support does the certificate give?' },
        answer: {
          zh: '可按条件享受两项补贴、康复救助、辅助器具适配、就业扶持、教育资助以及公共交通、景区、停车等优待。',
          en: 'Depending on your situation: the two disability allowances, rehabilitation, assistive devices, employment and education support, and concessions on transport, attractions and parking.',
        },
      },
    ],
    relatedCodes: ['CL-002', 'MZJ-024', 'CL-003'],
    popularity: 2620,
    updatedAt: '2026-04-20',
  }),
  guide({
    code: 'CL-002',
    name: {
      zh: '残疾人证换领、补领和迁移',
      en: 'Renew, replace or transfer a disability certificate',
    },
    summary: {
      zh: '残疾人证有效期满、损毁、遗失，或持证人户籍迁移、残疾状况发生变化的，应办理换领、补领或迁移。有效期满前 90 天内可申请换领，残疾状况无变化且为永久性残疾的，可免于重新评定。',
      en: 'If your disability certificate is about to expire, is damaged or lost, or you move your hukou or your disability changes, you need to renew, replace or transfer it. You can renew in the 90 days before it expires; if your disability is permanent and unchanged, no new assessment is needed.',
    },
    departmentId: 'cl',
    audience: ['individual'],
    themeIds: ['social-assistance'],
    keywords: {
      zh: ['残疾证到期', '残疾证换证', '残疾证丢了', '补办残疾证', '残疾证迁移', '残疾证'],
      en: [
        'disability certificate renewal',
        'lost disability card',
        'replace disability certificate',
        'disability card',
      ],
    },
    eligibility: [
      {
        zh: '持有本市发放的残疾人证，或户籍迁入本市的外地持证人。',
        en: 'You hold a certificate issued in Jiangcheng, or have moved your hukou here with a certificate from elsewhere.',
      },
      {
        zh: '证件有效期满（到期前 90 天内）、损毁、遗失，或残疾类别、等级发生变化。',
        en: 'It expires within 90 days, is damaged or lost, or your type or grade of disability has changed.',
      },
    ],
    materials: [
      idCard,
      disabilityCertificate,
      {
        name: { zh: '遗失声明', en: 'Statement of loss' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '补领时在线签署，无需登报。',
          en: 'Signed online when replacing a lost certificate; no newspaper notice is needed.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在江澄政务服务网或区政务服务中心残联窗口申请；迁移的在迁入地申请。',
          en: 'Apply online or at the disability desk of a district service centre. For a transfer, apply where you now live.',
        },
      },
      {
        title: { zh: '审核（必要时重新评定）', en: 'Checks, with reassessment if needed' },
        description: {
          zh: '核对原证信息；残疾状况可能变化的，安排重新评定。',
          en: 'We check your record, and arrange a new assessment if your disability may have changed.',
        },
      },
      {
        title: { zh: '制发新证', en: 'New certificate issued' },
        description: {
          zh: '制发新证，原证同时作废；可邮寄或到窗口领取。',
          en: 'A new certificate is made and the old one cancelled; it can be posted or collected.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.disabledPersons, disabilityCertificateRules],
    faqs: [
      {
        question: { zh: '换证期间补贴会停吗？', en: 'Will my allowances stop while I renew?' },
        answer: {
          zh: '在有效期满前申请换领的，补贴不受影响；逾期未换领的，相关补贴暂停发放，换证后恢复。',
          en: 'Not if you apply before it expires. If it lapses, allowances pause and restart once you have the new certificate.',
        },
      },
    ],
    relatedCodes: ['CL-001'],
    popularity: 1850,
    updatedAt: '2026-04-20',
  }),
  guide({
    code: 'CL-003',
    name: {
      zh: '残疾人辅助器具适配补贴',
      en: 'Get help with assistive devices for disabled people',
    },
    summary: {
      zh: '持证残疾人可申请辅助器具适配服务和补贴，包括轮椅、助行器、助听器、假肢矫形器、盲杖、助视器和生活自助具等。低保家庭和一二级重度残疾人基本型辅助器具免费适配，其他持证残疾人按目录限额给予补贴。',
      en: 'If you have a disability certificate, you can get assessed, fitted and helped with the cost of assistive devices such as wheelchairs, walking aids, hearing aids, artificial limbs and braces, white canes, low-vision aids and daily living aids. Basic devices are free for people on dibao and people with grade 1 or 2 disabilities; others receive a subsidy up to the listed limit.',
    },
    departmentId: 'cl',
    audience: ['individual'],
    themeIds: ['social-assistance'],
    keywords: {
      zh: ['辅助器具', '轮椅', '助听器', '假肢', '残疾人补贴', '残疾证'],
      en: [
        'assistive devices',
        'wheelchair',
        'hearing aid',
        'prosthetic limb',
        'mobility aid',
        'disability support',
      ],
    },
    eligibility: [
      {
        zh: '持有本市发放的残疾人证。',
        en: 'You have a Jiangcheng disability certificate.',
      },
      {
        zh: '经辅助器具评估确有适配需求，同类辅助器具在规定使用年限内未重复享受补贴。',
        en: 'An assessment shows you need the device, and you have not had a subsidy for the same kind of device within its set lifetime.',
      },
    ],
    materials: [
      idCard,
      disabilityCertificate,
      {
        name: { zh: '辅助器具购买发票', en: 'Receipt for the device' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '在非定点机构自行购买后申请补贴时提供。',
          en: 'If you bought it yourself from a supplier not on our list.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在江澄政务服务网或到区残联窗口申请辅助器具适配。',
          en: 'Apply online or at the district disability desk.',
        },
      },
      {
        title: { zh: '评估适配', en: 'Assessment and fitting' },
        description: {
          zh: '市残疾人辅助器具资源中心或定点机构评估需求，推荐并适配合适的辅助器具。',
          en: 'The city assistive devices centre or a listed supplier assesses your needs and fits a suitable device.',
        },
      },
      {
        title: { zh: '结算补贴', en: 'Payment' },
        description: {
          zh: '在定点机构适配的，补贴部分直接结算；自行购买的，审核后补贴发放至本人社会保障卡。',
          en: 'At a listed supplier the subsidy is deducted directly. If you bought it yourself, it is paid to your social security card after checks.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    fee: {
      free: true,
      description: {
        zh: '申请和评估不收费。超出补贴限额或选择非基本型产品的差价由个人承担。',
        en: 'Applying and assessment are free of charge. You pay any cost above the subsidy limit or for a higher-spec model.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [laws.disabledPersons, rehabilitationRegulations],
    faqs: [
      {
        question: { zh: '辅助器具可以借用吗？', en: 'Can I borrow a device?' },
        answer: {
          zh: '可以。市辅助器具资源中心提供轮椅、助行器等短期租借服务，持证残疾人免费借用，最长 3 个月。',
          en: 'Yes. The city assistive devices centre lends wheelchairs and walking aids free to certificate holders for up to three months.',
        },
      },
    ],
    relatedCodes: ['CL-001', 'CL-004'],
    popularity: 1400,
    updatedAt: '2026-05-04',
  }),
  guide({
    code: 'CL-004',
    name: {
      zh: '残疾儿童康复救助申请',
      en: 'Apply for rehabilitation support for a disabled child',
    },
    summary: {
      zh: '0 至 6 周岁视力、听力、言语、肢体、智力残疾儿童和孤独症儿童，可在定点康复机构接受手术、辅助器具适配和康复训练等服务，由政府给予康复救助，每人每年最高 2.4 万元。',
      en: 'Children aged 0 to 6 with visual, hearing, speech, physical or intellectual disabilities or autism can receive surgery, assistive devices and rehabilitation therapy at listed centres, with government support of up to 24,000 yuan per child per year.',
    },
    departmentId: 'cl',
    audience: ['individual'],
    themeIds: ['social-assistance', 'birth-childcare'],
    keywords: {
      zh: ['残疾儿童康复', '孤独症', '自闭症', '康复训练', '人工耳蜗', '儿童康复补贴'],
      en: [
        'child rehabilitation',
        'autism',
        'speech therapy',
        'cochlear implant',
        'disabled child',
        'early intervention',
      ],
    },
    eligibility: [
      {
        zh: '0 至 6 周岁，具有本市户籍或其监护人持有本市居住证。',
        en: 'The child is 0 to 6 and has a Jiangcheng hukou, or a parent has a Jiangcheng residence permit.',
      },
      {
        zh: '经二级及以上医疗机构诊断为视力、听力、言语、肢体、智力残疾或孤独症，有康复需求。',
        en: 'A hospital of grade 2 or above has diagnosed a visual, hearing, speech, physical or intellectual disability or autism, and the child would benefit from rehabilitation.',
      },
    ],
    materials: [
      {
        name: {
          zh: '儿童户口簿或出生医学证明',
          en: "Child's household register or birth certificate",
        },
        form: 'original',
        copies: 1,
      },
      guardianIdCard,
      {
        name: { zh: '医疗机构诊断证明', en: 'Hospital diagnosis' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '持有残疾人证的，可用残疾人证代替。',
          en: 'A disability certificate can be used instead.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '监护人在江澄政务服务网或到区残联窗口申请，也可由定点康复机构协助申请。',
          en: 'A parent applies online or at the district disability desk, or a listed rehabilitation centre can help you apply.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '区残联审核诊断和户籍信息，出具救助确认通知。',
          en: 'The district federation checks the diagnosis and registration and confirms support.',
        },
      },
      {
        title: { zh: '选择机构接受康复', en: 'Choose a centre and start therapy' },
        description: {
          zh: '在全市定点康复机构中自主选择，接受康复服务。',
          en: 'Choose any listed rehabilitation centre in the city.',
        },
      },
      {
        title: { zh: '直接结算', en: 'Direct payment' },
        description: {
          zh: '救助资金由残联与定点机构直接结算，家长只需支付超出部分。',
          en: 'The federation pays the centre directly; you pay only anything above the limit.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      rehabilitationRegulations,
      {
        zh: '《国务院关于建立残疾儿童康复救助制度的意见》',
        en: 'State Council Opinions on Establishing Rehabilitation Assistance for Children with Disabilities',
      },
    ],
    faqs: [
      {
        question: { zh: '没有残疾人证能申请吗？', en: 'Do we need a disability certificate?' },
        answer: {
          zh: '不需要。凭二级及以上医疗机构的诊断证明即可申请，越早干预效果越好。',
          en: 'No. A diagnosis from a grade 2 hospital is enough. The earlier therapy starts, the better.',
        },
      },
      {
        question: {
          zh: '孩子超过 6 周岁还能继续吗？',
          en: 'What happens after the child turns 6?',
        },
        answer: {
          zh: '本市已将救助年龄扩大至 14 周岁，7 至 14 周岁儿童按本市规定标准继续给予救助。',
          en: 'Jiangcheng extends support up to age 14, at the city rate for children aged 7 to 14.',
        },
      },
    ],
    relatedCodes: ['CL-001', 'CL-003', 'YBJ-002'],
    popularity: 1350,
    updatedAt: '2026-05-04',
  }),
];
