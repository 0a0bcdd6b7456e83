import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, guide, noFee } from './guide.ts';
import { laws, safetyManagementDocuments } from './services-business-common.ts';

/** Road transport and ride-hailing permits, and pollutant discharge permits. */
export const transportEnvironmentServices: ServiceGuide[] = [
  guide({
    code: 'JTJ-001',
    name: {
      zh: '道路货物运输经营许可',
      en: 'Road haulage operating permit',
    },
    summary: {
      zh: '使用总质量4500千克以上的普通货运车辆从事道路货物运输经营的，应当取得道路运输经营许可证，并为每辆营运车辆办理道路运输证。使用总质量4500千克及以下普通货运车辆的，无需办理。',
      en: 'If you carry goods for hire using lorries with a gross weight over 4,500 kg, you need a road transport operating permit and a road transport certificate for each vehicle. No permit is needed for ordinary goods vehicles of 4,500 kg or less.',
    },
    departmentId: 'jtj',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: [
        '道路运输经营许可证',
        '货运资质',
        '物流公司',
        '营运证',
        '道路运输证',
        '货车营运',
        '营业执照',
      ],
      en: [
        'haulage licence',
        'operator licence',
        'freight permit',
        'road transport permit',
        'lorry',
        'business licence',
      ],
    },
    eligibility: [
      {
        zh: '有与其经营业务相适应并经检测合格的车辆。',
        en: 'You have vehicles suited to the work that have passed their roadworthiness tests.',
      },
      {
        zh: '驾驶人员持有相应的机动车驾驶证，并取得道路货物运输驾驶员从业资格证。',
        en: 'Your drivers hold the right class of driving licence and a goods vehicle driver qualification certificate.',
      },
      {
        zh: '有健全的安全生产管理制度，包括安全生产责任制、操作规程和车辆技术管理制度。',
        en: 'You have sound safety management, including assigned safety responsibilities, operating procedures and vehicle maintenance rules.',
      },
    ],
    materials: [
      {
        name: { zh: '道路货物运输经营申请表', en: 'Road haulage permit application' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '负责人及经办人身份证件', en: 'ID of the manager and the person applying' },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: {
          zh: '机动车行驶证及车辆技术等级评定结论',
          en: 'Vehicle registration certificates and technical grading',
        },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '尚未购置车辆的，可提交拟投入车辆承诺书，取得许可后再配发道路运输证。',
          en: 'If you have not yet bought the vehicles, give a written undertaking; road transport certificates are issued once you have them.',
        },
      },
      {
        name: {
          zh: '驾驶人员驾驶证和从业资格证',
          en: "Drivers' licences and qualification certificates",
        },
        form: 'copy',
        copies: 1,
      },
      safetyManagementDocuments,
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '网上或到政务服务中心交通运输窗口提交申请。',
          en: 'Apply online or at the transport counter of a service centre.',
        },
      },
      {
        title: { zh: '审查', en: 'Review' },
        description: {
          zh: '交通运输部门审查车辆、人员和安全管理制度。',
          en: 'The Transport Bureau checks the vehicles, drivers and safety arrangements.',
        },
      },
      {
        title: { zh: '发证', en: 'Permit' },
        description: {
          zh: '准予许可的，发放道路运输经营许可证，并为营运车辆配发道路运输证（电子证照）。',
          en: 'If approved, you receive the operating permit and an electronic road transport certificate for each vehicle.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    fee: noFee,
    hallIds: cityAndDistrictHalls,
    visits: 0,
    legalBasis: [
      laws.roadTransport,
      {
        zh: '《道路货物运输及站场管理规定》',
        en: 'Provisions on the Administration of Road Freight Transport and Freight Stations',
      },
    ],
    faqs: [
      {
        question: {
          zh: '用4.5吨以下的厢式货车拉货需要办证吗？',
          en: 'Do I need a permit for a van of 4.5 tonnes or less?',
        },
        answer: {
          zh: '使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需申请道路运输经营许可证和道路运输证，驾驶员也无需取得从业资格证。运输危险货物的除外。',
          en: 'No. Ordinary goods vehicles of 4,500 kg or less need neither permit nor road transport certificate, and drivers need no qualification certificate. This does not apply to dangerous goods.',
        },
      },
    ],
    relatedCodes: ['JTJ-002'],
    popularity: 2200,
    updatedAt: '2026-05-04',
  }),
  guide({
    code: 'JTJ-002',
    name: {
      zh: '道路旅客运输经营许可',
      en: 'Road passenger transport operating permit',
    },
    summary: {
      zh: '从事班车客运、包车客运、旅游客运等道路旅客运输经营的，应当取得道路运输经营许可证；班车客运还应取得班线经营许可。本事项受理县内和市内客运经营许可申请。',
      en: 'To run scheduled coach services, private hire coaches or tour coaches, you need a road transport operating permit; scheduled services also need a route permit. This service covers operations within Jiangcheng.',
    },
    departmentId: 'jtj',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['客运许可', '包车客运', '旅游大巴', '班线', '客车营运', '道路运输经营许可证'],
      en: ['coach operator licence', 'bus licence', 'private hire coach', 'tour bus permit'],
    },
    eligibility: [
      {
        zh: '有与其经营业务相适应并经检测合格的客车，车辆技术要求和类型等级符合规定。',
        en: 'You have coaches suited to the work that have passed inspection and meet the technical and class requirements.',
      },
      {
        zh: '驾驶人员取得相应驾驶证和道路旅客运输驾驶员从业资格证，3年内无重大以上交通责任事故记录。',
        en: 'Drivers hold the right licence and a passenger transport driver qualification, with no serious at-fault accident in the last 3 years.',
      },
      {
        zh: '有健全的安全生产管理制度和专职安全管理人员。',
        en: 'You have sound safety procedures and a full-time safety manager.',
      },
    ],
    materials: [
      {
        name: { zh: '道路旅客运输经营申请表', en: 'Passenger transport permit application' },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '企业章程及负责人身份证件', en: "Articles of association and manager's ID" },
        form: 'copy',
        copies: 1,
      },
      {
        name: {
          zh: '拟投入车辆承诺书或车辆行驶证',
          en: 'Vehicle undertaking or registration certificates',
        },
        form: 'original',
        copies: 1,
      },
      {
        name: { zh: '驾驶人员证明材料', en: "Drivers' documents" },
        form: 'copy',
        copies: 1,
        notes: {
          zh: '包括驾驶证、从业资格证和3年内无重大以上交通责任事故的证明。',
          en: 'Driving licences, qualification certificates and proof of no serious at-fault accident in 3 years.',
        },
      },
      safetyManagementDocuments,
    ],
    steps: [
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '到市民服务中心交通运输窗口或网上提交申请。',
          en: 'Apply at the transport counter of the Citizen Service Centre or online.',
        },
      },
      {
        title: { zh: '审查和公示', en: 'Review' },
        description: {
          zh: '交通运输部门审查材料，班线经营需征求相关方意见。',
          en: 'The Transport Bureau reviews the application; for scheduled routes it consults those affected.',
        },
      },
      {
        title: { zh: '作出决定', en: 'Decision' },
        description: {
          zh: '准予许可的发放道路运输经营许可证，车辆落实后配发道路运输证。',
          en: 'If approved, you receive the permit, and road transport certificates once the vehicles are in place.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      laws.roadTransport,
      {
        zh: '《道路旅客运输及客运站管理规定》',
        en: 'Provisions on the Administration of Road Passenger Transport and Passenger Stations',
      },
    ],
    faqs: [
      {
        question: {
          zh: '跨省客运在哪里申请？',
          en: 'Where do I apply for services to other provinces?',
        },
        answer: {
          zh: '跨省客运经营许可由省交通运输主管部门办理，本窗口可提供咨询。',
          en: 'Inter-provincial services are licensed by the provincial transport department. Our counter can advise you.',
        },
      },
    ],
    relatedCodes: ['JTJ-001'],
    popularity: 700,
    updatedAt: '2026-05-04',
  }),
  guide({
    code: 'JTJ-003',
    name: {
      zh: '网络预约出租汽车驾驶员证核发',
      en: 'Ride-hailing driver certificate',
    },
    summary: {
      zh: '在江澄市从事网约车客运服务的驾驶员，应当通过全国公共科目和江澄市区域科目考试，取得《网络预约出租汽车驾驶员证》（俗称“人证”）。申请、考试预约和发证可网上办理。',
      en: 'Drivers who want to carry passengers for ride-hailing platforms in Jiangcheng must pass the national and local tests and obtain a ride-hailing driver certificate. You can apply, book the test and receive the certificate online.',
    },
    departmentId: 'jtj',
    audience: ['individual'],
    themeIds: ['employment', 'business-permits'],
    keywords: {
      zh: ['网约车', '网约车驾驶员证', '网约车司机', '人证', '滴滴司机', '从业资格证', '驾照'],
      en: [
        'ride-hailing driver licence',
        'taxi driver licence',
        'PHV licence',
        'Didi driver',
        'driving licence',
      ],
    },
    eligibility: [
      {
        zh: '取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历。',
        en: "You hold a driving licence for the vehicle class and have at least 3 years' driving experience.",
      },
      {
        zh: '无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续3个记分周期内没有记满12分记录。',
        en: 'No conviction for causing a traffic accident or dangerous driving, no drug use or drink-driving record, and no 12-point total in the last 3 scoring periods.',
      },
      {
        zh: '无暴力犯罪记录。',
        en: 'No record of violent crime.',
      },
    ],
    materials: [
      {
        name: { zh: '网约车驾驶员从业资格申请表', en: 'Ride-hailing driver application' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '身份证件和机动车驾驶证', en: 'ID card and driving licence' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '非江澄市户籍的，还需提供有效的江澄市居住证。',
          en: 'If your hukou is not in Jiangcheng, you also need a valid Jiangcheng residence permit.',
        },
      },
      {
        name: { zh: '近期免冠照片', en: 'Recent photo, head uncovered' },
        form: 'electronic',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '通过政务服务网或“江澄政务”App提交申请。',
          en: 'Apply on the government services website or in the Jiangcheng Government app.',
        },
      },
      {
        title: { zh: '背景核查', en: 'Background check' },
        description: {
          zh: '交通运输部门会同公安机关核查驾驶记录和犯罪记录，无需本人开具证明。',
          en: 'The Transport Bureau checks your driving and criminal records with the police; you do not need to obtain certificates yourself.',
        },
      },
      {
        title: { zh: '参加考试', en: 'Take the test' },
        description: {
          zh: '核查通过后预约考试，全国公共科目和区域科目均合格。',
          en: 'Once cleared, book and pass both the national and the Jiangcheng test.',
        },
      },
      {
        title: { zh: '领取证件', en: 'Receive the certificate' },
        description: {
          zh: '考试合格后发放电子驾驶员证，可在App中出示。',
          en: 'After passing, an electronic certificate is issued that you can show in the app.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: {
      free: true,
      description: {
        zh: '不收费。考试和发证均不收取费用。',
        en: 'Free of charge. There is no fee for the tests or the certificate.',
      },
    },
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [
      laws.onlineCarHailing,
      {
        zh: '《出租汽车驾驶员从业资格管理规定》',
        en: 'Provisions on the Administration of Taxi Driver Qualifications',
      },
    ],
    faqs: [
      {
        question: {
          zh: '考试需要到现场吗？',
          en: 'Do I have to attend the test in person?',
        },
        answer: {
          zh: '需要。考试在市交通运输考试中心机考进行，须本人携带身份证件到场，这是本事项唯一需要到现场的环节。',
          en: 'Yes. It is a computer test at the city transport test centre, and you must bring your ID. This is the only visit needed.',
        },
      },
      {
        question: {
          zh: '只有人证，没有车证可以接单吗？',
          en: 'Can I take rides with the driver certificate but no vehicle permit?',
        },
        answer: {
          zh: '不可以。从事网约车经营须同时具备驾驶员证和车辆的网络预约出租汽车运输证。',
          en: 'No. You need both the driver certificate and a ride-hailing vehicle permit for the car.',
        },
      },
    ],
    relatedCodes: ['JTJ-004'],
    popularity: 4600,
    updatedAt: '2026-08-03',
  }),
  guide({
    code: 'JTJ-004',
    name: {
      zh: '网络预约出租汽车运输证核发',
      en: 'Ride-hailing vehicle permit',
    },
    summary: {
      zh: '用于网约车经营的车辆，应当符合江澄市网约车车辆技术标准，取得《网络预约出租汽车运输证》（俗称“车证”），车辆使用性质登记为“预约出租客运”。',
      en: "A car used for ride-hailing must meet Jiangcheng's vehicle standards and obtain a ride-hailing vehicle permit. The car's use is then registered as pre-booked taxi.",
    },
    departmentId: 'jtj',
    audience: ['individual', 'business'],
    themeIds: ['business-permits', 'vehicles-driving'],
    keywords: {
      zh: ['网约车运输证', '车证', '双证', '网约车合规', '营运车', '网约车'],
      en: ['ride-hailing vehicle licence', 'PHV vehicle licence', 'taxi permit', 'car permit'],
    },
    eligibility: [
      {
        zh: '7座及以下乘用车，悬挂江澄市号牌，车辆注册登记日期不超过2年。',
        en: 'A passenger car with up to 7 seats, Jiangcheng number plates and first registered no more than 2 years ago.',
      },
      {
        zh: '安装具有行驶记录功能的车辆卫星定位装置和应急报警装置。',
        en: 'It has a satellite tracking device that records journeys, and an emergency alarm.',
      },
      {
        zh: '车辆技术性能符合运营安全标准，已投保营业性车辆保险。',
        en: 'It meets safety standards for commercial use and has commercial vehicle insurance.',
      },
    ],
    materials: [
      {
        name: { zh: '网约车运输证申请表', en: 'Ride-hailing vehicle permit application' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '机动车行驶证', en: 'Vehicle licence' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '车辆所有人身份证件或营业执照', en: 'ID or business licence of the owner' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: {
          zh: '卫星定位和应急报警装置安装证明',
          en: 'Proof of tracking device and alarm installation',
        },
        form: 'electronic',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '网上申请', en: 'Apply online' },
        description: {
          zh: '通过政务服务网或“江澄政务”App提交车辆信息。',
          en: "Submit the car's details online or in the Jiangcheng Government app.",
        },
      },
      {
        title: { zh: '车辆查验', en: 'Vehicle check' },
        description: {
          zh: '到指定查验点进行车辆技术状况和设备查验。',
          en: 'Take the car to an approved check point for inspection.',
        },
      },
      {
        title: { zh: '发证', en: 'Permit' },
        description: {
          zh: '查验合格的发放运输证，持证到车辆管理所变更使用性质。',
          en: 'Once it passes, the permit is issued; then change the registered use at the Vehicle Administration Office.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 1,
    legalBasis: [laws.onlineCarHailing],
    faqs: [
      {
        question: {
          zh: '车辆变更为营运性质后有什么影响？',
          en: 'What changes once the car is registered for hire?',
        },
        answer: {
          zh: '行驶里程达到60万千米时强制报废；行驶里程未达到60万千米但使用年限达到8年时，退出网约车经营。保险需按营业性车辆投保。',
          en: 'It must be scrapped at 600,000 km, or leave ride-hailing after 8 years if it has not reached that mileage. It must be insured as a commercial vehicle.',
        },
      },
    ],
    relatedCodes: ['JTJ-003'],
    popularity: 3000,
    updatedAt: '2026-08-03',
  }),
  guide({
    code: 'HBJ-001',
    name: {
      zh: '排污许可证核发',
      en: 'Pollutant discharge permit',
    },
    summary: {
      zh: '纳入《固定污染源排污许可分类管理名录》重点管理或简化管理的企业事业单位和其他生产经营者，应当在排放污染物前通过全国排污许可证管理信息平台申请排污许可证。排污许可证有效期5年。',
      en: 'Businesses and organisations classed for key or simplified management in the national classification list of fixed pollution sources must apply for a pollutant discharge permit through the national permit platform before discharging. Permits are valid for 5 years.',
    },
    departmentId: 'hbj',
    audience: ['business'],
    themeIds: ['business-permits', 'construction'],
    keywords: {
      zh: ['排污证', '环保许可', '污染物排放', '废水排放', '废气排放'],
      en: ['pollution permit', 'environmental permit', 'emissions licence', 'waste water permit'],
    },
    eligibility: [
      {
        zh: '属于排污许可重点管理或简化管理类别。',
        en: 'Your operation is in the key or simplified management category.',
      },
      {
        zh: '依法取得建设项目环境影响评价文件审批意见，或按规定办理了环境影响登记表备案。',
        en: "You have approval of the project's environmental impact assessment, or have filed an environmental impact registration form.",
      },
      {
        zh: '污染防治设施、排放口和自行监测方案符合国家或地方排放标准及技术规范。',
        en: 'Pollution control equipment, outlets and the self-monitoring plan meet national and local standards.',
      },
    ],
    materials: [
      {
        name: { zh: '排污许可证申请表', en: 'Discharge permit application' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '在全国排污许可证管理信息平台填报，包括污染物排放种类、浓度、排放量和执行标准。',
          en: 'Completed on the national platform, giving the pollutants, concentrations, quantities and standards.',
        },
      },
      {
        name: { zh: '自行监测方案', en: 'Self-monitoring plan' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: { zh: '守法承诺书', en: 'Compliance undertaking' },
        form: 'electronic',
        copies: 1,
      },
      {
        name: {
          zh: '排污口和监测点位示意图、工艺流程和生产厂区总平面布置图',
          en: 'Plans of outlets, monitoring points, processes and site layout',
        },
        form: 'electronic',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '信息公开', en: 'Public notice' },
        description: {
          zh: '重点管理的排污单位在提交申请前，在平台公开基本信息和拟申请许可事项，公开期不少于5日。',
          en: 'Key-management applicants first publish their details and proposed permit on the platform for at least 5 days.',
        },
      },
      {
        title: { zh: '提交申请', en: 'Apply' },
        description: {
          zh: '在全国排污许可证管理信息平台填报并提交。',
          en: 'Complete and submit the application on the national platform.',
        },
      },
      {
        title: { zh: '技术审查', en: 'Technical review' },
        description: {
          zh: '生态环境部门组织技术审查，必要时进行现场核查。',
          en: 'The Ecology and Environment Bureau reviews the application and may inspect the site.',
        },
      },
      {
        title: { zh: '作出决定', en: 'Decision' },
        description: {
          zh: '符合条件的核发排污许可证，生成全国统一编号。',
          en: 'If you qualify, the permit is issued with a national permit number.',
        },
      },
    ],
    statutoryDays: 45,
    promisedDays: 15,
    fee: noFee,
    hallIds: ['smzx'],
    visits: 0,
    legalBasis: [
      laws.pollutantPermits,
      {
        zh: '《中华人民共和国环境保护法》',
        en: "Environmental Protection Law of the People's Republic of China",
      },
    ],
    faqs: [
      {
        question: {
          zh: '审批需要多长时间？',
          en: 'How long does approval take?',
        },
        answer: {
          zh: '简化管理的自受理之日起20日内作出决定；重点管理的30日内作出决定，需要现场核查的45日内作出决定。本市承诺15个工作日内办结。',
          en: 'Simplified management: within 20 days of acceptance. Key management: within 30 days, or 45 days if a site inspection is needed. Jiangcheng promises a decision within 15 working days.',
        },
      },
      {
        question: {
          zh: '排污许可证到期怎么办？',
          en: 'What do I do when the permit expires?',
        },
        answer: {
          zh: '应当在有效期届满60日前向审批部门提出延续申请。',
          en: 'Apply to renew it at least 60 days before it expires.',
        },
      },
    ],
    relatedCodes: ['HBJ-002', 'HBJ-003'],
    popularity: 1000,
    updatedAt: '2026-06-29',
  }),
  guide({
    code: 'HBJ-002',
    name: {
      zh: '固定污染源排污登记',
      en: 'Registering a small source of pollution',
    },
    summary: {
      zh: '污染物产生量、排放量和对环境的影响程度很小，属于排污登记管理类别的单位，无需申请排污许可证，应在全国排污许可证管理信息平台填报排污登记表，提交后即时生成登记编号。',
      en: 'Businesses whose pollution is very small, and so fall in the registration category, do not need a discharge permit but must fill in a registration form on the national permit platform. A registration number is issued as soon as you submit.',
    },
    departmentId: 'hbj',
    audience: ['business'],
    themeIds: ['business-permits'],
    keywords: {
      zh: ['排污登记表', '登记管理', '小微企业环保'],
      en: ['pollution registration', 'discharge registration', 'small business environment'],
    },
    eligibility: [
      {
        zh: '按照《固定污染源排污许可分类管理名录》属于登记管理类别。',
        en: 'Your operation is in the registration category of the national classification list.',
      },
      {
        zh: '在启动生产设施或者实际排放污染物之前完成登记。',
        en: 'You register before starting production equipment or actually discharging anything.',
      },
    ],
    materials: [
      {
        name: { zh: '固定污染源排污登记表', en: 'Pollution source registration form' },
        form: 'electronic',
        copies: 1,
        notes: {
          zh: '填写单位基本信息、主要产品及产能、主要原辅材料、污染物排放去向和执行标准等。',
          en: 'Give your basic details, main products and capacity, main materials, where pollutants go and the standards you meet.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '登录平台', en: 'Sign in' },
        description: {
          zh: '注册并登录全国排污许可证管理信息平台。',
          en: 'Register and sign in to the national permit platform.',
        },
      },
      {
        title: { zh: '填报登记表', en: 'Complete the form' },
        description: {
          zh: '按提示填报排污登记表并提交。',
          en: 'Fill in and submit the registration form.',
        },
      },
      {
        title: { zh: '获取登记编号', en: 'Get your number' },
        description: {
          zh: '提交后即时生成登记编号，登记回执可自行打印。',
          en: 'A number is issued at once and you can print the receipt.',
        },
      },
    ],
    statutoryDays: 0,
    promisedDays: 0,
    fee: noFee,
    hallIds: [],
    visits: 0,
    legalBasis: [
      laws.pollutantPermits,
      {
        zh: '《固定污染源排污许可分类管理名录（2019年版）》',
        en: 'Classification List for Pollutant Discharge Permits of Fixed Pollution Sources (2019 edition)',
      },
    ],
    faqs: [
      {
        question: {
          zh: '登记信息变化了需要重新登记吗？',
          en: 'Do I need to register again if things change?',
        },
        answer: {
          zh: '登记信息发生变动的，应当自发生变动之日起20日内进行变更登记；排污单位关停的，应及时注销登记。',
          en: 'Update the registration within 20 days of any change, and cancel it promptly if you close down.',
        },
      },
    ],
    relatedCodes: ['HBJ-001'],
    popularity: 900,
    updatedAt: '2026-06-29',
  }),
];
