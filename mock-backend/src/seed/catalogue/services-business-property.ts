import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { civilCode, guide, noFee, notOnline } from './guide.ts';
import {
  applicantIdDocument,
  laws,
  propertyHalls,
  propertyRegistrationForm,
} from './services-business-common.ts';

/** Property registration (不动产登记) and tenancy filing, mostly used by home owners. */
export const propertyServices: ServiceGuide[] = [
  guide({
    code: 'ZRZY-010',
    name: {
      zh: '新建商品房首次登记',
      en: 'First registration of a new residential development',
    },
    summary: {
      zh: '房地产开发企业建设的商品房竣工验收备案后，应当申请房屋所有权首次登记，将整栋（整个项目）房屋登记在开发企业名下，为购房人办理转移登记（“办房产证”）做好准备。本市推行“交房即交证”，首次登记应在交房前完成。',
      en: 'Once a new development has passed completion acceptance, the developer applies for first registration of ownership of the whole building or project in its own name, so that each buyer can then register their home. Jiangcheng aims for buyers to receive title when they get their keys, so first registration should be done before handover.',
    },
    departmentId: 'zrzy',
    audience: ['business'],
    themeIds: ['property', 'construction'],
    keywords: {
      zh: ['大产权证', '初始登记', '交房即交证', '房产证', '不动产'],
      en: ['initial title registration', 'developer title', 'property', 'title deeds'],
    },
    eligibility: [
      {
        zh: '开发企业已取得国有建设用地使用权登记，项目已办理竣工验收备案。',
        en: 'The developer has registered the land-use right and the project has been filed as completed.',
      },
      {
        zh: '房屋已完成房产测绘，测绘成果已经审核。',
        en: 'The buildings have been surveyed and the survey results approved.',
      },
    ],
    materials: [
      propertyRegistrationForm,
      {
        name: {
          zh: '开发企业营业执照和法定代表人身份证明',
          en: "Developer's business licence and legal representative's ID",
        },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '建设工程符合规划和竣工验收备案的材料',
          en: 'Proof of planning compliance and completion filing',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '已通过工程建设项目审批管理系统共享的，免于提交。',
          en: 'Not needed if shared through the construction project approval system.',
        },
      },
      {
        name: { zh: '房产测绘报告', en: 'Property survey report' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '建筑区划内业主共有的道路、绿地、物业服务用房等清单',
          en: 'List of roads, green space, management offices and other areas owned in common by the owners',
        },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过“不动产登记网上办事大厅”或到市不动产登记服务大厅企业专窗提交。',
          en: 'Apply on the online property registration service or at the business counter of the Property Registration Hall.',
        },
      },
      {
        title: { zh: '审核和实地查看', en: 'Review and site visit' },
        description: {
          zh: '登记机构审核材料，必要时实地查看。',
          en: 'The registration office checks the documents and may visit the site.',
        },
      },
      {
        title: { zh: '登簿', en: 'Entry in the register' },
        description: {
          zh: '审核通过后记载于不动产登记簿，业主共有部分一并登记。',
          en: 'Once approved, the buildings are entered in the register, together with the areas owned in common.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 5,
    fee: {
      free: false,
      description: {
        zh: '不动产登记费按件收取：住宅每件80元，非住宅每件550元；小微企业免收。',
        en: 'Registration fees are charged per title: 80 yuan for homes and 550 yuan for other property. Small and micro businesses are exempt.',
      },
    },
    hallIds: ['bdc-hall'],
    visits: 1,
    legalBasis: [civilCode, laws.realEstateRegistration, laws.realEstateRegistrationRules],
    faqs: [
      {
        question: {
          zh: '开发企业首次登记后，购房人多久能拿到房产证？',
          en: 'How soon do buyers get their title after first registration?',
        },
        answer: {
          zh: '首次登记完成后，购房人缴纳契税即可申请转移登记，本市承诺1个工作日内办结。开发企业可为购房人批量代为申请。',
          en: 'Once it is done, buyers who have paid deed tax can apply for transfer registration, which Jiangcheng completes within 1 working day. The developer may apply for buyers in bulk.',
        },
      },
    ],
    relatedCodes: ['ZRZY-011', 'ZJJ-002'],
    popularity: 1200,
    updatedAt: '2026-04-06',
  }),
  guide({
    code: 'ZRZY-011',
    name: {
      zh: '新建商品房转移登记（购房办证）',
      en: 'Registering a newly built home in your name',
    },
    summary: {
      zh: '购买新建商品房后，购房人与开发企业共同申请转移登记，取得不动产权证书（房产证）。契税与登记“一窗受理”，材料齐全的1个工作日内办结，可选择电子证照或邮寄纸质证书。',
      en: 'After buying a newly built home, you and the developer apply together to register it in your name and receive the property title certificate. Deed tax and registration are handled at one counter, complete applications are done within 1 working day, and you can have an electronic certificate or a paper one posted to you.',
    },
    departmentId: 'zrzy',
    audience: ['individual'],
    themeIds: ['property'],
    keywords: {
      zh: ['房产证', '办房产证', '不动产权证', '新房办证', '不动产', '交房即交证', '首次登记'],
      en: [
        'title deeds',
        'property certificate',
        'new home registration',
        'property',
        'real estate certificate',
      ],
    },
    eligibility: [
      {
        zh: '开发企业已办理该项目的首次登记。',
        en: 'The developer has completed first registration of the development.',
      },
      {
        zh: '商品房买卖合同已网签备案，购房人已缴纳契税。',
        en: 'The purchase contract is registered online and you have paid deed tax.',
      },
    ],
    materials: [
      {
        name: { zh: '不动产登记申请书', en: 'Property registration application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '网上申请的在线填写并电子签名。',
          en: 'If you apply online, fill it in and sign it on the platform.',
        },
      },
      {
        name: { zh: '购房人身份证件', en: "Buyer's ID document" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '夫妻共同购房的，双方均需提供；购房人为未成年人的，由监护人代为申请并提交监护关系证明。',
          en: 'Both spouses if you bought together. For a buyer under 18, a guardian applies and shows proof of guardianship.',
        },
      },
      {
        name: { zh: '商品房买卖合同', en: 'Purchase contract' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '已网签备案的，通过共享获取，免于提交。',
          en: 'Not needed if it was registered online.',
        },
      },
      {
        name: { zh: '开发企业出具的销售不动产发票', en: "Developer's sales invoice" },
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '通过“江澄政务”App、开发企业售楼处“交房即交证”服务点或到不动产登记服务大厅申请。',
          en: "Apply in the Jiangcheng Government app, at the developer's sales office service point, or at the Property Registration Hall.",
        },
      },
      {
        title: { zh: '缴纳契税和登记费', en: 'Pay deed tax and fees' },
        description: {
          zh: '一窗核税、缴税，同时缴纳不动产登记费。',
          en: 'Deed tax is assessed and paid at the same counter, together with the registration fee.',
        },
      },
      {
        title: { zh: '审核登簿', en: 'Review and registration' },
        description: {
          zh: '登记机构审核后记载于不动产登记簿。',
          en: 'The registration office checks the application and enters you in the register.',
        },
      },
      {
        title: { zh: '领取证书', en: 'Receive the certificate' },
        description: {
          zh: '电子证照即时推送至“江澄政务”App，纸质证书可邮寄或到大厅自助领取。',
          en: 'The electronic certificate appears in the app at once; the paper certificate can be posted or collected from a self-service machine.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 1,
    fee: {
      free: false,
      description: {
        zh: '住宅不动产登记费每件80元（含一本证书工本费），每增加一本证书加收10元；契税另按规定缴纳。',
        en: 'Registration costs 80 yuan per home, including one certificate; each extra certificate costs 10 yuan. Deed tax is paid separately.',
      },
    },
    hallIds: propertyHalls,
    visits: 1,
    legalBasis: [civilCode, laws.realEstateRegistration, laws.realEstateRegistrationRules],
    faqs: [
      {
        question: {
          zh: '还有房贷没还清，可以办房产证吗？',
          en: 'Can I register the home while I still have a mortgage?',
        },
        answer: {
          zh: '可以。办理转移登记时同步办理抵押权登记，房产证发给购房人，抵押登记证明由银行持有。',
          en: 'Yes. The mortgage is registered at the same time. You receive the title certificate and the bank holds the mortgage registration certificate.',
        },
      },
      {
        question: {
          zh: '电子不动产权证书有效吗？',
          en: 'Is the electronic title certificate valid?',
        },
        answer: {
          zh: '有效。电子证照与纸质证书具有同等效力，可用于落户、入学、公积金提取等事项。',
          en: 'Yes. It has the same force as the paper certificate and can be used for hukou, school places, provident fund withdrawals and more.',
        },
      },
    ],
    relatedCodes: ['SW-008', 'ZRZY-010', 'ZRZY-013'],
    popularity: 7400,
    updatedAt: '2026-06-01',
  }),
  guide({
    code: 'ZRZY-012',
    name: {
      zh: '二手房转移登记（存量房买卖过户）',
      en: 'Transferring a second-hand home (resale conveyancing)',
    },
    summary: {
      zh: '买卖已登记的住房，买卖双方共同申请转移登记，办理过户。交易、缴税、登记在不动产登记服务大厅“一窗受理”，材料齐全的1个工作日内办结；可选择交易资金监管，保障房款安全。',
      en: 'When you buy or sell a registered home, buyer and seller apply together to transfer it. Contract registration, tax and title transfer are handled at one counter in the Property Registration Hall, and complete applications are done within 1 working day. You can use a supervised account for the purchase money.',
    },
    departmentId: 'zrzy',
    audience: ['individual'],
    themeIds: ['property'],
    keywords: {
      zh: ['二手房过户', '房产过户', '房屋过户', '房产证', '不动产'],
      en: ['house transfer', 'title deeds', 'property'],
    },
    eligibility: [
      {
        zh: '房屋已办理不动产登记，不存在查封、异议登记等限制转移的情形。',
        en: 'The home is registered and not subject to seizure, an objection or anything else that prevents transfer.',
      },
      {
        zh: '房屋已设立抵押的，已注销抵押或抵押权人同意转让。',
        en: 'Any mortgage has been discharged, or the lender agrees to the sale.',
      },
      {
        zh: '共有房屋的，全体共有人同意出售。',
        en: 'All co-owners agree to the sale.',
      },
    ],
    materials: [
      propertyRegistrationForm,
      {
        name: { zh: '买卖双方身份证件', en: 'ID of buyer and seller' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '不动产权证书（房产证）', en: 'Property title certificate' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '存量房买卖合同', en: 'Resale purchase contract' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '通过网签系统签订的，免于提交纸质合同。',
          en: 'Not needed on paper if signed through the online contract system.',
        },
      },
      {
        name: { zh: '卖方婚姻状况证明', en: "Seller's marriage documents" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '已婚的提供结婚证，房屋为夫妻共有的，配偶须同时到场或出具经公证的同意出售声明。',
          en: 'If married, bring the marriage certificate. If the home is owned jointly, the spouse must attend or provide a notarised consent.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网签合同', en: 'Sign the contract online' },
        description: {
          zh: '买卖双方自行或通过经纪机构在网签系统签订存量房买卖合同。',
          en: 'Buyer and seller sign the resale contract in the online system, directly or through an estate agent.',
        },
      },
      {
        title: { zh: '预约并一窗受理', en: 'Book and apply at one counter' },
        description: {
          zh: '在“江澄政务”App预约，双方携带材料到不动产登记服务大厅，同时办理核税和登记申请。',
          en: 'Book in the Jiangcheng Government app, then both parties bring the documents to the Property Registration Hall, where tax and registration are handled together.',
        },
      },
      {
        title: { zh: '缴税缴费', en: 'Pay taxes and fees' },
        description: {
          zh: '买方缴纳契税，卖方按规定缴纳增值税、个人所得税等，并缴纳登记费。',
          en: 'The buyer pays deed tax; the seller pays any VAT and income tax due; the registration fee is paid.',
        },
      },
      {
        title: { zh: '登簿发证', en: 'Registration and certificate' },
        description: {
          zh: '登记机构登簿后向买方发放新的不动产权证书，原证书收回。',
          en: 'The buyer is entered in the register and receives a new certificate; the old one is cancelled.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 1,
    fee: {
      free: false,
      description: {
        zh: '住宅不动产登记费每件80元（含一本证书工本费），由买方缴纳；每增加一本证书加收10元。相关税费按规定另行缴纳。',
        en: 'Registration costs 80 yuan per home, including one certificate, paid by the buyer; each extra certificate costs 10 yuan. Taxes are paid separately.',
      },
    },
    hallIds: propertyHalls,
    visits: 1,
    legalBasis: [civilCode, laws.realEstateRegistration, laws.realEstateRegistrationRules],
    faqs: [
      {
        question: {
          zh: '卖房需要交哪些税？',
          en: 'What taxes does the seller pay?',
        },
        answer: {
          zh: '个人出售购买满2年的住房免征增值税；出售自用满5年且是家庭唯一生活用房的，免征个人所得税。不符合条件的按规定缴纳，具体以税务窗口核定为准。',
          en: "An individual selling a home owned for 2 years or more pays no VAT. If the home was owned for 5 years or more and is the family's only home, there is no income tax either. Otherwise tax is due under the rules; the tax counter will confirm the amount.",
        },
      },
      {
        question: {
          zh: '房子还有贷款没还完能卖吗？',
          en: 'Can I sell while there is still a mortgage?',
        },
        answer: {
          zh: '可以。经抵押权人同意后可带押过户，无需先还清贷款，具体请与贷款银行协商办理。',
          en: "Yes. With the lender's consent the home can be transferred with the mortgage in place, without paying it off first. Arrange this with your bank.",
        },
      },
    ],
    relatedCodes: ['SW-008', 'ZRZY-013', 'ZRZY-014'],
    popularity: 7000,
    updatedAt: '2026-06-01',
  }),
  guide({
    code: 'ZRZY-013',
    name: {
      zh: '不动产抵押权登记',
      en: 'Registering a mortgage',
    },
    summary: {
      zh: '以房屋等不动产向银行等金融机构抵押贷款的，抵押人与抵押权人共同申请抵押权登记。本市已在主要银行网点设立“不动产登记+金融服务”点，可在银行直接申请，无需到登记大厅。',
      en: 'When you borrow against your home or other property, you and the lender apply together to register the mortgage. Major banks in Jiangcheng have property registration service points, so you can apply at the bank without visiting the registration hall.',
    },
    departmentId: 'zrzy',
    audience: ['individual', 'business'],
    themeIds: ['property'],
    keywords: {
      zh: ['抵押登记', '房贷抵押', '房屋抵押', '按揭', '他项权证', '不动产登记证明', '不动产'],
      en: ['mortgage registration', 'home loan', 'secured loan', 'charge on property', 'property'],
    },
    eligibility: [
      {
        zh: '抵押的不动产已办理登记或预告登记，不存在查封等限制抵押的情形。',
        en: 'The property is registered (or pre-registered) and not subject to seizure or other restrictions.',
      },
      {
        zh: '已与抵押权人签订借款合同和抵押合同。',
        en: 'You have signed a loan agreement and a mortgage agreement with the lender.',
      },
    ],
    materials: [
      propertyRegistrationForm,
      {
        name: { zh: '抵押人和抵押权人身份证明', en: 'ID of the borrower and the lender' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '银行提供营业执照和授权委托书。',
          en: 'The bank provides its business licence and a letter of authority.',
        },
      },
      {
        name: { zh: '不动产权证书', en: 'Property title certificate' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '已实现电子证照共享的可免于提交。',
          en: 'Not needed if the electronic certificate can be checked.',
        },
      },
      {
        name: { zh: '借款合同和抵押合同', en: 'Loan agreement and mortgage agreement' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '签订合同', en: 'Sign the agreements' },
        description: {
          zh: '与银行签订借款合同和抵押合同。',
          en: 'Sign the loan and mortgage agreements with the bank.',
        },
      },
      {
        title: { zh: '银行网上申请', en: 'Bank applies online' },
        description: {
          zh: '由银行通过“不动产登记+金融服务”系统在线提交申请，双方电子签名。',
          en: 'The bank submits the application online and both parties sign electronically.',
        },
      },
      {
        title: { zh: '审核登簿', en: 'Review and registration' },
        description: {
          zh: '登记机构审核后记载于登记簿，向银行发放电子不动产登记证明。',
          en: 'The registration office enters the mortgage in the register and gives the bank an electronic registration certificate.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 1,
    fee: {
      free: false,
      description: {
        zh: '住宅每件80元，非住宅每件550元，由抵押权人（银行）缴纳，个人无需缴纳。',
        en: '80 yuan for a home and 550 yuan for other property, paid by the lender; the borrower pays nothing.',
      },
    },
    hallIds: propertyHalls,
    visits: 0,
    legalBasis: [civilCode, laws.realEstateRegistration],
    faqs: [
      {
        question: {
          zh: '抵押登记后房产证还在我手里吗？',
          en: 'Do I keep my title certificate after the mortgage is registered?',
        },
        answer: {
          zh: '在。不动产权证书由权利人持有，银行持有的是不动产登记证明（抵押权）。',
          en: 'Yes. You keep the title certificate; the bank holds a separate mortgage registration certificate.',
        },
      },
    ],
    relatedCodes: ['ZRZY-014', 'ZRZY-011', 'ZRZY-012'],
    popularity: 5500,
    updatedAt: '2026-05-25',
  }),
  guide({
    code: 'ZRZY-014',
    name: {
      zh: '不动产抵押权注销登记',
      en: 'Removing a mortgage from the register',
    },
    summary: {
      zh: '贷款还清或抵押权人放弃抵押权后，申请注销抵押权登记（俗称“解押”）。银行可通过系统在线申请，当日办结，不收费。',
      en: 'When the loan is paid off, or the lender gives up its security, the mortgage is removed from the register. The bank can apply online; it is done the same day and is free.',
    },
    departmentId: 'zrzy',
    audience: ['individual', 'business'],
    themeIds: ['property'],
    keywords: {
      zh: ['解押', '抵押注销', '还清房贷', '注销抵押', '房贷还清', '不动产'],
      en: [
        'mortgage discharge',
        'remove mortgage',
        'paid off mortgage',
        'release of charge',
        'property',
      ],
    },
    eligibility: [
      {
        zh: '主债权已消灭，或抵押权人放弃抵押权。',
        en: 'The loan has been repaid, or the lender has given up the mortgage.',
      },
      {
        zh: '抵押权已在江澄市不动产登记簿上记载。',
        en: 'The mortgage is recorded in the Jiangcheng property register.',
      },
    ],
    materials: [
      propertyRegistrationForm,
      {
        name: { zh: '抵押权人同意注销的证明', en: "Lender's consent to discharge" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '由银行出具；银行在线申请的免于提交。',
          en: 'Issued by the bank; not needed if the bank applies online.',
        },
      },
      applicantIdDocument,
    ],
    steps: [
      {
        title: { zh: '还清贷款', en: 'Repay the loan' },
        description: {
          zh: '向银行结清贷款，申请办理解押。',
          en: 'Pay off the loan and ask the bank to discharge the mortgage.',
        },
      },
      {
        title: { zh: '提交注销申请', en: 'Apply' },
        description: {
          zh: '银行在线提交注销申请，或由抵押人持银行证明到大厅办理。',
          en: "The bank applies online, or you take the bank's letter to the hall.",
        },
      },
      {
        title: { zh: '注销登簿', en: 'Removal' },
        description: {
          zh: '登记机构当日注销抵押权，可在App查询结果。',
          en: 'The mortgage is removed the same day; check the result in the app.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '不收费。注销登记不收取不动产登记费。',
        en: 'Free of charge. No registration fee is charged for removals.',
      },
    },
    hallIds: propertyHalls,
    visits: 0,
    legalBasis: [civilCode, laws.realEstateRegistrationRules],
    faqs: [
      {
        question: {
          zh: '公积金贷款还清后怎么解押？',
          en: 'How do I discharge a provident fund mortgage?',
        },
        answer: {
          zh: '公积金贷款还清后，受托银行或住房公积金管理中心会通过系统推送注销申请，一般无需本人跑腿。',
          en: 'Once the loan is repaid, the bank or the Housing Provident Fund Management Centre sends the discharge request through the system; you usually do not need to do anything.',
        },
      },
    ],
    relatedCodes: ['ZRZY-013', 'ZRZY-012'],
    popularity: 4200,
    updatedAt: '2026-05-25',
  }),
  guide({
    code: 'ZRZY-015',
    name: {
      zh: '不动产权证书补发、换发',
      en: 'Replacing a lost or damaged property certificate',
    },
    summary: {
      zh: '不动产权证书或不动产登记证明遗失、灭失的，申请补发；破损、污损的，申请换发。遗失补发的，登记机构在门户网站发布遗失声明15个工作日后补发。',
      en: 'If your property title certificate or registration certificate is lost or destroyed, you can apply for a new one; if it is damaged, you can exchange it. For a lost certificate, a notice is published on the registration website for 15 working days before the new one is issued.',
    },
    departmentId: 'zrzy',
    audience: ['individual', 'business'],
    themeIds: ['property'],
    keywords: {
      zh: [
        '房产证丢了',
        '房产证补办',
        '房产证遗失',
        '不动产权证补发',
        '房产证损坏',
        '房产证',
        '不动产',
      ],
      en: ['lost title deeds', 'replace property certificate', 'duplicate title certificate'],
    },
    eligibility: [
      {
        zh: '申请人为不动产登记簿记载的权利人。',
        en: 'You are the owner shown in the property register.',
      },
      {
        zh: '证书遗失、灭失，或破损、污损影响使用。',
        en: 'The certificate has been lost or destroyed, or damaged so that it can no longer be used.',
      },
    ],
    materials: [
      propertyRegistrationForm,
      {
        name: { zh: '权利人身份证件', en: "Owner's ID document" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '共有的，全体共有人到场或委托办理。',
          en: 'For joint ownership, all co-owners attend or authorise someone.',
        },
      },
      {
        name: { zh: '破损、污损的原证书', en: 'The damaged certificate' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '换发时提交。',
          en: 'For an exchange only.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '网上或到不动产登记服务大厅提交补发或换发申请。',
          en: 'Apply online or at the Property Registration Hall.',
        },
      },
      {
        title: { zh: '遗失声明', en: 'Loss notice' },
        description: {
          zh: '遗失补发的，由登记机构在门户网站免费发布遗失声明，公告15个工作日。',
          en: 'For a lost certificate, the registration office publishes a free loss notice on its website for 15 working days.',
        },
      },
      {
        title: { zh: '补发或换发', en: 'New certificate' },
        description: {
          zh: '公告期满无异议的补发证书，并在登记簿上记载；换发的当场办结。',
          en: 'If there is no objection after the notice, a new certificate is issued and noted in the register. Exchanges are done on the spot.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 16,
    fee: {
      free: false,
      description: {
        zh: '收取证书工本费每本10元。',
        en: 'There is a 10-yuan charge per certificate.',
      },
    },
    hallIds: propertyHalls,
    visits: 1,
    legalBasis: [laws.realEstateRegistration, laws.realEstateRegistrationRules],
    faqs: [
      {
        question: {
          zh: '房产证丢了，房子还是我的吗？',
          en: 'If I lose my certificate, do I still own the home?',
        },
        answer: {
          zh: '是的。不动产权属以不动产登记簿为准，证书只是登记簿的证明。补办期间可使用电子证照或申请查询登记结果。',
          en: 'Yes. Ownership is what the register says; the certificate only reflects it. While you wait, use the electronic certificate or an official register search.',
        },
      },
      {
        question: {
          zh: '还需要自己登报吗？',
          en: 'Do I have to put a notice in a newspaper?',
        },
        answer: {
          zh: '不需要。遗失声明由登记机构在门户网站免费发布。',
          en: 'No. The registration office publishes the notice on its website free of charge.',
        },
      },
    ],
    relatedCodes: ['ZRZY-016'],
    popularity: 3200,
    updatedAt: '2026-03-30',
  }),
  guide({
    code: 'ZRZY-016',
    name: {
      zh: '不动产登记信息查询（含无房证明）',
      en: 'Property register search, including proof of no home ownership',
    },
    summary: {
      zh: '权利人可查询本人名下不动产登记信息，出具有房或无房查询结果证明，常用于购房资格审核、住房公积金提取、子女入学、落户和保障性住房申请。可在“江澄政务”App即时查询并下载带二维码的电子证明。',
      en: 'Owners can search the register for property in their name and get a certificate showing whether they own a home. It is often needed for home purchase eligibility, provident fund withdrawals, school places, hukou and affordable housing applications. You can search in the Jiangcheng Government app and download an electronic certificate with a QR code straight away.',
    },
    departmentId: 'zrzy',
    audience: ['individual', 'business'],
    themeIds: ['property'],
    keywords: {
      zh: ['有房证明', '房产查询', '查房产', '名下房产', '房产信息', '不动产', '房产证'],
      en: [
        'property search',
        'proof of no property',
        'home ownership certificate',
        'land registry search',
      ],
    },
    eligibility: [
      {
        zh: '不动产权利人查询本人名下信息；继承人、受遗赠人可查询被继承人名下信息。',
        en: 'Owners may search their own records; heirs and legatees may search the records of the deceased.',
      },
      {
        zh: '利害关系人凭相关证明，可查询不动产的自然状况、是否存在抵押、查封等限制信息。',
        en: "Interested parties with evidence may search a property's description and whether it is mortgaged, seized or otherwise restricted.",
      },
    ],
    materials: [
      {
        name: { zh: '查询申请书', en: 'Search request form' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '查询人身份证件', en: "Searcher's ID document" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '在App查询的通过人脸识别认证。',
          en: 'In the app, identity is verified by face recognition.',
        },
      },
      {
        name: { zh: '利害关系证明材料', en: 'Evidence of interest' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '利害关系人查询时提交，如买卖合同、法院受理通知书等。',
          en: 'For interested parties only, such as a purchase contract or court acceptance notice.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '选择查询方式', en: 'Choose how to search' },
        description: {
          zh: '在“江澄政务”App、大厅自助查询机或窗口办理。',
          en: 'Use the Jiangcheng Government app, a self-service machine in a hall, or a counter.',
        },
      },
      {
        title: { zh: '身份核验', en: 'Verify identity' },
        description: {
          zh: '通过人脸识别或窗口核验身份。',
          en: 'By face recognition or at the counter.',
        },
      },
      {
        title: { zh: '获取结果', en: 'Get the result' },
        description: {
          zh: '即时出具查询结果证明，可下载电子版或现场打印。',
          en: 'The certificate is produced at once to download or print.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 0,
    fee: noFee,
    hallIds: ['bdc-hall', 'smzx', 'linjiang', 'xincheng', 'beihu', 'nanshan'],
    visits: 0,
    legalBasis: [
      laws.realEstateRegistration,
      {
        zh: '《不动产登记资料查询暂行办法》',
        en: 'Interim Measures for Searching Real Estate Registration Records',
      },
    ],
    faqs: [
      {
        question: {
          zh: '查询结果能证明全国范围内无房吗？',
          en: 'Does the certificate cover the whole country?',
        },
        answer: {
          zh: '不能。查询结果仅反映江澄市行政区域内的不动产登记信息。',
          en: 'No. It covers property registered in Jiangcheng only.',
        },
      },
      {
        question: {
          zh: '可以查别人名下有没有房吗？',
          en: "Can I search someone else's property?",
        },
        answer: {
          zh: '不能按姓名查询他人名下的房产。利害关系人只能按不动产具体坐落查询有限信息。',
          en: "No. You cannot search by another person's name. Interested parties can search only limited details of a specific property by its address.",
        },
      },
    ],
    relatedCodes: ['ZRZY-015', 'ZRZY-011'],
    popularity: 6200,
    updatedAt: '2026-08-17',
  }),
  guide({
    code: 'ZRZY-017',
    name: {
      zh: '继承、受遗赠不动产转移登记',
      en: 'Registering an inherited property',
    },
    summary: {
      zh: '因继承或受遗赠取得房屋等不动产的，继承人可直接到不动产登记机构申请转移登记，无需强制办理继承公证。登记机构对材料进行查验、询问全体继承人，并公示15个工作日后登簿发证。',
      en: 'If you inherit a home or other property, or receive it under a will, you can apply directly to register it in your name without a mandatory notarised inheritance certificate. The registration office checks the documents, interviews all heirs and publishes a notice for 15 working days before registering you.',
    },
    departmentId: 'zrzy',
    audience: ['individual'],
    themeIds: ['property'],
    keywords: {
      zh: ['继承房产', '房产继承', '遗产过户', '父母房子过户', '遗嘱', '房产证', '不动产'],
      en: ['inherit a house', 'inheritance', 'probate property', 'transfer after death'],
    },
    eligibility: [
      {
        zh: '被继承人已死亡，其名下不动产已登记。',
        en: 'The deceased has died and the property was registered in their name.',
      },
      {
        zh: '全体法定继承人对继承份额达成一致；有遗嘱的，遗嘱合法有效。',
        en: 'All statutory heirs agree how the property is shared; any will is valid.',
      },
      {
        zh: '继承人之间有争议的，应先通过诉讼或调解解决，凭生效法律文书申请。',
        en: 'If heirs disagree, the dispute must first be resolved by a court or mediation, and you apply with the judgment or settlement.',
      },
    ],
    materials: [
      propertyRegistrationForm,
      {
        name: { zh: '被继承人死亡证明', en: 'Proof of death' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '医学死亡证明或户籍注销证明，已联网共享的免于提交。',
          en: 'Medical death certificate or hukou cancellation record; not needed if it can be checked online.',
        },
      },
      {
        name: {
          zh: '全体继承人身份证件及亲属关系证明',
          en: 'ID of all heirs and proof of relationship',
        },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '如户口簿、结婚证、出生医学证明等。',
          en: 'Such as hukou booklets, marriage certificates and birth certificates.',
        },
      },
      {
        name: { zh: '放弃继承声明', en: 'Declaration of renunciation' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '放弃继承的人到窗口当面签署，或提交经公证的声明。',
          en: 'Signed in person at the counter by anyone giving up their share, or notarised.',
        },
      },
      {
        name: {
          zh: '遗嘱、遗赠扶养协议或生效法律文书',
          en: 'Will, legacy-support agreement or court judgment',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '有遗嘱、协议或判决的提交。',
          en: 'If there is one.',
        },
      },
      {
        name: { zh: '不动产权证书', en: 'Property title certificate' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '预约', en: 'Book' },
        description: {
          zh: '在“江澄政务”App预约，全体继承人携带材料到不动产登记服务大厅。',
          en: 'Book in the app. All heirs bring the documents to the Property Registration Hall.',
        },
      },
      {
        title: { zh: '查验和询问', en: 'Checks and interview' },
        description: {
          zh: '登记人员查验材料，对全体继承人进行询问并制作笔录。',
          en: 'Staff check the documents and interview all heirs, recording what they say.',
        },
      },
      {
        title: { zh: '公示', en: 'Public notice' },
        description: {
          zh: '在门户网站公示15个工作日。',
          en: 'A notice is published on the website for 15 working days.',
        },
      },
      {
        title: { zh: '登簿发证', en: 'Registration and certificate' },
        description: {
          zh: '公示期满无异议的，登簿并发放不动产权证书。',
          en: 'If there is no objection, you are registered and receive the certificate.',
        },
      },
    ],
    statutoryDays: 30,
    promisedDays: 20,
    fee: {
      free: false,
      description: {
        zh: '住宅不动产登记费每件80元（含一本证书工本费），每增加一本证书加收10元。法定继承人继承房屋免征契税。',
        en: 'Registration costs 80 yuan per home, including one certificate; each extra certificate costs 10 yuan. Statutory heirs pay no deed tax on inherited homes.',
      },
    },
    hallIds: ['bdc-hall'],
    online: notOnline,
    visits: 1,
    legalBasis: [civilCode, laws.realEstateRegistrationRules],
    faqs: [
      {
        question: {
          zh: '有继承人在外地或国外，不能到场怎么办？',
          en: 'What if an heir lives elsewhere or abroad and cannot attend?',
        },
        answer: {
          zh: '可出具经公证的授权委托书委托他人办理，或出具经公证的放弃继承声明；在国外的，须经我国驻当地使领馆认证或公证。',
          en: 'They can authorise someone by a notarised power of attorney, or sign a notarised renunciation. Abroad, this must be notarised or authenticated by a Chinese embassy or consulate.',
        },
      },
    ],
    relatedCodes: ['SW-008', 'SFJ-001', 'ZRZY-016'],
    popularity: 4500,
    updatedAt: '2026-07-06',
  }),
  guide({
    code: 'ZJJ-005',
    name: {
      zh: '房屋租赁登记备案',
      en: 'Registering a tenancy',
    },
    summary: {
      zh: '房屋租赁合同订立后30日内，出租人和承租人应当办理租赁登记备案。备案证明可用于申领居住证、提取住房公积金支付房租、子女入学等。通过“江澄市住房租赁服务平台”网签的合同自动备案。',
      en: 'Within 30 days of signing a lease, the landlord and tenant should register it. The registration certificate can be used to apply for a residence permit, withdraw provident fund to pay rent, or apply for a school place. Leases signed on the Jiangcheng rental services platform are registered automatically.',
    },
    departmentId: 'zjj',
    audience: ['individual', 'business'],
    themeIds: ['property'],
    keywords: {
      zh: [
        '租房备案',
        '租赁合同备案',
        '租房合同登记',
        '房屋出租登记',
        '居住证租房',
        '公积金租房提取',
        '房产证',
      ],
      en: [
        'tenancy registration',
        'lease registration',
        'rental contract',
        'renting',
        'residence permit',
      ],
    },
    eligibility: [
      {
        zh: '出租房屋有合法权属证明，不属于违法建筑，且符合安全、防灾等工程建设强制性标准。',
        en: 'The landlord can prove ownership, the building is lawful, and it meets mandatory safety standards.',
      },
      {
        zh: '租赁合同已签订，出租住房的，应当以原设计的房间为最小出租单位。',
        en: 'A lease has been signed. Homes may be let only in whole rooms as originally designed, not subdivided.',
      },
    ],
    materials: [
      {
        name: { zh: '房屋租赁合同', en: 'Lease' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '出租人和承租人身份证件', en: 'ID of landlord and tenant' },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: {
          zh: '不动产权证书或其他合法权属证明',
          en: 'Property title certificate or other proof of ownership',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '已在本市登记的，通过共享获取。',
          en: 'Retrieved automatically if registered in Jiangcheng.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '通过住房租赁服务平台或“江澄政务”App提交，也可到区政务服务中心办理。',
          en: 'Apply on the rental services platform or in the Jiangcheng Government app, or at a district service centre.',
        },
      },
      {
        title: { zh: '核验', en: 'Checks' },
        description: {
          zh: '系统核验房屋权属和双方身份。',
          en: 'Ownership and identities are checked automatically.',
        },
      },
      {
        title: { zh: '出具备案证明', en: 'Certificate' },
        description: {
          zh: '符合要求的即时出具电子备案证明。',
          en: 'If everything is in order, an electronic registration certificate is issued at once.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: noFee,
    hallIds: ['linjiang', 'xincheng', 'beihu', 'nanshan'],
    visits: 0,
    legalBasis: [
      laws.urbanRealEstate,
      {
        zh: '《商品房屋租赁管理办法》',
        en: 'Measures for the Administration of Leasing of Commodity Housing',
      },
    ],
    faqs: [
      {
        question: {
          zh: '租客可以单独办理备案吗？',
          en: 'Can a tenant register the lease alone?',
        },
        answer: {
          zh: '可以。承租人可凭租赁合同和本人身份证件申请，系统将通知出租人在线确认。',
          en: 'Yes. The tenant applies with the lease and their ID, and the landlord is asked to confirm online.',
        },
      },
      {
        question: {
          zh: '租期内续租或换租客需要重新备案吗？',
          en: 'Do I need to register again if the lease is renewed or the tenant changes?',
        },
        answer: {
          zh: '需要。租赁登记备案内容发生变化、续租或者租赁终止的，应当在30日内办理变更、延续或者注销手续。',
          en: 'Yes. Any change, renewal or end of the tenancy must be registered within 30 days.',
        },
      },
    ],
    relatedCodes: ['ZRZY-016'],
    popularity: 5100,
    updatedAt: '2026-08-24',
  }),
];
