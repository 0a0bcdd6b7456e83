import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { districtHalls, guide, notOnline } from './guide.ts';
import { agentPapers, freeOfCharge, idCard, laws } from './services-welfare-common.ts';

/** Provident-fund business is done at the fund's own hall and at the district centres' fund windows. */
const fundHalls = ['gjj-hall', ...districtHalls];

const rentWithdrawalNotice = {
  zh: '《住房城乡建设部 财政部 中国人民银行关于放宽提取住房公积金支付房租条件的通知》',
  en: "Notice of the Ministry of Housing and Urban-Rural Development, the Ministry of Finance and the People's Bank of China on Relaxing the Conditions for Withdrawing Housing Provident Funds to Pay Rent",
};

const loanRightsNotice = {
  zh: '《住房城乡建设部 财政部 中国人民银行 国土资源部关于维护住房公积金缴存职工购房贷款权益的通知》',
  en: "Notice of the Ministry of Housing and Urban-Rural Development, the Ministry of Finance, the People's Bank of China and the Ministry of Land and Resources on Protecting Contributors' Rights to Housing Provident Fund Loans",
};

const bankCard = {
  name: { zh: '本人银行借记卡', en: 'Your own bank debit card' },
  form: 'original',
  copies: 1,
  notes: {
    zh: '提取资金只能转入本人名下的银行账户。',
    en: 'Withdrawals can only be paid into an account in your own name.',
  },
} as const;

const withdrawalFaqInterval = {
  question: { zh: '提取后多久到账？', en: 'How soon will I get the money?' },
  answer: {
    zh: '网上提取审核通过后一般 1 个工作日内到账；窗口办理的当场审核，资金 1 至 2 个工作日到账。',
    en: 'Online withdrawals usually arrive within one working day of approval. At the desk we decide on the spot and the money arrives in one to two working days.',
  },
};

export const housingFundServices: ServiceGuide[] = [
  guide({
    code: 'GJJ-001',
    name: {
      zh: '灵活就业人员住房公积金缴存登记',
      en: 'Start paying into the housing provident fund as a self-employed or flexible worker',
    },
    summary: {
      zh: '在本市灵活就业的个体工商户、自由职业者和新就业形态劳动者，可自愿开设住房公积金个人账户并按月缴存，连续缴存满 6 个月后，与单位职工同等享受提取和住房公积金贷款政策。',
      en: 'If you are self-employed, freelance or work through a platform in Jiangcheng, you can open your own housing provident fund account and pay in monthly. After six months of regular payments you can withdraw and borrow on the same terms as employees.',
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund', 'employment'],
    keywords: {
      zh: [
        '公积金',
        '个人交公积金',
        '自由职业公积金',
        '灵活就业公积金',
        '公积金开户',
        '个体户公积金',
      ],
      en: [
        'housing fund',
        'provident fund',
        'self-employed',
        'freelancer',
        'open account',
        'housing provident fund',
      ],
    },
    eligibility: [
      {
        zh: '年满 16 周岁、未达到法定退休年龄，在本市灵活就业。',
        en: 'You are 16 or over, below retirement age, and work flexibly in Jiangcheng.',
      },
      {
        zh: '目前未通过用人单位缴存住房公积金；原单位账户已封存的，可在本人账户上续缴。',
        en: 'You are not paying into the fund through an employer. If you have an old account from a previous job, payments continue on that account.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '本人银行借记卡', en: 'Your own bank debit card' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '用于签订按月自动扣缴协议。',
          en: 'Used to set up the monthly direct debit.',
        },
      },
      {
        name: { zh: '《灵活就业人员缴存协议》', en: 'Flexible worker deposit agreement' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '网上办理时在线签署。',
          en: 'Signed online.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '在线申请', en: 'Apply online' },
        description: {
          zh: '通过“江澄公积金”App、全国住房公积金小程序或公积金服务大厅提交缴存登记。',
          en: 'Apply in the Jiangcheng Provident Fund app, the national housing provident fund mini-program or at the fund hall.',
        },
      },
      {
        title: { zh: '确定缴存基数和比例', en: 'Choose your base and rate' },
        description: {
          zh: '月缴存基数在本市最低工资标准至上年度社会平均工资 3 倍之间自选，缴存比例 10% 至 24%。',
          en: "Choose a monthly base between the Jiangcheng minimum wage and three times last year's average wage, and a rate of 10% to 24%.",
        },
      },
      {
        title: { zh: '签约并缴存', en: 'Sign and pay' },
        description: {
          zh: '签订缴存协议和扣款协议，次月起按月自动扣缴。',
          en: 'Sign the agreements and payments are taken monthly from the next month.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: fundHalls,
    visits: 0,
    legalBasis: [laws.housingFund],
    faqs: [
      {
        question: { zh: '可以随时停缴吗？', en: 'Can I stop paying?' },
        answer: {
          zh: '可以在线申请暂停或终止缴存；有未结清住房公积金贷款的，须按合同约定继续缴存。',
          en: 'Yes, online. If you have a provident fund loan, you must keep paying as the loan agreement says.',
        },
      },
    ],
    relatedCodes: ['GJJ-002', 'GJJ-006'],
    popularity: 3450,
    updatedAt: '2026-02-02',
  }),
  guide({
    code: 'GJJ-002',
    name: {
      zh: '租赁住房提取住房公积金',
      en: 'Withdraw from your housing provident fund to pay rent',
    },
    summary: {
      zh: '职工连续足额缴存住房公积金满 3 个月，本人及配偶在本市无自有住房且租赁住房的，可提取住房公积金支付房租。可在手机上按月、按季或按年提取，无需提供租房合同。',
      en: 'If you have paid into the fund in full for three months in a row, and you and your spouse do not own a home in Jiangcheng and rent one, you can withdraw from the fund to pay your rent. You can do it on your phone monthly, quarterly or yearly without a tenancy agreement.',
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund'],
    keywords: {
      zh: [
        '公积金提取',
        '租房提取',
        '公积金取出来',
        '提公积金',
        '公积金付房租',
        '租房公积金',
        '公积金',
      ],
      en: [
        'housing fund',
        'provident fund',
        'withdraw for rent',
        'rent',
        'housing provident fund withdrawal',
        'tenant',
      ],
    },
    eligibility: [
      {
        zh: '连续足额缴存住房公积金满 3 个月，账户处于正常缴存状态。',
        en: 'You have paid in full for three months in a row and are still paying.',
      },
      {
        zh: '本人及配偶在本市无自有住房，且在本市租赁住房。',
        en: 'You and your spouse do not own a home in Jiangcheng and you rent here.',
      },
      {
        zh: '本人及配偶没有未结清的住房公积金贷款。',
        en: 'Neither of you has an outstanding provident fund loan.',
      },
    ],
    materials: [
      idCard,
      bankCard,
      {
        name: { zh: '住房租赁合同登记备案证明', en: 'Registered tenancy agreement' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '仅在按实际房租提取、超过无合同提取限额时提供；租住公共租赁住房的提供公租房租赁合同。',
          en: 'Only if you want to withdraw your actual rent above the standard limit, or you rent public housing.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '登录“江澄公积金”App、全国住房公积金小程序或江澄政务服务网，选择“租房提取”。',
          en: 'Log in to the Jiangcheng Provident Fund app, the national mini-program or the government services website and choose Rent Withdrawal.',
        },
      },
      {
        title: { zh: '系统核验', en: 'Automatic checks' },
        description: {
          zh: '系统自动核查本人及配偶的房产和贷款信息。',
          en: "The system checks your and your spouse's property and loan records.",
        },
      },
      {
        title: { zh: '选择提取方式', en: 'Choose how often' },
        description: {
          zh: '选择一次性提取或按月自动提取，每月最高提取 1500 元，夫妻双方合计不超过 3000 元；按实际房租提取的，不超过实际房租。',
          en: 'Withdraw once or set up a monthly withdrawal: up to 1,500 yuan a month each, 3,000 yuan for a couple, or up to your actual rent if you register your tenancy.',
        },
      },
      {
        title: { zh: '到账', en: 'Payment' },
        description: {
          zh: '审核通过后资金转入本人银行账户。',
          en: 'After approval the money is paid into your bank account.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: fundHalls,
    visits: 0,
    legalBasis: [laws.housingFund, rentWithdrawalNotice],
    faqs: [
      withdrawalFaqInterval,
      {
        question: {
          zh: '多子女家庭有额外额度吗？',
          en: 'Do families with more children get more?',
        },
        answer: {
          zh: '有。养育两个及以上未成年子女的家庭，租房提取限额上浮 50%。',
          en: 'Yes. Families raising two or more children under 18 can withdraw 50% more.',
        },
      },
    ],
    relatedCodes: ['GJJ-003', 'GJJ-008'],
    popularity: 9300,
    updatedAt: '2026-07-06',
  }),
  guide({
    code: 'GJJ-003',
    name: {
      zh: '购买自住住房提取住房公积金',
      en: 'Withdraw from your housing provident fund to buy a home',
    },
    summary: {
      zh: '职工购买、建造、翻建、大修自住住房的，本人及其配偶、父母、子女可提取住房公积金，提取总额不超过购房款。购买新建商品房、二手房均可办理，首付款可使用公积金。',
      en: 'If you buy, build, rebuild or carry out major repairs on your own home, you, your spouse, your parents and your children can withdraw from the fund, up to the price of the home. This covers new and second-hand homes, and you can use the money for the deposit.',
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund', 'property'],
    keywords: {
      zh: ['公积金提取', '购房提取', '买房提公积金', '首付用公积金', '公积金', '二手房提取'],
      en: [
        'housing fund',
        'provident fund',
        'withdraw to buy a home',
        'house purchase',
        'deposit',
        'down payment',
      ],
    },
    eligibility: [
      {
        zh: '在本市或户籍所在地购买自住住房，已签订购房合同并备案，或已取得不动产权证书。',
        en: 'You have bought a home to live in, in Jiangcheng or where your hukou is, with a registered purchase contract or a property certificate.',
      },
      {
        zh: '在购房合同备案或不动产登记之日起 2 年内申请。',
        en: 'You apply within two years of the contract registration or property registration.',
      },
      {
        zh: '同一套住房只能办理一次购房提取。',
        en: 'Only one purchase withdrawal is allowed for each home.',
      },
    ],
    materials: [
      idCard,
      bankCard,
      {
        name: { zh: '购房合同或不动产权证书', en: 'Purchase contract or property certificate' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '本市商品房网签合同和不动产登记信息可自动核验，免于提供。',
          en: 'Not needed where we can check the Jiangcheng online contract or property register.',
        },
      },
      {
        name: { zh: '购房发票或契税完税证明', en: 'Purchase invoice or deed tax receipt' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '亲属关系证明', en: 'Proof of relationship' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '父母、子女或配偶提取时提供结婚证、户口簿或出生医学证明。',
          en: 'If a spouse, parent or child withdraws, your marriage certificate, household register or birth certificate.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在“江澄公积金”App 选择“购房提取”，本市购房的可在线办理；异地购房的到公积金服务大厅办理。',
          en: 'Choose Purchase Withdrawal in the Jiangcheng Provident Fund app for a home in Jiangcheng. For a home elsewhere, go to the fund hall.',
        },
      },
      {
        title: { zh: '核验房产信息', en: 'We check the property' },
        description: {
          zh: '与不动产登记、网签备案和税务信息比对。',
          en: 'We check the property register, contract registration and tax records.',
        },
      },
      {
        title: { zh: '到账', en: 'Payment' },
        description: {
          zh: '审核通过后资金转入本人银行账户。',
          en: 'After approval the money goes to your bank account.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: fundHalls,
    visits: 0,
    legalBasis: [laws.housingFund],
    faqs: [
      withdrawalFaqInterval,
      {
        question: {
          zh: '提取后还能申请公积金贷款吗？',
          en: 'Can I still get a provident fund loan afterwards?',
        },
        answer: {
          zh: '可以。提取后账户余额减少，贷款额度会相应计算，但不影响贷款资格。',
          en: 'Yes. Your lower balance may reduce how much you can borrow, but you can still apply.',
        },
      },
    ],
    relatedCodes: ['GJJ-006', 'GJJ-004'],
    popularity: 8600,
    updatedAt: '2026-07-06',
  }),
  guide({
    code: 'GJJ-004',
    name: {
      zh: '偿还住房贷款本息提取住房公积金',
      en: 'Withdraw from your housing provident fund to repay your mortgage',
    },
    summary: {
      zh: '职工本人或配偶有自住住房贷款（商业贷款或住房公积金贷款）的，可提取住房公积金偿还贷款本息。可按年提取，也可签订“按月对冲还贷”协议，每月自动用公积金抵扣月还款额。',
      en: 'If you or your spouse have a mortgage on your own home, commercial or provident fund, you can withdraw from the fund to repay it. Withdraw once a year, or sign up to have your monthly repayment taken from the fund automatically.',
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund', 'property'],
    keywords: {
      zh: ['公积金提取', '还贷提取', '公积金还房贷', '商贷提取', '对冲还贷', '公积金'],
      en: [
        'housing fund',
        'provident fund',
        'repay mortgage',
        'mortgage repayment',
        'loan repayment',
      ],
    },
    eligibility: [
      {
        zh: '本人或配偶名下有自住住房贷款且正常还款。',
        en: 'You or your spouse have a mortgage on your own home and are up to date with repayments.',
      },
      {
        zh: '提取金额不超过已偿还的贷款本息（按月对冲的不超过当期月还款额）。',
        en: "You can withdraw up to what you have repaid, or up to each month's repayment if it is taken automatically.",
      },
    ],
    materials: [
      idCard,
      bankCard,
      {
        name: { zh: '借款合同和还款明细', en: 'Loan agreement and repayment statement' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '本市住房公积金贷款及合作银行商业贷款可在线核验，免于提供。',
          en: 'Not needed for provident fund loans or loans from our partner banks, which we can check online.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在“江澄公积金”App 选择“还贷提取”，或签订“按月对冲还贷”协议。',
          en: 'Choose Repayment Withdrawal in the Jiangcheng Provident Fund app, or sign up for monthly automatic repayment.',
        },
      },
      {
        title: { zh: '核验贷款', en: 'We check the loan' },
        description: {
          zh: '核对贷款和还款记录。',
          en: 'We check your loan and repayments.',
        },
      },
      {
        title: { zh: '到账或对冲', en: 'Payment or automatic repayment' },
        description: {
          zh: '一次性提取的资金转入本人银行账户；按月对冲的每月自动划转至贷款账户。',
          en: 'A one-off withdrawal goes to your bank account; monthly repayments go straight to the loan.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: fundHalls,
    visits: 0,
    legalBasis: [laws.housingFund],
    faqs: [
      withdrawalFaqInterval,
      {
        question: { zh: '多久可以提取一次？', en: 'How often can I withdraw?' },
        answer: {
          zh: '一次性提取的每 12 个月可办理一次；按月对冲的每月自动办理。',
          en: 'A one-off withdrawal once every 12 months; automatic repayment every month.',
        },
      },
    ],
    relatedCodes: ['GJJ-006', 'GJJ-009'],
    popularity: 8100,
    updatedAt: '2026-07-06',
  }),
  guide({
    code: 'GJJ-005',
    name: {
      zh: '离休、退休提取住房公积金',
      en: 'Withdraw your housing provident fund when you retire',
    },
    summary: {
      zh: '职工离休、退休的，可提取住房公积金账户全部余额并销户，本息一次性转入本人银行账户。已在人社部门办理退休的，系统可自动推送提醒。',
      en: 'When you retire you can withdraw your whole balance, with interest, and close your account. If your retirement has been processed by HR and Social Security, we will remind you.',
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund', 'retirement'],
    keywords: {
      zh: ['退休金', '退休提取公积金', '公积金销户', '退休', '公积金提取', '公积金', '养老金'],
      en: [
        'housing fund',
        'provident fund',
        'retirement withdrawal',
        'close account',
        'retire',
        'pension',
      ],
    },
    eligibility: [
      {
        zh: '已办理离休、退休手续，或已达到法定退休年龄。',
        en: 'You have retired or reached statutory retirement age.',
      },
      {
        zh: '本人没有未结清的住房公积金贷款。',
        en: 'You do not have an outstanding provident fund loan.',
      },
    ],
    materials: [
      idCard,
      bankCard,
      {
        name: { zh: '退休证明', en: 'Proof of retirement' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '本市人社部门办理退休的可自动核验，免于提供。',
          en: 'Not needed if you retired through Jiangcheng HR and Social Security; we can check it.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在“江澄公积金”App 选择“退休提取”，或到公积金服务大厅办理。',
          en: 'Choose Retirement Withdrawal in the Jiangcheng Provident Fund app or go to the fund hall.',
        },
      },
      {
        title: { zh: '核验退休信息', en: 'We check your retirement' },
        description: {
          zh: '与人社部门退休信息比对。',
          en: 'We check against HR and Social Security records.',
        },
      },
      {
        title: { zh: '销户到账', en: 'Account closed and paid' },
        description: {
          zh: '结息后全部余额转入本人银行账户，账户销户。',
          en: 'Interest is added, the whole balance is paid to your bank account and the account is closed.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: fundHalls,
    visits: 0,
    legalBasis: [laws.housingFund],
    faqs: [
      withdrawalFaqInterval,
      {
        question: {
          zh: '退休后单位还会给我缴存吗？',
          en: 'Will my employer keep paying after I retire?',
        },
        answer: {
          zh: '不会。退休后停止缴存；延迟退休期间仍在职的，单位和个人继续缴存。',
          en: 'No. Payments stop when you retire. If you keep working past retirement age, you and your employer keep paying.',
        },
      },
    ],
    relatedCodes: ['RSJ-060', 'GJJ-008'],
    popularity: 5100,
    updatedAt: '2026-03-30',
  }),
  guide({
    code: 'GJJ-006',
    name: { zh: '住房公积金个人住房贷款申请', en: 'Apply for a housing provident fund mortgage' },
    summary: {
      zh: '缴存职工购买、建造、翻建、大修自住住房时，可申请住房公积金个人住房贷款，利率低于商业贷款。单方缴存最高贷款额度 60 万元、夫妻双方缴存最高 100 万元，最长贷款期限 30 年。',
      en: 'If you pay into the fund, you can borrow from it to buy, build, rebuild or repair your own home, at a lower rate than a bank mortgage. The maximum is 600,000 yuan if one of you pays in, or 1,000,000 yuan if both do, for up to 30 years.',
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund', 'property'],
    keywords: {
      zh: ['公积金贷款', '公积金买房', '房贷', '组合贷款', '公积金', '贷款额度'],
      en: [
        'provident fund',
        'housing fund',
        'provident fund loan',
        'mortgage',
        'home loan',
        'combination loan',
      ],
    },
    eligibility: [
      {
        zh: '申请前连续足额缴存住房公积金满 6 个月。',
        en: 'You have paid into the fund in full for six months in a row.',
      },
      {
        zh: '购买本市自住住房，首付款比例不低于国家和本市规定。',
        en: 'You are buying a home to live in, in Jiangcheng, with at least the minimum deposit.',
      },
      {
        zh: '本人及配偶没有未结清的住房公积金贷款，个人信用良好。',
        en: 'Neither you nor your spouse has an unpaid provident fund loan, and your credit is good.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '婚姻状况证明', en: 'Proof of marital status' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '结婚证或离婚证；婚姻登记信息可在线核验的免于提供。',
          en: 'Marriage or divorce certificate, unless it can be checked online.',
        },
      },
      {
        name: { zh: '购房合同', en: 'Purchase contract' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '首付款付款凭证', en: 'Proof you have paid the deposit' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '收入证明', en: 'Proof of income' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '用于测算还款能力；按缴存基数核定收入的免于提供。',
          en: 'To work out what you can afford. Not needed if your contribution base is used instead.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '测算额度', en: 'Check how much you can borrow' },
        description: {
          zh: '在“江澄公积金”App 使用贷款计算器测算可贷额度。',
          en: 'Use the loan calculator in the Jiangcheng Provident Fund app.',
        },
      },
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '在线提交申请或到公积金服务大厅、受委托银行网点办理。',
          en: 'Apply online, at the fund hall or at one of our partner banks.',
        },
      },
      {
        title: { zh: '审批', en: 'Decision' },
        description: {
          zh: '审核缴存、信用和还款能力，作出准予贷款或不予贷款的决定。',
          en: 'We check your payments, credit and ability to repay, and decide.',
        },
      },
      {
        title: { zh: '签约和抵押登记', en: 'Sign and register the mortgage' },
        description: {
          zh: '签订借款合同，在不动产登记大厅办理抵押登记（可与转移登记同时办理）。',
          en: 'Sign the loan agreement and register the mortgage at the property registration hall, which can be done together with the transfer of ownership.',
        },
      },
      {
        title: { zh: '放款', en: 'The money is released' },
        description: {
          zh: '抵押登记完成后放款至售房人账户。',
          en: "Once the mortgage is registered, the loan is paid to the seller's account.",
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 5,
    fee: {
      free: true,
      description: {
        zh: '不收费。住房公积金中心不收取贷款手续费；抵押登记费按不动产登记收费标准执行。',
        en: 'No fee is charged by the fund for the loan. The standard property registration fee applies to registering the mortgage.',
      },
    },
    hallIds: ['gjj-hall', 'bdc-hall'],
    visits: 1,
    legalBasis: [laws.housingFund, loanRightsNotice],
    faqs: [
      {
        question: {
          zh: '外地缴存的公积金能在本市贷款吗？',
          en: 'Can I borrow here if I paid into a fund elsewhere?',
        },
        answer: {
          zh: '可以。在异地缴存、在本市购房的职工，可凭缴存地出具的缴存使用证明申请异地贷款，与本市职工同等对待。',
          en: 'Yes. With a certificate from the fund where you pay in, you can borrow here on the same terms as local contributors.',
        },
      },
      {
        question: { zh: '可以和商业贷款组合吗？', en: 'Can I combine it with a bank mortgage?' },
        answer: {
          zh: '可以申请组合贷款，由受委托银行一并办理。',
          en: 'Yes. Our partner banks can arrange both together.',
        },
      },
    ],
    relatedCodes: ['GJJ-003', 'GJJ-004', 'GJJ-009'],
    popularity: 7600,
    updatedAt: '2026-08-03',
  }),
  guide({
    code: 'GJJ-007',
    name: {
      zh: '住房公积金异地转移接续',
      en: 'Transfer your housing provident fund to another city',
    },
    summary: {
      zh: '职工跨城市就业的，可将原工作地的住房公积金账户余额转入新工作地账户，缴存时间合并计算。只需在转入地申请，全程网上办理。',
      en: 'If you move to a job in another city, you can move your fund balance to your new account. Your time paying in counts in full. Apply only at your new fund, entirely online.',
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund'],
    keywords: {
      zh: ['公积金转移', '公积金转出', '公积金转入', '换城市公积金', '公积金'],
      en: [
        'housing fund',
        'provident fund',
        'transfer',
        'move city',
        'housing provident fund transfer',
      ],
    },
    eligibility: [
      {
        zh: '已在转入地开立住房公积金个人账户并正常缴存。',
        en: 'You have an account in the new city and are paying in.',
      },
      {
        zh: '原账户处于封存状态，且没有未结清的住房公积金贷款。',
        en: 'Your old account is no longer being paid into and has no outstanding loan.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '原缴存地账户信息', en: 'Details of your old fund account' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '在全国住房公积金小程序中可自动查询带出。',
          en: 'Shown automatically in the national housing provident fund mini-program.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '向转入地申请', en: 'Apply to the new fund' },
        description: {
          zh: '在全国住房公积金小程序或“江澄公积金”App 选择“异地转移接续”。',
          en: 'Choose Transfer in the national housing provident fund mini-program or the Jiangcheng Provident Fund app.',
        },
      },
      {
        title: { zh: '转出地核对转出', en: 'The old fund sends the money' },
        description: {
          zh: '转出地公积金中心核对信息后，将账户余额和缴存信息转出。',
          en: 'Your old fund checks the details and sends the balance and record.',
        },
      },
      {
        title: { zh: '转入到账', en: 'The money arrives' },
        description: {
          zh: '转入地接收资金并合并缴存时间，短信通知。',
          en: 'Your new fund receives the money, adds up your time paying in and texts you.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 5,
    fee: freeOfCharge,
    hallIds: fundHalls,
    visits: 0,
    legalBasis: [laws.housingFund],
    faqs: [
      {
        question: {
          zh: '转移后贷款时缴存时间怎么算？',
          en: 'How is my time paying in counted for a loan?',
        },
        answer: {
          zh: '转移前后连续缴存的，缴存时间合并计算，不影响申请贷款。',
          en: 'If there is no gap, all your time counts and you can apply for a loan straight away.',
        },
      },
    ],
    relatedCodes: ['RSJ-006', 'GJJ-008'],
    popularity: 4700,
    updatedAt: '2026-02-27',
  }),
  guide({
    code: 'GJJ-008',
    name: {
      zh: '住房公积金缴存证明及缴存明细打印',
      en: 'Get proof of your housing provident fund payments',
    },
    summary: {
      zh: '缴存职工可打印住房公积金缴存证明、缴存明细和贷款结清证明，证明加盖电子印章，可用于办理商业贷款、异地贷款、积分落户、签证等。',
      en: 'Print a sealed certificate of your fund payments, a month-by-month statement or proof that your loan is paid off, for bank or out-of-town mortgages, points-based hukou, visas and more.',
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund'],
    keywords: {
      zh: [
        '公积金缴存证明',
        '公积金证明',
        '公积金明细',
        '公积金流水',
        '贷款结清证明',
        '异地贷款证明',
        '公积金',
      ],
      en: [
        'provident fund',
        'housing fund',
        'provident fund statement',
        'proof of provident fund',
        'payment record',
        'loan settlement certificate',
      ],
    },
    eligibility: [
      {
        zh: '在本市缴存或曾经缴存住房公积金。',
        en: 'You pay, or have paid, into the Jiangcheng fund.',
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
          zh: '登录“江澄公积金”App、全国住房公积金小程序或使用自助终端。',
          en: 'Log in to the Jiangcheng Provident Fund app or the national mini-program, or use a self-service terminal.',
        },
      },
      {
        title: { zh: '选择证明类型', en: 'Choose the certificate' },
        description: {
          zh: '选择缴存证明、缴存明细、贷款结清证明或异地贷款缴存使用证明。',
          en: 'Choose a payment certificate, statement, loan settlement certificate or a certificate for borrowing in another city.',
        },
      },
      {
        title: { zh: '下载打印', en: 'Download or print' },
        description: {
          zh: '即时生成带电子印章的 PDF，收件单位可扫码核验。',
          en: 'A sealed PDF is produced at once and can be checked by QR code.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: fundHalls,
    visits: 0,
    legalBasis: [laws.housingFund],
    faqs: [
      {
        question: { zh: '银行要求盖鲜章怎么办？', en: 'What if a bank wants an ink stamp?' },
        answer: {
          zh: '电子证明与纸质证明具有同等效力。确需鲜章的，可到公积金服务大厅或区政务服务中心窗口现场打印盖章。',
          en: 'The electronic certificate has the same standing. If an ink stamp is really needed, get it printed and stamped at the fund hall or a district centre.',
        },
      },
    ],
    relatedCodes: ['GJJ-002', 'RSJ-005'],
    popularity: 7000,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'GJJ-009',
    name: {
      zh: '住房公积金贷款提前还款',
      en: 'Repay your housing provident fund mortgage early',
    },
    summary: {
      zh: '住房公积金贷款借款人可申请部分或全部提前还款，可用自有资金或提取本人及配偶的住房公积金还款。提前还款不收取违约金，部分提前还款后可选择缩短期限或减少月还款额。',
      en: "You can repay some or all of your provident fund mortgage early, from your own money or by withdrawing from your and your spouse's fund accounts. There is no penalty. After a part repayment, choose a shorter term or lower monthly payments.",
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund', 'property'],
    keywords: {
      zh: ['提前还贷', '公积金提前还款', '还清房贷', '公积金贷款', '公积金'],
      en: [
        'provident fund',
        'repay mortgage early',
        'pay off mortgage',
        'overpay',
        'provident fund loan',
        'housing fund',
      ],
    },
    eligibility: [
      {
        zh: '住房公积金贷款已正常还款满 6 个月，且无逾期。',
        en: 'You have repaid for at least six months and are not behind.',
      },
      {
        zh: '部分提前还款的，每次还款金额不低于 1 万元。',
        en: 'A part repayment must be at least 10,000 yuan.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '还款银行卡', en: 'The bank card you repay from' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '在“江澄公积金”App 选择“提前还款”，填写还款金额和方式。',
          en: 'Choose Early Repayment in the Jiangcheng Provident Fund app and enter the amount and method.',
        },
      },
      {
        title: { zh: '确认扣款', en: 'Confirm' },
        description: {
          zh: '确认后从还款账户或公积金账户扣款，重新计算剩余还款计划。',
          en: 'The money is taken from your bank or fund account and your repayment plan is recalculated.',
        },
      },
      {
        title: { zh: '结清（全部还款时）', en: 'Loan closed (if repaid in full)' },
        description: {
          zh: '全部结清的，在线下载贷款结清证明，抵押注销登记可由中心与不动产登记机构联办。',
          en: 'If you repay in full, download the settlement certificate. We can cancel the mortgage registration with the property registry for you.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '不收费。提前还款不收取违约金或手续费。',
        en: 'Free of charge. There is no penalty or fee for repaying early.',
      },
    },
    hallIds: ['gjj-hall'],
    visits: 0,
    legalBasis: [laws.housingFund, loanRightsNotice],
    faqs: [
      {
        question: { zh: '一年可以提前还款几次？', en: 'How often can I repay early?' },
        answer: {
          zh: '部分提前还款每 12 个月可办理 2 次，全部结清不受次数限制。',
          en: 'Part repayments twice every 12 months; full repayment at any time.',
        },
      },
    ],
    relatedCodes: ['GJJ-004', 'GJJ-006'],
    popularity: 4300,
    updatedAt: '2026-08-03',
  }),
  guide({
    code: 'GJJ-010',
    name: {
      zh: '职工死亡或被宣告死亡提取住房公积金',
      en: "Withdraw a deceased person's housing provident fund",
    },
    summary: {
      zh: '职工死亡或者被宣告死亡的，其继承人、受遗赠人可以提取职工住房公积金账户内的全部余额；无继承人也无受遗赠人的，余额纳入住房公积金增值收益。',
      en: "When a contributor dies or is declared dead, their heirs or legatees can withdraw the whole balance of their fund account. If there is no heir or legatee, the balance goes into the fund's reserves.",
    },
    departmentId: 'gjj',
    audience: ['individual'],
    themeIds: ['housing-fund'],
    keywords: {
      zh: ['去世提取公积金', '公积金继承', '死亡提取', '公积金销户', '公积金'],
      en: ['housing fund', 'provident fund', 'inherit', 'bereavement', 'death', 'estate'],
    },
    eligibility: [
      {
        zh: '缴存职工已死亡或被人民法院宣告死亡。',
        en: 'The contributor has died or been declared dead by a court.',
      },
      {
        zh: '申请人为其法定继承人或受遗赠人；多名继承人的，可委托其中一人办理。',
        en: 'You are a legal heir or legatee. If there are several heirs, they can authorise one of them.',
      },
    ],
    materials: [
      {
        name: { zh: '死亡证明或人民法院宣告死亡判决书', en: 'Proof of death or court declaration' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '继承权或受遗赠权证明', en: 'Proof of your right to inherit' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '公证书、人民法院判决书或调解书；余额在 5 万元以下且继承人均到场的，可签署共同承诺书代替公证。',
          en: 'A notarised certificate, court judgement or mediation agreement. For balances under 50,000 yuan, if all heirs attend they can sign a joint declaration instead.',
        },
      },
      {
        name: { zh: '申请人居民身份证和银行借记卡', en: "Applicant's ID card and bank debit card" },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '预约', en: 'Book a visit' },
        description: {
          zh: '通过“江澄公积金”App 或电话 0520-86012329 预约办理时间。',
          en: 'Book in the Jiangcheng Provident Fund app or by phoning 0520-86012329.',
        },
      },
      {
        title: { zh: '窗口办理', en: 'At the desk' },
        description: {
          zh: '继承人携带材料到公积金服务大厅，现场审核。',
          en: 'The heirs bring the documents to the fund hall, where they are checked.',
        },
      },
      {
        title: { zh: '到账销户', en: 'Payment and closure' },
        description: {
          zh: '审核通过后余额转入申请人银行账户，账户销户。',
          en: "The balance is paid to the applicant's bank account and the account is closed.",
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 1,
    fee: freeOfCharge,
    hallIds: ['gjj-hall'],
    online: notOnline,
    visits: 1,
    legalBasis: [laws.housingFund],
    faqs: [
      {
        question: { zh: '为什么不能网上办？', en: 'Why can I not do this online?' },
        answer: {
          zh: '继承涉及多名权利人，须核对继承关系原件，因此需要到窗口办理一次。',
          en: 'Inheritance involves several people and original documents must be checked, so one visit is needed.',
        },
      },
    ],
    relatedCodes: ['RSJ-064'],
    popularity: 2250,
    updatedAt: '2026-04-14',
  }),
];
