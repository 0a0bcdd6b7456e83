import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, districtHalls, guide } from './guide.ts';
import { agentPapers, freeOfCharge, idCard, laws } from './services-welfare-common.ts';

const socialSecurityCardRules = {
  zh: '《中华人民共和国社会保障卡管理办法》',
  en: "Measures of the People's Republic of China for the Administration of Social Security Cards",
};

const workInjuryRegulations = {
  zh: '《工伤保险条例》',
  en: 'Regulations on Work-Related Injury Insurance',
};

export const socialInsuranceServices: ServiceGuide[] = [
  guide({
    code: 'RSJ-001',
    name: {
      zh: '灵活就业人员参加企业职工基本养老保险登记',
      en: 'Register for basic pension insurance as a self-employed or flexible worker',
    },
    summary: {
      zh: '无雇工的个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员，可以个人身份在本市参加企业职工基本养老保险，自主选择缴费基数，按月或按季缴费。本市已放开灵活就业人员在就业地参保的户籍限制。',
      en: 'If you are self-employed with no employees, work part-time without cover from an employer, or work flexibly in other ways, you can join the employee basic pension scheme in Jiangcheng in your own name, choose your contribution base and pay monthly or quarterly. You do not need a Jiangcheng hukou to join.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance', 'employment'],
    keywords: {
      zh: [
        '社保',
        '个人交社保',
        '自由职业社保',
        '灵活就业社保',
        '个体户社保',
        '养老保险',
        '断缴',
        '续保',
      ],
      en: [
        'social insurance',
        'pension contributions',
        'self-employed pension',
        'freelancer',
        'gig worker',
        'pay my own social insurance',
      ],
    },
    eligibility: [
      {
        zh: '年满 16 周岁、未达到法定退休年龄，在本市从事灵活就业。',
        en: 'You are aged 16 or over, below the statutory retirement age, and work flexibly in Jiangcheng.',
      },
      {
        zh: '目前未通过用人单位参加企业职工基本养老保险，且未在其他地区同时缴费。',
        en: 'You are not currently insured through an employer and are not paying into a pension scheme anywhere else.',
      },
      {
        zh: '不受户籍限制，外地户籍人员凭本人身份证件即可在本市参保。',
        en: 'Your hukou does not matter: people registered elsewhere can join with their own ID.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《灵活就业人员参保登记表》', en: 'Flexible worker enrolment form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '窗口可现场领取填写；网上申请时在线填写，无需提交纸质表。',
          en: 'Available at the desk. If you apply online you fill it in on the website and no paper form is needed.',
        },
      },
      {
        name: {
          zh: '本人银行借记卡或社会保障卡金融账户',
          en: 'Your own bank debit card or the bank account on your social security card',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '用于签订社会保险费委托扣款协议，账户须为本人名下。',
          en: 'Used to set up the direct debit for your contributions. The account must be in your name.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过江澄政务服务网、“江澄人社”App 或到任一政务服务中心社保窗口提交参保登记申请。',
          en: 'Apply on the Jiangcheng government services website, in the Jiangcheng HR and Social Security app, or at the social insurance desk of any service centre.',
        },
      },
      {
        title: { zh: '审核登记', en: 'We check and register you' },
        description: {
          zh: '社会保险经办机构核验身份和参保状态，符合条件的当场办理参保登记。',
          en: 'The social insurance office checks your identity and whether you are already insured, and registers you on the spot if you qualify.',
        },
      },
      {
        title: { zh: '选择缴费基数', en: 'Choose your contribution base' },
        description: {
          zh: '在全省全口径城镇单位就业人员月平均工资的 60% 至 300% 之间自主选择缴费基数，养老保险按 20% 的比例缴纳。',
          en: 'Pick a monthly contribution base between 60% and 300% of the provincial average wage. Pension contributions are 20% of the base.',
        },
      },
      {
        title: { zh: '签订扣款协议并缴费', en: 'Set up the direct debit and pay' },
        description: {
          zh: '社会保险费由税务部门征收，登记完成后通过银行签订三方扣款协议或使用“江澄税务”App 按月、按季缴费。',
          en: 'Contributions are collected by the tax authority. After registering, set up a three-party direct debit with your bank or pay monthly or quarterly in the Jiangcheng Tax app.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, laws.socialInsuranceHandling],
    faqs: [
      {
        question: {
          zh: '可以同时参加医疗保险吗？',
          en: 'Can I join medical insurance at the same time?',
        },
        answer: {
          zh: '可以。办理养老保险登记时可一并选择参加职工基本医疗保险，医保缴费标准由市医疗保障局公布。',
          en: 'Yes. When you register for the pension scheme you can also choose to join employee medical insurance. The Healthcare Security Bureau publishes the contribution rates.',
        },
      },
      {
        question: { zh: '中途断缴的月份可以补缴吗？', en: 'Can I pay for months I missed?' },
        answer: {
          zh: '当年度内漏缴的月份可在当年 12 月底前通过税务渠道补缴；跨年度的欠费须符合国家规定才能补缴，请先咨询社保窗口。',
          en: 'Months missed in the current year can be paid through the tax channels until the end of December. Arrears from earlier years can only be paid where national rules allow, so ask at a social insurance desk first.',
        },
      },
      {
        question: { zh: '找到工作后怎么办？', en: 'What happens when I find a job?' },
        answer: {
          zh: '新单位为您办理参保后，灵活就业缴费会自动停止，无需另行申请，缴费年限累计计算。',
          en: 'Once your new employer registers you, your self-employed contributions stop automatically. You do not need to apply, and all your years of contributions count.',
        },
      },
    ],
    relatedCodes: ['RSJ-005', 'RSJ-006', 'RSJ-032'],
    popularity: 6400,
    updatedAt: '2026-03-16',
  }),
  guide({
    code: 'RSJ-002',
    name: { zh: '社会保障卡申领', en: 'Apply for a social security card' },
    summary: {
      zh: '社会保障卡是参保人员享受社会保险待遇、就医结算和办理人社业务的凭证，同时具有银行金融功能。在本市参保的人员可首次申领第三代社会保障卡，部分网点可即时制卡、当场领取。',
      en: 'The social security card is your proof of insurance when you claim benefits, pay at hospitals and use HR and social security services, and it also works as a bank card. If you are insured in Jiangcheng you can apply for a third-generation card; some outlets print it while you wait.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance', 'medical-insurance'],
    keywords: {
      zh: [
        '医保',
        '社保卡',
        '办社保卡',
        '第三代社保卡',
        '社保',
        '医保卡',
        '电子社保卡',
        '市民卡',
        '新生儿社保卡',
      ],
      en: [
        'social insurance',
        'medical insurance',
        'social insurance card',
        'social security card',
        'medical insurance card',
        'SSC',
        'new card',
        'health insurance card',
      ],
    },
    eligibility: [
      {
        zh: '在本市参加社会保险，或在本市居住并持有有效身份证件。',
        en: 'You are insured in Jiangcheng, or live here and hold a valid identity document.',
      },
      {
        zh: '本人未持有有效的全国统一社会保障卡（在外省已领卡的，可在本市直接使用，无需重复申领）。',
        en: 'You do not already have a valid national social security card. A card from another province works here, so you do not need a second one.',
      },
      {
        zh: '16 周岁以下未成年人由监护人代为申领。',
        en: 'A parent or guardian applies for children under 16.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '近期免冠彩色证件照', en: 'Recent colour passport-style photo' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '窗口可现场免费拍照；网上申请上传白色背景电子照片，也可授权调用身份证照片。',
          en: 'Taken free at the desk. If you apply online, upload a photo on a white background or allow us to use your ID card photo.',
        },
      },
      {
        name: {
          zh: '户口簿或出生医学证明（未成年人）',
          en: 'Household register or birth certificate (children)',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '为未成年人申领时提供，同时提供监护人居民身份证。',
          en: "Needed when applying for a child, together with the guardian's ID card.",
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过“江澄人社”App、电子社保卡、合作银行网点或政务服务中心社保卡窗口提交申领。',
          en: 'Apply in the Jiangcheng HR and Social Security app, through the electronic social security card, at a partner bank branch or at a service centre card desk.',
        },
      },
      {
        title: { zh: '选择银行并核验身份', en: 'Choose a bank and confirm your identity' },
        description: {
          zh: '从合作银行中选择一家开通金融账户，完成人脸识别或现场核验。',
          en: 'Choose one of the partner banks for the bank account on your card, then confirm your identity by face recognition or at the desk.',
        },
      },
      {
        title: { zh: '制卡', en: 'We make your card' },
        description: {
          zh: '即时制卡网点当场制卡；其他渠道申请的，统一制卡后配送至您选择的网点或邮寄到家。',
          en: 'Instant-issue outlets print the card while you wait. Otherwise the card is made centrally and sent to the outlet you chose or posted to you.',
        },
      },
      {
        title: { zh: '领卡并启用', en: 'Collect and activate your card' },
        description: {
          zh: '领卡时设置社保密码和银行密码，启用后即可就医结算和领取待遇，同时可在手机上领取电子社保卡。',
          en: 'Set your social security PIN and bank PIN when you collect it. Once activated you can pay at hospitals and receive benefits, and add the electronic card to your phone.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: {
      free: true,
      description: {
        zh: '不收费。首次申领社会保障卡免收工本费。',
        en: 'Free of charge. There is no fee for your first social security card.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [laws.socialInsurance, socialSecurityCardRules],
    faqs: [
      {
        question: { zh: '哪里可以当场拿到社保卡？', en: 'Where can I get a card on the same day?' },
        answer: {
          zh: '江澄市民服务中心和各区政务服务中心社保卡窗口，以及标有“即时制卡”的合作银行网点，资料齐全的 15 分钟左右即可领卡。',
          en: 'The card desks at the Citizen Service Centre and district service centres, and partner bank branches marked Instant Issue, can usually hand over a card in about 15 minutes if your details are complete.',
        },
      },
      {
        question: {
          zh: '社保卡和医保卡是一张卡吗？',
          en: 'Is the social security card the same as a medical insurance card?',
        },
        answer: {
          zh: '是的。本市不再单独发放医保卡，社会保障卡和医保电子凭证都可以用于就医购药结算。',
          en: 'Yes. Jiangcheng no longer issues a separate medical insurance card. Both the social security card and the medical insurance e-voucher can be used to pay at hospitals and pharmacies.',
        },
      },
    ],
    relatedCodes: ['RSJ-003', 'RSJ-004', 'YBJ-006'],
    popularity: 8300,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'RSJ-003',
    name: {
      zh: '社会保障卡补领、换领',
      en: 'Replace a lost, damaged or expired social security card',
    },
    summary: {
      zh: '社会保障卡丢失、损坏、有效期届满、个人信息变更或需要更换为第三代社会保障卡的，可申请补领或换领。新卡启用后原卡自动注销，社会保障号码和银行账户余额不受影响。',
      en: 'If your social security card is lost, damaged or out of date, your details have changed, or you want a third-generation card, you can apply for a replacement. The old card stops working when the new one is activated; your social security number and bank balance stay the same.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance'],
    keywords: {
      zh: ['社保卡', '补办社保卡', '换社保卡', '社保卡丢了', '社保卡坏了', '社保卡过期', '社保'],
      en: [
        'social insurance',
        'social insurance card',
        'replace social security card',
        'lost card',
        'damaged card',
        'card renewal',
      ],
    },
    eligibility: [
      {
        zh: '已持有本市或外省发放的社会保障卡。',
        en: 'You already have a social security card issued in Jiangcheng or another province.',
      },
      {
        zh: '补领：卡片丢失且已办理挂失；换领：卡片损坏、有效期届满、姓名等信息变更或需换发第三代卡。',
        en: 'Replacement for loss: the card is lost and reported. Exchange: the card is damaged, has expired, your name or other details changed, or you want a third-generation card.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '原社会保障卡', en: 'Your old social security card' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '换领时交回；卡片丢失的无需提供，但须先办理挂失。',
          en: 'Hand it in when exchanging. Not needed if the card is lost, but you must report the loss first.',
        },
      },
      agentPapers,
    ],
    steps: [
      {
        title: { zh: '挂失（丢失时）', en: 'Report the loss (if lost)' },
        description: {
          zh: '卡片丢失的，先通过 12333、电子社保卡或合作银行办理挂失。',
          en: 'If the card is lost, report it first by phoning 12333, in the electronic social security card or at a partner bank.',
        },
      },
      {
        title: { zh: '申请补换', en: 'Apply for the new card' },
        description: {
          zh: '在“江澄人社”App 或社保卡窗口、即时制卡银行网点提交补换申请。',
          en: 'Apply in the Jiangcheng HR and Social Security app, at a card desk or at an instant-issue bank branch.',
        },
      },
      {
        title: { zh: '制卡', en: 'We make the card' },
        description: {
          zh: '即时制卡网点当场制卡；网上申请的统一制卡后邮寄或到网点领取。',
          en: 'Instant-issue outlets print it while you wait; cards applied for online are made centrally and posted or collected.',
        },
      },
      {
        title: { zh: '领卡启用', en: 'Collect and activate' },
        description: {
          zh: '领卡后重新设置密码并启用，原卡同时注销，原卡金融账户余额自动转入新卡。',
          en: 'Set new PINs and activate the card. The old card is cancelled and any money in its bank account moves to the new card.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    fee: {
      free: true,
      description: {
        zh: '不收费。本市补领、换领社会保障卡免收工本费，制卡成本由财政承担。',
        en: 'Free of charge. Jiangcheng does not charge for replacement cards; the city pays for the card.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [laws.socialInsurance, socialSecurityCardRules],
    faqs: [
      {
        question: {
          zh: '补卡期间能看病报销吗？',
          en: 'Can I see a doctor while I wait for the new card?',
        },
        answer: {
          zh: '可以。补卡期间可使用医保电子凭证或电子社保卡就医结算，不影响待遇享受。',
          en: 'Yes. Use the medical insurance e-voucher or the electronic social security card to pay at hospitals; your cover is not affected.',
        },
      },
      {
        question: {
          zh: '在外省办的社保卡需要换成本市的吗？',
          en: 'Do I need to swap a card from another province?',
        },
        answer: {
          zh: '不需要。全国社会保障卡跨省通用，只有在卡片损坏或过期时才需在本市换领。',
          en: 'No. Social security cards work across the country. You only need a Jiangcheng card if yours is damaged or out of date.',
        },
      },
    ],
    relatedCodes: ['RSJ-002', 'RSJ-004'],
    popularity: 7500,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'RSJ-004',
    name: {
      zh: '社会保障卡挂失与解挂',
      en: 'Report a lost social security card or cancel the report',
    },
    summary: {
      zh: '社会保障卡丢失或被盗的，应及时挂失，冻结社保和金融功能，防止被冒用。挂失分为临时挂失和正式挂失；找回卡片的，可申请解除挂失。',
      en: 'If your social security card is lost or stolen, report it straight away so that its social security and banking functions are frozen and nobody else can use it. You can make a temporary report by phone or online and then a formal one; if you find the card, you can cancel the report.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance'],
    keywords: {
      zh: ['社保卡丢了', '社保卡挂失', '社保卡被盗', '解挂', '冻结社保卡', '社保'],
      en: [
        'social insurance',
        'social insurance card',
        'lost card',
        'stolen card',
        'freeze card',
        'unblock card',
      ],
    },
    eligibility: [
      {
        zh: '本人持有的社会保障卡丢失、被盗或怀疑被他人冒用。',
        en: 'Your social security card has been lost or stolen, or you think someone else is using it.',
      },
      {
        zh: '解除挂失须在办理正式挂失后、补领新卡前由本人申请。',
        en: 'You can only cancel a formal report yourself, and only before a replacement card has been made.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '找回的社会保障卡', en: 'The card you found' },
        form: 'original',
        copies: 1,
        notes: { zh: '仅解除挂失时提供。', en: 'Only when cancelling the report.' },
      },
    ],
    steps: [
      {
        title: { zh: '临时挂失', en: 'Make a temporary report' },
        description: {
          zh: '拨打 12333 或在电子社保卡、“江澄人社”App 中办理临时挂失，立即生效，有效期 15 天。',
          en: 'Phone 12333 or use the electronic social security card or the Jiangcheng HR and Social Security app. It takes effect at once and lasts 15 days.',
        },
      },
      {
        title: { zh: '正式挂失', en: 'Make a formal report' },
        description: {
          zh: '在线完成人脸识别或到社保卡窗口、合作银行网点办理正式挂失，正式挂失长期有效。',
          en: 'Confirm your identity by face recognition online, or go to a card desk or partner bank, to make the report permanent.',
        },
      },
      {
        title: { zh: '补卡或解挂', en: 'Replace the card or cancel the report' },
        description: {
          zh: '正式挂失后可申请补领新卡；找回原卡的，可凭卡和身份证件在线或到窗口解除挂失。',
          en: 'After a formal report you can apply for a replacement. If you find the card, cancel the report online or at a desk with the card and your ID.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [socialSecurityCardRules],
    faqs: [
      {
        question: {
          zh: '挂失后卡里的钱安全吗？',
          en: 'Is the money on my card safe after I report it?',
        },
        answer: {
          zh: '挂失生效后社保和金融功能同时冻结，他人无法使用。补领新卡后，原账户余额自动转入新卡。',
          en: 'Once the report takes effect, both the social security and bank functions are frozen. When you get a replacement, the balance moves to the new card.',
        },
      },
      {
        question: { zh: '临时挂失过期了怎么办？', en: 'What if my temporary report runs out?' },
        answer: {
          zh: '临时挂失 15 天内未办理正式挂失的自动解除，卡片恢复可用。请尽快办理正式挂失或补领新卡。',
          en: 'A temporary report ends automatically after 15 days if you do not make it formal, and the card works again. Make a formal report or apply for a replacement in time.',
        },
      },
    ],
    relatedCodes: ['RSJ-003', 'RSJ-002'],
    popularity: 6100,
    updatedAt: '2026-04-02',
  }),
  guide({
    code: 'RSJ-005',
    name: {
      zh: '社会保险个人参保证明（缴费证明）打印',
      en: 'Get proof of your social insurance contributions',
    },
    summary: {
      zh: '参保人员可打印《江澄市社会保险个人参保证明》，证明载明参保险种、参保状态和逐月缴费明细，加盖社会保险经办机构电子印章并附验证码，可用于购房、购车摇号、积分落户、子女入学、出国签证等。',
      en: 'Print a statement showing which social insurance schemes you are in, your status and your contributions month by month. It carries the electronic seal of the social insurance office and a verification code, and is accepted for buying a home, car number-plate lotteries, points-based hukou, school places, visas and more.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance'],
    keywords: {
      zh: [
        '社保缴费证明',
        '社保证明',
        '社保',
        '参保证明',
        '社保缴费记录',
        '社保清单',
        '社保流水',
        '缴费明细',
        '购房社保证明',
        '养老保险缴费证明',
      ],
      en: [
        'social insurance',
        'social insurance record',
        'proof of social insurance',
        'contribution history',
        'pension contribution statement',
        'social security certificate',
        'payment record',
      ],
    },
    eligibility: [
      {
        zh: '在本市参加或曾经参加社会保险的人员。',
        en: 'You are, or have been, insured in Jiangcheng.',
      },
      {
        zh: '本人办理；委托他人到窗口打印的，须提供授权委托书。',
        en: 'You apply yourself. Someone else can print it at a desk with your written authority.',
      },
    ],
    materials: [idCard, agentPapers],
    steps: [
      {
        title: { zh: '选择渠道', en: 'Choose how to get it' },
        description: {
          zh: '通过江澄政务服务网、“江澄人社”App、电子社保卡，或在政务服务中心、银行网点的社保自助终端办理。',
          en: 'Use the Jiangcheng government services website, the Jiangcheng HR and Social Security app, the electronic social security card, or a self-service social insurance terminal at a service centre or bank.',
        },
      },
      {
        title: { zh: '核验身份', en: 'Confirm your identity' },
        description: {
          zh: '网上办理完成实名登录和人脸识别；自助终端刷身份证或社保卡。',
          en: 'Online, log in with your real-name account and complete face recognition. At a terminal, scan your ID card or social security card.',
        },
      },
      {
        title: { zh: '选择证明类型和期间', en: 'Choose the type and period' },
        description: {
          zh: '选择参保证明或缴费明细，以及需要证明的险种和起止年月。',
          en: 'Choose a status certificate or a month-by-month statement, the schemes to include and the period.',
        },
      },
      {
        title: { zh: '下载或打印', en: 'Download or print' },
        description: {
          zh: '即时生成带电子印章的 PDF 文件，可下载、转发或打印；收件单位扫描证明上的二维码即可核验真伪。',
          en: 'A sealed PDF is produced at once to download, send or print. Whoever receives it can scan the QR code to check it is genuine.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, laws.socialInsuranceRecords],
    faqs: [
      {
        question: {
          zh: '网上打印的证明需要再去窗口盖章吗？',
          en: 'Does a certificate printed at home need a stamp from the desk?',
        },
        answer: {
          zh: '不需要。网上和自助终端打印的证明带有电子印章，与窗口出具的证明具有同等效力，收件单位可扫码核验。',
          en: 'No. Certificates from the website or a terminal carry an electronic seal and have the same standing as one from the desk. The recipient can scan the code to check it.',
        },
      },
      {
        question: {
          zh: '为什么看不到在外地的缴费记录？',
          en: 'Why are my contributions from another city missing?',
        },
        answer: {
          zh: '本证明只显示在本市的缴费。外地缴费记录转入本市后会合并显示；也可通过国家社会保险公共服务平台查询全国参保信息。',
          en: 'The certificate only shows contributions paid in Jiangcheng. Contributions from elsewhere appear once they have been transferred here; you can also see your national record on the National Social Insurance Public Service Platform.',
        },
      },
      {
        question: {
          zh: '本月刚缴的费用为什么没显示？',
          en: "Why isn't this month's payment shown yet?",
        },
        answer: {
          zh: '税务部门征收后一般需要 3 至 5 个工作日才能同步到社保记录，请稍后再打印。',
          en: 'It usually takes 3 to 5 working days for a payment collected by the tax authority to reach your record. Try again later.',
        },
      },
    ],
    relatedCodes: ['RSJ-006', 'RSJ-012', 'YBJ-011'],
    popularity: 9700,
    updatedAt: '2026-06-08',
  }),
  guide({
    code: 'RSJ-006',
    name: {
      zh: '企业职工基本养老保险关系转移接续',
      en: 'Transfer your pension insurance when you move to another city or province',
    },
    summary: {
      zh: '参保人员跨省或在省内跨统筹地区流动就业的，可将基本养老保险关系和个人账户转入新的参保地，缴费年限累计计算，权益不受损失。申请可在新参保地窗口或国家社会保险公共服务平台在线提交，无需往返两地。',
      en: 'If you move for work to another province or city, you can transfer your basic pension insurance and your personal account to the new place. All your years of contributions count and you lose nothing. Apply at your new insurance office or online on the National Social Insurance Public Service Platform; there is no need to travel between the two places.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance'],
    keywords: {
      zh: [
        '社保转移',
        '养老保险转移',
        '社保转出',
        '社保转入',
        '跨省转社保',
        '换城市社保',
        '社保',
        '养老金',
      ],
      en: [
        'social insurance',
        'transfer pension',
        'move social insurance',
        'transfer social insurance',
        'pension portability',
        'moving city',
        'pension',
      ],
    },
    eligibility: [
      {
        zh: '参加企业职工基本养老保险，因工作变动跨省或跨统筹地区流动。',
        en: 'You are in the employee basic pension scheme and have moved for work to another province or city.',
      },
      {
        zh: '已在新就业地参保缴费（转入本市的，须已在本市参保）。',
        en: 'You are already paying contributions in the new place (for a transfer into Jiangcheng, you must be insured here).',
      },
      {
        zh: '尚未按月领取基本养老金。',
        en: 'You have not started drawing a monthly pension.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《基本养老保险关系转移接续申请表》', en: 'Pension transfer application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '窗口现场填写；网上申请在线填报。',
          en: 'Filled in at the desk, or online if you apply online.',
        },
      },
      {
        name: {
          zh: '《基本养老保险参保缴费凭证》',
          en: 'Pension contribution certificate from your old insurance office',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '转出地已通过全国转移系统传送的无需提供；无法调取时再提供。',
          en: 'Not needed if the old office has already sent it through the national transfer system; only if it cannot be retrieved.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '向转入地申请', en: 'Apply to the new insurance office' },
        description: {
          zh: '在新参保地社保窗口、“掌上 12333”App 或国家社会保险公共服务平台提交转移申请。',
          en: 'Apply at the social insurance desk where you are now insured, in the Zhangshang 12333 app or on the National Social Insurance Public Service Platform.',
        },
      },
      {
        title: { zh: '转入地发出联系函', en: 'The new office contacts the old one' },
        description: {
          zh: '转入地审核后，通过全国社会保险关系转移系统向转出地发出联系函。',
          en: 'The new office checks the application and sends a request through the national transfer system.',
        },
      },
      {
        title: { zh: '转出地转移信息和基金', en: 'The old office transfers your record and funds' },
        description: {
          zh: '转出地核对缴费信息，转移个人账户储存额和按缴费基数 12% 计算的统筹基金。',
          en: 'The old office checks your contributions and transfers your personal account balance plus pooled funds worth 12% of your contribution base.',
        },
      },
      {
        title: { zh: '转入地接续记录', en: 'Your record is joined up' },
        description: {
          zh: '转入地接收基金后合并缴费记录，并通过短信告知办理结果。',
          en: 'Once the funds arrive, the new office merges your contribution record and tells you by text message.',
        },
      },
    ],
    statutoryDays: 45,
    promisedDays: 30,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.socialInsurance,
      {
        zh: '《城镇企业职工基本养老保险关系转移接续暂行办法》',
        en: 'Interim Measures for Transferring Basic Pension Insurance of Urban Enterprise Employees',
      },
    ],
    faqs: [
      {
        question: {
          zh: '转移后以前的缴费年限还算吗？',
          en: 'Do my earlier years still count after the transfer?',
        },
        answer: {
          zh: '算。各地的缴费年限累计合并计算，个人账户储存额全部转移。',
          en: 'Yes. Years in every place are added together and your whole personal account balance moves with you.',
        },
      },
      {
        question: { zh: '医保要一起转吗？', en: 'Do I need to transfer my medical insurance too?' },
        answer: {
          zh: '医保关系转移由医疗保障部门办理，需另行申请“基本医疗保险关系转移接续”。',
          en: 'Medical insurance is handled by the Healthcare Security Bureau. Apply separately to transfer it.',
        },
      },
    ],
    relatedCodes: ['RSJ-005', 'YBJ-008', 'GJJ-007'],
    popularity: 5900,
    updatedAt: '2026-02-27',
  }),
  guide({
    code: 'RSJ-007',
    name: { zh: '工伤认定申请', en: 'Apply to have an injury recognised as work-related' },
    summary: {
      zh: '职工在工作中受到事故伤害或被诊断、鉴定为职业病的，由用人单位、职工本人或其近亲属、工会组织向社会保险行政部门申请工伤认定。认定为工伤的，依法享受工伤医疗、伤残和康复等待遇。',
      en: 'If you are injured in an accident at work or diagnosed with an occupational disease, your employer, you, a close relative or your trade union can ask us to recognise it as a work-related injury. Once recognised, you are entitled to treatment, disability and rehabilitation benefits.',
    },
    departmentId: 'rsj',
    audience: ['individual', 'business'],
    themeIds: ['social-insurance'],
    keywords: {
      zh: [
        '工伤',
        '工伤申请',
        '上班受伤',
        '工作受伤',
        '职业病',
        '工伤保险',
        '上下班交通事故',
        '社保',
      ],
      en: [
        'social insurance',
        'work injury',
        'injured at work',
        'industrial injury',
        'occupational disease',
        'workplace accident',
        "workers' compensation",
      ],
    },
    eligibility: [
      {
        zh: '申请人与用人单位存在劳动关系（含事实劳动关系）。',
        en: 'You have an employment relationship with the employer, including one without a written contract.',
      },
      {
        zh: '用人单位应自事故伤害发生之日或被诊断、鉴定为职业病之日起 30 日内提出申请。',
        en: 'Your employer must apply within 30 days of the accident or the occupational disease diagnosis.',
      },
      {
        zh: '用人单位未在规定时限内申请的，职工或其近亲属、工会组织可在 1 年内直接申请。',
        en: 'If the employer does not apply in time, you, a close relative or your trade union can apply directly within one year.',
      },
    ],
    materials: [
      {
        name: { zh: '《工伤认定申请表》', en: 'Work injury recognition application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '写明事故发生的时间、地点、原因以及伤害部位和程度。',
          en: 'Give the time, place and cause of the accident and the nature and extent of the injury.',
        },
      },
      {
        name: { zh: '劳动关系证明材料', en: 'Proof of employment' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '劳动合同；没有劳动合同的，可提供工资支付记录、工作证、考勤记录等。',
          en: 'Your employment contract, or if there is none, payslips, a staff pass or attendance records.',
        },
      },
      {
        name: {
          zh: '医疗诊断证明或职业病诊断证明书',
          en: 'Medical certificate or occupational disease diagnosis',
        },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '提供初次诊断的病历资料；职业病须提供职业病诊断证明书或鉴定书。',
          en: 'Include the records of the first diagnosis. For an occupational disease, the diagnosis or appraisal certificate.',
        },
      },
      {
        name: { zh: '受伤职工居民身份证', en: "The injured worker's ID card" },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '事故证明或交通事故认定书',
          en: 'Accident evidence or police traffic accident report',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '上下班途中发生交通事故的，提供公安交通管理部门出具的交通事故认定书。',
          en: 'For a road accident on the way to or from work, the accident report issued by the traffic police.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Apply' },
        description: {
          zh: '在线提交或到政务服务中心人社窗口提交申请材料。',
          en: 'Apply online or hand in the documents at the HR and social security desk of a service centre.',
        },
      },
      {
        title: { zh: '受理', en: 'We accept the application' },
        description: {
          zh: '材料齐全的当场受理；材料不全的，一次性书面告知需补正的全部材料。',
          en: 'Complete applications are accepted on the spot. If anything is missing we tell you in writing, once, everything that is needed.',
        },
      },
      {
        title: { zh: '调查核实', en: 'We investigate' },
        description: {
          zh: '根据需要向用人单位、职工、证人和医疗机构调查核实事故情况。',
          en: 'Where needed we ask the employer, the worker, witnesses and hospitals about the accident.',
        },
      },
      {
        title: { zh: '作出认定决定', en: 'We decide' },
        description: {
          zh: '作出认定工伤或不予认定工伤的决定，书面送达申请人、职工和用人单位。',
          en: 'We decide whether it is a work-related injury and send the decision in writing to the applicant, the worker and the employer.',
        },
      },
    ],
    statutoryDays: 60,
    promisedDays: 15,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [
      laws.socialInsurance,
      workInjuryRegulations,
      { zh: '《工伤认定办法》', en: 'Measures for the Recognition of Work-Related Injuries' },
    ],
    faqs: [
      {
        question: {
          zh: '上下班路上出车祸算工伤吗？',
          en: 'Does a road accident on my way to work count?',
        },
        answer: {
          zh: '在上下班途中受到非本人主要责任的交通事故或者城市轨道交通、客运轮渡、火车事故伤害的，应当认定为工伤。',
          en: 'Yes, if you were not mainly to blame for a road accident, or were hurt on the metro, a ferry or a train, on your way to or from work.',
        },
      },
      {
        question: {
          zh: '单位不配合提供证明怎么办？',
          en: 'What if my employer will not give me the documents?',
        },
        answer: {
          zh: '您可以先提交现有材料。职工认为是工伤、用人单位不认为是工伤的，由用人单位承担举证责任。对劳动关系有争议的，可先申请劳动人事争议仲裁。',
          en: 'Apply with what you have. If you say it is a work injury and your employer disagrees, the employer has to prove it is not. If the employment itself is disputed, you can first go to labour dispute arbitration.',
        },
      },
    ],
    relatedCodes: ['RSJ-008', 'RSJ-009', 'RSJ-039'],
    popularity: 3300,
    updatedAt: '2026-01-20',
  }),
  guide({
    code: 'RSJ-008',
    name: {
      zh: '工伤职工劳动能力鉴定',
      en: 'Work capacity assessment after a work-related injury',
    },
    summary: {
      zh: '职工发生工伤，经治疗伤情相对稳定后存在残疾、影响劳动能力的，可申请劳动能力鉴定。鉴定结论确定伤残等级和生活自理障碍等级，是享受伤残待遇的依据。',
      en: 'Once your work-related injury has been treated and your condition is stable, if you are left with a disability that affects your ability to work you can ask for a work capacity assessment. The result sets your disability grade and care needs, which decide your disability benefits.',
    },
    departmentId: 'rsj',
    audience: ['individual', 'business'],
    themeIds: ['social-insurance'],
    keywords: {
      zh: ['社保', '伤残鉴定', '工伤等级', '伤残等级评定', '工伤鉴定', '劳动能力', '工伤'],
      en: [
        'social insurance',
        'disability assessment',
        'injury grading',
        'work injury assessment',
        'disability grade',
      ],
    },
    eligibility: [
      {
        zh: '已取得工伤认定决定书。',
        en: 'Your injury has been recognised as work-related.',
      },
      {
        zh: '经治疗伤情相对稳定，存在残疾或生活自理障碍。',
        en: 'Your condition is stable after treatment and you have a lasting disability or need help with daily living.',
      },
    ],
    materials: [
      {
        name: { zh: '《劳动能力鉴定申请表》', en: 'Work capacity assessment application form' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '工伤认定决定书', en: 'Work injury recognition decision' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '完整的病历资料', en: 'Full medical records' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '包括住院病历、出院小结、检查报告和影像片等，原件核对后退还。',
          en: 'Including hospital notes, discharge summary, test reports and scans. Originals are checked and returned.',
        },
      },
      idCard,
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Apply' },
        description: {
          zh: '由用人单位、工伤职工或其近亲属向市劳动能力鉴定委员会提出申请。',
          en: 'The employer, the injured worker or a close relative applies to the city work capacity assessment committee.',
        },
      },
      {
        title: { zh: '受理并通知鉴定', en: 'We accept and arrange the examination' },
        description: {
          zh: '材料齐全的予以受理，并书面通知现场鉴定的时间和地点。',
          en: 'When the papers are complete we accept the application and write to you with the time and place of the examination.',
        },
      },
      {
        title: { zh: '专家鉴定', en: 'Medical experts examine you' },
        description: {
          zh: '从专家库中随机抽取医疗卫生专家进行现场检查，必要时委托医疗机构协助诊断。',
          en: 'Experts drawn at random from the panel examine you in person; a hospital may be asked to help with the diagnosis.',
        },
      },
      {
        title: { zh: '作出鉴定结论', en: 'We issue the result' },
        description: {
          zh: '作出劳动能力鉴定结论并送达申请人和用人单位。',
          en: 'We send the assessment result to the applicant and the employer.',
        },
      },
    ],
    statutoryDays: 60,
    promisedDays: 40,
    fee: {
      free: true,
      description: {
        zh: '不收费。初次鉴定费用由工伤保险基金支付。',
        en: 'Free of charge. The work injury insurance fund pays for the first assessment.',
      },
    },
    hallIds: ['smzx'],
    visits: 2,
    legalBasis: [
      workInjuryRegulations,
      {
        zh: '《工伤职工劳动能力鉴定管理办法》',
        en: 'Measures for the Administration of Work Capacity Assessment of Injured Workers',
      },
    ],
    faqs: [
      {
        question: { zh: '对鉴定结论不服怎么办？', en: 'What if I disagree with the result?' },
        answer: {
          zh: '可自收到鉴定结论之日起 15 日内向省劳动能力鉴定委员会申请再次鉴定。',
          en: 'You can ask the provincial committee for a second assessment within 15 days of receiving the result.',
        },
      },
      {
        question: { zh: '为什么要去两次？', en: 'Why do I need to go twice?' },
        answer: {
          zh: '网上提交申请后，一次到场接受专家现场检查；如需复查会另行通知。结论可邮寄送达。',
          en: 'After applying online you come in once for the examination, and again only if a follow-up is needed. The result can be posted to you.',
        },
      },
    ],
    relatedCodes: ['RSJ-007', 'RSJ-009'],
    popularity: 1700,
    updatedAt: '2026-01-20',
  }),
  guide({
    code: 'RSJ-009',
    name: { zh: '工伤保险待遇申领', en: 'Claim work injury insurance benefits' },
    summary: {
      zh: '工伤职工治疗工伤的医疗费用、住院伙食补助费、康复和辅助器具费用，以及一次性伤残补助金、伤残津贴等，按规定由工伤保险基金支付。一般由用人单位申报，单位未参保或不申报的，职工本人可申请。',
      en: 'The work injury insurance fund pays for treatment of a work-related injury, a food allowance in hospital, rehabilitation and assistive devices, and the one-off disability grant and disability allowance. Usually your employer claims; you can claim yourself if your employer does not.',
    },
    departmentId: 'rsj',
    audience: ['individual', 'business'],
    themeIds: ['social-insurance'],
    keywords: {
      zh: ['社保', '工伤报销', '工伤赔偿', '一次性伤残补助金', '伤残津贴', '工伤医疗费', '工伤'],
      en: [
        'social insurance',
        "workers' compensation",
        'injury benefit',
        'disability grant',
        'work injury claim',
      ],
    },
    eligibility: [
      {
        zh: '已认定为工伤，且受伤时用人单位已为职工参加工伤保险。',
        en: 'The injury has been recognised as work-related and your employer had work injury insurance for you at the time.',
      },
      {
        zh: '申领伤残待遇的，已取得劳动能力鉴定结论。',
        en: 'For disability benefits, you have a work capacity assessment result.',
      },
    ],
    materials: [
      {
        name: { zh: '《工伤保险待遇申请表》', en: 'Work injury benefit claim form' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '医疗费用票据和费用明细清单', en: 'Medical receipts and itemised bills' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '已在协议医疗机构直接结算的费用无需提供。',
          en: 'Not needed for costs already settled directly at a contracted hospital.',
        },
      },
      {
        name: { zh: '病历和出院小结', en: 'Medical records and discharge summary' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '劳动能力鉴定结论书', en: 'Work capacity assessment result' },
        form: 'copy',
        copies: 1,
        notes: { zh: '申领伤残待遇时提供。', en: 'For disability benefits.' },
      },
    ],
    steps: [
      {
        title: { zh: '申报', en: 'Claim' },
        description: {
          zh: '用人单位通过社会保险网上服务厅或窗口申报待遇。',
          en: 'The employer claims online through the social insurance service site or at a desk.',
        },
      },
      {
        title: { zh: '审核核定', en: 'We check and calculate' },
        description: {
          zh: '社会保险经办机构审核费用和鉴定结论，核定应支付的待遇项目和金额。',
          en: 'The social insurance office checks the costs and assessment and works out what is payable.',
        },
      },
      {
        title: { zh: '支付', en: 'Payment' },
        description: {
          zh: '待遇支付到用人单位账户或职工本人社会保障卡金融账户。',
          en: "Benefits are paid to the employer's account or to the bank account on the worker's social security card.",
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, workInjuryRegulations],
    faqs: [
      {
        question: {
          zh: '单位没给我交工伤保险怎么办？',
          en: 'What if my employer did not insure me?',
        },
        answer: {
          zh: '用人单位未依法缴纳工伤保险费的，由用人单位按规定支付工伤保险待遇；单位不支付的，可从工伤保险基金先行支付，再由经办机构向单位追偿。',
          en: 'The employer has to pay the benefits itself. If it does not, the fund can pay you first and recover the money from the employer.',
        },
      },
    ],
    relatedCodes: ['RSJ-007', 'RSJ-008'],
    popularity: 2200,
    updatedAt: '2026-01-20',
  }),
  guide({
    code: 'RSJ-010',
    name: { zh: '失业保险金申领', en: 'Claim unemployment benefit' },
    summary: {
      zh: '参加失业保险、非因本人意愿中断就业的人员，可申领失业保险金。领取期间由失业保险基金代缴职工基本医疗保险费，并可享受职业介绍、职业培训等服务。申领可全程网上办理。',
      en: 'If you were insured against unemployment and lost your job through no choice of your own, you can claim unemployment benefit. While you receive it, the fund pays your medical insurance contributions and you can use job-matching and training services. You can claim entirely online.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance', 'employment'],
    keywords: {
      zh: ['失业金', '失业保险', '领失业金', '失业补助', '被辞退', '离职', '裁员', '社保'],
      en: [
        'social insurance',
        'unemployment benefit',
        'jobseeker allowance',
        'lost my job',
        'laid off',
        'redundancy',
        'dole',
      ],
    },
    eligibility: [
      {
        zh: '失业前用人单位和本人已缴纳失业保险费满 1 年。',
        en: 'You and your employer paid unemployment insurance for at least one year before you lost your job.',
      },
      {
        zh: '非因本人意愿中断就业，如劳动合同期满不续签、被用人单位解除劳动合同等。',
        en: 'You did not choose to leave: for example your contract ended and was not renewed, or your employer ended it.',
      },
      {
        zh: '已办理失业登记，并有求职要求。',
        en: 'You have registered as unemployed and are looking for work.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '解除或终止劳动关系的证明', en: 'Proof that your job ended' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '用人单位已在系统中办理停保减员的可免于提供。',
          en: 'Not needed if your employer has already recorded your leaving in the system.',
        },
      },
      {
        name: { zh: '社会保障卡', en: 'Social security card' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '失业保险金发放到社会保障卡金融账户，须已激活金融功能。',
          en: 'Benefit is paid into the bank account on your card, which must be activated.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '通过国家社会保险公共服务平台、电子社保卡或“江澄人社”App 申领，系统同步办理失业登记。',
          en: 'Claim on the National Social Insurance Public Service Platform, through the electronic social security card or in the Jiangcheng HR and Social Security app. You are registered as unemployed at the same time.',
        },
      },
      {
        title: { zh: '资格审核', en: 'We check you qualify' },
        description: {
          zh: '经办机构核对缴费年限和离职原因，确定领取期限和标准。',
          en: 'We check your years of contributions and why you left, and set how long and how much you will receive.',
        },
      },
      {
        title: { zh: '按月发放', en: 'Monthly payments' },
        description: {
          zh: '审核通过后次月起按月发放至社会保障卡，同时代缴职工基本医疗保险费。',
          en: 'Payments start the month after approval and go to your social security card. Your medical insurance contributions are paid for you.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 3,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.socialInsurance,
      laws.unemploymentInsurance,
      {
        zh: '《失业保险金申领发放办法》',
        en: 'Measures for Claiming and Paying Unemployment Benefit',
      },
    ],
    faqs: [
      {
        question: { zh: '能领多长时间？', en: 'How long can I receive it?' },
        answer: {
          zh: '累计缴费满 1 年不足 5 年的，最长 12 个月；满 5 年不足 10 年的，最长 18 个月；10 年以上的，最长 24 个月。',
          en: 'Up to 12 months if you paid for 1 to 5 years, up to 18 months for 5 to 10 years, and up to 24 months for 10 years or more.',
        },
      },
      {
        question: { zh: '每月能领多少？', en: 'How much will I get?' },
        answer: {
          zh: '按本市最低工资标准的 90% 按月发放，标准调整时同步调整。',
          en: "90% of Jiangcheng's minimum wage each month, updated whenever the minimum wage changes.",
        },
      },
      {
        question: { zh: '主动辞职能领吗？', en: 'Can I claim if I resigned?' },
        answer: {
          zh: '本人主动辞职的一般不能领取；因用人单位拖欠工资、未缴社保等原因被迫解除劳动合同的除外。',
          en: 'Usually not. The exception is if you left because your employer did not pay your wages or social insurance.',
        },
      },
    ],
    relatedCodes: ['RSJ-030', 'RSJ-033', 'RSJ-001'],
    popularity: 6300,
    updatedAt: '2026-04-21',
  }),
  guide({
    code: 'RSJ-011',
    name: {
      zh: '城乡居民基本养老保险参保登记',
      en: "Join the urban and rural residents' basic pension scheme",
    },
    summary: {
      zh: '年满 16 周岁（不含在校学生）、不属于职工基本养老保险覆盖范围的本市户籍城乡居民，可参加城乡居民基本养老保险，自主选择缴费档次，政府按档次给予缴费补贴，年满 60 周岁后按月领取养老金。',
      en: "If you are 16 or over, not a student, hold a Jiangcheng hukou and are not covered by the employee pension scheme, you can join the residents' basic pension scheme. You choose how much to pay each year, the government adds a subsidy, and you receive a monthly pension from age 60.",
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance', 'retirement'],
    keywords: {
      zh: [
        '退休金',
        '居民养老保险',
        '城乡居民社保',
        '农村养老保险',
        '新农保',
        '居民社保',
        '养老金',
        '社保',
      ],
      en: [
        'residents pension',
        'rural pension',
        'voluntary pension',
        'pension',
        'social insurance',
      ],
    },
    eligibility: [
      {
        zh: '具有本市户籍，年满 16 周岁（不含在校学生）。',
        en: 'You hold a Jiangcheng hukou and are 16 or over (students excluded).',
      },
      {
        zh: '不是国家机关和事业单位工作人员，也未参加企业职工基本养老保险。',
        en: 'You do not work for a government body or public institution and are not in the employee pension scheme.',
      },
    ],
    materials: [
      idCard,
      {
        name: { zh: '《城乡居民基本养老保险参保登记表》', en: "Residents' pension enrolment form" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '可在村（社区）服务站或区政务服务中心领取，网上办理时在线填写。',
          en: 'From your village or community service point or a district service centre, or filled in online.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请登记', en: 'Apply' },
        description: {
          zh: '在线申请，或到户籍所在地村（社区）服务站、区政务服务中心社保窗口申请。',
          en: 'Apply online, or at your village or community service point or the social insurance desk of your district service centre.',
        },
      },
      {
        title: { zh: '审核', en: 'We check' },
        description: {
          zh: '核对户籍和参保状态，符合条件的办理登记。',
          en: 'We check your hukou and whether you are already insured, and register you if you qualify.',
        },
      },
      {
        title: { zh: '选择档次并缴费', en: 'Choose a level and pay' },
        description: {
          zh: '在每年 300 元至 6000 元共 12 个档次中选择，通过税务 App、银行或社保卡缴费，缴费越多政府补贴越多。',
          en: 'Choose one of 12 levels from 300 to 6,000 yuan a year and pay through the tax app, a bank or your social security card. The more you pay, the bigger the government subsidy.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: freeOfCharge,
    hallIds: districtHalls,
    visits: 0,
    legalBasis: [laws.socialInsurance, laws.residentsPension],
    faqs: [
      {
        question: {
          zh: '低保户、重度残疾人要自己交钱吗？',
          en: 'Do people on minimum living allowance or with severe disabilities have to pay?',
        },
        answer: {
          zh: '对低保对象、特困人员、重度残疾人等缴费困难群体，政府按最低缴费档次为其代缴全部或部分养老保险费。',
          en: 'No. For people on minimum living allowance, people in extreme poverty and people with severe disabilities, the government pays all or part of the lowest contribution level for them.',
        },
      },
      {
        question: { zh: '以后找到工作了怎么办？', en: 'What if I get a job later?' },
        answer: {
          zh: '参加企业职工基本养老保险后，城乡居民养老保险可按规定转入职工养老保险，个人账户储存额一并转移。',
          en: "Once you join the employee scheme, your residents' pension can be transferred into it, along with your personal account.",
        },
      },
    ],
    relatedCodes: ['RSJ-062', 'RSJ-001'],
    popularity: 4000,
    updatedAt: '2026-02-09',
  }),
  guide({
    code: 'RSJ-012',
    name: {
      zh: '社会保险个人基本信息变更',
      en: 'Update your personal details for social insurance',
    },
    summary: {
      zh: '参保人员的姓名、公民身份号码、性别、民族等基本信息与公安户籍登记不一致，或联系电话、通讯地址发生变化的，应及时申请变更，以免影响缴费记录归集和待遇领取。',
      en: 'If your name, ID number, sex or ethnic group on your social insurance record does not match your household registration, or your phone number or address changes, update your record so that contributions are credited correctly and benefits are paid.',
    },
    departmentId: 'rsj',
    audience: ['individual'],
    themeIds: ['social-insurance'],
    keywords: {
      zh: ['社保信息变更', '改名字', '身份证号错误', '社保手机号', '出生日期更正', '社保'],
      en: [
        'change details',
        'correct name',
        'wrong ID number',
        'update phone number',
        'social insurance',
      ],
    },
    eligibility: [
      {
        zh: '在本市参加社会保险。',
        en: 'You are insured in Jiangcheng.',
      },
      {
        zh: '姓名、公民身份号码等信息已在公安机关完成变更，或联系方式发生变化。',
        en: 'Your name or ID number has already been changed by the police, or your contact details have changed.',
      },
    ],
    materials: [
      idCard,
      {
        name: {
          zh: '公安机关出具的户籍信息变更证明',
          en: 'Police certificate of the change to your household registration',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '变更姓名、公民身份号码时提供；本市户籍可由窗口通过数据共享核验，免于提供。',
          en: 'For a change of name or ID number. Not needed for a Jiangcheng hukou, which the desk can check directly.',
        },
      },
      {
        name: {
          zh: '本人人事档案中最先记载出生时间的材料',
          en: 'The earliest record of your date of birth in your personnel file',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '仅在变更出生日期时提供，出生日期以本人档案最先记载为准。',
          en: 'Only if your date of birth is changing. The earliest date recorded in your personnel file is the one that counts.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '联系电话、地址可在“江澄人社”App 自助修改；其他信息到社保窗口申请。',
          en: 'Change your phone number or address yourself in the Jiangcheng HR and Social Security app; for other details go to a social insurance desk.',
        },
      },
      {
        title: { zh: '核验', en: 'We verify' },
        description: {
          zh: '经办机构与公安人口信息比对，涉及出生日期的调阅人事档案核实。',
          en: 'We compare your details with police population records, and for a date of birth we check your personnel file.',
        },
      },
      {
        title: { zh: '完成变更', en: 'Your record is updated' },
        description: {
          zh: '变更完成后短信告知，历史缴费记录自动关联到新信息下。',
          en: 'We text you when it is done. Your past contributions are linked to the new details.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 1,
    fee: freeOfCharge,
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [laws.socialInsurance, laws.socialInsuranceRecords],
    faqs: [
      {
        question: {
          zh: '改了名字，社保卡需要换吗？',
          en: 'Do I need a new social security card after changing my name?',
        },
        answer: {
          zh: '需要。信息变更完成后，请申请换领社会保障卡，卡面信息才会更新。',
          en: 'Yes. Once your record is updated, apply for a replacement card so the details printed on it are correct.',
        },
      },
    ],
    relatedCodes: ['RSJ-003', 'RSJ-005'],
    popularity: 2450,
    updatedAt: '2026-03-03',
  }),
];
