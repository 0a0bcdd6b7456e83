import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, districtHalls, guide } from './guide.ts';
import { agentPapers, freeOfCharge, idCard, laws } from './services-welfare-common.ts';

const employmentServiceRules = {
  zh: '《就业服务与就业管理规定》',
  en: 'Provisions on Employment Services and Employment Management',
};

const employmentSubsidyFunds = {
  zh: '《就业补助资金管理办法》',
  en: 'Measures for the Administration of Employment Subsidy Funds',
};

const startUpLoanNotice = {
  zh: '《财政部 人力资源社会保障部 中国人民银行关于进一步加大创业担保贷款贴息力度全力支持重点群体创业就业的通知》',
  en: "Notice of the Ministry of Finance, the Ministry of Human Resources and Social Security and the People's Bank of China on Increasing Interest Subsidies for Guaranteed Start-up Loans",
};

const socialSecurityCardAccount = {
  name: { zh: '本人社会保障卡', en: 'Your social security card' },
  form: 'original',
  copies: 1,
  notes: {
    zh: '补贴发放至社会保障卡金融账户，须已激活金融功能。',
    en: 'The subsidy is paid into the bank account on the card, which must be activated.',
  },
} as const;

export const employmentServices: ServiceGuide[] = [
  guide({
    code: 'RSJ-030',
    name: { zh: '失业登记', en: 'Register as unemployed' },
    summary: {
      zh: '在法定劳动年龄内、有劳动能力和就业要求、处于无业状态的城乡劳动者，可在常住地办理失业登记。登记后可享受免费的职业指导、职业介绍、培训补贴等公共就业服务，符合条件的可申领失业保险金。',
      en: 'If you are of working age, able and wanting to work, and have no job, you can register as unemployed where you live. You then get free careers advice, job matching and training support, and can claim unemployment benefit if you qualify.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['employment'],
    keywords: {
      zh: ['失业登记', '失业证', '就业失业登记证', '没工作', '找工作', '待业'],
      en: ['unemployed', 'jobseeker', 'out of work', 'lost my job', 'looking for work'],
    },
    eligibility: [
      {
        zh: '年满 16 周岁、未达到法定退休年龄，有劳动能力和就业要求。',
        en: 'You are 16 or over, below retirement age, able to work and want a job.',
      },
      {
        zh: '处于无业状态（含从事经营或灵活就业但收入低于本市最低工资标准的）。',
        en: "You have no job, or your business or casual work pays less than Jiangcheng's minimum wage.",
      },
      {
        zh: '在本市常住，不受户籍限制；在校学生不能办理。',
        en: 'You live in Jiangcheng, whatever your hukou. Students in full-time education cannot register.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《失业登记表》', en: 'Unemployment registration form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '网上办理时在线填写，无需纸质表。',
          en: 'Filled in online if you apply online; no paper form needed.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交登记', en: 'Register' },
        description: {
          zh: '通过“江澄人社”App、国家社会保险公共服务平台，或到常住地街道（乡镇）公共就业服务机构、政务服务中心办理。',
          en: 'Register in the Jiangcheng HR and Social Security app, on the National Social Insurance Public Service Platform, or at a public employment office or service centre.',
        },
      },
      {
        title: { zh: '即时办结', en: 'Registered at once' },
        description: {
          zh: '系统核验就业和参保状态，符合条件的即时办结，电子《就业创业证》同步生成。',
          en: 'The system checks your job and insurance status and registers you straight away, issuing an electronic Employment and Business Start-up Certificate.',
        },
      },
      {
        title: { zh: '接受就业服务', en: 'Use employment services' },
        description: {
          zh: '登记后 5 个工作日内，就业服务专员将与您联系，提供职业指导和岗位推荐。',
          en: 'Within 5 working days an employment adviser will contact you with advice and job suggestions.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.employmentPromotion, employmentServiceRules],
    faqs: [
      {
        question: {
          zh: '失业登记和领失业金是一回事吗？',
          en: 'Is registering the same as claiming unemployment benefit?',
        },
        answer: {
          zh: '不是。失业登记是享受就业服务的前提；领取失业保险金还须满足缴费满 1 年、非本人意愿失业等条件。在线申领失业保险金时系统会同步办理失业登记。',
          en: 'No. Registering gives you access to employment services. To receive benefit you must also have paid in for a year and have lost your job through no choice of your own. If you claim benefit online, you are registered at the same time.',
        },
      },
      {
        question: { zh: '找到工作后要注销吗？', en: 'Do I need to cancel when I find work?' },
        answer: {
          zh: '不需要。新单位办理参保后系统自动注销失业登记。',
          en: 'No. Your registration ends automatically when your new employer insures you.',
        },
      },
    ],
    relatedCodes: ['RSJ-010', 'RSJ-031'],
    popularity: 4650,
    updatedAt: '2026-04-21',
  }),
  guide({
    code: 'RSJ-031',
    name: { zh: '就业困难人员认定', en: 'Get recognised as someone who faces barriers to work' },
    summary: {
      zh: '因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业，或连续失业一定时间仍未能实现就业的失业人员，可申请认定为就业困难人员，享受公益性岗位安置、社会保险补贴等援助政策。',
      en: 'If your health, skills, family situation, loss of farmland or a long spell out of work make it hard to find a job, you can apply to be recognised as facing barriers to work. You can then get help such as a public-service job placement and help with social insurance contributions.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['employment', 'social-assistance'],
    keywords: {
      zh: ['就业困难', '就业援助', '公益性岗位', '4050', '零就业家庭', '长期失业'],
      en: ['employment support', 'long-term unemployed', 'job help', 'public service job'],
    },
    eligibility: [
      {
        zh: '已在本市办理失业登记。',
        en: 'You are registered as unemployed in Jiangcheng.',
      },
      {
        zh: '属于下列情形之一：女满 40 周岁、男满 50 周岁；残疾人；低保家庭成员；零就业家庭成员；连续失业 1 年以上；失去土地的农村劳动者。',
        en: 'One of the following applies: you are a woman aged 40+ or a man aged 50+; you have a disability; your family receives minimum living allowance; no one in your household works; you have been out of work for more than a year; or you are a rural worker who has lost your land.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '困难情形证明材料', en: 'Evidence of your circumstances' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '如残疾人证、低保证等；可通过部门共享核验的免于提供。',
          en: 'For example a disability certificate or minimum living allowance certificate. Not needed where we can check it with the issuing department.',
        },
      },
      {
        name: { zh: '《就业困难人员认定申请表》', en: 'Application form' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '向常住地街道（乡镇）公共就业服务机构或区政务服务中心人社窗口申请，也可网上申请。',
          en: 'Apply to your local public employment office, at a district service centre, or online.',
        },
      },
      {
        title: { zh: '审核公示', en: 'Checks and public notice' },
        description: {
          zh: '核实困难情形，在社区公示 5 个工作日。',
          en: 'We check your circumstances and post a notice in your community for 5 working days.',
        },
      },
      {
        title: { zh: '认定并提供援助', en: 'Recognition and help' },
        description: {
          zh: '区人社部门作出认定，纳入就业援助台账，提供“一对一”帮扶。',
          en: 'The district HR office confirms the recognition and assigns you one-to-one support.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.employmentPromotion, employmentServiceRules],
    faqs: [
      {
        question: { zh: '认定后能享受哪些政策？', en: 'What help can I get?' },
        answer: {
          zh: '可优先安排公益性岗位，灵活就业的可申领社会保险补贴，用人单位招用的可享受社会保险补贴和岗位补贴。',
          en: 'Priority for public-service jobs, help with social insurance if you work flexibly, and subsidies for employers who hire you.',
        },
      },
    ],
    relatedCodes: ['RSJ-030', 'RSJ-032'],
    popularity: 2000,
    updatedAt: '2026-02-16',
  }),
  guide({
    code: 'RSJ-032',
    name: {
      zh: '灵活就业人员社会保险补贴申领',
      en: 'Claim help with social insurance contributions if you work flexibly',
    },
    summary: {
      zh: '就业困难人员和离校 2 年内未就业的高校毕业生以灵活就业方式就业并缴纳社会保险费的，可按实际缴费的三分之二申领社会保险补贴，补贴期限一般不超过 3 年。',
      en: 'If you face barriers to work, or graduated within the last two years and have no job, and you work flexibly and pay social insurance, you can get back two thirds of what you pay, usually for up to three years.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['employment', 'social-insurance'],
    keywords: {
      zh: ['社保补贴', '灵活就业补贴', '社保', '高校毕业生社保补贴', '就业困难人员补贴'],
      en: [
        'social insurance',
        'social insurance subsidy',
        'help with social insurance',
        'graduate subsidy',
        'freelancer',
      ],
    },
    eligibility: [
      {
        zh: '已认定为就业困难人员，或为离校 2 年内未就业的高校毕业生。',
        en: 'You are recognised as facing barriers to work, or you graduated within the last two years and have no job.',
      },
      {
        zh: '在本市以灵活就业方式就业，并以个人身份缴纳养老、医疗保险费。',
        en: 'You work flexibly in Jiangcheng and pay pension and medical insurance in your own name.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '灵活就业情况说明', en: 'Description of your work' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '写明从事的工作内容和地点，本人签名承诺。',
          en: 'Say what work you do and where, and sign the declaration.',
        },
      },
      {
        name: { zh: '毕业证书', en: 'Graduation certificate' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '高校毕业生申请时提供；学历信息可在线核验的免于提供。',
          en: 'For graduates only. Not needed if your degree can be checked online.',
        },
      },
      socialSecurityCardAccount,
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在“江澄人社”App 或政务服务中心人社窗口提交首次申请，之后每半年申报一次。',
          en: 'Make your first claim in the Jiangcheng HR and Social Security app or at a desk, then claim every six months.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '核对缴费记录和人员身份，公示 5 个工作日。',
          en: 'We check your payments and eligibility and post a public notice for 5 working days.',
        },
      },
      {
        title: { zh: '发放', en: 'Payment' },
        description: {
          zh: '审核通过后按实际缴费额的三分之二发放至社会保障卡。',
          en: 'Two thirds of what you paid goes to your social security card.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.employmentPromotion, employmentSubsidyFunds],
    faqs: [
      {
        question: {
          zh: '距离退休不足 5 年能延长补贴吗？',
          en: 'Can the subsidy last longer if I am close to retirement?',
        },
        answer: {
          zh: '可以。距法定退休年龄不足 5 年的就业困难人员，补贴期限可延长至退休。高校毕业生的补贴期限最长 2 年。',
          en: 'Yes. If you face barriers to work and are within five years of retirement, it can continue until you retire. For graduates it lasts up to two years.',
        },
      },
    ],
    relatedCodes: ['RSJ-001', 'RSJ-031'],
    popularity: 2600,
    updatedAt: '2026-02-16',
  }),
  guide({
    code: 'RSJ-033',
    name: { zh: '职业技能提升补贴申领', en: 'Claim the skills certificate subsidy' },
    summary: {
      zh: '参加失业保险累计缴费满 1 年的企业职工和领取失业保险金人员，取得职业资格证书或职业技能等级证书的，可在证书核发之日起 12 个月内申领技能提升补贴：初级（五级）1000 元、中级（四级）1500 元、高级（三级）2000 元。',
      en: 'If you have paid unemployment insurance for at least a year, or are receiving unemployment benefit, and you gain a vocational qualification or skills certificate, you can claim a subsidy within 12 months of the certificate date: 1,000 yuan for entry level (level 5), 1,500 yuan for intermediate (level 4) and 2,000 yuan for advanced (level 3).',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['employment'],
    keywords: {
      zh: ['技能补贴', '考证补贴', '职业资格证补贴', '技能等级证书', '失业保险', '社保'],
      en: ['skills subsidy', 'training grant', 'certificate bonus', 'vocational qualification'],
    },
    eligibility: [
      {
        zh: '在本市参加失业保险累计缴费满 1 年，或正在本市领取失业保险金。',
        en: 'You have paid unemployment insurance in Jiangcheng for at least a year in total, or are receiving unemployment benefit here.',
      },
      {
        zh: '取得可在国家职业资格目录或职业技能等级认定信息系统查询到的证书。',
        en: 'Your certificate can be found in the national vocational qualification list or the skills certification database.',
      },
      {
        zh: '在证书核发之日起 12 个月内申请；同一职业同一等级只能申领一次，每人每年最多 3 次。',
        en: 'You apply within 12 months of the certificate date. You can claim once per occupation and level, and up to three times a year.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '职业资格证书或职业技能等级证书', en: 'Qualification or skills certificate' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '系统自动联网核验，电子证书无需上传。',
          en: 'Checked online automatically; you do not need to upload an electronic certificate.',
        },
      },
      socialSecurityCardAccount,
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '登录“江澄人社”App 或电子社保卡，选择“技能提升补贴申领”，系统自动带出证书信息。',
          en: 'In the Jiangcheng HR and Social Security app or the electronic social security card, choose Skills Subsidy; your certificate details fill in automatically.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '核对参保缴费和证书信息。',
          en: 'We check your insurance record and certificate.',
        },
      },
      {
        title: { zh: '发放', en: 'Payment' },
        description: {
          zh: '补贴发放至本人社会保障卡金融账户，并短信通知。',
          en: 'The subsidy is paid to your social security card and you are told by text message.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: [],
    visits: 0,
    legalBasis: [
      laws.unemploymentInsurance,
      {
        zh: '《人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知》',
        en: 'Notice of the Ministry of Human Resources and Social Security and the Ministry of Finance on Using Unemployment Insurance to Help Insured Workers Improve Their Skills',
      },
    ],
    faqs: [
      {
        question: {
          zh: '驾驶证、教师资格证能申领吗？',
          en: "Can I claim for a driving licence or teacher's certificate?",
        },
        answer: {
          zh: '不能。只有职业资格证书（技能人员类）和职业技能等级证书可以申领，驾驶证等准入类证书不在范围内。',
          en: "No. Only skills qualifications and skills level certificates count; licences such as a driver's licence do not.",
        },
      },
    ],
    relatedCodes: ['RSJ-010', 'RSJ-030'],
    popularity: 3850,
    updatedAt: '2026-05-06',
  }),
  guide({
    code: 'RSJ-034',
    name: { zh: '创业担保贷款申请', en: 'Apply for a government-guaranteed start-up loan' },
    summary: {
      zh: '在本市创业的高校毕业生、城镇登记失业人员、返乡创业农民工、退役军人等重点群体，可申请由政府性融资担保机构担保的创业担保贷款，个人最高 30 万元，期限最长 3 年，财政按规定给予贴息。',
      en: 'If you are starting a business in Jiangcheng and are a recent graduate, registered unemployed, a migrant worker returning home, a veteran or in another priority group, you can apply for a start-up loan guaranteed by a government guarantee agency: up to 300,000 yuan for up to three years, with part of the interest paid by the government.',
    },
    departmentId: 'rsj',
    audience: ['individual', 'business'],
    themeIds: ['employment', 'starting-business'],
    keywords: {
      zh: ['创业贷款', '创业担保贷款', '贴息贷款', '无息贷款', '创业扶持', '小额贷款'],
      en: [
        'start-up loan',
        'business loan',
        'interest-free loan',
        'enterprise loan',
        'small business',
      ],
    },
    eligibility: [
      {
        zh: '属于高校毕业生、城镇登记失业人员、就业困难人员、返乡创业农民工、退役军人、刑满释放人员等重点群体。',
        en: 'You are a graduate, registered unemployed, facing barriers to work, a returning migrant worker, a veteran, a former prisoner or in another priority group.',
      },
      {
        zh: '在本市依法登记注册个体工商户或小微企业，并正常经营。',
        en: 'Your sole proprietorship or small business is registered and trading in Jiangcheng.',
      },
      {
        zh: '本人及配偶无不良信用记录，除助学贷款、住房贷款、购车贷款等外无其他未结清贷款。',
        en: 'You and your spouse have a clean credit record and no other unpaid loans apart from student, housing or car loans.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '营业执照', en: 'Business licence' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '电子营业执照可在线核验。',
          en: 'An electronic business licence can be checked online.',
        },
      },
      {
        name: { zh: '重点群体身份证明', en: 'Proof that you are in a priority group' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '如毕业证书、退役证件、《就业创业证》等。',
          en: 'For example your degree certificate, discharge papers or Employment and Business Start-up Certificate.',
        },
      },
      {
        name: { zh: '创业计划书', en: 'Business plan' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '说明经营项目、资金用途和还款计划。',
          en: 'Describe the business, what the money is for and how you will repay it.',
        },
      },
      {
        name: { zh: '婚姻状况证明和配偶身份证件', en: "Marriage status and your spouse's ID" },
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过江澄政务服务网或到区政务服务中心人社窗口提交申请。',
          en: 'Apply on the Jiangcheng government services website or at the HR desk of a district service centre.',
        },
      },
      {
        title: { zh: '人社部门资格审核', en: 'We check your eligibility' },
        description: {
          zh: '审核申请人身份和经营情况，必要时实地走访。',
          en: 'We check who you are and that the business is trading, and may visit.',
        },
      },
      {
        title: { zh: '担保和银行审批', en: 'Guarantee and bank approval' },
        description: {
          zh: '担保机构和经办银行开展尽职调查，审批贷款额度。',
          en: 'The guarantee agency and bank assess the application and set the loan amount.',
        },
      },
      {
        title: { zh: '签约放款', en: 'Sign and receive the loan' },
        description: {
          zh: '签订借款合同和担保合同后放款，按季申请贴息。',
          en: 'Sign the loan and guarantee agreements and receive the money. The interest subsidy is settled each quarter.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    fee: {
      free: true,
      description: {
        zh: '不收费。申请、审核和担保不收取任何费用；贷款利息按合同约定，借款人只承担贷款市场报价利率（LPR）减 150 个基点以下部分，其余由财政贴息。',
        en: 'No fee is charged for applying, checks or the guarantee. You pay interest only up to the loan prime rate minus 1.5 percentage points; the government pays the rest.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [laws.employmentPromotion, startUpLoanNotice],
    faqs: [
      {
        question: { zh: '合伙创业能多贷吗？', en: 'Can partners borrow more?' },
        answer: {
          zh: '合伙创业的，可按符合条件的人数适当提高额度；小微企业最高可申请 300 万元。',
          en: 'Yes, the limit can rise with the number of eligible partners. A small business can borrow up to 3 million yuan.',
        },
      },
      {
        question: { zh: '需要反担保吗？', en: 'Do I need a counter-guarantee?' },
        answer: {
          zh: '个人创业担保贷款 10 万元以下的免除反担保；超过的按担保机构要求提供。',
          en: 'Not for personal loans up to 100,000 yuan. Above that, the guarantee agency will tell you what is needed.',
        },
      },
    ],
    relatedCodes: ['RSJ-035'],
    popularity: 2900,
    updatedAt: '2026-03-09',
  }),
  guide({
    code: 'RSJ-035',
    name: { zh: '一次性创业补贴申领', en: 'Claim the one-off business start-up grant' },
    summary: {
      zh: '高校毕业生、就业困难人员、返乡创业农民工等在本市首次创办小微企业或从事个体经营，正常经营 1 年以上并带动就业的，可申领一次性创业补贴 5000 元。',
      en: 'If you are a graduate, face barriers to work or are a returning migrant worker, and your first small business or sole proprietorship in Jiangcheng has been trading for more than a year and employs people, you can claim a one-off grant of 5,000 yuan.',
    },
    departmentId: 'rsj',
    audience: ['individual', 'business'],
    themeIds: ['employment', 'starting-business'],
    keywords: {
      zh: ['创业补贴', '开店补贴', '个体户补贴', '创业扶持', '大学生创业'],
      en: ['start-up grant', 'business grant', 'self-employed grant', 'graduate start-up'],
    },
    eligibility: [
      {
        zh: '属于毕业 5 年内高校毕业生、就业困难人员、返乡创业农民工或退役军人。',
        en: 'You graduated within the last five years, face barriers to work, are a returning migrant worker or are a veteran.',
      },
      {
        zh: '首次在本市登记注册，本人为法定代表人或经营者，正常经营 1 年以上。',
        en: 'It is your first business registered in Jiangcheng, you are its legal representative or owner, and it has traded for more than a year.',
      },
      {
        zh: '申请时为本人及至少 1 名员工缴纳社会保险。',
        en: 'You pay social insurance for yourself and at least one employee.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '营业执照', en: 'Business licence' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '《一次性创业补贴申请表》', en: 'Start-up grant application form' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '经营场所租赁合同或产权证明',
          en: 'Lease or proof of ownership of your premises',
        },
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在线或到区政务服务中心人社窗口提交申请。',
          en: 'Apply online or at the HR desk of a district service centre.',
        },
      },
      {
        title: { zh: '审核公示', en: 'Checks and public notice' },
        description: {
          zh: '核实经营和参保情况，在区人社局网站公示 5 个工作日。',
          en: 'We check the business and insurance records and publish a notice on the district HR website for 5 working days.',
        },
      },
      {
        title: { zh: '发放', en: 'Payment' },
        description: {
          zh: '补贴发放至企业对公账户或个体工商户经营者本人账户。',
          en: "The grant is paid to the company's account or the owner's own account.",
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 0,
    legalBasis: [laws.employmentPromotion, employmentSubsidyFunds],
    faqs: [
      {
        question: {
          zh: '能和创业担保贷款同时享受吗？',
          en: 'Can I have this and a start-up loan?',
        },
        answer: {
          zh: '可以，两项政策不冲突。每个经营主体只能享受一次一次性创业补贴。',
          en: 'Yes, they can be combined. Each business can receive the grant once only.',
        },
      },
    ],
    relatedCodes: ['RSJ-034'],
    popularity: 2150,
    updatedAt: '2026-03-09',
  }),
  guide({
    code: 'RSJ-036',
    name: { zh: '人才分类认定', en: 'Apply for recognition under the city talent scheme' },
    summary: {
      zh: '在本市工作的各类人才，可按《江澄市人才分类目录》申请认定为 A 至 E 类人才，认定后可按类别享受安家补贴、住房保障、子女入学、配偶就业和医疗保健等服务。',
      en: "If you work in Jiangcheng, you can apply to be recognised as a category A to E talent under the city's talent catalogue. Depending on your category you can receive a settling-in allowance, housing support and help with school places, your spouse's job and healthcare.",
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['employment'],
    keywords: {
      zh: ['人才认定', '人才引进', '人才补贴', '高层次人才', '人才绿卡', '安家补贴'],
      en: [
        'talent scheme',
        'talent visa',
        'skilled worker',
        'high-level talent',
        'relocation allowance',
      ],
    },
    eligibility: [
      {
        zh: '与本市用人单位签订 1 年以上劳动合同并在本市缴纳社会保险，或在本市创办企业。',
        en: 'You have a contract of at least one year with a Jiangcheng employer and pay social insurance here, or you run a business here.',
      },
      {
        zh: '符合《江澄市人才分类目录》中相应类别的学历、职称、技能等级、获奖或业绩条件。',
        en: 'You meet the education, professional title, skills, award or achievement criteria for a category in the catalogue.',
      },
    ],
    materials: [
      idCard,
      {
        name: {
          zh: '学历学位证书、职称证书或职业技能等级证书',
          en: 'Degree, professional title or skills certificates',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '国（境）外学历须提供教育部留学服务中心出具的认证书。',
          en: 'Degrees from abroad need a verification certificate from the Chinese Service Center for Scholarly Exchange.',
        },
      },
      {
        name: { zh: '劳动合同', en: 'Employment contract' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '获奖、业绩等证明材料', en: 'Evidence of awards or achievements' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '按目录中所申请类别的条件提供。',
          en: 'As required for the category you are applying for.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上申报', en: 'Apply online' },
        description: {
          zh: '本人在江澄人才服务平台填报，用人单位在线确认。',
          en: 'Fill in the form on the Jiangcheng talent service platform; your employer confirms it online.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '市人才服务中心审核材料，必要时征求行业主管部门意见。',
          en: 'The city talent service centre checks your application and may consult the relevant industry department.',
        },
      },
      {
        title: { zh: '公示和发证', en: 'Public notice and certificate' },
        description: {
          zh: '公示 5 个工作日无异议的，发放电子《江澄市人才服务卡》。',
          en: 'After a 5-working-day public notice, you receive an electronic Jiangcheng Talent Service Card.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    fee: freeOfCharge,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      {
        zh: '《关于深化人才发展体制机制改革的意见》',
        en: 'Opinions on Deepening the Reform of the Talent Development System and Mechanisms',
      },
      laws.employmentPromotion,
    ],
    faqs: [
      {
        question: { zh: '认定有效期多长？', en: 'How long does recognition last?' },
        answer: {
          zh: '人才服务卡有效期 5 年，期满后仍在本市工作的可重新申请认定。',
          en: 'The card is valid for five years. If you still work in Jiangcheng after that, you can apply again.',
        },
      },
    ],
    relatedCodes: ['RSJ-037', 'RSJ-038'],
    popularity: 1900,
    updatedAt: '2026-04-07',
  }),
  guide({
    code: 'RSJ-037',
    name: { zh: '专业技术人员职称评审', en: 'Apply for a professional title assessment' },
    summary: {
      zh: '在本市工作的专业技术人员，可按年度通知申报初级、中级和副高级职称评审。评审通过的由人社部门核发电子职称证书，作为聘用和确定待遇的依据。',
      en: 'If you are a professional working in Jiangcheng, you can apply each year for assessment for a junior, intermediate or associate senior professional title. If you pass, the HR and Social Security Bureau issues an electronic title certificate, which employers use for appointments and pay.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['employment'],
    keywords: {
      zh: ['职称', '评职称', '职称申报', '工程师', '高级职称', '中级职称', '职称证书'],
      en: ['professional title', 'engineer title', 'senior title', 'professional qualification'],
    },
    eligibility: [
      {
        zh: '在本市从事专业技术工作，遵守职业道德。',
        en: 'You do professional or technical work in Jiangcheng and follow professional ethics.',
      },
      {
        zh: '具备申报层级要求的学历和专业工作年限，或取得下一级职称后达到规定年限。',
        en: 'You have the education and years of relevant work required for the level, or enough years since your last title.',
      },
      {
        zh: '年度考核合格，并按要求完成继续教育学时。',
        en: 'Your annual appraisals are satisfactory and you have done the required continuing education hours.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《专业技术职务任职资格评审表》', en: 'Professional title assessment form' },
        form: 'original',
        copies: 2,
        notes: {
          zh: '由单位审核盖章，网上申报后打印。',
          en: 'Printed after you apply online, checked and stamped by your employer.',
        },
      },
      {
        name: { zh: '学历证书和现有职称证书', en: 'Degree and current title certificates' },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '业绩成果和论文、著作等代表作',
          en: 'Evidence of your work and representative publications',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '突出质量和实际贡献，不唯论文。',
          en: 'Focus on quality and real impact; papers are not the only thing that counts.',
        },
      },
      {
        name: { zh: '继续教育学时证明', en: 'Continuing education record' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '在江澄专业技术人员继续教育平台自动核验。',
          en: 'Checked automatically on the Jiangcheng continuing education platform.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上申报', en: 'Apply online' },
        description: {
          zh: '按年度评审通知，在江澄职称申报系统填报材料。',
          en: 'When the annual notice is published, fill in your application on the Jiangcheng professional title system.',
        },
      },
      {
        title: { zh: '单位审核公示', en: 'Employer check and notice' },
        description: {
          zh: '所在单位审核并在单位内公示 5 个工作日。',
          en: 'Your employer checks your application and posts it internally for 5 working days.',
        },
      },
      {
        title: { zh: '评审委员会评审', en: 'Panel assessment' },
        description: {
          zh: '行业评审委员会通过材料评审、答辩等方式评审，实行投票表决。',
          en: 'The panel for your field reviews your application, may interview you, and votes.',
        },
      },
      {
        title: { zh: '公示和发证', en: 'Notice and certificate' },
        description: {
          zh: '评审结果公示 5 个工作日，无异议的核发电子职称证书。',
          en: 'Results are published for 5 working days; if there is no objection, an electronic certificate is issued.',
        },
      },
    ],
    statutoryDays: 90,
    promisedDays: 60,
    fee: {
      free: true,
      description: {
        zh: '不收费。本市职称评审不收取评审费。',
        en: 'Free of charge. Jiangcheng does not charge for professional title assessments.',
      },
    },
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      {
        zh: '《职称评审管理暂行规定》',
        en: 'Interim Provisions on the Administration of Professional Title Assessment',
      },
      {
        zh: '《关于深化职称制度改革的意见》',
        en: 'Opinions on Deepening the Reform of the Professional Title System',
      },
    ],
    faqs: [
      {
        question: { zh: '什么时候可以申报？', en: 'When can I apply?' },
        answer: {
          zh: '一般每年 6 月发布评审通知，申报期约 1 个月，具体以当年通知为准。',
          en: 'The notice is usually published in June and applications are open for about a month. Check the notice each year.',
        },
      },
      {
        question: { zh: '纸质证书还发吗？', en: 'Will I get a paper certificate?' },
        answer: {
          zh: '本市已全面实行电子职称证书，与纸质证书具有同等效力，可在线下载打印和扫码核验。',
          en: 'Jiangcheng now issues electronic certificates only. They have the same standing as paper ones and can be downloaded, printed and checked by QR code.',
        },
      },
    ],
    relatedCodes: ['RSJ-036'],
    popularity: 3150,
    updatedAt: '2026-05-18',
  }),
  guide({
    code: 'RSJ-038',
    name: {
      zh: '流动人员人事档案接收、转递和查询',
      en: 'Transfer, store or check your personnel file',
    },
    summary: {
      zh: '在非公有制单位工作、灵活就业或未就业的人员，以及离校未就业的高校毕业生，可将人事档案存放在市人才服务中心，免费享受档案接收、保管、转递、查阅和出具相关证明等服务。',
      en: 'If you work for a private employer, work flexibly, have no job or have just graduated without one, the city talent service centre can keep your personnel file for free. It receives, stores and sends on files, lets you consult them and issues certificates based on them.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['employment'],
    keywords: {
      zh: ['档案', '人事档案', '档案存放', '档案转移', '调档', '存档证明', '毕业生档案'],
      en: ['personnel file', 'dang an', 'file transfer', 'graduate file', 'archive'],
    },
    eligibility: [
      {
        zh: '与本市非公有制单位建立劳动关系，或在本市灵活就业、未就业。',
        en: 'You work for a private employer in Jiangcheng, work flexibly here or have no job.',
      },
      {
        zh: '离校未就业的高校毕业生，户籍或生源地在本市。',
        en: 'You have graduated without a job and your hukou or home town is Jiangcheng.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '调档函或档案转递通知单', en: 'File transfer letter' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '转出档案时由接收单位出具；转入本市时由市人才服务中心在线开具。',
          en: 'When your file is moving out, from the receiving body; when it moves in, issued online by the city talent service centre.',
        },
      },
      agentPapers,
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Apply' },
        description: {
          zh: '在江澄人才服务平台选择档案接收、转出或查阅，也可到江澄市民服务中心人才服务窗口办理。',
          en: 'Choose receive, send or consult on the Jiangcheng talent service platform, or go to the talent desk at the Citizen Service Centre.',
        },
      },
      {
        title: { zh: '开具调档函', en: 'We issue the transfer letter' },
        description: {
          zh: '转入档案的，在线开具调档函，原存档单位通过机要通信寄出。',
          en: 'For a file moving in, we issue the letter online and the current holder sends the file by confidential post.',
        },
      },
      {
        title: { zh: '接收或转出', en: 'File received or sent' },
        description: {
          zh: '档案接收、审核后入库保管，或通过机要通信转递至接收单位，办理结果短信通知。',
          en: 'Your file is checked and stored, or sent by confidential post to its new holder. We text you when it is done.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 5,
    fee: {
      free: true,
      description: {
        zh: '不收费。流动人员人事档案管理服务一律免费。',
        en: 'Free of charge. Personnel file services are free by law.',
      },
    },
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      { zh: '《人力资源市场暂行条例》', en: 'Interim Regulations on the Human Resources Market' },
      laws.employmentPromotion,
    ],
    faqs: [
      {
        question: {
          zh: '可以自己拿着档案去新单位吗？',
          en: 'Can I carry my file to my new employer myself?',
        },
        answer: {
          zh: '不可以。人事档案不得由本人自带，必须通过机要通信或专人转递；本人自带的档案将被视为“拆封”，接收单位可能拒收。',
          en: 'No. Files must go by confidential post or official courier. A file you carry yourself counts as opened and may be refused.',
        },
      },
      {
        question: { zh: '怎么知道自己的档案在哪？', en: 'How do I find out where my file is?' },
        answer: {
          zh: '在国家社会保险公共服务平台或江澄人才服务平台的“档案查询”中输入身份证号即可查询存档机构。',
          en: 'Use File Search on the National Social Insurance Public Service Platform or the Jiangcheng talent service platform, entering your ID number.',
        },
      },
    ],
    relatedCodes: ['RSJ-036', 'RSJ-060'],
    popularity: 2800,
    updatedAt: '2026-06-22',
  }),
  guide({
    code: 'RSJ-039',
    name: {
      zh: '劳动人事争议仲裁申请',
      en: 'Take a dispute with your employer to labour arbitration',
    },
    summary: {
      zh: '劳动者与用人单位因确认劳动关系、订立和解除劳动合同、工资、工时、休假、社会保险、工伤医疗费、经济补偿等发生争议的，可向劳动人事争议仲裁委员会申请仲裁。仲裁不收费，申请时效为 1 年。',
      en: 'If you and your employer disagree about whether you were employed, your contract or its ending, pay, hours, leave, social insurance, work injury costs or compensation, you can apply to the labour dispute arbitration commission. Arbitration is free and you must apply within one year.',
    },
    departmentId: 'rsj',
    audience: ['individual', 'business'],
    themeIds: ['employment'],
    keywords: {
      zh: [
        '劳动仲裁',
        '拖欠工资',
        '讨薪',
        '劳动纠纷',
        '辞退赔偿',
        '经济补偿金',
        '不交社保',
        '社保',
      ],
      en: [
        'employment tribunal',
        'unpaid wages',
        'unfair dismissal',
        'labour dispute',
        'severance pay',
      ],
    },
    eligibility: [
      {
        zh: '申请人是劳动争议的当事人，有明确的被申请人和具体的仲裁请求、事实和理由。',
        en: 'You are a party to the dispute and can name the other side, say what you are asking for and why.',
      },
      {
        zh: '争议发生在本市，或用人单位在本市。',
        en: 'The dispute arose in Jiangcheng or the employer is based here.',
      },
      {
        zh: '自知道或者应当知道权利被侵害之日起 1 年内申请；劳动关系存续期间拖欠劳动报酬的，不受此限。',
        en: 'You apply within one year of when you knew or should have known about the problem. For unpaid wages while you are still employed there is no time limit.',
      },
    ],
    materials: [
      {
        name: { zh: '仲裁申请书', en: 'Arbitration application' },
        form: 'original',
        copies: 2,
        notes: {
          zh: '按被申请人人数加 1 份提交，写明双方信息、仲裁请求和事实理由；书写困难的可口头申请，由工作人员记录。',
          en: "One copy for each respondent plus one. Include both sides' details, your claims and the facts. If writing is hard for you, you can apply in person and staff will write it down.",
        },
      },
      idCard,
      {
        name: { zh: '用人单位工商登记信息', en: "The employer's registration details" },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '可在国家企业信用信息公示系统查询打印。',
          en: 'You can print them from the National Enterprise Credit Information Publicity System.',
        },
      },
      {
        name: { zh: '证据材料', en: 'Evidence' },
        form: 'copy',
        copies: 2,
        notes: {
          zh: '劳动合同、工资条、考勤记录、聊天记录、解除通知等，开庭时须携带原件。',
          en: 'Contract, payslips, attendance records, messages, dismissal notice and so on. Bring the originals to the hearing.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过网上仲裁服务平台或到市、区劳动人事争议仲裁院窗口提交。',
          en: 'Apply online on the arbitration service platform or at the city or district arbitration office.',
        },
      },
      {
        title: { zh: '受理', en: 'Acceptance' },
        description: {
          zh: '收到申请之日起 5 日内决定是否受理，受理后 5 日内将申请书副本送达被申请人。',
          en: 'Within 5 days we decide whether to accept the case, and then send the respondent a copy within 5 days.',
        },
      },
      {
        title: { zh: '调解', en: 'Mediation' },
        description: {
          zh: '开庭前先行调解，达成协议的制作调解书，与裁决书具有同等效力。',
          en: 'We first try mediation. An agreement is written into a mediation statement, which has the same force as an award.',
        },
      },
      {
        title: { zh: '开庭和裁决', en: 'Hearing and award' },
        description: {
          zh: '调解不成的依法开庭审理，作出仲裁裁决。',
          en: 'If mediation fails, the case is heard and an award is made.',
        },
      },
    ],
    statutoryDays: 45,
    promisedDays: 40,
    fee: {
      free: true,
      description: {
        zh: '不收费。劳动人事争议仲裁不收费，经费由财政保障。',
        en: 'Free of charge. By law, labour dispute arbitration is free; it is funded by the government.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 2,
    legalBasis: [
      {
        zh: '《中华人民共和国劳动争议调解仲裁法》',
        en: "Law of the People's Republic of China on Mediation and Arbitration of Labour Disputes",
      },
      {
        zh: '《劳动人事争议仲裁办案规则》',
        en: 'Rules for Handling Labour and Personnel Dispute Arbitration Cases',
      },
    ],
    faqs: [
      {
        question: { zh: '对裁决不服怎么办？', en: 'What if I disagree with the award?' },
        answer: {
          zh: '除终局裁决外，可自收到裁决书之日起 15 日内向人民法院提起诉讼；期满不起诉的，裁决书发生法律效力。',
          en: 'Except for final awards, you can take the case to court within 15 days of receiving the award. If nobody does, the award becomes binding.',
        },
      },
      {
        question: { zh: '需要请律师吗？', en: 'Do I need a lawyer?' },
        answer: {
          zh: '不是必须的。经济困难的劳动者可向市法律援助中心申请免费法律援助，仲裁院也设有法律援助工作站。',
          en: 'No. If you cannot afford one, apply for free legal aid from the city legal aid centre; there is a legal aid desk in the arbitration office.',
        },
      },
    ],
    relatedCodes: ['RSJ-007', 'RSJ-010'],
    popularity: 3420,
    updatedAt: '2026-01-12',
  }),
];
