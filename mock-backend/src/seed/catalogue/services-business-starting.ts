import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, guide, noFee } from './guide.ts';
import { laws, operatorId, personApplyingId } from './services-business-common.ts';

/** Starting, changing and closing a business (开办企业), handled by market regulation. */
export const startingBusinessServices: ServiceGuide[] = [
  guide({
    code: 'SCJG-001',
    name: {
      zh: '企业设立登记（企业开办“一件事”）',
      en: 'Registering a new company (start a business in one application)',
    },
    summary: {
      zh: '在江澄市新设立有限责任公司、股份有限公司、合伙企业或个人独资企业。一次申请可同步办理营业执照、首套印章刻制、涉税信息确认和发票申领、员工参保登记、住房公积金单位开户及银行开户预约，一般1个工作日内办结。',
      en: 'Set up a new limited company, company limited by shares, partnership or sole-proprietorship enterprise in Jiangcheng. One application also covers the first set of company seals, tax information confirmation and first invoices, employee social-insurance registration, a housing provident fund account and a bank account appointment. Usually done within 1 working day.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['营业执照', '注册公司', '开公司', '公司注册', '工商注册', '办执照'],
      en: [
        'business licence',
        'business license',
        'register a company',
        'company registration',
        'incorporation',
      ],
    },
    eligibility: [
      {
        zh: '企业名称已通过自主申报，且不与同一登记机关已登记、在登记的同行业企业名称相同。',
        en: 'The company name has passed self-declaration and is not the same as the name of another business in the same trade registered, or being registered, with the same authority.',
      },
      {
        zh: '有固定的住所（主要经营场所），能够提供房屋权属证明或租赁合同等使用证明。',
        en: 'The company has a fixed registered address (main place of business) and can show title deeds, a lease or other proof that it may use the premises.',
      },
      {
        zh: '股东（发起人）人数、出资方式和出资期限符合《公司法》规定；有限责任公司全体股东认缴的出资额应当自公司成立之日起五年内缴足。',
        en: "The number of shareholders (promoters), the form of their capital contributions and the payment deadline meet the Company Law. Shareholders of a limited company must pay in their subscribed capital in full within five years of the company's formation.",
      },
      {
        zh: '法定代表人、董事、监事、高级管理人员不存在《公司法》规定不得担任的情形，如被列为失信被执行人等。',
        en: 'The legal representative, directors, supervisors and senior managers are not barred from office under the Company Law, for example by being listed as dishonest judgment debtors.',
      },
    ],
    materials: [
      {
        name: {
          zh: '公司登记（备案）申请书',
          en: 'Company registration (filing) application form',
        },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '在“江澄市企业开办一网通办平台”在线填写，由法定代表人和全体股东完成实名认证后电子签名。',
          en: 'Fill it in on the Jiangcheng start-a-business online platform. The legal representative and all shareholders sign it electronically after verifying their identity.',
        },
      },
      {
        name: { zh: '公司章程', en: 'Articles of association' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '由全体股东（发起人）签署；可直接使用平台提供的章程参考文本。',
          en: 'Signed by all shareholders (promoters). You can use the model articles provided on the platform.',
        },
      },
      {
        name: {
          zh: '股东（发起人）主体资格证明',
          en: 'Proof of identity of each shareholder (promoter)',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '自然人股东提交身份证件；企业股东提交营业执照。通过实名认证的可免于提交。',
          en: "An individual shareholder provides an ID document; a corporate shareholder provides its business licence. Not needed if the person's identity has been verified online.",
        },
      },
      {
        name: {
          zh: '法定代表人、董事、监事和经理的任职文件及身份证件',
          en: 'Appointment documents and ID of the legal representative, directors, supervisors and manager',
        },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '住所（经营场所）使用证明',
          en: 'Proof of the right to use the registered address',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '自有房屋提交不动产权证书（房产证）；租赁房屋提交租赁合同；入驻园区集中登记地的提交入驻协议。已联网的不动产信息可免于提交。',
          en: 'Title deeds for your own premises, a lease for rented premises, or a tenancy agreement for a business park that offers shared registered addresses. Not needed if the property record can be checked online.',
        },
      },
      {
        name: { zh: '前置审批文件或许可证件', en: 'Prior approval documents, where required' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '仅限法律、行政法规规定设立前须经批准的企业，如金融、保险类企业。',
          en: 'Only for businesses that laws or administrative regulations require to be approved before formation, such as banks and insurers.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '名称自主申报', en: 'Declare the company name' },
        description: {
          zh: '在平台输入拟用字号、行业表述和组织形式，系统自动比对，通过后进入设立登记。',
          en: 'Enter the proposed trade name, industry wording and legal form on the platform. The system checks it against existing names and takes you on to registration.',
        },
      },
      {
        title: { zh: '一表填报', en: 'Fill in one form' },
        description: {
          zh: '在一张表单中填写设立登记、印章刻制、涉税信息、发票申领、员工参保、公积金开户和银行开户预约信息。',
          en: 'Give the details for registration, seals, tax, invoices, employee social insurance, the provident fund account and the bank appointment in a single form.',
        },
      },
      {
        title: { zh: '实名认证和电子签名', en: 'Verify identity and sign' },
        description: {
          zh: '法定代表人和全体股东通过“江澄政务”App完成人脸识别认证并签署申请材料。',
          en: 'The legal representative and all shareholders verify their identity by face recognition in the Jiangcheng Government app and sign the documents.',
        },
      },
      {
        title: { zh: '审核登记', en: 'Review and registration' },
        description: {
          zh: '市场监管部门审核材料，符合条件的予以登记并核发营业执照；需补正的一次性告知。',
          en: 'Market regulation checks the application and, if everything is in order, registers the company and issues the business licence. If anything is missing, you are told everything at once.',
        },
      },
      {
        title: { zh: '领取执照和印章', en: 'Receive the licence and seals' },
        description: {
          zh: '电子营业执照即时发放；纸质营业执照和首套印章可选择免费邮寄或到服务中心窗口领取。',
          en: 'The electronic business licence is issued at once. The paper licence and first set of seals can be posted to you free of charge or collected at a service centre.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 1,
    fee: {
      free: true,
      description: {
        zh: '不收费。营业执照不收取工本费；新开办企业首套印章由市财政承担，邮寄费用免收。',
        en: "Free of charge. There is no fee for the business licence, the city pays for a new company's first set of seals, and postage is free.",
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.company, laws.marketEntityRegistration, laws.marketEntityRegistrationRules],
    faqs: [
      {
        question: {
          zh: '注册资本可以随意填写吗？',
          en: 'Can I put any amount as registered capital?',
        },
        answer: {
          zh: '不建议。自2024年7月1日起，有限责任公司全体股东认缴的出资额应当自公司成立之日起五年内缴足，股东对认缴出资承担责任。请根据经营需要和实际出资能力确定注册资本。',
          en: 'It is not advisable. Since 1 July 2024, shareholders of a limited company must pay in all the capital they subscribe within five years of formation, and they are liable for it. Set the registered capital according to what the business needs and what the shareholders can actually pay.',
        },
      },
      {
        question: {
          zh: '可以用自己的住宅登记为公司住所吗？',
          en: 'Can I register my home as the company address?',
        },
        answer: {
          zh: '根据《民法典》，将住宅改变为经营性用房，除遵守法律法规和管理规约外，应当经有利害关系的业主一致同意。申请时需提交相关业主同意的证明材料。',
          en: "Under the Civil Code, turning a home into business premises must comply with the law and the building's management rules, and all owners with an interest must agree. Include their written consent with your application.",
        },
      },
      {
        question: {
          zh: '电子营业执照和纸质营业执照效力一样吗？',
          en: 'Is the electronic business licence as valid as the paper one?',
        },
        answer: {
          zh: '一样。电子营业执照与纸质营业执照具有同等法律效力，可用于银行开户、办理许可和网上签约等。',
          en: 'Yes. The electronic business licence has the same legal force as the paper licence and can be used to open bank accounts, apply for permits and sign contracts online.',
        },
      },
    ],
    relatedCodes: ['SCJG-008', 'SCJG-009', 'SW-001', 'SW-003', 'SCJG-003'],
    popularity: 6800,
    updatedAt: '2026-03-16',
  }),
  guide({
    code: 'SCJG-002',
    name: {
      zh: '个体工商户设立登记',
      en: 'Registering as an individual business (getihu)',
    },
    summary: {
      zh: '自然人从事工商业经营，开设小店、餐馆、修理铺、网店等，可申请登记为个体工商户，领取营业执照。材料齐全的当场办结。',
      en: 'If you run a shop, small restaurant, repair stall, online shop or other trade as a private person, you can register as an individual business and receive a business licence. Complete applications are decided on the spot.',
    },
    departmentId: 'scjg',
    audience: ['business', 'individual'],
    themeIds: ['starting-business', 'employment'],
    keywords: {
      zh: ['个体户', '营业执照', '个体执照', '开店', '小店', '网店执照', '个体经营'],
      en: ['business licence', 'business license', 'sole trader', 'self-employed', 'small shop'],
    },
    eligibility: [
      {
        zh: '具有经营能力的自然人；以家庭形式经营的，参加经营的家庭成员均应具有经营能力。',
        en: 'You are a private person able to run a business. For a family business, every family member taking part must be able to run a business.',
      },
      {
        zh: '有固定的经营场所；从事网络经营的，可将网络经营场所作为经营场所登记。',
        en: 'You have a fixed place of business. If you trade only online, your online shop can be registered as the place of business.',
      },
      {
        zh: '经营范围不属于法律、行政法规禁止个人经营的项目；需要许可的，取得营业执照后办理相应许可。',
        en: 'Your trade is not one that laws or administrative regulations forbid individuals to carry on. If the trade needs a permit, apply for it after you receive the business licence.',
      },
    ],
    materials: [
      {
        name: {
          zh: '个体工商户登记（备案）申请书',
          en: 'Individual business registration application form',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '网上申请的在线填写并电子签名。',
          en: 'If you apply online, fill it in and sign it on the platform.',
        },
      },
      {
        name: { zh: '经营者身份证件', en: "Operator's ID document" },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '港澳台居民可凭港澳居民来往内地通行证、台湾居民来往大陆通行证或居住证办理。',
          en: 'Residents of Hong Kong, Macao and Taiwan may use their mainland travel permit or residence permit.',
        },
      },
      {
        name: { zh: '经营场所使用证明', en: 'Proof of the right to use the business premises' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '房产证（不动产权证书）、租赁合同或村（居）委会出具的场所证明均可。',
          en: "Title deeds, a lease or a premises certificate from the village or residents' committee.",
        },
      },
      {
        name: { zh: '委托书及代理人身份证件', en: "Letter of authority and the agent's ID" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '委托他人代办时提交。',
          en: 'Only if someone applies on your behalf.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过政务服务网、“江澄政务”App或到区政务服务中心市场监管窗口提交申请。',
          en: 'Apply on the government services website, in the Jiangcheng Government app, or at the market regulation counter of a district service centre.',
        },
      },
      {
        title: { zh: '审核', en: 'Review' },
        description: {
          zh: '窗口工作人员核对材料，符合条件的当场予以登记。',
          en: 'Staff check your documents. If everything is in order, you are registered on the spot.',
        },
      },
      {
        title: { zh: '领取营业执照', en: 'Receive the business licence' },
        description: {
          zh: '当场领取纸质营业执照，或选择免费邮寄；电子营业执照同步发放。',
          en: 'Collect the paper licence there and then, or have it posted free of charge. The electronic licence is issued at the same time.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.individualBusinesses, laws.marketEntityRegistration],
    faqs: [
      {
        question: {
          zh: '个体工商户需要报税吗？',
          en: 'Does an individual business need to file tax returns?',
        },
        answer: {
          zh: '需要。领取营业执照后请办理涉税信息确认并按期申报。小规模纳税人月销售额10万元以下（含本数）的，按现行政策免征增值税，该政策执行至2027年12月31日。',
          en: 'Yes. After you receive the licence, confirm your tax information and file returns on time. Under the current policy, which runs until 31 December 2027, small-scale taxpayers with monthly sales of up to 100,000 yuan are exempt from VAT.',
        },
      },
      {
        question: {
          zh: '个体工商户以后可以转为公司吗？',
          en: 'Can an individual business later become a company?',
        },
        answer: {
          zh: '可以。个体工商户可以自愿转型为企业，办理时可保留原名称中的字号和原有的行政许可，具体向登记窗口咨询。',
          en: 'Yes. An individual business may choose to become a company. In most cases it can keep its trade name and existing permits. Ask at the registration counter for details.',
        },
      },
    ],
    relatedCodes: ['SCJG-011', 'SCJG-006', 'SW-001', 'SCJG-022'],
    popularity: 5600,
    updatedAt: '2026-02-09',
  }),
  guide({
    code: 'SCJG-003',
    name: {
      zh: '企业变更登记',
      en: "Changing a company's registered details",
    },
    summary: {
      zh: '企业名称、住所、法定代表人、注册资本、经营范围、股东或出资等登记事项发生变化的，应当自作出变更决议、决定或者法定变更事项发生之日起30日内申请变更登记，换发营业执照。',
      en: 'If a company changes its name, registered address, legal representative, registered capital, business scope, shareholders or their contributions, it must apply to update the register within 30 days of the resolution or of the change taking effect, and will receive a new business licence.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: [
        '营业执照变更',
        '换法人',
        '公司改名',
        '地址变更',
        '经营范围变更',
        '增资',
        '减资',
        '股权变更',
      ],
      en: [
        'business licence',
        'change company details',
        'change of director',
        'change registered address',
        'share transfer',
        'capital increase',
      ],
    },
    eligibility: [
      {
        zh: '企业已依法登记，且不处于被吊销营业执照、注销等状态。',
        en: 'The company is registered and has not had its licence revoked or been struck off.',
      },
      {
        zh: '变更事项已按照法律和公司章程作出股东会决议或股东决定。',
        en: "The change has been approved by a shareholders' resolution or decision made under the law and the articles of association.",
      },
      {
        zh: '变更后的登记事项符合法律法规规定；变更经营范围涉及许可项目的，需另行取得许可。',
        en: 'The new details meet the law. If the new business scope includes activities that need a permit, the permit must be obtained separately.',
      },
    ],
    materials: [
      {
        name: {
          zh: '公司变更登记（备案）申请书',
          en: 'Company change registration application form',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '网上申请的在线填写并电子签名。',
          en: 'If you apply online, fill it in and sign it on the platform.',
        },
      },
      {
        name: { zh: '股东会决议或股东决定', en: "Shareholders' resolution or decision" },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '修改后的公司章程或章程修正案',
          en: 'Amended articles of association or amendment',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '变更事项涉及章程内容的提交。',
          en: 'Only if the change affects the articles.',
        },
      },
      {
        name: {
          zh: '新任法定代表人、董事等的任职文件及身份证件',
          en: 'Appointment documents and ID of the new legal representative or directors',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '变更法定代表人、董事、监事、经理时提交。',
          en: 'Only when the legal representative, directors, supervisors or manager change.',
        },
      },
      {
        name: { zh: '新住所使用证明', en: 'Proof of the right to use the new address' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '变更住所时提交。',
          en: 'Only when the registered address changes.',
        },
      },
      {
        name: {
          zh: '股权转让协议或股权交割证明',
          en: 'Share transfer agreement or proof of transfer',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '股东变更时提交。',
          en: 'Only when shareholders change.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '作出决议', en: 'Pass a resolution' },
        description: {
          zh: '按公司章程召开股东会作出变更决议；减少注册资本的，应在决议后10日内通知债权人，并于30日内在报纸或国家企业信用信息公示系统公告。',
          en: "Hold a shareholders' meeting under the articles to approve the change. To reduce capital, notify creditors within 10 days of the resolution and publish a notice in a newspaper or on the National Enterprise Credit Information Publicity System within 30 days.",
        },
      },
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '在网上或到政务服务中心市场监管窗口提交变更登记申请。',
          en: 'Apply online or at the market regulation counter of a service centre.',
        },
      },
      {
        title: { zh: '审核登记', en: 'Review and registration' },
        description: {
          zh: '登记机关审核材料，符合条件的予以变更登记。',
          en: 'The registration authority checks the documents and updates the register if everything is in order.',
        },
      },
      {
        title: { zh: '换发营业执照', en: 'Receive the new licence' },
        description: {
          zh: '登记事项涉及营业执照记载内容的，换发新的营业执照，电子营业执照同步更新。',
          en: 'If the change affects what is printed on the licence, a new licence is issued and the electronic licence is updated at the same time.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 1,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.company, laws.marketEntityRegistration],
    faqs: [
      {
        question: {
          zh: '超过30日没有办理变更登记会怎样？',
          en: 'What happens if I do not register the change within 30 days?',
        },
        answer: {
          zh: '登记机关将责令改正；拒不改正的，可处1万元以上10万元以下罚款，情节严重的可吊销营业执照。请及时办理。',
          en: 'The registration authority will order you to put it right. If you do not, you can be fined between 10,000 and 100,000 yuan, and in serious cases the licence can be revoked. Please register changes promptly.',
        },
      },
      {
        question: {
          zh: '变更住所到其他区需要迁移吗？',
          en: 'Do I need to transfer the registration if I move to another district?',
        },
        answer: {
          zh: '在江澄市范围内变更住所的，直接申请住所变更登记即可，无需办理迁移。',
          en: 'No. Within Jiangcheng you simply apply to change the registered address.',
        },
      },
    ],
    relatedCodes: ['SCJG-001', 'SCJG-007'],
    popularity: 4300,
    updatedAt: '2026-04-02',
  }),
  guide({
    code: 'SCJG-004',
    name: {
      zh: '企业注销登记（一般程序）',
      en: 'Closing a company (standard deregistration)',
    },
    summary: {
      zh: '企业解散并依法完成清算后，申请注销登记，终止企业法人资格。有未结清债权债务的企业适用一般注销程序；未发生或已清偿债权债务的可选择简易注销。',
      en: 'When a company is dissolved and its liquidation is complete, apply to be struck off the register, which ends its legal existence. Use this standard procedure if the company still had debts or claims to settle; companies with none can use simplified deregistration.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['注销公司', '公司注销', '关闭公司', '清算', '清算组备案', '营业执照注销'],
      en: [
        'close a company',
        'dissolve a company',
        'wind up',
        'strike off',
        'liquidation',
        'business licence',
      ],
    },
    eligibility: [
      {
        zh: '企业因章程规定的解散事由出现、股东会决议解散、依法被吊销营业执照等原因解散。',
        en: "The company has been dissolved, for example for a reason in its articles, by a shareholders' resolution, or because its licence was revoked.",
      },
      {
        zh: '已成立清算组并依法完成清算，清算报告已经股东会确认。',
        en: 'A liquidation committee has been formed and has finished the liquidation, and the shareholders have approved its report.',
      },
      {
        zh: '已结清应缴税款、社会保险费等，取得清税信息；有海关、分支机构等事项的已先行办结。',
        en: 'All taxes and social-insurance contributions have been settled and tax clearance has been given. Any customs matters and branches have been closed first.',
      },
    ],
    materials: [
      {
        name: { zh: '企业注销登记申请书', en: 'Company deregistration application form' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '清算报告', en: 'Liquidation report' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '须经股东会确认并由股东签字或盖章。',
          en: 'Approved by the shareholders and signed or sealed by them.',
        },
      },
      {
        name: {
          zh: '股东会解散决议或其他解散证明文件',
          en: "Shareholders' resolution to dissolve, or other proof of dissolution",
        },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '清税证明', en: 'Tax clearance certificate' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '税务部门已通过信息共享推送清税信息的，免于提交。',
          en: 'Not needed if the tax authority has already sent the clearance to us electronically.',
        },
      },
      {
        name: { zh: '营业执照正、副本', en: 'Business licence (original and duplicate)' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '营业执照遗失的，可在国家企业信用信息公示系统发布遗失作废声明。',
          en: 'If the licence has been lost, publish a notice that it is void on the National Enterprise Credit Information Publicity System.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '成立清算组并备案', en: 'Form and file the liquidation committee' },
        description: {
          zh: '解散事由出现之日起15日内成立清算组，并自成立之日起10日内通过公示系统办理清算组成员备案。',
          en: 'Form a liquidation committee within 15 days of the reason for dissolution and file its members through the publicity system within 10 days of its formation.',
        },
      },
      {
        title: { zh: '通知和公告债权人', en: 'Notify creditors' },
        description: {
          zh: '清算组自成立之日起10日内通知债权人，并于60日内在报纸或公示系统发布债权人公告；债权人自公告之日起45日内申报债权。',
          en: 'The committee notifies creditors within 10 days of formation and publishes a notice in a newspaper or on the publicity system within 60 days. Creditors have 45 days from the notice to make their claims.',
        },
      },
      {
        title: { zh: '清算并办理清税', en: 'Liquidate and clear taxes' },
        description: {
          zh: '清理财产、清偿债务，向税务部门申请清税，向人力社保部门办理社保登记注销。',
          en: 'Realise the assets, pay the debts, obtain tax clearance and close the social-insurance registration.',
        },
      },
      {
        title: { zh: '申请注销登记', en: 'Apply for deregistration' },
        description: {
          zh: '公告期满后，在网上或到窗口提交注销登记申请。',
          en: 'After the notice period ends, apply online or at a counter.',
        },
      },
      {
        title: { zh: '核准注销', en: 'Deregistration' },
        description: {
          zh: '登记机关审核通过后予以注销登记，企业终止。',
          en: 'Once the application is approved, the company is struck off and ceases to exist.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 1,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.company, laws.marketEntityRegistration, laws.marketEntityRegistrationRules],
    faqs: [
      {
        question: {
          zh: '注销公司一般需要多长时间？',
          en: 'How long does closing a company take?',
        },
        answer: {
          zh: '主要取决于清算进度。债权人申报期为公告之日起45日，公告期满且清税完成后，注销登记本身1个工作日内办结。没有债权债务的企业可选择简易注销，公示期仅20日。',
          en: 'Mostly it depends on the liquidation. Creditors have 45 days from the notice; once that has passed and taxes are cleared, deregistration itself takes 1 working day. A company with no debts can use simplified deregistration with a 20-day notice period.',
        },
      },
      {
        question: {
          zh: '长期不经营也不注销有什么后果？',
          en: 'What if the company stops trading but is never closed?',
        },
        answer: {
          zh: '企业仍需按期年报和纳税申报。未按期年报将被列入经营异常名录，长期停业可能被吊销营业执照，相关负责人的信用也会受到影响。',
          en: 'It must still file annual reports and tax returns. Missing an annual report puts it on the abnormal operations list, a long stoppage can lead to the licence being revoked, and the people responsible may see their credit records affected.',
        },
      },
    ],
    relatedCodes: ['SCJG-005', 'SW-010'],
    popularity: 2900,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'SCJG-005',
    name: {
      zh: '企业简易注销登记',
      en: 'Simplified deregistration of a company',
    },
    summary: {
      zh: '未发生债权债务或者已将债权债务清偿完结的企业，经全体投资人书面承诺，在国家企业信用信息公示系统公示20日，无异议的可直接申请注销登记，无需成立清算组和发布债权人公告。',
      en: "A company that never had debts, or has paid them all, can close by a simpler route. All investors give a written undertaking, a notice is shown on the National Enterprise Credit Information Publicity System for 20 days and, if nobody objects, the company applies to be struck off. No liquidation committee or creditors' notice is needed.",
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['注销公司', '快速注销', '零申报注销', '营业执照注销'],
      en: ['close a company', 'strike off', 'dormant company', 'business licence'],
    },
    eligibility: [
      {
        zh: '未发生债权债务，或者已将债权债务清偿完结。',
        en: 'The company never had debts or claims, or has settled them all.',
      },
      {
        zh: '未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款）。',
        en: 'It owes no liquidation costs, wages, social-insurance contributions, statutory compensation or tax (including late-payment charges and fines).',
      },
      {
        zh: '未被列入经营异常名录或严重违法失信名单，股权未被冻结、出质，无正在被立案调查或采取行政强制的情形。',
        en: 'It is not on the abnormal operations list or the list of serious offenders, its shares are not frozen or pledged, and it is not under investigation or subject to enforcement measures.',
      },
    ],
    materials: [
      {
        name: {
          zh: '简易注销全体投资人承诺书',
          en: 'Undertaking signed by all investors for simplified deregistration',
        },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '在公示系统上传，投资人对承诺内容的真实性负责，承诺不实的依法承担责任。',
          en: 'Upload it to the publicity system. Investors are legally responsible if what they declare is untrue.',
        },
      },
      {
        name: { zh: '注销登记申请书', en: 'Deregistration application form' },
        form: 'electronic',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '自查条件', en: 'Check you qualify' },
        description: {
          zh: '在“江澄市企业注销一网通办平台”查询企业是否符合简易注销条件及税务、社保办理情况。',
          en: 'Use the Jiangcheng online deregistration platform to check whether the company qualifies and whether its tax and social-insurance affairs are settled.',
        },
      },
      {
        title: { zh: '公示承诺书', en: 'Publish the undertaking' },
        description: {
          zh: '在公示系统发布简易注销公告，公示期20日；公示期内债权人、税务等部门可提出异议。',
          en: 'Publish the simplified deregistration notice on the publicity system for 20 days. Creditors and authorities such as the tax bureau may object during that time.',
        },
      },
      {
        title: { zh: '申请注销', en: 'Apply' },
        description: {
          zh: '公示期满无异议的，在公示期满之日起20日内提交注销登记申请。',
          en: 'If nobody objects, apply for deregistration within 20 days after the notice period ends.',
        },
      },
      {
        title: { zh: '核准注销', en: 'Deregistration' },
        description: {
          zh: '登记机关审核后予以注销，注销结果同步推送税务等部门。',
          en: 'The authority strikes the company off and shares the result with the tax bureau and other departments.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 1,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.company, laws.marketEntityRegistration],
    faqs: [
      {
        question: {
          zh: '公示期内有人提出异议怎么办？',
          en: 'What if someone objects during the notice period?',
        },
        answer: {
          zh: '有异议的不能适用简易注销，企业应在解决异议后重新申请，或按一般程序办理注销。',
          en: 'The company cannot use simplified deregistration. It must resolve the objection and apply again, or use the standard procedure.',
        },
      },
      {
        question: {
          zh: '承诺书内容不实会有什么后果？',
          en: 'What if the undertaking turns out to be untrue?',
        },
        answer: {
          zh: '登记机关可以撤销注销登记，恢复企业主体资格，全体投资人对企业注销前的债务依法承担责任。',
          en: 'The authority can cancel the deregistration and restore the company, and the investors remain liable for its debts before closure.',
        },
      },
    ],
    relatedCodes: ['SCJG-004', 'SW-010'],
    popularity: 3500,
    updatedAt: '2026-05-11',
  }),
  guide({
    code: 'SCJG-006',
    name: {
      zh: '市场主体年度报告公示',
      en: 'Filing the annual report of a business',
    },
    summary: {
      zh: '企业、农民专业合作社和个体工商户应当于每年1月1日至6月30日，通过国家企业信用信息公示系统报送上一年度年度报告并向社会公示。全程网上办理，无需到现场。',
      en: "Every company, farmers' cooperative and individual business must file a report on the previous year between 1 January and 30 June through the National Enterprise Credit Information Publicity System, where it is published. Everything is done online.",
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['年报', '工商年报', '企业年报', '个体户年报', '年检', '营业执照年检'],
      en: ['annual return', 'confirmation statement', 'business licence'],
    },
    eligibility: [
      {
        zh: '上一年度12月31日前已登记成立的企业、农民专业合作社和个体工商户。',
        en: "Companies, farmers' cooperatives and individual businesses registered on or before 31 December of the previous year.",
      },
      {
        zh: '在每年1月1日至6月30日期间报送。',
        en: 'The report is filed between 1 January and 30 June.',
      },
    ],
    materials: [
      {
        name: { zh: '年度报告', en: 'Annual report' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '包括通信地址、联系电话、存续状态、股东出资、对外投资、网站网店、从业人数、资产状况、社保信息等；部分资产负债信息可选择是否公示。',
          en: "Includes the postal address, phone number, status, shareholders' contributions, investments, websites and online shops, staff numbers, assets and social-insurance data. Some financial figures may be kept private.",
        },
      },
    ],
    steps: [
      {
        title: { zh: '登录公示系统', en: 'Sign in' },
        description: {
          zh: '使用电子营业执照或联络员手机验证码登录国家企业信用信息公示系统。',
          en: "Sign in to the National Enterprise Credit Information Publicity System with the electronic business licence or a code sent to the registered liaison person's phone.",
        },
      },
      {
        title: { zh: '填写年报', en: 'Fill in the report' },
        description: {
          zh: '按提示如实填写上一年度信息，系统会自动带入已登记的信息。',
          en: 'Give accurate information for the previous year. Details already on the register are filled in for you.',
        },
      },
      {
        title: { zh: '提交公示', en: 'Submit' },
        description: {
          zh: '核对无误后提交，年报即时向社会公示。',
          en: 'Check the report and submit it. It is published immediately.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '不收费。请勿轻信以“代办年报”为名收取费用的短信和电话。',
        en: 'Free of charge. Beware of texts and calls offering to file your annual report for a fee.',
      },
    },
    hallIds: [],
    visits: 0,
    legalBasis: [laws.enterpriseDisclosure, laws.marketEntityRegistration],
    faqs: [
      {
        question: {
          zh: '逾期未报年报会怎样？',
          en: 'What happens if I miss the deadline?',
        },
        answer: {
          zh: '企业将被列入经营异常名录，个体工商户将被标记为经营异常状态，会影响招投标、贷款和评优。补报年报后可申请移出。',
          en: 'A company is put on the abnormal operations list and an individual business is marked as abnormal, which affects tenders, loans and awards. File the overdue report and then apply to be removed.',
        },
      },
      {
        question: {
          zh: '年报提交后发现填错了能改吗？',
          en: 'Can I correct a report after submitting it?',
        },
        answer: {
          zh: '可以。在公示系统中选择“年报修改”进行更正，更正前后的信息会同时公示。',
          en: 'Yes. Use the amend option on the publicity system. Both the original and the corrected figures are published.',
        },
      },
    ],
    relatedCodes: ['SCJG-010'],
    popularity: 7200,
    updatedAt: '2026-01-05',
  }),
  guide({
    code: 'SCJG-007',
    name: {
      zh: '营业执照补领、换发',
      en: 'Replacing a lost or damaged business licence',
    },
    summary: {
      zh: '营业执照遗失、损毁或需要增领副本的，可申请补领或换发。遗失的无需登报，在国家企业信用信息公示系统发布遗失声明即可。',
      en: 'If a business licence is lost or damaged, or you need an extra duplicate, you can apply for a replacement. For a lost licence you do not need a newspaper notice; a loss notice on the National Enterprise Credit Information Publicity System is enough.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['营业执照补办', '营业执照遗失', '执照丢了', '营业执照副本', '营业执照损坏'],
      en: [
        'business licence',
        'business license',
        'lost licence',
        'replacement licence',
        'duplicate licence',
      ],
    },
    eligibility: [
      {
        zh: '已登记的企业、农民专业合作社或个体工商户，营业执照遗失、损毁，或因经营需要增领副本。',
        en: 'A registered company, cooperative or individual business whose licence has been lost or damaged, or which needs another duplicate.',
      },
      {
        zh: '遗失的，已在公示系统发布营业执照遗失声明。',
        en: 'For a lost licence, a loss notice has been published on the publicity system.',
      },
    ],
    materials: [
      {
        name: {
          zh: '营业执照补领（换发）申请书',
          en: 'Application form for a replacement licence',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '损毁的营业执照', en: 'The damaged licence' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '因损毁申请换发的，缴回原执照。',
          en: 'Hand it in if you are replacing a damaged licence.',
        },
      },
      personApplyingId,
    ],
    steps: [
      {
        title: { zh: '发布遗失声明', en: 'Publish a loss notice' },
        description: {
          zh: '遗失的，先在公示系统发布遗失声明，即时生效。',
          en: 'For a lost licence, publish a loss notice on the publicity system first. It takes effect at once.',
        },
      },
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '网上提交补领申请，或到市场监管窗口现场办理。',
          en: 'Apply online or at a market regulation counter.',
        },
      },
      {
        title: { zh: '领取执照', en: 'Receive the licence' },
        description: {
          zh: '当场打印新的营业执照，或免费邮寄到您指定的地址。',
          en: 'The new licence is printed on the spot or posted to you free of charge.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.marketEntityRegistration, laws.marketEntityRegistrationRules],
    faqs: [
      {
        question: {
          zh: '补领期间营业需要执照怎么办？',
          en: 'What do I use while waiting for the new licence?',
        },
        answer: {
          zh: '可以使用电子营业执照。电子营业执照与纸质营业执照具有同等法律效力，可在“电子营业执照”小程序中亮照、下载和授权使用。',
          en: 'Use the electronic business licence. It has the same legal force as the paper one and can be shown, downloaded and shared from the electronic business licence mini-program.',
        },
      },
    ],
    relatedCodes: ['SCJG-003', 'SCJG-001'],
    popularity: 2600,
    updatedAt: '2026-03-03',
  }),
  guide({
    code: 'SCJG-008',
    name: {
      zh: '企业名称自主申报',
      en: 'Checking and declaring a company name',
    },
    summary: {
      zh: '设立企业或变更企业名称前，通过企业名称申报系统自主查询、比对和申报拟用名称。系统即时给出比对结果，申报通过的名称在设立或变更登记时使用。',
      en: 'Before registering a company or changing its name, search, compare and declare the name you want through the company name system. You get the result at once, and the accepted name is then used in your registration.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['核名', '公司核名', '起名', '字号', '名称查重', '名称预先核准'],
      en: ['company name check', 'name availability', 'trading name', 'name approval'],
    },
    eligibility: [
      {
        zh: '名称由行政区划名称、字号、行业或经营特点、组织形式依次组成，字号由两个以上汉字组成。',
        en: 'The name is made up, in order, of the place name, the trade name, the industry or business feature and the legal form. The trade name must have at least two Chinese characters.',
      },
      {
        zh: '名称不含损害国家尊严或利益、违背公序良俗、可能使公众受骗或误解等法律禁止的内容。',
        en: 'The name contains nothing the law forbids, such as words that harm national dignity or interests, offend public order and morals, or could mislead the public.',
      },
    ],
    materials: [
      {
        name: { zh: '企业名称申报信息', en: 'Company name declaration' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '在线填写拟用名称、投资人和住所，并作出名称使用承诺。',
          en: 'Enter the proposed name, the investors and the address online and make the name-use undertaking.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '输入拟用名称', en: 'Enter the proposed name' },
        description: {
          zh: '登录企业名称申报系统，依次填写行政区划、字号、行业表述和组织形式。',
          en: 'Sign in to the company name system and enter the place name, trade name, industry wording and legal form.',
        },
      },
      {
        title: { zh: '系统比对', en: 'Automatic check' },
        description: {
          zh: '系统自动与已登记名称比对，并提示近似、禁限用等风险。',
          en: 'The system compares the name with registered names and warns you of similar or restricted names.',
        },
      },
      {
        title: { zh: '作出承诺并提交', en: 'Give the undertaking and submit' },
        description: {
          zh: '确认名称不侵犯他人合法权益并作出承诺，提交后即可用于设立或变更登记。',
          en: "Confirm that the name does not infringe anyone's rights and submit. The name can then be used to register or rename the company.",
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: [],
    visits: 0,
    legalBasis: [
      {
        zh: '《企业名称登记管理规定》',
        en: 'Provisions on the Administration of Enterprise Name Registration',
      },
      {
        zh: '《企业名称登记管理规定实施办法》',
        en: 'Implementing Measures for the Provisions on the Administration of Enterprise Name Registration',
      },
    ],
    faqs: [
      {
        question: {
          zh: '名称里可以使用“中国”“国际”等字词吗？',
          en: 'Can the name contain words such as “China” or “International”?',
        },
        answer: {
          zh: '使用“中国”“中华”“全国”“国家”等字词须经国务院有关部门批准；“国际”等字词不得作为字号使用，只能按规定用作行业或经营特点表述。',
          en: 'Words such as “China”, “Chinese”, “national” and “State” need approval from the State Council departments concerned. “International” may not be used as a trade name; it may only describe the line of business where the rules allow.',
        },
      },
    ],
    relatedCodes: ['SCJG-001', 'SCJG-003'],
    popularity: 4100,
    updatedAt: '2026-01-19',
  }),
  guide({
    code: 'SCJG-009',
    name: {
      zh: '新开办企业印章刻制',
      en: 'Company seals for a new business',
    },
    summary: {
      zh: '新开办企业在领取营业执照后，可在企业开办平台一并申请刻制首套印章（公章、财务专用章、发票专用章、法定代表人名章），印模信息由刻章企业同步报公安机关备案，费用由市财政承担。',
      en: "Once it has its business licence, a new company can order its first set of seals (company seal, finance seal, invoice seal and legal representative's seal) on the start-a-business platform. The seal maker files the impressions with the police for you, and the city pays the cost.",
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['刻章', '公章', '财务章', '发票章', '发票专用章', '法人章', '印章备案', '营业执照'],
      en: ['company chop', 'official seal', 'stamp', 'invoice seal'],
    },
    eligibility: [
      {
        zh: '已在江澄市取得营业执照的新开办企业。',
        en: 'A new company that has received its business licence in Jiangcheng.',
      },
      {
        zh: '在平台公布的、已取得公安机关特种行业许可的印章刻制企业中自主选择刻制单位。',
        en: "You choose a seal maker from the platform's list of makers licensed by the police.",
      },
    ],
    materials: [
      {
        name: { zh: '法定代表人身份证件', en: "Legal representative's ID" },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '已在企业开办平台实名认证的免于提交。',
          en: 'Not needed if identity was verified on the start-a-business platform.',
        },
      },
      {
        name: { zh: '委托书及经办人身份证件', en: "Letter of authority and the agent's ID" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '委托他人领取印章时提交。',
          en: 'Only if someone else collects the seals.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '选择刻章企业', en: 'Choose a seal maker' },
        description: {
          zh: '在企业开办平台勾选需要刻制的印章并选择刻章企业，营业执照信息自动共享。',
          en: 'On the start-a-business platform, choose the seals you need and a seal maker. Your licence details are passed on automatically.',
        },
      },
      {
        title: { zh: '刻制并备案', en: 'Making and filing' },
        description: {
          zh: '刻章企业刻制印章，并将印模信息上传公安机关印章治安管理信息系统备案。',
          en: 'The maker produces the seals and uploads the impressions to the police seal register.',
        },
      },
      {
        title: { zh: '领取印章', en: 'Receive the seals' },
        description: {
          zh: '与营业执照一同免费邮寄，或到政务服务中心“企业开办专区”领取。',
          en: 'They are posted free of charge with the business licence, or can be collected at the start-a-business area of a service centre.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 1,
    fee: {
      free: true,
      description: {
        zh: '新开办企业首套4枚印章费用由市财政承担；加刻其他印章按刻章企业公示价格自行支付。',
        en: "The city pays for a new company's first set of four seals. Any extra seals are paid for at the maker's published prices.",
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      {
        zh: '《国务院关于国家行政机关和企业事业单位社会团体印章管理的规定》',
        en: 'Provisions of the State Council on the Administration of Seals of State Administrative Organs, Enterprises, Public Institutions and Social Organisations',
      },
      {
        zh: '《优化营商环境条例》',
        en: 'Regulations on Optimising the Business Environment',
      },
    ],
    faqs: [
      {
        question: {
          zh: '可以同时申领电子印章吗？',
          en: 'Can I get electronic seals as well?',
        },
        answer: {
          zh: '可以。新开办企业可在领取电子营业执照时免费申领电子印章，用于网上办税、社保和政务服务。',
          en: 'Yes. A new company can obtain electronic seals free of charge together with its electronic business licence, for online tax, social insurance and government services.',
        },
      },
      {
        question: {
          zh: '印章丢了怎么办？',
          en: 'What should I do if a seal is lost?',
        },
        answer: {
          zh: '应及时向公安机关报告，在公示系统或报纸刊登遗失声明后，持营业执照和法定代表人身份证件到备案的刻章企业重新刻制并备案，费用自理。',
          en: "Report it to the police promptly and publish a loss notice on the publicity system or in a newspaper. Then take the business licence and the legal representative's ID to a licensed seal maker to have a new seal made and filed, at your own cost.",
        },
      },
    ],
    relatedCodes: ['SCJG-001'],
    popularity: 3300,
    updatedAt: '2026-03-16',
  }),
  guide({
    code: 'SCJG-010',
    name: {
      zh: '经营异常名录移出',
      en: 'Removal from the abnormal operations list',
    },
    summary: {
      zh: '企业因未按期报送年报、未按规定公示信息、公示信息隐瞒真实情况或通过登记的住所无法联系被列入经营异常名录，纠正后可申请移出。登记机关自收到申请之日起5个工作日内作出决定。',
      en: 'A company put on the abnormal operations list for missing its annual report, failing to publish required information, publishing false information or being unreachable at its registered address can apply to be removed once it has put things right. A decision is made within 5 working days.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['移出异常', '解除异常', '补报年报', '营业执照异常'],
      en: ['remove from list', 'overdue annual report', 'business licence'],
    },
    eligibility: [
      {
        zh: '因未按期报送年报被列入的，已补报未报年份的年度报告并公示。',
        en: 'If listed for a missed annual report, the company has filed and published the missing reports.',
      },
      {
        zh: '因公示信息隐瞒真实情况、弄虚作假被列入的，已更正公示信息。',
        en: 'If listed for false information, the company has corrected it.',
      },
      {
        zh: '因通过登记的住所无法联系被列入的，已依法办理住所变更登记，或提出通过登记的住所可以重新取得联系。',
        en: 'If listed because it could not be reached, the company has registered a new address or shown that it can again be reached at the registered one.',
      },
    ],
    materials: [
      {
        name: {
          zh: '移出经营异常名录申请书',
          en: 'Application for removal from the abnormal operations list',
        },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '住所使用证明', en: 'Proof of the right to use the address' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '因住所无法联系被列入的提交，登记机关可实地核查。',
          en: 'Only if listed for being unreachable. Officers may visit the address to check.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '纠正问题', en: 'Put things right' },
        description: {
          zh: '补报年报、更正公示信息或办理住所变更。',
          en: 'File the missing reports, correct the information or register a new address.',
        },
      },
      {
        title: { zh: '提交移出申请', en: 'Apply for removal' },
        description: {
          zh: '通过国家企业信用信息公示系统或到市场监管窗口提交申请。',
          en: 'Apply on the publicity system or at a market regulation counter.',
        },
      },
      {
        title: { zh: '审核决定', en: 'Decision' },
        description: {
          zh: '登记机关审核后作出移出决定，并在公示系统公示。',
          en: 'The authority decides and publishes the removal on the publicity system.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 2,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.enterpriseDisclosure,
      {
        zh: '《企业经营异常名录管理暂行办法》',
        en: 'Interim Measures for the Administration of the List of Enterprises with Abnormal Operations',
      },
    ],
    faqs: [
      {
        question: {
          zh: '一直不移出会有什么后果？',
          en: 'What if the company never gets off the list?',
        },
        answer: {
          zh: '被列入经营异常名录满3年仍未履行相关义务的，将被列入严重违法失信名单，企业及其法定代表人在招投标、融资、担任其他企业高管等方面受到限制。',
          en: 'After 3 years on the list without putting things right, the company is moved to the list of serious offenders, and both it and its legal representative face restrictions on tenders, finance and serving as managers of other companies.',
        },
      },
    ],
    relatedCodes: ['SCJG-006', 'SCJG-003'],
    popularity: 2400,
    updatedAt: '2026-07-06',
  }),
  guide({
    code: 'SCJG-011',
    name: {
      zh: '个体工商户注销登记',
      en: 'Closing an individual business',
    },
    summary: {
      zh: '个体工商户不再经营的，可申请注销登记。个体工商户适用简易程序，无需公示，税务等信息由部门间共享核验，材料齐全的当场办结。',
      en: 'If you stop trading as an individual business, apply to close it. A simplified procedure applies with no public notice period; tax and other records are checked between departments, and complete applications are decided on the spot.',
    },
    departmentId: 'scjg',
    audience: ['business', 'individual'],
    themeIds: ['starting-business'],
    keywords: {
      zh: ['个体户注销', '注销营业执照', '关店', '不干了', '个体执照注销'],
      en: [
        'close sole trader business',
        'cancel business licence',
        'stop trading',
        'business licence',
      ],
    },
    eligibility: [
      {
        zh: '已办结涉税事项，无欠缴税款、滞纳金和罚款。',
        en: 'All tax matters are settled and no tax, late-payment charges or fines are owed.',
      },
      {
        zh: '未被采取查封、冻结等强制措施，无正在办理的行政处罚案件。',
        en: 'The business is not subject to seizure, freezing or other enforcement measures, or to a pending penalty case.',
      },
    ],
    materials: [
      {
        name: {
          zh: '个体工商户注销登记申请书',
          en: 'Individual business deregistration application form',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '营业执照正、副本', en: 'Business licence (original and duplicate)' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '遗失的可在公示系统发布遗失声明后免于提交。',
          en: 'If lost, publish a loss notice on the publicity system instead.',
        },
      },
      operatorId,
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '在网上或到区政务服务中心市场监管窗口提交注销申请。',
          en: 'Apply online or at the market regulation counter of a district service centre.',
        },
      },
      {
        title: { zh: '信息核验', en: 'Records check' },
        description: {
          zh: '系统自动核验税务清税和其他部门信息。',
          en: "Tax clearance and other departments' records are checked automatically.",
        },
      },
      {
        title: { zh: '注销登记', en: 'Deregistration' },
        description: {
          zh: '核验通过的当场予以注销，并出具准予注销登记通知书。',
          en: 'If the checks pass, the business is closed on the spot and you receive a notice of deregistration.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.marketEntityRegistration, laws.individualBusinesses],
    faqs: [
      {
        question: {
          zh: '注销个体户前需要先去税务局吗？',
          en: 'Do I have to go to the tax office first?',
        },
        answer: {
          zh: '一般不需要单独跑。未办理过涉税事宜或已结清税款的，系统自动核验；如提示有未申报或欠税记录，请先在电子税务局处理后再申请。',
          en: 'Usually not. If you never had tax dealings or have paid everything, the check is automatic. If the system shows unfiled returns or tax owed, deal with them on the electronic tax service first and then apply.',
        },
      },
    ],
    relatedCodes: ['SCJG-002', 'SW-010'],
    popularity: 3800,
    updatedAt: '2026-06-15',
  }),
];
