import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, guide } from './guide.ts';

/** Public legal services under the Justice Bureau: notarisation and legal aid. */
export const legalServices: ServiceGuide[] = [
  guide({
    code: 'SFJ-001',
    name: {
      zh: '办理公证',
      en: 'Getting documents notarised',
    },
    summary: {
      zh: '自然人和企业可向江澄市公证处申请办理学历、出生、亲属关系、无犯罪记录、委托、声明、合同、营业执照等公证，用于出国留学、工作、定居、涉外商务或国内继承、交易等。可网上预约和申请，部分证明类公证“最多跑一次”。',
      en: 'Individuals and businesses can have documents notarised at the Jiangcheng Notary Office, such as degrees, birth and family relationships, criminal record checks, powers of attorney, declarations, contracts and business licences. They are used for studying, working or living abroad, for business overseas, and for inheritance or transactions at home. You can book and apply online, and many certificates need only one visit.',
    },
    departmentId: 'sfj',
    audience: ['individual', 'business'],
    themeIds: ['business-permits', 'exit-entry'],
    keywords: {
      zh: [
        '公证处',
        '学历公证',
        '出生公证',
        '无犯罪记录公证',
        '委托书公证',
        '附加证明书',
        '海牙认证',
        '营业执照公证',
      ],
      en: [
        'notarisation',
        'notarization',
        'notary',
        'apostille',
        'certified copy',
        'legalisation',
        'power of attorney',
      ],
    },
    eligibility: [
      {
        zh: '申请人是与公证事项有利害关系的自然人、法人或者其他组织。',
        en: 'The applicant is a person, company or other organisation with a direct interest in the matter.',
      },
      {
        zh: '向住所地、经常居住地、行为地或者事实发生地的公证机构提出申请；涉及不动产的，向不动产所在地的公证机构申请。',
        en: 'You apply to a notary office where you live or usually reside, or where the act or event took place; for property, where the property is.',
      },
      {
        zh: '申请公证的事项真实、合法，提供的材料真实、充分。',
        en: 'What you ask to be notarised is true and lawful, and your documents are genuine and sufficient.',
      },
    ],
    materials: [
      {
        name: { zh: '公证申请表', en: 'Notarisation application form' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '网上申请的在线填写。',
          en: 'Completed online if you apply online.',
        },
      },
      {
        name: { zh: '申请人身份证件', en: "Applicant's ID document" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '企业申请的，提交营业执照和法定代表人身份证明。',
          en: "For a company, the business licence and the legal representative's ID.",
        },
      },
      {
        name: {
          zh: '需要公证的文件或证明材料',
          en: 'Documents to be notarised or supporting evidence',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '如学历学位证书、出生医学证明、户口簿、结婚证等原件。',
          en: 'Originals, such as degree certificates, birth certificates, hukou booklets or marriage certificates.',
        },
      },
      {
        name: { zh: '授权委托书及代理人身份证件', en: "Letter of authority and the agent's ID" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '委托他人代办时提交；遗嘱、委托、声明等须本人亲自办理。',
          en: 'Only if someone applies for you. Wills, powers of attorney and declarations must be done in person.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '预约申请', en: 'Book and apply' },
        description: {
          zh: '通过“江澄政务”App或公证处服务窗口提交申请，说明公证用途和使用国家或地区。',
          en: 'Apply in the Jiangcheng Government app or at the notary counter, saying what the document is for and in which country or region it will be used.',
        },
      },
      {
        title: { zh: '受理和缴费', en: 'Acceptance and payment' },
        description: {
          zh: '公证员审核材料，符合条件的受理并告知收费标准。',
          en: 'A notary checks your documents, accepts the application and tells you the fee.',
        },
      },
      {
        title: { zh: '审查核实', en: 'Verification' },
        description: {
          zh: '公证机构对申请事项和材料进行核实，需要时向有关单位调查。',
          en: 'The office verifies the facts and documents, making enquiries where needed.',
        },
      },
      {
        title: { zh: '出具公证书', en: 'Notarial certificate issued' },
        description: {
          zh: '符合条件的出具公证书，涉外公证附译文；可邮寄或到窗口领取。',
          en: 'A notarial certificate is issued, with a translation for use abroad. It can be posted or collected.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 5,
    fee: {
      free: false,
      description: {
        zh: '按省价格主管部门核定的公证服务收费标准按件收取，翻译费、副本费另计，收费标准在公证处窗口和网站公示。符合法律援助条件的可申请减免。',
        en: 'Fees are charged per matter at rates set by the provincial pricing authority; translations and extra copies cost extra. The rates are displayed at the notary office and on its website. People who qualify for legal aid can ask for a reduction or waiver.',
      },
    },
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      {
        zh: '《中华人民共和国公证法》',
        en: "Notarization Law of the People's Republic of China",
      },
      {
        zh: '《公证程序规则》',
        en: 'Rules on Notarization Procedures',
      },
    ],
    faqs: [
      {
        question: {
          zh: '公证书拿到后，还需要办理领事认证吗？',
          en: 'Does the notarial certificate also need consular legalisation?',
        },
        answer: {
          zh: '送往《取消外国公文书认证要求的公约》缔约国使用的，由外事部门办理附加证明书即可，无需领事认证；送往非缔约国的，仍需办理领事认证。公证处可代为申请。',
          en: 'For countries that are party to the Apostille Convention, an apostille from the foreign affairs office is enough and no consular legalisation is needed. For other countries, consular legalisation is still required. The notary office can apply for you.',
        },
      },
      {
        question: {
          zh: '继承房产必须办理继承公证吗？',
          en: 'Do I have to have an inheritance notarised to transfer a home?',
        },
        answer: {
          zh: '不是必须的。继承人可直接向不动产登记机构申请继承登记；选择办理继承公证的，登记时可凭公证书办理。',
          en: 'No. Heirs can apply directly to the property registration office. If you choose to obtain a notarised inheritance certificate, you can use it when registering.',
        },
      },
    ],
    relatedCodes: ['ZRZY-017', 'SFJ-002'],
    popularity: 5300,
    updatedAt: '2026-09-07',
  }),
  guide({
    code: 'SFJ-002',
    name: {
      zh: '法律援助申请',
      en: 'Applying for legal aid',
    },
    summary: {
      zh: '经济困难的公民，在请求支付劳动报酬、工伤或交通事故赔偿、给付赡养费抚养费、社会保险待遇等事项上需要法律帮助的，可以申请免费的法律咨询、代拟法律文书和诉讼代理。法律援助机构自收到申请之日起7日内作出决定。',
      en: 'If you cannot afford a lawyer and need help with matters such as unpaid wages, compensation for a work injury or traffic accident, maintenance for children or parents, or social-insurance benefits, you can apply for free legal advice, help drafting documents, and representation in court. The legal aid centre decides within 7 days of receiving your application.',
    },
    departmentId: 'sfj',
    audience: ['individual'],
    themeIds: ['social-assistance', 'employment'],
    keywords: {
      zh: ['免费律师', '讨薪', '欠薪', '工伤赔偿', '打官司', '12348', '法援'],
      en: ['free lawyer', 'unpaid wages', 'work injury claim', 'legal help', 'legal advice'],
    },
    eligibility: [
      {
        zh: '申请人经济困难，符合江澄市法律援助经济困难标准。',
        en: 'You have limited means under the Jiangcheng legal aid financial test.',
      },
      {
        zh: '申请事项属于法律援助范围，如请求支付劳动报酬、确认劳动关系，请求工伤、交通事故、医疗事故人身损害赔偿，请求给付赡养费、抚养费、扶养费，请求社会保险待遇或社会救助等。',
        en: 'Your matter is covered by legal aid, for example unpaid wages, confirming an employment relationship, personal injury from a work, traffic or medical accident, maintenance payments, or social-insurance or social assistance benefits.',
      },
      {
        zh: '低保、特困供养人员，无固定生活来源的未成年人、老年人、残疾人，以及申请支付劳动报酬或工伤赔偿的进城务工人员等，免于核查经济困难状况。',
        en: 'People on minimum living allowance or extreme-poverty support, minors, older people and disabled people with no fixed income, and migrant workers claiming wages or work-injury compensation, do not have to pass the financial test.',
      },
    ],
    materials: [
      {
        name: { zh: '法律援助申请表', en: 'Legal aid application form' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '申请人身份证件', en: "Applicant's ID document" },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '经济困难状况说明表', en: 'Statement of financial hardship' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '由申请人如实填写并作出承诺，法律援助机构通过信息共享核查。',
          en: 'Fill it in truthfully and sign the declaration; the centre checks it through data sharing.',
        },
      },
      {
        name: { zh: '与申请事项相关的证据材料', en: 'Evidence about your case' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '如劳动合同、工资流水、工伤认定书、事故认定书、法院文书等。',
          en: 'Such as an employment contract, payslips or bank records, work-injury or accident findings, or court papers.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提出申请', en: 'Apply' },
        description: {
          zh: '到市民服务中心或区政务服务中心公共法律服务窗口申请，也可在网上申请或拨打12348咨询。',
          en: 'Apply at the public legal services counter of the Citizen Service Centre or a district centre, or online. You can also call 12348 for advice.',
        },
      },
      {
        title: { zh: '审查决定', en: 'Decision' },
        description: {
          zh: '法律援助机构自收到申请之日起7日内审查并作出是否给予法律援助的决定。',
          en: 'The legal aid centre reviews the application and decides within 7 days.',
        },
      },
      {
        title: { zh: '指派律师', en: 'Lawyer assigned' },
        description: {
          zh: '决定给予法律援助的，自作出决定之日起3日内指派律师或法律援助人员。',
          en: 'If aid is granted, a lawyer or legal aid worker is assigned within 3 days.',
        },
      },
      {
        title: { zh: '提供服务', en: 'Help provided' },
        description: {
          zh: '承办人员与您联系，提供咨询、调解、仲裁或诉讼代理等服务。',
          en: 'Your lawyer contacts you and helps with advice, mediation, arbitration or court proceedings.',
        },
      },
    ],
    statutoryDays: 7,
    promisedDays: 3,
    fee: {
      free: true,
      description: {
        zh: '不收费。法律援助人员不得向受援人收取任何财物。',
        en: 'Free of charge. Legal aid lawyers may not take any money or gifts from you.',
      },
    },
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [
      {
        zh: '《中华人民共和国法律援助法》',
        en: "Legal Aid Law of the People's Republic of China",
      },
    ],
    faqs: [
      {
        question: {
          zh: '情况紧急，等不了7天怎么办？',
          en: 'What if my case is urgent?',
        },
        answer: {
          zh: '距离法定时效或者期限届满不足7日，需要及时提起诉讼或者申请仲裁、行政复议的，法律援助机构可以先行提供法律援助，再补交材料。',
          en: 'If a time limit for suing, arbitration or administrative review will run out within 7 days, the centre can help you straight away and you provide the documents afterwards.',
        },
      },
      {
        question: {
          zh: '对不予法律援助的决定不服怎么办？',
          en: 'What if I disagree with a refusal?',
        },
        answer: {
          zh: '可以向设立该法律援助机构的司法行政部门提出异议，司法行政部门自收到异议之日起5日内进行审查。',
          en: 'You can object to the Justice Bureau that runs the centre, which will review the decision within 5 days.',
        },
      },
    ],
    relatedCodes: ['SFJ-001'],
    popularity: 3700,
    updatedAt: '2026-09-14',
  }),
];
