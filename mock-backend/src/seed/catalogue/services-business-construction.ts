import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { guide, noFee } from './guide.ts';
import { laws } from './services-business-common.ts';

/** Approvals along a construction project, from planning permission to completion (工程建设). */
export const constructionServices: ServiceGuide[] = [
  guide({
    code: 'ZRZY-001',
    name: {
      zh: '建设用地规划许可证核发',
      en: 'Land-use planning permit',
    },
    summary: {
      zh: '以划拨方式取得国有土地使用权的建设项目，在取得用地预审与选址意见书和项目批准文件后申请；以出让方式取得的，在签订国有建设用地使用权出让合同后申请。出让用地的建设用地规划许可证可与出让合同同步核发。',
      en: 'For state-owned land allocated to a project, apply once you have the land pre-examination and site selection opinion and the project approval. For land acquired by sale of land-use rights, apply after signing the land grant contract; in that case the permit can be issued together with the contract.',
    },
    departmentId: 'zrzy',
    audience: ['business'],
    themeIds: ['construction'],
    keywords: {
      zh: ['用地规划证', '拿地', '四证'],
      en: [
        'land use planning permit',
        'planning permission',
        'site planning',
        'land grant',
        'development land',
      ],
    },
    eligibility: [
      {
        zh: '划拨用地项目：已取得建设项目用地预审与选址意见书，以及项目批准、核准或备案文件。',
        en: 'Allocated land: you have the land pre-examination and site selection opinion and the project approval, authorisation or filing.',
      },
      {
        zh: '出让用地项目：已签订国有建设用地使用权出让合同，出让合同中附有规划条件。',
        en: 'Granted land: you have signed the land grant contract, with the planning conditions attached.',
      },
      {
        zh: '项目用地位置、面积和用途符合国土空间规划。',
        en: 'The site, area and use of the land agree with the territorial spatial plan.',
      },
    ],
    materials: [
      {
        name: { zh: '建设用地规划许可申请表', en: 'Land-use planning permit application' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '项目批准、核准或备案文件', en: 'Project approval, authorisation or filing' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '可通过投资项目在线审批监管平台共享获取的，免于提交。',
          en: 'Not needed if it can be retrieved from the online investment project approval platform.',
        },
      },
      {
        name: {
          zh: '国有建设用地使用权出让合同或用地预审与选址意见书',
          en: 'Land grant contract, or land pre-examination and site selection opinion',
        },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '宗地图或勘测定界图', en: 'Parcel map or survey boundary plan' },
        form: 'electronic',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过工程建设项目审批管理系统或到市民服务中心工程建设项目审批窗口提交申请。',
          en: 'Apply through the construction project approval system or at the construction projects counter of the Citizen Service Centre.',
        },
      },
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '自然资源和规划部门审查用地位置、范围和规划条件。',
          en: 'The Natural Resources and Planning Bureau checks the site, boundary and planning conditions.',
        },
      },
      {
        title: { zh: '核发许可证', en: 'Permit issued' },
        description: {
          zh: '符合要求的核发建设用地规划许可证（电子证照）。',
          en: 'If everything is in order, an electronic land-use planning permit is issued.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      laws.urbanRuralPlanning,
      {
        zh: '《中华人民共和国土地管理法》',
        en: "Land Administration Law of the People's Republic of China",
      },
    ],
    faqs: [
      {
        question: {
          zh: '出让用地还需要单独申请用地规划许可吗？',
          en: 'Do I need to apply separately for granted land?',
        },
        answer: {
          zh: '一般不需要。签订出让合同后，系统自动推送信息，建设用地规划许可证与出让合同同步核发。',
          en: 'Usually not. Once the land grant contract is signed, the details are passed on and the permit is issued together with the contract.',
        },
      },
    ],
    relatedCodes: ['ZRZY-002', 'ZJJ-001'],
    popularity: 800,
    updatedAt: '2026-03-02',
  }),
  guide({
    code: 'ZRZY-002',
    name: {
      zh: '建设工程规划许可证核发',
      en: 'Construction-project planning permit',
    },
    summary: {
      zh: '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位应当在开工前申请建设工程规划许可证。设计方案须符合控制性详细规划和规划条件。',
      en: 'Before building any structure, road, pipeline or other works within a city or town planning area, the developer must obtain a construction-project planning permit. The design must comply with the detailed regulatory plan and the planning conditions.',
    },
    departmentId: 'zrzy',
    audience: ['business'],
    themeIds: ['construction'],
    keywords: {
      zh: ['规划证', '建筑规划许可', '方案审查', '四证', '规划审批'],
      en: [
        'planning permission',
        'building planning permit',
        'design approval',
        'planning consent',
      ],
    },
    eligibility: [
      {
        zh: '已取得建设项目用地的权属证明或用地批准文件。',
        en: 'You hold title to the site or approval to use it.',
      },
      {
        zh: '建设工程设计方案符合控制性详细规划、规划条件和相关技术规定。',
        en: 'The design complies with the detailed regulatory plan, the planning conditions and technical rules.',
      },
    ],
    materials: [
      {
        name: {
          zh: '建设工程规划许可申请表',
          en: 'Construction-project planning permit application',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '不动产权证书或用地批准文件',
          en: 'Property title certificate or land approval',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '已在本市登记的，通过共享获取。',
          en: 'Retrieved automatically if registered in Jiangcheng.',
        },
      },
      {
        name: { zh: '建设工程设计方案', en: 'Design scheme' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '包括总平面图、建筑单体平立剖面图和技术经济指标，由具有相应资质的设计单位编制。',
          en: 'Site plan, floor plans, elevations, sections and key figures, prepared by a qualified design firm.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过工程建设项目审批管理系统提交申请和设计方案。',
          en: 'Submit the application and design through the construction project approval system.',
        },
      },
      {
        title: { zh: '方案审查', en: 'Design review' },
        description: {
          zh: '自然资源和规划部门审查设计方案，可与相关部门联合审查。',
          en: 'The bureau reviews the design, jointly with other departments where needed.',
        },
      },
      {
        title: { zh: '批前公示', en: 'Public notice' },
        description: {
          zh: '对涉及周边利害关系人的项目，在项目现场和网站进行批前公示。',
          en: 'If neighbours are affected, the proposal is displayed on site and online before a decision.',
        },
      },
      {
        title: { zh: '核发许可证', en: 'Permit issued' },
        description: {
          zh: '符合要求的核发建设工程规划许可证（电子证照）。',
          en: 'If approved, an electronic construction-project planning permit is issued.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [laws.urbanRuralPlanning],
    faqs: [
      {
        question: {
          zh: '取得许可后设计有调整怎么办？',
          en: 'What if the design changes after approval?',
        },
        answer: {
          zh: '确需变更的，应当向原审批部门提出申请；变更内容不符合控制性详细规划的，不予批准。',
          en: 'Apply to the bureau that approved it. Changes that do not comply with the detailed regulatory plan will not be approved.',
        },
      },
    ],
    relatedCodes: ['ZRZY-001', 'ZJJ-001'],
    popularity: 900,
    updatedAt: '2026-03-02',
  }),
  guide({
    code: 'HBJ-003',
    name: {
      zh: '建设项目环境影响评价审批',
      en: 'Environmental impact assessment approval',
    },
    summary: {
      zh: '依法应当编制环境影响报告书或报告表的建设项目，建设单位应当在开工建设前报生态环境部门审批。环境影响很小的项目填报环境影响登记表，网上备案即可。',
      en: 'A project that must have an environmental impact report or report form needs approval from the Ecology and Environment Bureau before construction starts. Projects with very little impact only file a registration form online.',
    },
    departmentId: 'hbj',
    audience: ['business'],
    themeIds: ['construction', 'business-permits'],
    keywords: {
      zh: ['环评', '环评审批', '环评批复', '环境影响报告书', '环境影响报告表', '环评手续'],
      en: ['EIA', 'environmental approval', 'EIA report'],
    },
    eligibility: [
      {
        zh: '按照《建设项目环境影响评价分类管理名录》应当编制环境影响报告书或报告表的建设项目。',
        en: 'The project is one that the classification list requires to have an environmental impact report or report form.',
      },
      {
        zh: '项目符合生态环境分区管控要求、国土空间规划和产业政策。',
        en: 'It complies with environmental zoning controls, the territorial spatial plan and industrial policy.',
      },
      {
        zh: '环境影响报告书（表）由建设单位自行或委托技术单位编制，编制单位和编制人员已在信用平台登记。',
        en: 'The report has been prepared by the developer or a consultant, and both the firm and its authors are listed on the national credit platform.',
      },
    ],
    materials: [
      {
        name: { zh: '建设项目环境影响评价审批申请表', en: 'EIA approval application' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '环境影响报告书（表）', en: 'Environmental impact report or report form' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '涉及国家秘密和商业秘密的内容应当删除后提供公开版本。',
          en: 'Also provide a public version with state and commercial secrets removed.',
        },
      },
      {
        name: { zh: '公众参与说明', en: 'Statement on public participation' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '编制环境影响报告书的项目提交。',
          en: 'For projects that need a full report.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过工程建设项目审批管理系统或到市民服务中心生态环境窗口提交申请。',
          en: 'Apply through the construction project approval system or at the environment counter of the Citizen Service Centre.',
        },
      },
      {
        title: { zh: '受理公示', en: 'Notice of acceptance' },
        description: {
          zh: '受理后在政府网站公开报告书（表）全本和受理信息。',
          en: 'Once accepted, the full report and acceptance details are published on the government website.',
        },
      },
      {
        title: { zh: '技术评估', en: 'Technical assessment' },
        description: {
          zh: '组织技术评估或专家评审，必要时现场踏勘。',
          en: 'Experts assess the report and may visit the site.',
        },
      },
      {
        title: { zh: '拟审批公示和批复', en: 'Draft decision and approval' },
        description: {
          zh: '拟作出审批决定前公示5个工作日，期满无异议的出具批复文件。',
          en: 'The proposed decision is published for 5 working days; if no valid objection is raised, approval is issued.',
        },
      },
    ],
    statutoryDays: 60,
    promisedDays: 20,
    fee: {
      free: true,
      description: {
        zh: '审批不收费。技术评估费用由生态环境部门承担，不得向建设单位收取。',
        en: 'There is no charge for approval. The bureau pays for the technical assessment and may not charge the developer.',
      },
    },
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      {
        zh: '《中华人民共和国环境影响评价法》',
        en: "Environmental Impact Assessment Law of the People's Republic of China",
      },
      {
        zh: '《建设项目环境保护管理条例》',
        en: 'Regulations on the Administration of Environmental Protection for Construction Projects',
      },
    ],
    faqs: [
      {
        question: {
          zh: '报告书和报告表的审批时限一样吗？',
          en: 'Do reports and report forms take the same time?',
        },
        answer: {
          zh: '不一样。报告书法定时限为60日，报告表为30日。本市承诺报告书20个工作日、报告表10个工作日内办结。',
          en: 'No. The legal limit is 60 days for a full report and 30 days for a report form. Jiangcheng promises 20 and 10 working days respectively.',
        },
      },
      {
        question: {
          zh: '未批先建会有什么后果？',
          en: 'What if we start building before approval?',
        },
        answer: {
          zh: '将被责令停止建设，根据违法情节处建设项目总投资额1%以上5%以下的罚款，并可以责令恢复原状。',
          en: 'You will be ordered to stop, fined 1% to 5% of the total investment depending on the case, and may be ordered to restore the site.',
        },
      },
    ],
    relatedCodes: ['HBJ-001', 'ZJJ-001'],
    popularity: 1300,
    updatedAt: '2026-06-29',
  }),
  guide({
    code: 'ZJJ-001',
    name: {
      zh: '建筑工程施工许可证核发',
      en: 'Construction permit',
    },
    summary: {
      zh: '在江澄市新建、改建、扩建房屋建筑和市政基础设施工程，建设单位应当在开工前申请施工许可证。工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请。',
      en: 'Before starting new building, alteration, extension or municipal infrastructure works in Jiangcheng, the developer must obtain a construction permit. Works costing under 300,000 yuan or with a floor area under 300 m² are exempt.',
    },
    departmentId: 'zjj',
    audience: ['business'],
    themeIds: ['construction'],
    keywords: {
      zh: ['开工证', '施工证', '工程开工', '四证'],
      en: ['building permit', 'start of works', 'permission to build'],
    },
    eligibility: [
      {
        zh: '已办理用地批准手续；依法应当办理建设工程规划许可证的，已取得。',
        en: 'Land approval has been obtained, and a construction-project planning permit where required.',
      },
      {
        zh: '施工场地已基本具备施工条件，需要征收房屋的，其进度符合施工要求。',
        en: 'The site is essentially ready; if buildings must be expropriated, that is far enough along.',
      },
      {
        zh: '已确定施工企业，施工图设计文件已按规定审查合格。',
        en: 'A contractor has been chosen and the construction drawings have passed review.',
      },
      {
        zh: '有保证工程质量和安全的具体措施，建设资金已经落实。',
        en: 'There are concrete quality and safety measures and the funding is in place.',
      },
    ],
    materials: [
      {
        name: { zh: '建筑工程施工许可申请表', en: 'Construction permit application' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '施工合同及中标通知书', en: 'Construction contract and notice of award' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '依法必须招标的项目提交中标通知书。',
          en: 'Notice of award only for projects that had to be tendered.',
        },
      },
      {
        name: { zh: '建设资金已落实承诺书', en: 'Undertaking that funding is in place' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '质量安全措施和危险性较大分部分项工程清单',
          en: 'Quality and safety measures and list of high-risk works',
        },
        form: 'electronic',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '网上申报', en: 'Apply online' },
        description: {
          zh: '通过工程建设项目审批管理系统提交，规划许可、施工图审查等信息自动共享。',
          en: 'Apply through the construction project approval system; planning and drawing review results are shared automatically.',
        },
      },
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '住房城乡建设部门审查材料，必要时核查施工现场。',
          en: 'The Housing and Urban-Rural Development Bureau checks the application and may visit the site.',
        },
      },
      {
        title: { zh: '发证', en: 'Permit' },
        description: {
          zh: '符合条件的核发电子施工许可证，现场公示。',
          en: 'If approved, an electronic permit is issued and must be displayed on site.',
        },
      },
    ],
    statutoryDays: 7,
    promisedDays: 3,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      laws.construction,
      {
        zh: '《建筑工程施工许可管理办法》',
        en: 'Measures for the Administration of Construction Permits for Building Works',
      },
    ],
    faqs: [
      {
        question: {
          zh: '领取施工许可证后多久必须开工？',
          en: 'How soon must work start after the permit is issued?',
        },
        answer: {
          zh: '应当自领取之日起3个月内开工。因故不能按期开工的，应在期满前申请延期，延期以两次为限，每次不超过3个月；既不开工又不申请延期或超过延期时限的，施工许可证自行废止。',
          en: 'Within 3 months. If you cannot, apply for an extension before then; you can extend twice, for up to 3 months each time. A permit lapses if work does not start and no extension is obtained.',
        },
      },
    ],
    relatedCodes: ['ZRZY-002', 'ZJJ-002', 'HBJ-003'],
    popularity: 1800,
    updatedAt: '2026-04-13',
  }),
  guide({
    code: 'ZJJ-002',
    name: {
      zh: '房屋建筑和市政基础设施工程竣工验收备案',
      en: 'Filing completion acceptance of building and municipal works',
    },
    summary: {
      zh: '建设单位组织工程竣工验收合格后，应当自验收合格之日起15日内办理竣工验收备案。本市实行规划、消防、人防等联合验收，备案结果是办理不动产首次登记和交付使用的依据。',
      en: 'After the developer has organised a successful completion inspection, it must file the acceptance within 15 days. Jiangcheng runs planning, fire and civil air defence inspections together, and the filing is needed before first property registration and handover to buyers.',
    },
    departmentId: 'zjj',
    audience: ['business'],
    themeIds: ['construction'],
    keywords: {
      zh: ['竣工备案', '联合验收', '交房', '竣工验收备案表'],
      en: ['completion certificate', 'final inspection', 'handover'],
    },
    eligibility: [
      {
        zh: '工程已按设计和合同要求完成，建设单位已组织勘察、设计、施工、监理单位竣工验收合格。',
        en: 'The works are finished as designed and contracted, and the developer has held a completion inspection with the surveyor, designer, contractor and supervisor, which was passed.',
      },
      {
        zh: '已通过规划核实、消防验收（或备案）等专项验收。',
        en: 'Planning verification, fire acceptance (or filing) and other specialist inspections have been passed.',
      },
    ],
    materials: [
      {
        name: { zh: '工程竣工验收备案表', en: 'Completion acceptance filing form' },
        form: 'original',
        copies: 2,
      },
      {
        name: { zh: '工程竣工验收报告', en: 'Completion inspection report' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '施工单位签署的工程质量保修书',
          en: 'Quality warranty signed by the contractor',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '《住宅质量保证书》和《住宅使用说明书》',
          en: 'Housing quality guarantee and housing user manual',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '商品住宅工程提交。',
          en: 'For residential developments for sale.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请联合验收', en: 'Request joint inspection' },
        description: {
          zh: '在工程建设项目审批管理系统申请规划、消防、人防等联合验收。',
          en: 'Request the joint planning, fire and civil air defence inspection through the approval system.',
        },
      },
      {
        title: { zh: '提交备案', en: 'File' },
        description: {
          zh: '联合验收通过后，提交竣工验收备案材料。',
          en: 'After the joint inspection is passed, submit the filing documents.',
        },
      },
      {
        title: { zh: '备案确认', en: 'Filing confirmed' },
        description: {
          zh: '备案机关核验文件齐全后出具备案证明，信息推送不动产登记机构。',
          en: 'Once the documents are checked, a filing certificate is issued and passed to the property registration office.',
        },
      },
    ],
    statutoryDays: 5,
    promisedDays: 1,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      {
        zh: '《建设工程质量管理条例》',
        en: 'Regulations on the Quality Management of Construction Projects',
      },
      {
        zh: '《房屋建筑和市政基础设施工程竣工验收备案管理办法》',
        en: 'Measures for the Administration of Filing Completion Acceptance of Building and Municipal Infrastructure Works',
      },
    ],
    faqs: [
      {
        question: {
          zh: '未办理竣工验收备案可以交房吗？',
          en: 'Can homes be handed over before the filing?',
        },
        answer: {
          zh: '不可以。未经竣工验收或验收不合格的工程不得交付使用，开发企业擅自交付的将依法处罚。',
          en: 'No. Works that have not passed completion inspection may not be handed over, and developers who do so are penalised.',
        },
      },
    ],
    relatedCodes: ['ZJJ-001', 'ZRZY-010'],
    popularity: 1100,
    updatedAt: '2026-04-13',
  }),
  guide({
    code: 'ZJJ-003',
    name: {
      zh: '建筑业企业资质核准',
      en: 'Construction enterprise qualification',
    },
    summary: {
      zh: '从事土木工程、建筑工程、线路管道设备安装工程施工的企业，应当取得相应的建筑业企业资质，在资质许可范围内承揽工程。本事项办理市级权限内施工总承包、专业承包资质的首次申请、增项和延续，施工劳务资质实行备案。',
      en: "Companies doing civil engineering, building or pipeline and equipment installation work need the right construction qualification and may take on work only within it. This service covers first applications, additional categories and renewals within the city's remit for general and specialist contracting; labour-only subcontracting is filed rather than approved.",
    },
    departmentId: 'zjj',
    audience: ['business'],
    themeIds: ['construction', 'business-permits'],
    keywords: {
      zh: [
        '建筑资质',
        '施工资质',
        '总承包资质',
        '专业承包资质',
        '劳务资质',
        '资质增项',
        '资质延续',
      ],
      en: [
        'contractor qualification',
        'construction licence',
        'builder licence',
        'general contracting qualification',
      ],
    },
    eligibility: [
      {
        zh: '已取得营业执照的企业法人。',
        en: 'A company with a business licence.',
      },
      {
        zh: '净资产、注册建造师等注册人员、技术负责人、技术工人和技术装备符合《建筑业企业资质标准》的规定。',
        en: 'Net assets, registered constructors and other registered staff, the technical director, skilled workers and equipment meet the qualification standards.',
      },
      {
        zh: '申请之日起前一年内无重大质量安全事故和违法违规行为。',
        en: 'No serious quality or safety accident or breach of the law in the year before applying.',
      },
    ],
    materials: [
      {
        name: { zh: '建筑业企业资质申请表', en: 'Qualification application' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: {
          zh: '技术负责人身份证件、职称证书和工作经历证明',
          en: "Technical director's ID, professional title and work history",
        },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '注册人员和技术工人名单', en: 'List of registered staff and skilled workers' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '注册信息和社保缴纳记录由系统共享核验。',
          en: 'Registrations and social-insurance records are checked automatically.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '网上申报', en: 'Apply online' },
        description: {
          zh: '在建筑市场监管服务平台填报申请并上传材料。',
          en: 'Apply and upload documents on the construction market service platform.',
        },
      },
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '住房城乡建设部门核查人员、业绩等信息；选择告知承诺方式的，当场作出决定。',
          en: 'The bureau checks staff and track record. If you choose the written undertaking route, a decision is made on the spot.',
        },
      },
      {
        title: { zh: '公示和发证', en: 'Notice and certificate' },
        description: {
          zh: '审查结果公示后，核发电子资质证书。',
          en: 'After the result is published, an electronic qualification certificate is issued.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      laws.construction,
      {
        zh: '《建筑业企业资质管理规定》',
        en: 'Provisions on the Administration of Construction Enterprise Qualifications',
      },
    ],
    faqs: [
      {
        question: {
          zh: '选择告知承诺后发现不符合条件会怎样？',
          en: 'What if, under the undertaking route, we turn out not to qualify?',
        },
        answer: {
          zh: '资质将被撤回，企业1年内不得再次申请该项资质，并记入不良信用记录。',
          en: 'The qualification is withdrawn, you may not reapply for it for a year, and the breach goes on your credit record.',
        },
      },
    ],
    relatedCodes: ['ZJJ-001'],
    popularity: 1500,
    updatedAt: '2026-05-18',
  }),
  guide({
    code: 'ZJJ-004',
    name: {
      zh: '商品房预售许可',
      en: 'Pre-sale permit for new homes',
    },
    summary: {
      zh: '房地产开发企业在商品房竣工前预售的，应当取得《商品房预售许可证》，并将预售款存入监管账户。未取得预售许可的，不得以任何名义收取定金、预订款等费用。',
      en: "A developer selling homes before they are finished must have a pre-sale permit and pay buyers' money into a supervised account. Without the permit it may not take deposits or reservation fees of any kind.",
    },
    departmentId: 'zjj',
    audience: ['business'],
    themeIds: ['construction', 'property'],
    keywords: {
      zh: ['预售证', '预售许可证', '楼盘预售', '期房', '开盘', '预售资金监管'],
      en: ['off-plan sales', 'new homes sale licence', 'property development'],
    },
    eligibility: [
      {
        zh: '已交付全部土地使用权出让金，取得不动产权证书（土地）。',
        en: 'The full land premium has been paid and the land title certificate obtained.',
      },
      {
        zh: '持有建设工程规划许可证和施工许可证。',
        en: 'The developer holds the construction-project planning permit and the construction permit.',
      },
      {
        zh: '按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期。',
        en: 'At least 25% of the total construction investment for the homes offered has been spent, and the building schedule and handover date are set.',
      },
      {
        zh: '已与监管银行签订商品房预售资金监管协议。',
        en: 'A pre-sale funds supervision agreement has been signed with the supervising bank.',
      },
    ],
    materials: [
      {
        name: { zh: '商品房预售许可申请表', en: 'Pre-sale permit application' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '房地产开发企业资质证书', en: 'Property developer qualification certificate' },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '工程形象进度和投资额证明',
          en: 'Proof of construction progress and investment',
        },
        form: 'original',
        copies: 1,
        notes: {
          zh: '由监理单位出具。',
          en: 'Issued by the supervising engineer.',
        },
      },
      {
        name: { zh: '商品房预售方案', en: 'Pre-sale plan' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '说明预售房屋的位置、面积、竣工交付日期、分层平面图等。',
          en: 'Showing the location, floor area and handover date of the homes, with floor plans.',
        },
      },
      {
        name: { zh: '预售资金监管协议', en: 'Pre-sale funds supervision agreement' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '网上或到市民服务中心房地产窗口提交申请。',
          en: 'Apply online or at the property counter of the Citizen Service Centre.',
        },
      },
      {
        title: { zh: '现场查勘', en: 'Site inspection' },
        description: {
          zh: '住房城乡建设部门核查工程进度和投资情况。',
          en: 'The bureau checks building progress and investment on site.',
        },
      },
      {
        title: { zh: '核发许可证', en: 'Permit issued' },
        description: {
          zh: '准予预售的核发预售许可证，并在网上公开预售房源和监管账户。',
          en: 'If approved, the permit is issued and the homes and supervised account are published online.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 5,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      laws.urbanRealEstate,
      {
        zh: '《城市商品房预售管理办法》',
        en: 'Measures for the Administration of the Pre-sale of Urban Commercial Housing',
      },
    ],
    faqs: [
      {
        question: {
          zh: '购房人如何核实楼盘是否取得预售许可？',
          en: 'How can buyers check a development has a pre-sale permit?',
        },
        answer: {
          zh: '可在“江澄市房地产市场信息平台”按楼盘名称查询预售许可证号、可售房源和预售资金监管账户。购房款应存入监管账户。',
          en: 'Search by development name on the Jiangcheng property market information platform to see the permit number, homes for sale and supervised account. Pay only into the supervised account.',
        },
      },
    ],
    relatedCodes: ['ZJJ-001', 'ZRZY-011'],
    popularity: 1400,
    updatedAt: '2026-07-20',
  }),
];
