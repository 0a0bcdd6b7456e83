import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, guide, noFee } from './guide.ts';
import { cultureCounterApplyStep, laws, operatorId } from './services-business-common.ts';

/** Permits for food, special equipment, health and culture businesses (经营许可). */
export const permitServices: ServiceGuide[] = [
  guide({
    code: 'SCJG-020',
    name: {
      zh: '食品经营许可（新办）',
      en: 'Food business licence (new application)',
    },
    summary: {
      zh: '在江澄市开办餐馆、食堂、食品店、超市等从事食品销售或餐饮服务的，应当取得食品经营许可证。许可证有效期5年，申请及发证全程可网上办理，电子证书与纸质证书同等有效。',
      en: 'To run a restaurant, canteen, food shop, supermarket or any other business that sells food or serves meals in Jiangcheng, you need a food business licence. It is valid for 5 years. You can apply online, and the electronic licence is as valid as the paper one.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: [
        '食品经营许可证',
        '食品许可证',
        '餐饮许可证',
        '开饭店',
        '开餐馆',
        '食品卫生许可证',
        '营业执照',
      ],
      en: [
        'food licence',
        'restaurant licence',
        'food hygiene',
        'catering licence',
        'business licence',
      ],
    },
    eligibility: [
      {
        zh: '已取得营业执照或其他主体资格证明文件。',
        en: 'The business has a business licence or other proof of legal status.',
      },
      {
        zh: '具有与经营的食品品种、数量相适应的经营场所，保持环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离。',
        en: 'The premises suit the kind and amount of food handled, are kept clean, and are the required distance from toxic or harmful sites and other sources of contamination.',
      },
      {
        zh: '具有相应的消毒、更衣、洗手、采光、照明、通风、冷藏、防尘、防蝇、防鼠、防虫、洗涤以及处理废水、存放垃圾和废弃物的设备或者设施。',
        en: 'There is equipment for disinfection, changing, hand-washing, lighting, ventilation, refrigeration, dust, fly, rodent and insect control, washing, waste water and rubbish.',
      },
      {
        zh: '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度，设备布局和工艺流程合理。',
        en: 'There is a full-time or part-time food safety manager, food safety procedures, and a sensible layout and workflow.',
      },
    ],
    materials: [
      {
        name: { zh: '食品经营许可申请书', en: 'Food business licence application form' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '营业执照', en: 'Business licence' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '通过信息共享核验，无需提交。',
          en: 'Checked through data sharing; you do not need to provide it.',
        },
      },
      {
        name: {
          zh: '经营场所平面布局图和主要设备设施清单',
          en: 'Floor plan of the premises and list of main equipment',
        },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '餐饮服务的应标明加工制作区域、餐用具清洗消毒区域和就餐区域等。',
          en: 'For catering, show the preparation area, the washing and disinfection area and the dining area.',
        },
      },
      {
        name: { zh: '食品安全规章制度', en: 'Food safety procedures' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '包括从业人员健康管理、进货查验记录、食品安全自查、食品安全事故处置等制度。',
          en: 'Including staff health checks, checking and recording supplies, self-inspection and handling food safety incidents.',
        },
      },
      {
        name: { zh: '委托书及代理人身份证件', en: "Letter of authority and the agent's ID" },
        form: 'original',
        copies: 1,
        notes: {
          zh: '委托他人办理时提交。',
          en: 'Only if someone applies for you.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过政务服务网或到政务服务中心市场监管窗口提交申请。',
          en: 'Apply on the government services website or at the market regulation counter of a service centre.',
        },
      },
      {
        title: { zh: '受理', en: 'Acceptance' },
        description: {
          zh: '材料齐全、符合法定形式的予以受理；需补正的一次性告知。',
          en: 'Complete applications are accepted. If anything is missing, you are told everything at once.',
        },
      },
      {
        title: { zh: '现场核查', en: 'Site inspection' },
        description: {
          zh: '需要核查的，监管人员到经营场所进行现场核查；作出承诺的低风险项目可先发证后核查。',
          en: 'Where needed, inspectors visit the premises. Low-risk applicants who make a written undertaking may receive the licence first and be inspected afterwards.',
        },
      },
      {
        title: { zh: '作出决定并发证', en: 'Decision and licence' },
        description: {
          zh: '符合条件的准予许可，发放电子证书，纸质证书可免费邮寄。',
          en: 'If you meet the conditions, the licence is granted and issued electronically; a paper copy can be posted free of charge.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 5,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.foodSafety, laws.foodBusinessLicensing],
    faqs: [
      {
        question: {
          zh: '员工需要办理健康证吗？',
          en: 'Do staff need health certificates?',
        },
        answer: {
          zh: '需要。从事接触直接入口食品工作的人员应当每年进行健康检查，取得健康证明后方可上岗。健康证明可在市内指定的体检机构办理。',
          en: 'Yes. Anyone handling food that is eaten without further cooking must have a health check every year and hold a health certificate before starting work. Designated clinics in the city issue them.',
        },
      },
      {
        question: {
          zh: '只卖包装好的食品也要办许可证吗？',
          en: 'Do I need a licence if I only sell pre-packaged food?',
        },
        answer: {
          zh: '不需要许可，但应当办理仅销售预包装食品备案。',
          en: 'No licence is needed, but you must file a notice that you sell only pre-packaged food.',
        },
      },
    ],
    relatedCodes: ['SCJG-021', 'SCJG-022', 'SCJG-023', 'SCJG-001'],
    popularity: 5200,
    updatedAt: '2026-03-23',
  }),
  guide({
    code: 'SCJG-021',
    name: {
      zh: '食品经营许可变更、延续',
      en: 'Changing or renewing a food business licence',
    },
    summary: {
      zh: '食品经营许可证载明的经营项目、主体业态等事项发生变化的，应当申请变更；需要延续许可有效期的，应在有效期届满前90个工作日至15个工作日期间提出延续申请。经营场所发生变化的，应当重新申请许可。',
      en: 'If the business activities or type of business on your food licence change, apply to amend it. To renew the licence, apply between 90 and 15 working days before it expires. If you move to new premises, you must apply for a new licence.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['食品经营许可证延续', '食品许可证到期', '食品许可证变更', '换证', '餐饮许可证'],
      en: ['renew food licence', 'food licence expiry', 'amend food licence', 'restaurant licence'],
    },
    eligibility: [
      {
        zh: '持有有效的食品经营许可证。',
        en: 'You hold a valid food business licence.',
      },
      {
        zh: '延续的，在有效期届满前90个工作日至15个工作日期间申请，且经营条件未发生变化或变化后仍符合要求。',
        en: 'For renewal, you apply between 90 and 15 working days before expiry, and your premises and equipment still meet the requirements.',
      },
    ],
    materials: [
      {
        name: {
          zh: '食品经营许可变更（延续）申请书',
          en: 'Application to amend or renew a food licence',
        },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '与变更事项有关的材料', en: 'Documents about the change' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '如增加经营项目的，提交相应的设备设施清单和布局图。',
          en: 'For example, an equipment list and floor plan if you add new activities.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '网上或到市场监管窗口提交变更或延续申请。',
          en: 'Apply online or at a market regulation counter.',
        },
      },
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '对经营条件未发生变化的延续申请不再现场核查。',
          en: 'Renewals with no change to the premises are not inspected again.',
        },
      },
      {
        title: { zh: '换发许可证', en: 'New licence' },
        description: {
          zh: '准予变更的，许可证编号不变，有效期不变；准予延续的，有效期自届满之日起重新计算5年。',
          en: 'An amended licence keeps its number and expiry date. A renewed licence runs for another 5 years from the old expiry date.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 3,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.foodSafety, laws.foodBusinessLicensing],
    faqs: [
      {
        question: {
          zh: '许可证过期了还能延续吗？',
          en: 'Can I renew a licence that has already expired?',
        },
        answer: {
          zh: '不能。许可证过期后不得继续经营，需重新申请食品经营许可。',
          en: 'No. You must stop trading and apply for a new licence.',
        },
      },
    ],
    relatedCodes: ['SCJG-020'],
    popularity: 3100,
    updatedAt: '2026-03-23',
  }),
  guide({
    code: 'SCJG-022',
    name: {
      zh: '小餐饮经营登记',
      en: 'Registering a small eatery',
    },
    summary: {
      zh: '经营场所面积较小、从业人员较少、经营条件简单的小餐馆、小吃店、早餐店等，可办理小餐饮经营登记，无需申请食品经营许可证。登记当日办结，发放小餐饮登记证。',
      en: 'Small restaurants, snack shops and breakfast stalls with small premises, few staff and simple operations can register as a small eatery instead of applying for a full food business licence. Registration is done the same day.',
    },
    departmentId: 'scjg',
    audience: ['business', 'individual'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['小吃店', '早餐店', '小饭馆', '餐饮登记', '营业执照'],
      en: [
        'small restaurant',
        'snack bar',
        'food stall',
        'small eatery registration',
        'business licence',
      ],
    },
    eligibility: [
      {
        zh: '已取得营业执照，经营场所使用面积在50平方米以下。',
        en: 'The business has a business licence and its premises are under 50 m².',
      },
      {
        zh: '不经营生食类、冷荤类食品和裱花蛋糕等高风险食品。',
        en: 'It does not serve high-risk foods such as raw food, cold cooked meats or decorated cream cakes.',
      },
      {
        zh: '从业人员持有有效的健康证明，具备基本的清洗消毒、冷藏和防蝇防鼠设施。',
        en: 'Staff hold valid health certificates and there are basic facilities for washing, disinfection, refrigeration and pest control.',
      },
    ],
    materials: [
      {
        name: { zh: '小餐饮经营登记申请表', en: 'Small eatery registration form' },
        form: 'original',
        copies: 1,
      },
      operatorId,
      {
        name: { zh: '从业人员健康证明', en: 'Staff health certificates' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '经营场所平面示意图', en: 'Simple plan of the premises' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '到经营场所所在区政务服务中心市场监管窗口或网上提交申请。',
          en: 'Apply at the market regulation counter of your district service centre or online.',
        },
      },
      {
        title: { zh: '承诺并登记', en: 'Undertaking and registration' },
        description: {
          zh: '经营者书面承诺符合小餐饮经营条件，材料齐全的当场发放登记证。',
          en: 'You confirm in writing that you meet the conditions, and the registration certificate is issued on the spot.',
        },
      },
      {
        title: { zh: '事后检查', en: 'Follow-up inspection' },
        description: {
          zh: '市场监管所在登记后对经营场所进行检查，不符合条件的责令整改。',
          en: 'The local market regulation office later inspects the premises and orders any improvements needed.',
        },
      },
    ],
    statutoryDays: 10,
    promisedDays: 0,
    fee: noFee,
    hallIds: ['linjiang', 'xincheng', 'beihu', 'nanshan'],
    visits: 0,
    legalBasis: [laws.foodSafety],
    faqs: [
      {
        question: {
          zh: '小餐饮可以做外卖吗？',
          en: 'Can a small eatery sell through delivery apps?',
        },
        answer: {
          zh: '可以。入驻网络订餐平台时须在店铺页面公示营业执照和小餐饮登记证，并使用符合要求的食品封签。',
          en: 'Yes. Display your business licence and registration certificate on your shop page and use tamper-evident seals on packaging.',
        },
      },
    ],
    relatedCodes: ['SCJG-020', 'SCJG-002'],
    popularity: 3400,
    updatedAt: '2026-04-27',
  }),
  guide({
    code: 'SCJG-023',
    name: {
      zh: '仅销售预包装食品备案',
      en: 'Filing notice to sell only pre-packaged food',
    },
    summary: {
      zh: '便利店、烟酒店、母婴店等仅销售预包装食品的，不需要取得食品经营许可证，应当向所在地市场监管部门备案。备案当场办结。',
      en: 'Convenience stores, off-licences, baby shops and others that sell only pre-packaged food do not need a food business licence but must file a notice with market regulation. It is done on the spot.',
    },
    departmentId: 'scjg',
    audience: ['business', 'individual'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['便利店', '小卖部', '零食店', '营业执照'],
      en: ['convenience store', 'corner shop', 'food notification', 'business licence'],
    },
    eligibility: [
      {
        zh: '已取得营业执照，经营的食品均为预包装食品（含冷藏冷冻预包装食品）。',
        en: 'The business has a business licence and sells only pre-packaged food (including chilled and frozen).',
      },
      {
        zh: '销售特殊医学用途配方食品、婴幼儿配方乳粉的，在备案时一并注明。',
        en: 'If you sell food for special medical purposes or infant formula, say so when you file.',
      },
    ],
    materials: [
      {
        name: { zh: '仅销售预包装食品备案信息采集表', en: 'Pre-packaged food filing form' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: {
          zh: '经营者或法定代表人身份证件',
          en: 'ID of the operator or legal representative',
        },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '填报备案信息', en: 'Complete the form' },
        description: {
          zh: '网上或到窗口填写经营场所、食品类别、是否冷藏冷冻等信息。',
          en: 'Give the premises, the kinds of food and whether you keep chilled or frozen food, online or at a counter.',
        },
      },
      {
        title: { zh: '备案完成', en: 'Filing done' },
        description: {
          zh: '材料齐全的当场备案，生成备案编号。',
          en: 'Complete filings are accepted on the spot and given a filing number.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [laws.foodSafety, laws.foodBusinessLicensing],
    faqs: [
      {
        question: {
          zh: '店里想现场冲咖啡、卖关东煮，可以只备案吗？',
          en: 'We also want to make coffee or sell hot snacks. Is filing enough?',
        },
        answer: {
          zh: '不可以。现场制售食品属于餐饮服务或散装食品经营，应当申请食品经营许可。',
          en: 'No. Preparing food on site counts as catering or selling loose food, which needs a food business licence.',
        },
      },
    ],
    relatedCodes: ['SCJG-020'],
    popularity: 2800,
    updatedAt: '2026-04-27',
  }),
  guide({
    code: 'SCJG-024',
    name: {
      zh: '特种设备使用登记',
      en: 'Registering the use of special equipment (lifts, boilers and more)',
    },
    summary: {
      zh: '电梯、锅炉、压力容器、起重机械、场（厂）内专用机动车辆等特种设备，使用单位应当在投入使用前或者投入使用后30日内办理使用登记，取得使用登记证，登记标志置于设备显著位置。',
      en: 'Whoever operates lifts, boilers, pressure vessels, cranes, forklifts and other special equipment must register it before use or within 30 days of starting to use it, obtain a registration certificate and display the registration mark on the equipment.',
    },
    departmentId: 'scjg',
    audience: ['business'],
    themeIds: ['business-permits', 'construction'],
    keywords: {
      zh: ['电梯登记', '锅炉登记', '叉车上牌', '压力容器', '起重机械'],
      en: [
        'lift registration',
        'elevator registration',
        'boiler registration',
        'forklift',
        'pressure vessel',
        'crane',
      ],
    },
    eligibility: [
      {
        zh: '特种设备已经安装（改造、修理）监督检验合格或定期检验合格。',
        en: 'The equipment has passed its installation (alteration or repair) inspection or its periodic inspection.',
      },
      {
        zh: '使用单位已配备相应的安全管理人员和作业人员，建立安全管理制度。',
        en: 'The operator has safety managers and qualified operators and has safety procedures in place.',
      },
    ],
    materials: [
      {
        name: { zh: '特种设备使用登记表', en: 'Special equipment registration form' },
        form: 'original',
        copies: 2,
      },
      {
        name: { zh: '产品合格证（含产品数据表）', en: 'Certificate of conformity with data sheet' },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '监督检验证明或定期检验报告',
          en: 'Inspection certificate or periodic inspection report',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '检验机构已上传信息系统的，可免于提交。',
          en: 'Not needed if the inspection body has uploaded it.',
        },
      },
      {
        name: {
          zh: '使用单位经办人身份证件及授权书',
          en: "Applicant's ID and letter of authority",
        },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '通过特种设备使用登记系统填报设备信息，上传材料。',
          en: 'Enter the equipment details and upload documents on the special equipment registration system.',
        },
      },
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '登记机关审查材料，必要时进行现场核查。',
          en: 'The registration office checks the documents and may inspect on site.',
        },
      },
      {
        title: { zh: '发证', en: 'Certificate' },
        description: {
          zh: '准予登记的，发放使用登记证和登记标志。',
          en: 'If approved, you receive the registration certificate and mark.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 5,
    fee: {
      free: true,
      description: {
        zh: '不收费。设备检验费用由使用单位与检验机构另行结算。',
        en: 'Free of charge. Inspection fees are paid separately to the inspection body.',
      },
    },
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      {
        zh: '《中华人民共和国特种设备安全法》',
        en: "Special Equipment Safety Law of the People's Republic of China",
      },
      {
        zh: '《特种设备安全监察条例》',
        en: 'Regulations on the Safety Supervision of Special Equipment',
      },
    ],
    faqs: [
      {
        question: {
          zh: '住宅小区的电梯由谁办理使用登记？',
          en: 'Who registers the lifts in a residential estate?',
        },
        answer: {
          zh: '由电梯使用单位办理，一般为受委托的物业服务企业；未委托物业的，由业主或业主委托的管理人办理。',
          en: 'The operator, usually the property management company appointed by the owners. Where there is none, the owners or the manager they appoint.',
        },
      },
    ],
    relatedCodes: ['ZJJ-002'],
    popularity: 1600,
    updatedAt: '2026-06-08',
  }),
  guide({
    code: 'WJW-020',
    name: {
      zh: '医疗机构执业登记',
      en: 'Registration of a medical institution (practising licence)',
    },
    summary: {
      zh: '医院、门诊部、社区卫生服务中心等医疗机构开展诊疗活动前，应当办理执业登记，取得《医疗机构执业许可证》。二级及以下医疗机构的设置审批与执业登记可合并办理。诊所实行备案管理，不适用本事项。',
      en: 'Hospitals, outpatient departments, community health centres and other medical institutions must register and obtain a medical institution practising licence before treating patients. For institutions at level 2 or below, approval to set up and registration can be handled together. Clinics file a notice instead and do not use this service.',
    },
    departmentId: 'wjw',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['医疗机构执业许可证', '开医院', '民营医院', '门诊部', '医院审批', '医疗许可证'],
      en: [
        'medical practising licence',
        'hospital licence',
        'open a hospital',
        'private hospital',
        'outpatient clinic',
      ],
    },
    eligibility: [
      {
        zh: '符合医疗机构基本标准和江澄市医疗机构设置规划。',
        en: 'The institution meets the basic standards for medical institutions and fits the Jiangcheng medical facilities plan.',
      },
      {
        zh: '有适合的名称、组织机构和场所，有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员。',
        en: 'It has a suitable name, organisation and premises, and funds, facilities, equipment and qualified health professionals for the services it offers.',
      },
      {
        zh: '有相应的规章制度，能够独立承担民事责任。',
        en: 'It has proper rules and procedures and can bear civil liability on its own.',
      },
    ],
    materials: [
      {
        name: {
          zh: '医疗机构申请执业登记注册书',
          en: 'Application for registration of a medical institution',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '设置医疗机构批准书', en: 'Approval to set up a medical institution' },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '设置审批与执业登记合并办理的，免于提交。',
          en: 'Not needed if approval and registration are handled together.',
        },
      },
      {
        name: {
          zh: '医疗机构用房产权证明或使用证明及建筑平面图',
          en: 'Proof of right to use the building and floor plans',
        },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '法定代表人或主要负责人及各科室负责人名录和执业证书',
          en: 'List of the legal representative, head and department heads with their practising certificates',
        },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '医疗机构规章制度', en: 'Rules and procedures of the institution' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '通过政务服务网或到市民服务中心卫生健康窗口提交申请。',
          en: 'Apply on the government services website or at the health counter of the Citizen Service Centre.',
        },
      },
      {
        title: { zh: '受理和审查', en: 'Acceptance and review' },
        description: {
          zh: '卫生健康部门审查材料，组织专家进行现场审核。',
          en: 'The Health Commission checks the documents and sends experts to inspect the site.',
        },
      },
      {
        title: { zh: '作出决定', en: 'Decision' },
        description: {
          zh: '审核合格的予以登记，发放《医疗机构执业许可证》；不合格的书面说明理由。',
          en: 'If the inspection is passed, the practising licence is issued. If not, you are told why in writing.',
        },
      },
      {
        title: { zh: '定期校验', en: 'Periodic verification' },
        description: {
          zh: '取得许可证后按规定定期办理校验。',
          en: 'After that, the licence must be verified at set intervals.',
        },
      },
    ],
    statutoryDays: 45,
    promisedDays: 20,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      {
        zh: '《中华人民共和国基本医疗卫生与健康促进法》',
        en: "Law of the People's Republic of China on Basic Medical and Health Care and the Promotion of Health",
      },
      laws.medicalInstitutions,
      {
        zh: '《医疗机构管理条例实施细则》',
        en: 'Detailed Rules for the Implementation of the Regulations on the Administration of Medical Institutions',
      },
    ],
    faqs: [
      {
        question: {
          zh: '三级医院也在这里办理吗？',
          en: 'Are level 3 hospitals registered here?',
        },
        answer: {
          zh: '不是。三级医院及省级规定的其他医疗机构由省卫生健康委员会审批登记，本事项受理二级及以下医疗机构。',
          en: 'No. Level 3 hospitals and some other institutions are registered by the provincial Health Commission. This service covers level 2 and below.',
        },
      },
    ],
    relatedCodes: ['WJW-021', 'WJW-023'],
    popularity: 900,
    updatedAt: '2026-02-02',
  }),
  guide({
    code: 'WJW-021',
    name: {
      zh: '诊所备案',
      en: 'Filing notice to open a clinic',
    },
    summary: {
      zh: '举办诊所实行备案管理，不再办理设置审批和执业登记。备案人提交备案材料后当场发放《诊所备案凭证》，即可开展诊疗活动，卫生健康部门在30日内进行现场核查。中医诊所按中医诊所备案规定办理。',
      en: 'Opening a clinic only requires a filing notice, not approval and registration. The clinic filing certificate is issued on the spot and you may then start treating patients. The Health Commission inspects the clinic within 30 days. Traditional Chinese medicine clinics follow the TCM clinic filing rules.',
    },
    departmentId: 'wjw',
    audience: ['business', 'individual'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['开诊所', '私人诊所', '个体诊所', '诊所备案凭证', '门诊'],
      en: ['private clinic', 'GP surgery', 'clinic registration', 'doctor practice'],
    },
    eligibility: [
      {
        zh: '符合诊所基本标准，有与开展的诊疗科目相适应的场所、设备和卫生技术人员。',
        en: 'The clinic meets the basic clinic standards, with premises, equipment and health professionals suited to the services offered.',
      },
      {
        zh: '诊所主要负责人取得医师执业证书，且经执业注册后在医疗卫生机构中执业满5年。',
        en: "The head of the clinic holds a physician's practising certificate and has practised in a medical institution for at least 5 years since registration.",
      },
    ],
    materials: [
      {
        name: { zh: '诊所备案信息表', en: 'Clinic filing form' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '诊所用房产权证明或使用证明及平面布局图',
          en: 'Proof of right to use the premises and floor plan',
        },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '诊所卫生技术人员名录及执业证书',
          en: 'List of health professionals and their practising certificates',
        },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '诊所规章制度', en: 'Clinic rules and procedures' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '附设药房（柜）的药品种类清单',
          en: 'List of medicines stocked, if the clinic has a dispensary',
        },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交备案', en: 'File' },
        description: {
          zh: '网上或到所在区政务服务中心卫生健康窗口提交备案材料。',
          en: 'File online or at the health counter of your district service centre.',
        },
      },
      {
        title: { zh: '领取备案凭证', en: 'Receive the filing certificate' },
        description: {
          zh: '材料齐全的当场发放《诊所备案凭证》。',
          en: 'If the documents are complete, the certificate is issued there and then.',
        },
      },
      {
        title: { zh: '现场核查', en: 'Inspection' },
        description: {
          zh: '卫生健康部门自备案之日起30日内进行现场核查，不符合要求的责令改正。',
          en: 'The Health Commission inspects within 30 days of filing and orders any corrections needed.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.medicalInstitutions,
      {
        zh: '《诊所备案管理暂行办法》',
        en: 'Interim Measures for the Administration of Clinic Filing',
      },
    ],
    faqs: [
      {
        question: {
          zh: '诊所可以开展哪些诊疗科目？',
          en: 'Which services can a clinic offer?',
        },
        answer: {
          zh: '按备案的诊疗科目执业，不得开展超出备案范围的诊疗活动；需要增加科目的，应办理备案变更。',
          en: 'Only the services in your filing. To add services, update the filing first.',
        },
      },
    ],
    relatedCodes: ['WJW-020', 'WJW-023'],
    popularity: 1300,
    updatedAt: '2026-02-02',
  }),
  guide({
    code: 'WJW-022',
    name: {
      zh: '公共场所卫生许可',
      en: 'Hygiene permit for public venues',
    },
    summary: {
      zh: '宾馆、旅店、公共浴室、理发店、美容店、游泳场馆、影剧院等公共场所，开业前应当取得公共场所卫生许可证，许可证有效期4年。除游泳场所外，可实行告知承诺，当场发证。',
      en: 'Hotels, guesthouses, bathhouses, hairdressers, beauty salons, swimming pools, cinemas and theatres need a public venue hygiene permit before they open. It is valid for 4 years. Except for swimming pools, you can make a written undertaking and receive the permit on the spot.',
    },
    departmentId: 'wjw',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: [
        '卫生许可证',
        '宾馆卫生许可',
        '美容院卫生许可',
        '理发店卫生许可',
        '游泳馆卫生许可',
        '健康证',
      ],
      en: [
        'hotel licence',
        'salon licence',
        'barber licence',
        'swimming pool permit',
        'health certificate',
      ],
    },
    eligibility: [
      {
        zh: '已取得营业执照，经营场所选址、布局和卫生设施符合国家卫生标准和规范。',
        en: 'The business has a business licence, and its location, layout and sanitary facilities meet national hygiene standards.',
      },
      {
        zh: '建立卫生管理制度，配备专职或兼职卫生管理人员。',
        en: 'There are hygiene procedures and a full-time or part-time hygiene manager.',
      },
      {
        zh: '直接为顾客服务的从业人员取得有效健康合格证明。',
        en: 'Staff serving customers directly hold valid health certificates.',
      },
    ],
    materials: [
      {
        name: { zh: '公共场所卫生许可申请书', en: 'Public venue hygiene permit application' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '场所平面图和卫生设施布局说明',
          en: 'Floor plan and layout of sanitary facilities',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '公共场所卫生检测或评价报告', en: 'Hygiene test or assessment report' },
        form: 'original',
        copies: 1,
        notes: {
          zh: '实行告知承诺的，可承诺在规定期限内补交。',
          en: 'Under the written undertaking route, you may promise to provide it within the set time.',
        },
      },
      {
        name: {
          zh: '卫生管理制度及从业人员健康合格证明',
          en: 'Hygiene procedures and staff health certificates',
        },
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '网上或到政务服务中心卫生健康窗口提交申请，选择告知承诺或一般审批方式。',
          en: 'Apply online or at a health counter and choose either the written undertaking or standard route.',
        },
      },
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '一般审批的，卫生监督人员进行现场审查；告知承诺的，当场作出许可决定。',
          en: 'On the standard route, health inspectors visit the venue. On the undertaking route, the decision is made on the spot.',
        },
      },
      {
        title: { zh: '发证和事后核查', en: 'Permit and follow-up' },
        description: {
          zh: '发放卫生许可证；告知承诺的在发证后3个月内进行核查。',
          en: 'The permit is issued. Undertaking-route venues are inspected within 3 months.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 1,
    legalBasis: [
      {
        zh: '《公共场所卫生管理条例》',
        en: 'Regulations on the Hygiene Administration of Public Places',
      },
      {
        zh: '《公共场所卫生管理条例实施细则》',
        en: 'Detailed Rules for the Implementation of the Regulations on the Hygiene Administration of Public Places',
      },
    ],
    faqs: [
      {
        question: {
          zh: '开饭店、咖啡馆需要办理公共场所卫生许可证吗？',
          en: 'Does a restaurant or café need this permit?',
        },
        answer: {
          zh: '不需要。饭馆、咖啡馆、酒吧、茶座的公共场所卫生许可已经取消，办理食品经营许可即可。',
          en: 'No. Restaurants, cafés, bars and tea houses no longer need it; they need a food business licence instead.',
        },
      },
      {
        question: {
          zh: '许可证到期怎么办？',
          en: 'What do I do when the permit expires?',
        },
        answer: {
          zh: '应在有效期届满30日前申请延续。',
          en: 'Apply to renew it at least 30 days before it expires.',
        },
      },
    ],
    relatedCodes: ['SCJG-020', 'WHLY-001'],
    popularity: 2500,
    updatedAt: '2026-05-18',
  }),
  guide({
    code: 'WJW-023',
    name: {
      zh: '医师执业注册',
      en: 'Registering to practise as a doctor',
    },
    summary: {
      zh: '取得医师资格的人员，应当向所在地卫生健康部门申请执业注册，取得医师执业证书后方可在注册的执业地点、类别和范围内从事诊疗活动。已实行电子化注册，变更执业地点、多机构执业备案也在本事项办理。',
      en: 'Anyone who has qualified as a doctor must register with the local Health Commission and receive a practising certificate before treating patients, and may then practise only at the registered place, in the registered category and scope. Registration is electronic; changes of workplace and practising at several institutions are handled here too.',
    },
    departmentId: 'wjw',
    audience: ['individual'],
    themeIds: ['employment', 'business-permits'],
    keywords: {
      zh: ['医师执业证', '医生注册', '执业医师注册', '多点执业', '变更执业地点', '医师电子化注册'],
      en: [
        'medical registration',
        'doctor registration',
        'practising certificate',
        'physician licence',
        'change workplace',
      ],
    },
    eligibility: [
      {
        zh: '已通过医师资格考试，取得医师资格证书。',
        en: 'You have passed the national medical licensing examination and hold a physician qualification certificate.',
      },
      {
        zh: '拟执业的医疗卫生机构同意聘用。',
        en: 'A medical institution has agreed to employ you.',
      },
      {
        zh: '不存在《医师法》规定不予注册的情形，如受刑事处罚自刑罚执行完毕之日起不满二年等。',
        en: 'None of the grounds for refusal in the Physicians Law apply, such as less than two years since completing a criminal sentence.',
      },
    ],
    materials: [
      {
        name: { zh: '医师执业注册申请审核表', en: 'Physician registration application' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: {
          zh: '近6个月内的健康体检证明',
          en: 'Health check certificate from the last 6 months',
        },
        form: 'electronic',
        copies: 1,
      },
      {
        name: {
          zh: '医疗卫生机构拟聘用证明',
          en: 'Letter of intent to employ from the institution',
        },
        form: 'electronic',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '登录注册系统', en: 'Sign in' },
        description: {
          zh: '登录医师电子化注册系统，填写注册信息并上传材料。',
          en: 'Sign in to the electronic physician registration system, enter your details and upload the documents.',
        },
      },
      {
        title: { zh: '机构确认', en: 'Employer confirms' },
        description: {
          zh: '拟执业机构在系统中确认聘用信息。',
          en: 'The institution confirms your employment in the system.',
        },
      },
      {
        title: { zh: '审核注册', en: 'Review and registration' },
        description: {
          zh: '卫生健康部门审核后准予注册，发放电子医师执业证书。',
          en: 'The Health Commission reviews and registers you and issues an electronic practising certificate.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      {
        zh: '《中华人民共和国医师法》',
        en: "Physicians Law of the People's Republic of China",
      },
      {
        zh: '《医师执业注册管理办法》',
        en: 'Measures for the Administration of Physician Practising Registration',
      },
    ],
    faqs: [
      {
        question: {
          zh: '想在两家医院执业需要重新注册吗？',
          en: 'Do I need to register again to work at a second hospital?',
        },
        answer: {
          zh: '不需要重新注册。在主要执业机构注册后，到其他机构执业的，由拟执业机构在系统中进行备案即可。',
          en: 'No. Once registered at your main institution, the other institution files a record for you in the system.',
        },
      },
    ],
    relatedCodes: ['WJW-020', 'WJW-021'],
    popularity: 1400,
    updatedAt: '2026-03-30',
  }),
  guide({
    code: 'WHLY-001',
    name: {
      zh: '娱乐场所经营许可',
      en: 'Entertainment venue licence',
    },
    summary: {
      zh: '开办歌舞娱乐场所（KTV、歌舞厅等）和游艺娱乐场所（电子游艺厅、游戏游艺场所等），应当向所在地文化和旅游部门申请娱乐经营许可证，取得许可后方可营业。',
      en: 'To open a singing and dancing venue (karaoke, dance hall) or an amusement arcade, apply to the culture and tourism authority for an entertainment business licence. You may open only once the licence is granted.',
    },
    departmentId: 'whly',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['KTV', '歌舞厅', '卡拉OK', '娱乐经营许可证', '游艺厅', '电玩城', '营业执照'],
      en: [
        'karaoke licence',
        'KTV',
        'dance hall',
        'arcade licence',
        'entertainment licence',
        'business licence',
      ],
    },
    eligibility: [
      {
        zh: '已取得营业执照，投资人、法定代表人、主要负责人不存在《娱乐场所管理条例》禁止的情形。',
        en: 'The business has a business licence, and none of its investors, legal representative or managers is barred under the Regulations on Entertainment Venues.',
      },
      {
        zh: '场所不设在居民楼、博物馆、图书馆和被核定为文物保护单位的建筑物内，不在居民住宅区和学校、医院、机关周围。',
        en: 'The venue is not in a residential building, museum, library or protected heritage building, and not near housing estates, schools, hospitals or government offices.',
      },
      {
        zh: '场所面积、包厢设置、照明和安全设施符合国家和省规定的标准。',
        en: 'Floor area, private rooms, lighting and safety equipment meet national and provincial standards.',
      },
    ],
    materials: [
      {
        name: { zh: '娱乐场所经营许可申请书', en: 'Entertainment licence application' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '投资人、法定代表人、主要负责人的身份证件及无禁止情形的书面声明',
          en: 'ID of the investors, legal representative and managers, with a written declaration that none is barred',
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '场所房屋产权证明或租赁合同', en: 'Title deeds or lease for the venue' },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '场所平面示意图及包厢（房间）设置说明',
          en: 'Floor plan and details of private rooms',
        },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '网上或到政务服务中心文化旅游窗口提交申请。',
          en: 'Apply online or at the culture and tourism counter of a service centre.',
        },
      },
      {
        title: { zh: '实地检查', en: 'Site inspection' },
        description: {
          zh: '文化旅游部门进行实地检查；涉及周边居民利益的，可举行听证。',
          en: "Officers inspect the venue. If neighbours' interests are affected, a hearing may be held.",
        },
      },
      {
        title: { zh: '作出决定', en: 'Decision' },
        description: {
          zh: '符合条件的发放娱乐经营许可证，不符合的书面说明理由。',
          en: 'If you qualify, the licence is issued. If not, you are told why in writing.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      {
        zh: '《娱乐场所管理条例》',
        en: 'Regulations on the Administration of Entertainment Venues',
      },
      {
        zh: '《娱乐场所管理办法》',
        en: 'Measures for the Administration of Entertainment Venues',
      },
    ],
    faqs: [
      {
        question: {
          zh: '取得娱乐经营许可证后还需要消防手续吗？',
          en: 'Do I also need fire safety clearance?',
        },
        answer: {
          zh: '需要。娱乐场所属于公众聚集场所，投入使用、营业前应当向消防救援机构申请消防安全检查。',
          en: 'Yes. Entertainment venues are public gathering places and must pass a fire safety inspection by the fire and rescue service before opening.',
        },
      },
      {
        question: {
          zh: '娱乐场所可以接纳未成年人吗？',
          en: 'Can under-18s be admitted?',
        },
        answer: {
          zh: '歌舞娱乐场所不得接纳未成年人；游艺娱乐场所除国家法定节假日外，不得向未成年人提供设置在场所内的游戏游艺设备。',
          en: 'Singing and dancing venues may not admit under-18s. Arcades may let them use game machines only on public holidays.',
        },
      },
    ],
    relatedCodes: ['WHLY-003', 'WJW-022'],
    popularity: 1200,
    updatedAt: '2026-06-22',
  }),
  guide({
    code: 'WHLY-002',
    name: {
      zh: '旅行社设立许可',
      en: 'Travel agency licence',
    },
    summary: {
      zh: '申请经营国内旅游业务和入境旅游业务的旅行社，应当取得旅行社业务经营许可证，并在取得许可后按规定存入质量保证金。',
      en: 'To run a travel agency offering domestic and inbound tours, you need a travel agency licence. Once licensed, you must deposit a quality guarantee.',
    },
    departmentId: 'whly',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: [
        '开旅行社',
        '旅行社经营许可证',
        '国内游',
        '入境游',
        '旅游公司',
        '质量保证金',
        '营业执照',
      ],
      en: ['tour operator', 'domestic tours', 'inbound tourism', 'business licence'],
    },
    eligibility: [
      {
        zh: '已取得营业执照，有固定的经营场所。',
        en: 'The business has a business licence and fixed premises.',
      },
      {
        zh: '有必要的营业设施，如电话、传真、计算机等办公设备。',
        en: 'It has the necessary equipment, such as phones and computers.',
      },
      {
        zh: '有取得导游证或具备旅游从业经历的经营管理人员。',
        en: 'It has managers with tour guide certificates or tourism experience.',
      },
    ],
    materials: [
      {
        name: { zh: '旅行社设立申请书', en: 'Travel agency application' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '法定代表人履历表及身份证件', en: "Legal representative's CV and ID" },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '经营场所证明', en: 'Proof of premises' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '营业设施、设备证明或说明', en: 'Evidence or description of equipment' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      cultureCounterApplyStep,
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '文化旅游部门审查材料，必要时实地核查经营场所。',
          en: 'Officers check the documents and may visit the premises.',
        },
      },
      {
        title: { zh: '许可发证', en: 'Licence' },
        description: {
          zh: '准予许可的，发放旅行社业务经营许可证。',
          en: 'If approved, the travel agency licence is issued.',
        },
      },
      {
        title: { zh: '存入质量保证金', en: 'Deposit the guarantee' },
        description: {
          zh: '自取得许可证之日起3个工作日内，在指定银行存入质量保证金20万元或提交等额银行担保。',
          en: 'Within 3 working days of receiving the licence, deposit 200,000 yuan with a designated bank or provide a bank guarantee for the same amount.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: {
      free: true,
      description: {
        zh: '许可不收费。质量保证金属于旅行社资金，不是行政收费，依法退还。',
        en: "There is no fee for the licence. The quality guarantee remains the agency's money and is returned as the law provides.",
      },
    },
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      {
        zh: '《中华人民共和国旅游法》',
        en: "Tourism Law of the People's Republic of China",
      },
      {
        zh: '《旅行社条例》',
        en: 'Regulations on Travel Agencies',
      },
      {
        zh: '《旅行社条例实施细则》',
        en: 'Detailed Rules for the Implementation of the Regulations on Travel Agencies',
      },
    ],
    faqs: [
      {
        question: {
          zh: '新设立的旅行社可以做出境游吗？',
          en: 'Can a new agency sell outbound tours?',
        },
        answer: {
          zh: '不可以。旅行社取得经营许可满两年，且未因侵害旅游者合法权益受到行政机关罚款以上处罚的，方可申请经营出境旅游业务。',
          en: "No. An agency may apply for outbound tours only after holding its licence for two years with no fine or heavier penalty for harming tourists' rights.",
        },
      },
    ],
    relatedCodes: ['SCJG-001'],
    popularity: 800,
    updatedAt: '2026-04-06',
  }),
  guide({
    code: 'WHLY-003',
    name: {
      zh: '互联网上网服务营业场所经营许可',
      en: 'Internet café licence',
    },
    summary: {
      zh: '开办网吧、网咖、电竞馆等互联网上网服务营业场所，应当向所在地文化和旅游部门申请网络文化经营许可，取得《网络文化经营许可证》后方可营业。',
      en: 'To open an internet café, gaming café or e-sports venue, apply to the culture and tourism authority for an internet service licence. You may open only once it is granted.',
    },
    departmentId: 'whly',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['网吧', '网咖', '电竞馆', '网络文化经营许可证', '营业执照'],
      en: ['internet cafe', 'gaming cafe', 'esports venue', 'LAN centre', 'business licence'],
    },
    eligibility: [
      {
        zh: '已取得营业执照，有与其经营活动相适应的营业场所和计算机等设备。',
        en: 'The business has a business licence and premises and computers suited to its operations.',
      },
      {
        zh: '营业场所不在中小学校周围200米范围内，也不在居民住宅楼（院）内。',
        en: 'The premises are not within 200 metres of a primary or secondary school, and not in a residential building or compound.',
      },
      {
        zh: '有固定的网络地址、与经营活动相适应的网络安全技术措施和安全管理专业人员，符合消防安全条件。',
        en: 'It has a fixed network address, suitable network security measures and staff, and meets fire safety requirements.',
      },
    ],
    materials: [
      {
        name: { zh: '网络文化经营许可申请书', en: 'Internet service licence application' },
        form: 'original',
        copies: 1,
      },
      {
        name: {
          zh: '法定代表人或主要负责人身份证件',
          en: 'ID of the legal representative or manager',
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '营业场所产权证明或租赁合同', en: 'Title deeds or lease for the premises' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '场所平面图和计算机配置清单', en: 'Floor plan and list of computers' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      cultureCounterApplyStep,
      {
        title: { zh: '实地检查', en: 'Site inspection' },
        description: {
          zh: '文化旅游部门会同有关部门实地检查场所和设备。',
          en: 'Officers, with other departments, inspect the premises and equipment.',
        },
      },
      {
        title: { zh: '发证', en: 'Licence' },
        description: {
          zh: '符合条件的发放《网络文化经营许可证》，场所安装实名登记和经营管理系统后开业。',
          en: 'If you qualify, the licence is issued. Install the real-name registration and management system before opening.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      {
        zh: '《互联网上网服务营业场所管理条例》',
        en: 'Regulations on the Administration of Business Premises for Internet Access Services',
      },
    ],
    faqs: [
      {
        question: {
          zh: '网吧可以接纳未成年人吗？',
          en: 'Can an internet café let in under-18s?',
        },
        answer: {
          zh: '不可以。互联网上网服务营业场所不得接纳未成年人进入，并应在入口处显著位置悬挂未成年人禁入标志。',
          en: 'No. Under-18s may not be admitted, and a sign saying so must be displayed at the entrance.',
        },
      },
    ],
    relatedCodes: ['WHLY-001'],
    popularity: 700,
    updatedAt: '2026-06-22',
  }),
  guide({
    code: 'WHLY-004',
    name: {
      zh: '营业性演出审批',
      en: 'Approval for a commercial performance',
    },
    summary: {
      zh: '在江澄市举办演唱会、音乐会、话剧、曲艺等营业性演出，演出举办单位应当向演出所在地文化和旅游部门申请审批。境内演出自受理之日起3日内作出决定。',
      en: 'To stage a concert, play, comedy show or other commercial performance in Jiangcheng, the organiser must apply to the culture and tourism authority where it will take place. For performances by mainland performers, a decision is made within 3 days.',
    },
    departmentId: 'whly',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['演唱会审批', '商演', '演出许可', '音乐节', '脱口秀'],
      en: [
        'performance licence',
        'concert permit',
        'music festival',
        'live show approval',
        'gig licence',
      ],
    },
    eligibility: [
      {
        zh: '演出举办单位为文艺表演团体、演出经纪机构或依法可以举办营业性演出的演出场所经营单位。',
        en: 'The organiser is a performing arts group, a licensed performance agency, or a venue operator entitled to hold commercial performances.',
      },
      {
        zh: '演出内容不含《营业性演出管理条例》禁止的内容。',
        en: 'The content contains nothing forbidden by the Regulations on Commercial Performances.',
      },
      {
        zh: '已落实演出场所并有相应的安全保卫工作方案。',
        en: 'A venue has been secured and there is a suitable safety and security plan.',
      },
    ],
    materials: [
      {
        name: { zh: '营业性演出申请表', en: 'Commercial performance application' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '演出节目内容材料及演员名单', en: 'Programme details and list of performers' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '演出场所合同或使用证明', en: 'Venue contract or proof of use' },
        form: 'copy',
        copies: 1,
      },
      {
        name: { zh: '演出举办单位资质证明', en: "Proof of the organiser's licence" },
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '通过全国文化市场技术监管与服务平台提交申请。',
          en: 'Apply on the national culture market supervision and service platform.',
        },
      },
      {
        title: { zh: '审核', en: 'Review' },
        description: {
          zh: '文化旅游部门审核演出内容和资质，必要时要求提交演出视频。',
          en: "Officers review the content and the organiser's licence, and may ask for recordings.",
        },
      },
      {
        title: { zh: '批准并售票', en: 'Approval and ticket sales' },
        description: {
          zh: '取得批准文件后方可宣传售票；大型演出还需按规定办理大型群众性活动安全许可。',
          en: 'You may advertise and sell tickets only after approval. Large events also need a public-security permit for mass gatherings.',
        },
      },
    ],
    statutoryDays: 3,
    promisedDays: 2,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      {
        zh: '《营业性演出管理条例》',
        en: 'Regulations on the Administration of Commercial Performances',
      },
      {
        zh: '《营业性演出管理条例实施细则》',
        en: 'Detailed Rules for the Implementation of the Regulations on the Administration of Commercial Performances',
      },
    ],
    faqs: [
      {
        question: {
          zh: '邀请港澳台或外国演员演出也在这里申请吗？',
          en: 'Is this where I apply for overseas performers?',
        },
        answer: {
          zh: '不是。涉外及港澳台营业性演出由省文化和旅游厅审批，审批时限为20日。',
          en: 'No. Performances involving overseas, Hong Kong, Macao or Taiwan performers are approved by the provincial Department of Culture and Tourism within 20 days.',
        },
      },
    ],
    relatedCodes: ['WHLY-001'],
    popularity: 1100,
    updatedAt: '2026-07-13',
  }),
];
