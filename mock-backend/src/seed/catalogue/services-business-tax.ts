import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, guide, noFee } from './guide.ts';
import { applicantIdDocument, laws, personApplyingId } from './services-business-common.ts';

/** Tax services of the Jiangcheng Taxation Bureau, for businesses and for individual taxpayers. */
export const taxServices: ServiceGuide[] = [
  guide({
    code: 'SW-001',
    name: {
      zh: '新办纳税人涉税信息确认',
      en: 'Confirming tax registration details for a new business',
    },
    summary: {
      zh: '实行“多证合一”后，企业和个体工商户领取营业执照即视同完成税务登记。首次办理涉税事项时，在电子税务局确认登记信息，并可一次办结办税人员实名、银行账户报告、税（费）种认定、财务会计制度备案和首次申领发票等“新办套餐”事项。',
      en: 'Since registration was merged into the business licence, a company or individual business counts as tax-registered once it has its licence. The first time you deal with tax, confirm the registration details on the electronic tax service. In the same session you can verify the people who will handle tax, report bank accounts, have your taxes assigned, file your accounting system and ask for your first invoices.',
    },
    departmentId: 'sw',
    audience: ['business'],
    themeIds: ['tax', 'starting-business'],
    keywords: {
      zh: ['税务登记', '报到', '税务报到', '新办套餐', '多证合一', '营业执照', '电子税务局'],
      en: ['register for tax', 'new business tax', 'business licence', 'electronic tax service'],
    },
    eligibility: [
      {
        zh: '已在江澄市取得营业执照的企业、农民专业合作社、个体工商户及其分支机构。',
        en: "A company, farmers' cooperative, individual business or branch that has a business licence issued in Jiangcheng.",
      },
      {
        zh: '自领取营业执照之日起30日内，或首次发生纳税义务前办理。',
        en: 'Do this within 30 days of receiving the business licence, or before you first owe any tax.',
      },
    ],
    materials: [
      {
        name: {
          zh: '法定代表人（负责人）、财务负责人、办税人员身份信息',
          en: 'Identity of the legal representative, finance manager and tax contacts',
        },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '相关人员通过电子税务局或“江澄政务”App完成实名认证即可。',
          en: 'Each person verifies their identity on the electronic tax service or the Jiangcheng Government app.',
        },
      },
      {
        name: { zh: '银行结算账户信息', en: 'Business bank account details' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '开立账户后报告，用于缴税和退税。',
          en: 'Report the account once opened; it is used for tax payments and refunds.',
        },
      },
      {
        name: {
          zh: '财务会计制度及核算软件备案信息',
          en: 'Accounting system and software details',
        },
        form: 'electronic',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '登录电子税务局', en: 'Sign in' },
        description: {
          zh: '以法定代表人或办税人员身份登录江澄市电子税务局，系统自动获取营业执照登记信息。',
          en: 'Sign in to the Jiangcheng electronic tax service as the legal representative or a tax contact. Your licence details are fetched automatically.',
        },
      },
      {
        title: { zh: '确认登记信息', en: 'Confirm the details' },
        description: {
          zh: '核对并补充登记信息，选择需要一并办理的“新办套餐”事项。',
          en: 'Check and complete the details, and choose the other new-business tasks you want to do at the same time.',
        },
      },
      {
        title: { zh: '提交并获取结果', en: 'Submit' },
        description: {
          zh: '提交后即时办结，系统推送税（费）种认定结果和申报期限提醒。',
          en: 'It is done at once. You receive the list of taxes that apply to you and reminders of your filing dates.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.taxCollection,
      {
        zh: '《中华人民共和国税收征收管理法实施细则》',
        en: 'Detailed Rules for the Implementation of the Law on the Administration of Tax Collection',
      },
      laws.taxRegistration,
    ],
    faqs: [
      {
        question: {
          zh: '公司刚成立还没有收入，也要申报吗？',
          en: 'The company has no income yet. Do we still have to file?',
        },
        answer: {
          zh: '要。没有收入也应按期进行零申报。未按期申报的，税务机关可处2000元以下罚款，情节严重的处2000元以上1万元以下罚款，并影响纳税信用。',
          en: 'Yes. File nil returns on time even with no income. Late filing can be fined up to 2,000 yuan, or 2,000 to 10,000 yuan in serious cases, and harms your tax credit rating.',
        },
      },
      {
        question: {
          zh: '可以委托代理记账机构办理吗？',
          en: 'Can an accounting agent do this for us?',
        },
        answer: {
          zh: '可以。企业在电子税务局为代理记账机构办税人员授权后，由其代为办理。',
          en: "Yes. Authorise the agent's staff on the electronic tax service and they can act for you.",
        },
      },
    ],
    relatedCodes: ['SW-002', 'SW-003', 'SCJG-001'],
    popularity: 4700,
    updatedAt: '2026-02-23',
  }),
  guide({
    code: 'SW-002',
    name: {
      zh: '增值税一般纳税人登记',
      en: 'Registering as a general VAT taxpayer',
    },
    summary: {
      zh: '年应征增值税销售额超过500万元的纳税人，应当向主管税务机关办理一般纳税人登记；未超过标准但会计核算健全、能够提供准确税务资料的，也可以申请登记。一般纳税人可以抵扣进项税额并开具增值税专用发票。',
      en: 'A business whose annual VAT-able sales exceed 5 million yuan must register as a general VAT taxpayer. A business below that level may also register if its accounts are sound and it can provide accurate tax records. General taxpayers can deduct input VAT and issue special VAT invoices.',
    },
    departmentId: 'sw',
    audience: ['business'],
    themeIds: ['tax'],
    keywords: {
      zh: ['专票', '增值税专用发票', '小规模转一般纳税人', '进项抵扣'],
      en: ['VAT registration', 'general taxpayer', 'special VAT invoice', 'input tax', 'invoice'],
    },
    eligibility: [
      {
        zh: '年应征增值税销售额超过500万元的，应当登记；在超过标准的月份（或季度）所属申报期结束后15日内办理。',
        en: 'Registration is required once annual VAT-able sales exceed 5 million yuan. Register within 15 days after the end of the filing period for the month (or quarter) in which you passed the threshold.',
      },
      {
        zh: '年应征增值税销售额未超过500万元，但有固定经营场所，能够按照国家统一的会计制度设置账簿、根据合法有效凭证核算并提供准确税务资料的，可以申请登记。',
        en: 'A business below the threshold may register voluntarily if it has fixed premises, keeps books under the national accounting standards based on valid vouchers, and can provide accurate tax records.',
      },
      {
        zh: '自然人不得办理一般纳税人登记。',
        en: 'Private individuals cannot register as general taxpayers.',
      },
    ],
    materials: [
      {
        name: { zh: '增值税一般纳税人登记表', en: 'General VAT taxpayer registration form' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '在电子税务局填写，选择一般纳税人资格生效之日（当月1日或次月1日）。',
          en: 'Fill it in on the electronic tax service and choose whether the status starts on the 1st of this month or of next month.',
        },
      },
      {
        name: { zh: '经办人身份证件', en: 'ID of the person applying' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '到窗口办理时出示；网上办理的通过实名认证。',
          en: 'Show it at the counter; online, identity is verified electronically.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '填报登记表', en: 'Complete the form' },
        description: {
          zh: '登录电子税务局，在“一般纳税人登记”模块填写登记表。',
          en: 'Sign in to the electronic tax service and fill in the form under general taxpayer registration.',
        },
      },
      {
        title: { zh: '税务机关登记', en: 'Registration' },
        description: {
          zh: '信息齐全的，税务机关当场办理登记，无需实地核查。',
          en: 'If the information is complete, you are registered on the spot without an inspection.',
        },
      },
      {
        title: { zh: '调整申报和发票', en: 'Update filing and invoicing' },
        description: {
          zh: '自资格生效之日起按一般计税方法计税，可开具增值税专用发票，按月申报增值税。',
          en: 'From the start date, VAT is worked out by the general method, you can issue special VAT invoices, and you file VAT monthly.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.valueAddedTax,
      {
        zh: '《增值税一般纳税人登记管理办法》',
        en: 'Measures for the Administration of General VAT Taxpayer Registration',
      },
    ],
    faqs: [
      {
        question: {
          zh: '登记为一般纳税人后还能转回小规模纳税人吗？',
          en: 'Can we go back to being a small-scale taxpayer later?',
        },
        answer: {
          zh: '一般不能。除国家另有规定外，纳税人登记为一般纳税人后，不得转为小规模纳税人。申请前请评估进项抵扣和税负情况。',
          en: 'Normally not. Unless national rules say otherwise, a general taxpayer cannot switch back. Weigh up your input tax and overall tax burden before applying.',
        },
      },
      {
        question: {
          zh: '超过标准未及时登记会怎样？',
          en: 'What if we pass the threshold and do not register?',
        },
        answer: {
          zh: '税务机关将制作《税务事项通知书》告知限期办理；逾期仍不办理的，按销售额依照增值税税率计算应纳税额，不得抵扣进项税额，直至办理登记为止。',
          en: 'The tax office will give you written notice to register by a deadline. If you still do not, VAT is charged on your sales at the full rate with no deduction for input tax until you register.',
        },
      },
    ],
    relatedCodes: ['SW-001', 'SW-003'],
    popularity: 3900,
    updatedAt: '2026-01-12',
  }),
  guide({
    code: 'SW-003',
    name: {
      zh: '发票领用（含数电发票开票额度调整）',
      en: 'Getting invoices (fapiao), including e-invoice limit changes',
    },
    summary: {
      zh: '纳税人通过电子发票服务平台开具数电发票，税务机关按纳税人风险程度、纳税信用和经营情况赋予开具金额总额度，无需领用和验旧；额度不够用的可申请调整。确需使用纸质发票的，可按规定申请领用。',
      en: 'Businesses issue fully digital e-invoices (fapiao) through the e-invoice service platform. The tax office sets a total amount you may invoice according to your risk profile, tax credit rating and trade, so there is nothing to collect or hand back. If the limit is too low you can ask for it to be raised. If you really need paper invoices, you can apply for them.',
    },
    departmentId: 'sw',
    audience: ['business', 'individual'],
    themeIds: ['tax'],
    keywords: {
      zh: [
        '发票',
        '领发票',
        '开发票',
        '数电票',
        '全电发票',
        '电子发票',
        '专票',
        '普票',
        '发票额度',
        '发票增量',
      ],
      en: ['invoice', 'VAT invoice', 'tax invoice'],
    },
    eligibility: [
      {
        zh: '已完成涉税信息确认和办税人员实名认证的单位和个体工商户。',
        en: 'Organisations and individual businesses that have confirmed their tax details and verified their tax contacts.',
      },
      {
        zh: '未被认定为非正常户，无应当办结而未办结的税务事项。',
        en: 'The business is not classed as an abnormal taxpayer and has no outstanding tax matters.',
      },
    ],
    materials: [
      {
        name: {
          zh: '发票领用或开票额度调整申请',
          en: 'Application for invoices or an invoice limit change',
        },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '申请调整额度的，说明理由，可附销售合同等证明材料。',
          en: 'To raise your limit, give the reason and attach supporting documents such as sales contracts.',
        },
      },
      {
        name: { zh: '经办人身份证件', en: 'ID of the person applying' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '到窗口领取纸质发票时出示。',
          en: 'Show it when collecting paper invoices at the counter.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '登录电子发票服务平台', en: 'Sign in' },
        description: {
          zh: '通过电子税务局进入电子发票服务平台，查看当前可用的开票额度。',
          en: 'Open the e-invoice service platform from the electronic tax service and check your current limit.',
        },
      },
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '在“发票额度调整申请”或“发票领用”中填写申请。',
          en: 'Fill in the limit change or invoice request form.',
        },
      },
      {
        title: { zh: '税务机关审核', en: 'Review' },
        description: {
          zh: '符合条件的系统自动通过；需人工核实的，税务机关在规定时限内完成审核。',
          en: 'Straightforward cases are approved automatically; others are checked by tax officers within the set time.',
        },
      },
      {
        title: { zh: '开具发票', en: 'Start invoicing' },
        description: {
          zh: '额度调整后即时生效；纸质发票可选择邮寄或到窗口领取。',
          en: 'A new limit applies at once. Paper invoices can be posted or collected at the counter.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '不收费。税务机关发放发票不收取工本费。',
        en: 'Free of charge. The tax office does not charge for invoices.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.invoices,
      {
        zh: '《中华人民共和国发票管理办法实施细则》',
        en: 'Detailed Rules for the Implementation of the Measures for the Administration of Invoices',
      },
    ],
    faqs: [
      {
        question: {
          zh: '数电发票和纸质发票效力一样吗？',
          en: 'Are e-invoices as valid as paper invoices?',
        },
        answer: {
          zh: '一样。数电发票与纸质发票具有同等法律效力，受票方可在全国增值税发票查验平台查验真伪。',
          en: 'Yes. Fully digital invoices have the same legal force as paper ones, and the recipient can check them on the national VAT invoice verification platform.',
        },
      },
      {
        question: {
          zh: '月底额度不够用怎么办？',
          en: 'What if we run out of invoicing limit at the end of the month?',
        },
        answer: {
          zh: '可在电子发票服务平台申请临时调整额度，纳税信用好的企业一般自动通过；也可拨打0520-86232366咨询。',
          en: 'Apply on the e-invoice platform for a temporary increase; businesses with good tax credit are usually approved automatically. You can also call 0520-86232366.',
        },
      },
    ],
    relatedCodes: ['SW-001', 'SW-002', 'SW-011'],
    popularity: 6100,
    updatedAt: '2026-04-20',
  }),
  guide({
    code: 'SW-004',
    name: {
      zh: '个人所得税综合所得年度汇算',
      en: 'Annual individual income tax reconciliation',
    },
    summary: {
      zh: '居民个人在次年3月1日至6月30日，汇总上一年度工资薪金、劳务报酬、稿酬和特许权使用费四项综合所得，减除费用、专项扣除、专项附加扣除等后计算全年应纳税额，多退少补。可通过个人所得税App在线办理。',
      en: "Between 1 March and 30 June, resident taxpayers add up last year's wages and salaries, freelance fees, author's fees and royalties, take off the standard deduction and other allowances, and work out the tax due for the whole year. You get a refund if you paid too much and pay the difference if you paid too little. You can do it online in the Individual Income Tax app.",
    },
    departmentId: 'sw',
    audience: ['individual'],
    themeIds: ['tax'],
    keywords: {
      zh: ['个税', '个税退税', '退税', '汇算清缴', '个税汇算', '个人所得税App', '工资个税'],
      en: [
        'income tax',
        'tax refund',
        'tax return',
        'self assessment',
        'IIT',
        'personal income tax',
      ],
    },
    eligibility: [
      {
        zh: '上一年度取得综合所得的居民个人。',
        en: 'Resident individuals who received comprehensive income last year.',
      },
      {
        zh: '已预缴税额大于年度应纳税额且申请退税的，或者综合所得收入超过12万元且需要补税金额超过400元的，应当办理。',
        en: 'You must file if you paid more than you owe and want a refund, or if your income was over 120,000 yuan and you owe more than 400 yuan.',
      },
      {
        zh: '年度汇算需补税但综合所得收入不超过12万元，或需补税金额不超过400元的，无需办理。',
        en: 'You need not file if you owe tax but your income was 120,000 yuan or less, or you owe 400 yuan or less.',
      },
    ],
    materials: [
      {
        name: { zh: '年度收入和已缴税款信息', en: 'Income and tax paid last year' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '个人所得税App已预填扣缴单位申报的数据，请逐项核对。',
          en: 'The app shows what your employers and payers reported. Check every item.',
        },
      },
      {
        name: {
          zh: '专项附加扣除及其他扣除信息',
          en: 'Special additional deductions and other deductions',
        },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '如子女教育、赡养老人、住房贷款利息或住房租金、继续教育、大病医疗、3岁以下婴幼儿照护，以及个人养老金、商业健康保险等。',
          en: "Such as children's education, supporting elderly parents, mortgage interest or rent, continuing education, serious illness costs and care of children under 3, plus private pension and commercial health insurance contributions.",
        },
      },
      {
        name: {
          zh: '本人名下境内一类银行账户',
          en: 'A Class I bank account in your name in mainland China',
        },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '申请退税时填写，用于接收退税款。',
          en: 'Needed for a refund to be paid into.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '登录个人所得税App', en: 'Sign in to the app' },
        description: {
          zh: '使用个人所得税App或自然人电子税务局网页版，3月1日至20日期间需先预约办理日期。',
          en: 'Use the Individual Income Tax app or website. Between 1 and 20 March you need to book a day first.',
        },
      },
      {
        title: { zh: '选择预填服务', en: 'Choose the pre-filled return' },
        description: {
          zh: '选择“使用已申报数据填写”，系统自动带入收入和扣除数据。',
          en: 'Choose to start from the data already reported; your income and deductions are filled in.',
        },
      },
      {
        title: { zh: '核对并补充扣除', en: 'Check and add deductions' },
        description: {
          zh: '核对收入是否属实，补充遗漏的专项附加扣除等信息。',
          en: 'Make sure the income is right and add any deductions that are missing.',
        },
      },
      {
        title: { zh: '提交申报', en: 'Submit' },
        description: {
          zh: '确认应退或应补税额后提交申报。',
          en: 'Confirm the refund or the amount owed and submit.',
        },
      },
      {
        title: { zh: '退税或补税', en: 'Refund or payment' },
        description: {
          zh: '申请退税的，税务机关审核后将税款退至您的银行账户；需补税的，在6月30日前在线缴纳。',
          en: 'Refunds are paid into your bank account after review. If you owe tax, pay online by 30 June.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '不收费。请通过官方个人所得税App办理，谨防虚假退税链接。',
        en: 'Free of charge. Use only the official Individual Income Tax app and beware of fake refund links.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.individualIncomeTax,
      {
        zh: '《中华人民共和国个人所得税法实施条例》',
        en: "Regulations for the Implementation of the Individual Income Tax Law of the People's Republic of China",
      },
    ],
    faqs: [
      {
        question: {
          zh: '提交后多久能收到退税？',
          en: 'How soon will I get my refund?',
        },
        answer: {
          zh: '税务机关审核通过后，退税款由国库退至您填写的银行账户，一般在数个工作日内到账。可在App“申报查询”中查看进度；被要求补充资料的，请按提示上传。',
          en: 'Once approved, the refund is paid from the Treasury to the account you gave, usually within a few working days. Track it under your filing records in the app, and upload anything you are asked for.',
        },
      },
      {
        question: {
          zh: '应补税却没有办理会怎样？',
          en: 'What if I owe tax and do not file?',
        },
        answer: {
          zh: '税务机关将提醒督促；逾期未补缴的，从7月1日起按日加收万分之五的滞纳金，并记入纳税信用记录。',
          en: 'The tax office will remind you. If you still do not pay, a late-payment charge of 0.05% a day is added from 1 July and it goes on your tax credit record.',
        },
      },
      {
        question: {
          zh: '不会操作可以到大厅办理吗？',
          en: 'Can I get help at a service hall?',
        },
        answer: {
          zh: '可以。市民服务中心和各区政务服务中心税务窗口设有辅导区，请携带身份证件前往。',
          en: 'Yes. The tax counters at the Citizen Service Centre and district service centres have help desks. Bring your ID.',
        },
      },
    ],
    relatedCodes: ['SW-012', 'SW-005'],
    popularity: 9300,
    updatedAt: '2026-02-16',
  }),
  guide({
    code: 'SW-005',
    name: {
      zh: '开具税收完税证明（个人所得税纳税记录）',
      en: 'Getting proof of tax paid (including income tax records)',
    },
    summary: {
      zh: '纳税人可开具已缴税款的证明：个人所得税开具《个人所得税纳税记录》，车辆购置税、契税等其他税种开具《税收完税证明》，常用于购房、落户、签证、贷款等。网上开具的电子证明与纸质证明效力相同。',
      en: 'Get proof of tax you have paid. For individual income tax you get an income tax record; for vehicle purchase tax, deed tax and other taxes you get a tax payment certificate. They are often needed to buy a home, settle in a city, apply for a visa or take out a loan. An electronic certificate is as valid as a paper one.',
    },
    departmentId: 'sw',
    audience: ['individual', 'business'],
    themeIds: ['tax'],
    keywords: {
      zh: ['纳税证明', '个税证明', '个税', '缴税证明', '买房纳税证明'],
      en: ['tax certificate', 'tax payment certificate', 'tax statement', 'income tax'],
    },
    eligibility: [
      {
        zh: '已缴纳税款的单位和个人。',
        en: 'Any organisation or person who has paid tax.',
      },
      {
        zh: '可按年度或月份选择证明期间；委托他人开具的，须提供本人授权。',
        en: 'You can choose the years or months to cover. If someone applies for you, they need your authorisation.',
      },
    ],
    materials: [
      {
        name: { zh: '纳税人身份证件', en: "Taxpayer's ID document" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '网上开具的通过实名认证即可。',
          en: 'Online, identity verification is enough.',
        },
      },
      {
        name: { zh: '授权委托书及代理人身份证件', en: "Letter of authority and the agent's ID" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '委托他人到窗口开具时提交。',
          en: 'Only if someone else applies at the counter for you.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '选择开具渠道', en: 'Choose how to apply' },
        description: {
          zh: '个人所得税纳税记录在个人所得税App“办&查”中开具；其他税种在电子税务局“证明开具”中开具，或到税务窗口办理。',
          en: 'For income tax records use the Individual Income Tax app. For other taxes use the certificates section of the electronic tax service, or a tax counter.',
        },
      },
      {
        title: { zh: '选择期间和税种', en: 'Choose the period and tax' },
        description: {
          zh: '选择需要证明的年份、月份和税种。',
          en: 'Choose the years, months and taxes to include.',
        },
      },
      {
        title: { zh: '下载或打印', en: 'Download or print' },
        description: {
          zh: '即时生成带验证码的电子证明，可下载PDF；窗口办理的当场打印。',
          en: 'An electronic certificate with a verification code is produced at once as a PDF. At the counter it is printed there and then.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.taxCollection,
      {
        zh: '《税收票证管理办法》',
        en: 'Measures for the Administration of Tax Receipts',
      },
    ],
    faqs: [
      {
        question: {
          zh: '对方单位如何核实证明的真伪？',
          en: 'How can someone check the certificate is genuine?',
        },
        answer: {
          zh: '证明上印有验证码，可在个人所得税App或电子税务局“证明查验”功能中输入验证码核验。',
          en: 'Each certificate has a verification code. Enter it in the verification section of the Individual Income Tax app or the electronic tax service.',
        },
      },
    ],
    relatedCodes: ['SW-004', 'SW-008'],
    popularity: 6400,
    updatedAt: '2026-03-09',
  }),
  guide({
    code: 'SW-006',
    name: {
      zh: '出口退（免）税备案',
      en: 'Registering for export VAT refunds',
    },
    summary: {
      zh: '从事货物或服务出口的企业，在首次申报出口退（免）税前，向主管税务机关办理出口退（免）税备案，备案信息齐全的即时办结。',
      en: 'A business that exports goods or services registers for export VAT refunds or exemption with its tax office before its first claim. Complete registrations are done at once.',
    },
    departmentId: 'sw',
    audience: ['business'],
    themeIds: ['tax'],
    keywords: {
      zh: ['出口退税', '退税备案', '外贸企业', '生产企业出口', '退（免）税资格'],
      en: ['export tax rebate', 'exporter registration', 'foreign trade'],
    },
    eligibility: [
      {
        zh: '已办理涉税信息确认的出口企业或其他单位。',
        en: 'An exporter or other organisation that has confirmed its tax registration.',
      },
      {
        zh: '已在海关办理进出口货物收发货人备案；委托出口的，已签订委托出口协议。',
        en: 'It is registered with Customs as a consignor or consignee, or has an agreement with an export agent.',
      },
    ],
    materials: [
      {
        name: { zh: '出口退（免）税备案表', en: 'Export refund registration form' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '通过电子税务局或国际贸易“单一窗口”填报，海关备案信息自动获取。',
          en: 'Submit it on the electronic tax service or the international trade single window. Customs registration details are fetched automatically.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '填报备案表', en: 'Complete the form' },
        description: {
          zh: '选择退（免）税方法、退税开户银行账号等备案信息。',
          en: 'Give the refund method, the bank account for refunds and other details.',
        },
      },
      {
        title: { zh: '提交备案', en: 'Submit' },
        description: {
          zh: '提交后税务机关即时受理，信息齐全的当场办结。',
          en: 'The tax office accepts it at once and, if complete, registers you on the spot.',
        },
      },
      {
        title: { zh: '开始申报', en: 'Start claiming' },
        description: {
          zh: '备案完成后即可申报出口退（免）税。',
          en: 'You can then start claiming refunds.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [laws.valueAddedTax, laws.exportTaxRefund],
    faqs: [
      {
        question: {
          zh: '备案内容变化了怎么办？',
          en: 'What if our registered details change?',
        },
        answer: {
          zh: '应自变化之日起30日内办理备案变更；变更退（免）税方法的，须先结清原方法下的退（免）税事项。',
          en: 'Update the registration within 30 days of the change. To change your refund method, settle all claims under the old method first.',
        },
      },
    ],
    relatedCodes: ['SW-007'],
    popularity: 1500,
    updatedAt: '2026-05-25',
  }),
  guide({
    code: 'SW-007',
    name: {
      zh: '出口退（免）税申报',
      en: 'Claiming export VAT refunds',
    },
    summary: {
      zh: '已备案的出口企业在货物报关出口之日次月起至次年4月30日前的各增值税纳税申报期内，申报出口退（免）税。报关单和发票信息由系统自动比对，全市正常出口退税平均办理时间不超过6个工作日，一类、二类出口企业3个工作日内办结。',
      en: 'A registered exporter claims refunds in any VAT filing period from the month after the goods clear Customs until 30 April of the next year. Customs declarations and invoices are matched automatically. Normal claims take 6 working days on average, and 3 working days for Class 1 and Class 2 exporters.',
    },
    departmentId: 'sw',
    audience: ['business'],
    themeIds: ['tax'],
    keywords: {
      zh: ['出口退税', '退税申报', '免抵退', '免退税', '外贸退税'],
      en: ['export tax rebate', 'VAT refund claim', 'foreign trade'],
    },
    eligibility: [
      {
        zh: '已办理出口退（免）税备案。',
        en: 'You are registered for export refunds.',
      },
      {
        zh: '出口货物已报关离境，并取得合法有效的增值税专用发票等进货凭证（外贸企业）。',
        en: 'The goods have cleared Customs and left the country, and (for trading companies) you hold valid special VAT invoices for the purchase.',
      },
      {
        zh: '在规定的申报期限内申报。',
        en: 'You claim within the time allowed.',
      },
    ],
    materials: [
      {
        name: { zh: '出口货物退（免）税申报表', en: 'Export refund claim form' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '通过电子税务局或“单一窗口”出口退税申报系统生成。',
          en: 'Produced by the export refund module of the electronic tax service or the single window.',
        },
      },
      {
        name: { zh: '出口货物报关单信息', en: 'Customs export declaration data' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '由海关电子信息自动比对，无需提交纸质报关单。',
          en: 'Matched automatically with Customs data; no paper copy is needed.',
        },
      },
      {
        name: { zh: '收汇凭证', en: 'Proof of foreign exchange received' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '仅管理类别为四类的出口企业或税务机关要求时提供。',
          en: 'Only for Class 4 exporters or when the tax office asks.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '采集数据', en: 'Prepare the data' },
        description: {
          zh: '在申报系统中下载报关单和发票信息，生成申报数据。',
          en: 'Download the customs and invoice data into the claim system and prepare the claim.',
        },
      },
      {
        title: { zh: '正式申报', en: 'Submit the claim' },
        description: {
          zh: '在增值税纳税申报期内提交退（免）税申报。',
          en: 'Submit the claim within a VAT filing period.',
        },
      },
      {
        title: { zh: '税务审核', en: 'Review' },
        description: {
          zh: '税务机关审核电子信息，有疑点的通知企业说明情况。',
          en: 'The tax office checks the data and asks you to explain anything unclear.',
        },
      },
      {
        title: { zh: '退税到账', en: 'Refund paid' },
        description: {
          zh: '审核通过后开具收入退还书，退税款由国库退至企业备案账户。',
          en: 'Once approved, the Treasury pays the refund into your registered account.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 6,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      laws.valueAddedTax,
      laws.exportTaxRefund,
      {
        zh: '《国家税务总局关于进一步便利出口退税办理 促进外贸平稳发展有关事项的公告》',
        en: 'Announcement of the State Taxation Administration on Further Facilitating Export Tax Refunds and Promoting Stable Foreign Trade',
      },
    ],
    faqs: [
      {
        question: {
          zh: '超过申报期限还能申报吗？',
          en: 'Can I still claim after the deadline?',
        },
        answer: {
          zh: '超过次年4月30日仍未申报的，出口货物不能再申报退（免）税，应视同内销货物申报缴纳增值税。请留意申报期限。',
          en: 'No. If you have not claimed by 30 April of the next year, the goods are treated as domestic sales and VAT must be paid on them. Watch the deadline.',
        },
      },
    ],
    relatedCodes: ['SW-006'],
    popularity: 1700,
    updatedAt: '2026-05-25',
  }),
  guide({
    code: 'SW-008',
    name: {
      zh: '契税申报缴纳',
      en: 'Paying deed tax on a property',
    },
    summary: {
      zh: '在江澄市购买、受赠、交换房屋或取得土地使用权的单位和个人，应在办理不动产登记前申报缴纳契税。在不动产登记服务大厅“一窗受理”，缴税后同步办理登记。个人购买家庭唯一住房或第二套住房可享受优惠税率。',
      en: "If you buy, are given or exchange a home or other building, or acquire land-use rights in Jiangcheng, you must pay deed tax before the property is registered. Tax and registration are handled together at one counter in the Property Registration Hall. Reduced rates apply to individuals buying their family's only home or second home.",
    },
    departmentId: 'sw',
    audience: ['individual', 'business'],
    themeIds: ['tax', 'property'],
    keywords: {
      zh: ['买房交税', '房产税费', '首套房契税', '二套房契税', '房产证', '不动产'],
      en: ['property purchase tax', 'stamp duty', 'home buying tax'],
    },
    eligibility: [
      {
        zh: '在中华人民共和国境内转移土地、房屋权属，承受的单位和个人。',
        en: "Organisations and individuals acquiring rights to land or buildings in the People's Republic of China.",
      },
      {
        zh: '纳税义务发生时间为签订权属转移合同的当日，应在办理不动产权属登记前申报缴纳。',
        en: 'Tax becomes due on the day the transfer contract is signed and must be paid before the property is registered.',
      },
    ],
    materials: [
      {
        name: { zh: '不动产权属转移合同', en: 'Property transfer contract' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '新建商品房和存量房买卖合同已网签备案的，可通过共享获取。',
          en: 'If the purchase contract was registered online, we can retrieve it ourselves.',
        },
      },
      {
        name: { zh: '承受方身份证件', en: "Buyer's ID document" },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '家庭成员身份证件、户口簿和婚姻证明',
          en: 'ID, hukou booklet and marriage documents of family members',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '申请个人住房优惠税率时提交，家庭成员范围包括购房人、配偶及未成年子女；住房情况由住建部门共享核查。',
          en: 'Needed to claim the reduced home rates. The family means the buyer, their spouse and children under 18. Home ownership is checked with the housing bureau.',
        },
      },
      {
        name: { zh: '减免税相关证明材料', en: 'Evidence for a tax relief' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '如因继承、夫妻间变更权属等享受免征的，提供相关证明。',
          en: 'For example, for inheritance or transfers between spouses, which are exempt.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '一窗受理', en: 'Apply at one counter' },
        description: {
          zh: '到不动产登记服务大厅或政务服务中心不动产综合窗口，同时提交契税申报和登记申请；也可通过“江澄政务”App网上申报。',
          en: 'Go to the combined property counter at the Property Registration Hall or a service centre and apply for the tax and the registration together, or file online in the Jiangcheng Government app.',
        },
      },
      {
        title: { zh: '计税核定', en: 'Tax assessment' },
        description: {
          zh: '税务机关根据成交价格和住房套数核定应纳税额和适用税率。',
          en: 'The tax office works out the tax from the price and how many homes the family owns.',
        },
      },
      {
        title: { zh: '缴纳税款', en: 'Pay' },
        description: {
          zh: '通过银行卡、微信、支付宝等方式缴纳，即时出具完税凭证。',
          en: 'Pay by bank card, WeChat Pay or Alipay. A receipt is issued at once.',
        },
      },
      {
        title: { zh: '办理登记', en: 'Registration' },
        description: {
          zh: '完税信息自动推送不动产登记机构，无需再提交完税凭证。',
          en: 'The payment is passed to the registration office automatically; you do not need to show the receipt.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '办理不收费。契税按成交价格计征，一般税率3%；个人购买家庭唯一住房，面积140平方米及以下减按1%，以上减按1.5%；购买第二套改善性住房，140平方米及以下减按1%，以上减按2%。',
        en: "There is no charge for the service. Deed tax is charged on the price, normally at 3%. For an individual buying the family's only home, it is 1% for 140 m² or less and 1.5% above that; for a second home it is 1% for 140 m² or less and 2% above that.",
      },
    },
    hallIds: ['bdc-hall', 'smzx', 'linjiang', 'xincheng', 'beihu', 'nanshan'],
    visits: 1,
    legalBasis: [
      {
        zh: '《中华人民共和国契税法》',
        en: "Deed Tax Law of the People's Republic of China",
      },
      {
        zh: '《财政部 税务总局 住房城乡建设部关于促进房地产市场平稳健康发展有关税收政策的公告》',
        en: 'Announcement of the Ministry of Finance, the State Taxation Administration and the Ministry of Housing and Urban-Rural Development on Tax Policies to Promote the Steady and Healthy Development of the Property Market',
      },
    ],
    faqs: [
      {
        question: {
          zh: '继承父母的房子要交契税吗？',
          en: 'Do I pay deed tax on a home I inherit from my parents?',
        },
        answer: {
          zh: '法定继承人通过继承承受房屋权属的，免征契税；非法定继承人根据遗嘱承受的，应缴纳契税。',
          en: 'No. Statutory heirs who inherit a property are exempt. Someone who inherits under a will but is not a statutory heir must pay.',
        },
      },
      {
        question: {
          zh: '夫妻之间房产加名、更名要交契税吗？',
          en: 'Is deed tax due when a spouse is added to, or removed from, the deeds?',
        },
        answer: {
          zh: '婚姻关系存续期间夫妻之间变更房屋权属的，免征契税。',
          en: 'No. Changes of ownership between spouses during the marriage are exempt.',
        },
      },
    ],
    relatedCodes: ['ZRZY-011', 'ZRZY-012', 'SW-005'],
    popularity: 6900,
    updatedAt: '2026-06-01',
  }),
  guide({
    code: 'SW-009',
    name: {
      zh: '跨区域涉税事项报告',
      en: 'Reporting temporary business in another province',
    },
    summary: {
      zh: '纳税人跨省（自治区、直辖市）临时从事建筑安装、销售等生产经营活动的，在外出经营前向机构所在地税务机关填报《跨区域涉税事项报告表》，全程网上办理，即时办结。',
      en: 'If your business temporarily works in another province, for example on a building contract or selling goods, file a cross-regional tax report with your home tax office before you start. Everything is done online and at once.',
    },
    departmentId: 'sw',
    audience: ['business'],
    themeIds: ['tax'],
    keywords: {
      zh: ['外经证', '外出经营', '跨区域报验', '异地施工', '跨省经营'],
      en: [
        'out-of-area business',
        'cross-regional tax report',
        'work in another province',
        'construction contract tax',
      ],
    },
    eligibility: [
      {
        zh: '已办理涉税信息确认的纳税人，需跨省临时从事生产经营活动。',
        en: 'A tax-registered business that will work temporarily in another province.',
      },
      {
        zh: '已与经营地的客户签订合同或协议。',
        en: 'It has a contract or agreement with a customer there.',
      },
    ],
    materials: [
      {
        name: { zh: '跨区域涉税事项报告表', en: 'Cross-regional tax report form' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '填写经营地、合同名称、合同金额和有效期限。',
          en: 'Give the place of work, the contract, its value and its duration.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上填报', en: 'File online' },
        description: {
          zh: '在电子税务局填写报告表，即时生成报告信息。',
          en: 'Complete the form on the electronic tax service; the report is produced at once.',
        },
      },
      {
        title: { zh: '经营地报验', en: 'Register at the place of work' },
        description: {
          zh: '首次在经营地办理涉税事宜时，向经营地税务机关报验。',
          en: 'The first time you deal with tax where you are working, register with the local tax office.',
        },
      },
      {
        title: { zh: '经营地预缴和反馈', en: 'Prepay and close' },
        description: {
          zh: '在经营地按规定预缴税款；经营结束后向经营地税务机关填报经营情况，信息自动反馈回机构所在地。',
          en: 'Prepay tax where you work as required. When the job ends, report to the local tax office; the information is sent back to your home office automatically.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: [],
    visits: 0,
    legalBasis: [
      laws.taxCollection,
      {
        zh: '《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》',
        en: 'Notice of the State Taxation Administration on Reforming the Registration of Cross-Regional Tax Matters',
      },
    ],
    faqs: [
      {
        question: {
          zh: '合同延期了怎么办？',
          en: 'What if the contract runs longer than planned?',
        },
        answer: {
          zh: '在原报告有效期届满前，通过电子税务局办理延期即可。',
          en: 'Extend the report on the electronic tax service before it expires.',
        },
      },
    ],
    relatedCodes: ['SW-001'],
    popularity: 1900,
    updatedAt: '2026-04-13',
  }),
  guide({
    code: 'SW-010',
    name: {
      zh: '税务注销（清税证明）',
      en: 'Closing tax affairs and getting a tax clearance certificate',
    },
    summary: {
      zh: '企业和个体工商户申请注销前，应结清应纳税款、滞纳金和罚款，缴销发票，由税务机关出具清税证明。未办理过涉税事宜或符合“承诺制”条件的，即时出具清税证明。',
      en: 'Before a company or individual business is closed, it must pay all tax, late-payment charges and fines and cancel unused invoices; the tax office then issues a tax clearance certificate. If the business never had tax dealings, or qualifies for the declaration scheme, the certificate is issued at once.',
    },
    departmentId: 'sw',
    audience: ['business'],
    themeIds: ['tax', 'starting-business'],
    keywords: {
      zh: ['注销税务登记', '公司注销', '营业执照注销', '发票缴销'],
      en: ['tax deregistration', 'close a company', 'business licence'],
    },
    eligibility: [
      {
        zh: '已结清应纳税款、多退（免）税款、滞纳金和罚款。',
        en: 'All tax, over-refunded tax, late-payment charges and fines have been paid.',
      },
      {
        zh: '已缴销发票和税控设备，已完成各税种申报。',
        en: 'Unused invoices and invoicing devices have been cancelled and all returns filed.',
      },
      {
        zh: '纳税信用级别为A级或B级、控股母公司为A级的企业等，未结清事项的可作出承诺，即时办理（“承诺制”容缺办理）。',
        en: 'Businesses with an A or B tax credit rating, and some others, may give a written undertaking about unsettled items and be cleared at once.',
      },
    ],
    materials: [
      {
        name: { zh: '清税申报表', en: 'Tax clearance application form' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '承诺书', en: 'Written undertaking' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '适用“承诺制”容缺办理的提交，承诺在规定期限内办结未结事项。',
          en: 'Only under the declaration scheme, promising to settle the outstanding items within the set time.',
        },
      },
      personApplyingId,
    ],
    steps: [
      {
        title: { zh: '查询未办结事项', en: 'Check what is outstanding' },
        description: {
          zh: '在电子税务局或注销一网通办平台查询欠税、未申报、未缴销发票等事项。',
          en: 'Check on the electronic tax service or the deregistration platform for tax owed, unfiled returns and uncancelled invoices.',
        },
      },
      {
        title: { zh: '办结涉税事项', en: 'Settle everything' },
        description: {
          zh: '补齐申报、缴清税款、缴销发票；涉及清算所得的申报企业所得税清算。',
          en: 'File returns, pay what is owed and cancel invoices. Report any liquidation income for corporate income tax.',
        },
      },
      {
        title: { zh: '申请清税证明', en: 'Apply for clearance' },
        description: {
          zh: '提交清税申报，税务机关审核后出具清税证明，并推送市场监管部门。',
          en: 'Submit the clearance form. Once approved, the certificate is issued and sent to market regulation.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 1,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.taxCollection,
      laws.taxRegistration,
      {
        zh: '《国家税务总局关于进一步优化办理企业税务注销程序的通知》',
        en: 'Notice of the State Taxation Administration on Further Streamlining the Tax Deregistration of Enterprises',
      },
    ],
    faqs: [
      {
        question: {
          zh: '作出承诺后没有按期办结会怎样？',
          en: 'What if we do not settle the items we promised to?',
        },
        answer: {
          zh: '法定代表人、财务负责人将被纳入纳税信用D级管理，并依法追究相关责任。',
          en: 'The legal representative and finance manager are given a D tax credit rating and may face further legal action.',
        },
      },
    ],
    relatedCodes: ['SCJG-004', 'SCJG-005', 'SCJG-011'],
    popularity: 2700,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'SW-011',
    name: {
      zh: '代开增值税发票',
      en: 'Having a VAT invoice issued for you by the tax office',
    },
    summary: {
      zh: '个人出租房屋、提供劳务、销售货物等需要向对方开具发票的，以及临时需要使用发票的单位，可以向税务机关申请代开发票，同时缴纳相关税费。自然人可通过电子税务局或“江澄政务”App在线申请。',
      en: 'If you rent out a home, provide services or sell goods as a private person and the customer needs an invoice, or an organisation needs an invoice only occasionally, the tax office can issue one for you when you pay the tax due. Individuals can apply online.',
    },
    departmentId: 'sw',
    audience: ['individual', 'business'],
    themeIds: ['tax'],
    keywords: {
      zh: ['代开发票', '发票', '个人开发票', '劳务费发票', '房租发票', '自然人代开'],
      en: ['invoice', 'fapiao', 'invoice for freelance work', 'rent invoice', 'tax office invoice'],
    },
    eligibility: [
      {
        zh: '自然人，或依法不需要办理税务登记、临时取得应税收入的单位。',
        en: 'A private person, or an organisation that does not need tax registration and has occasional taxable income.',
      },
      {
        zh: '已发生真实的经营业务，能提供合同或协议等证明。',
        en: 'The transaction really took place and you can show a contract or agreement.',
      },
    ],
    materials: [
      {
        name: { zh: '代开发票申请表', en: 'Application for an invoice' },
        form: 'electronic',
        copies: 1,
      },
      applicantIdDocument,
      {
        name: {
          zh: '合同、协议或其他交易证明',
          en: 'Contract, agreement or other proof of the transaction',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '出租房屋的提供租赁合同和房屋产权证明。',
          en: 'For rent, the lease and proof of ownership.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '在电子税务局填写购买方信息、项目和金额。',
          en: 'Enter the buyer, the item and the amount on the electronic tax service.',
        },
      },
      {
        title: { zh: '缴纳税费', en: 'Pay the tax' },
        description: {
          zh: '系统计算增值税及附加税费、个人所得税等，在线缴纳。',
          en: 'VAT, surcharges and income tax are worked out; pay online.',
        },
      },
      {
        title: { zh: '获取发票', en: 'Receive the invoice' },
        description: {
          zh: '缴税后即时开具电子发票，可下载或发送至对方邮箱。',
          en: 'An e-invoice is issued as soon as you pay and can be downloaded or emailed to the buyer.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '代开发票不收取手续费，仅按规定缴纳税款。',
        en: 'There is no charge for the invoice; you pay only the tax due.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.invoices, laws.taxCollection],
    faqs: [
      {
        question: {
          zh: '给公司提供劳务，代开发票时交的个税怎么算？',
          en: 'How is income tax handled on an invoice for freelance work?',
        },
        answer: {
          zh: '劳务报酬属于综合所得，一般由支付单位预扣预缴个人所得税，代开发票时通常不再征收个税，次年并入综合所得汇算。',
          en: 'Freelance fees count as comprehensive income. The paying company normally withholds the income tax, so it is usually not collected when the invoice is issued; the income goes into your annual reconciliation.',
        },
      },
    ],
    relatedCodes: ['SW-003', 'SW-004'],
    popularity: 3600,
    updatedAt: '2026-04-20',
  }),
  guide({
    code: 'SW-012',
    name: {
      zh: '个人所得税专项附加扣除信息报送',
      en: 'Claiming income tax allowances (special additional deductions)',
    },
    summary: {
      zh: '纳税人可通过个人所得税App填报子女教育、继续教育、大病医疗、住房贷款利息、住房租金、赡养老人、3岁以下婴幼儿照护七项专项附加扣除，由单位在发放工资时预扣或在年度汇算时扣除，少缴个税。',
      en: "Use the Individual Income Tax app to claim the seven allowances: children's education, continuing education, serious illness costs, mortgage interest, rent, supporting elderly parents and care of children under 3. Your employer takes them into account each month, or you claim them in the annual reconciliation, so you pay less income tax.",
    },
    departmentId: 'sw',
    audience: ['individual'],
    themeIds: ['tax'],
    keywords: {
      zh: ['个税', '个税扣除', '子女教育扣除', '房贷扣除', '房租扣除', '赡养老人扣除'],
      en: ['income tax', 'tax deduction', 'childcare deduction', 'mortgage interest relief'],
    },
    eligibility: [
      {
        zh: '取得工资薪金等综合所得的居民个人，且符合相应扣除项目的条件。',
        en: 'A resident who receives wages or other comprehensive income and meets the conditions for the allowance.',
      },
      {
        zh: '同一扣除项目在夫妻或兄弟姐妹之间按规定分摊，不得重复扣除。',
        en: 'Allowances shared by spouses or siblings are divided under the rules and may not be claimed twice.',
      },
    ],
    materials: [
      {
        name: { zh: '专项附加扣除信息', en: 'Details of the allowance' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '如子女身份信息和就读学校、房屋贷款合同、租赁合同、被赡养人身份信息等，相关资料由纳税人留存备查。',
          en: "For example the child's details and school, the mortgage or lease, or the parent's details. Keep the documents in case the tax office asks.",
        },
      },
    ],
    steps: [
      {
        title: { zh: '填报扣除信息', en: 'Enter the allowance' },
        description: {
          zh: '在个人所得税App“专项附加扣除填报”中选择扣除项目和年度，按提示填写。',
          en: 'In the app, choose the allowance and year and fill in the details.',
        },
      },
      {
        title: { zh: '选择扣除方式', en: 'Choose how to claim' },
        description: {
          zh: '选择“通过扣缴义务人申报”由单位按月扣除，或“综合所得年度自行申报”在汇算时扣除。',
          en: 'Choose to have your employer deduct it monthly, or to claim it in the annual reconciliation.',
        },
      },
      {
        title: { zh: '提交并每年确认', en: 'Submit and confirm each year' },
        description: {
          zh: '提交后即时生效；每年12月需确认下一年度扣除信息。',
          en: 'It applies at once. Each December confirm your allowances for the next year.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '不收费。扣除标准：子女教育、3岁以下婴幼儿照护每个子女每月2000元；赡养老人每月3000元（非独生子女分摊，每人不超过1500元）；住房贷款利息每月1000元；住房租金每月800至1500元。',
        en: 'Free of charge. Allowances: 2,000 yuan a month per child for education or care under 3; 3,000 yuan a month for supporting parents (shared among siblings, at most 1,500 yuan each); 1,000 yuan a month for mortgage interest; 800 to 1,500 yuan a month for rent.',
      },
    },
    hallIds: [],
    visits: 0,
    legalBasis: [
      laws.individualIncomeTax,
      {
        zh: '《个人所得税专项附加扣除暂行办法》',
        en: 'Interim Measures for Special Additional Deductions for Individual Income Tax',
      },
      {
        zh: '《国务院关于提高个人所得税有关专项附加扣除标准的通知》',
        en: 'Notice of the State Council on Raising the Standards of Certain Special Additional Deductions for Individual Income Tax',
      },
    ],
    faqs: [
      {
        question: {
          zh: '住房贷款利息和住房租金可以同时扣除吗？',
          en: 'Can I claim both mortgage interest and rent?',
        },
        answer: {
          zh: '不可以。纳税人及其配偶在同一纳税年度内不能同时分别享受住房贷款利息和住房租金扣除。',
          en: 'No. You and your spouse cannot claim mortgage interest and rent in the same tax year.',
        },
      },
      {
        question: {
          zh: '年中才填报，之前月份的扣除会丢失吗？',
          en: 'If I claim halfway through the year, do I lose the earlier months?',
        },
        answer: {
          zh: '不会。单位会在之后的月份累计扣除；当年没有扣足的，可在次年年度汇算时补扣。',
          en: 'No. Your employer catches up in later months, and anything still missing can be claimed in the annual reconciliation.',
        },
      },
    ],
    relatedCodes: ['SW-004'],
    popularity: 7800,
    updatedAt: '2026-01-26',
  }),
];
