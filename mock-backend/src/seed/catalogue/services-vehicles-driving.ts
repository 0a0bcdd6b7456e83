import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { cityAndDistrictHalls, civilCode, guide, idCardName, noFee, notOnline } from './guide.ts';
import { idCardOriginal } from './services-identity-travel-common.ts';

// Licence-only business is also handled at the traffic-police desks of the two busiest centres.
const LICENCE_HALLS = ['cgs', 'smzx', 'linjiang'];
const VEHICLE_HALLS = ['cgs'];
const DISTRICT_HALLS = ['cgs', ...cityAndDistrictHalls];
const ROAD_TRAFFIC_LAW = {
  zh: '《中华人民共和国道路交通安全法》',
  en: "Road Traffic Safety Law of the People's Republic of China",
};
const ROAD_TRAFFIC_REGULATIONS = {
  zh: '《中华人民共和国道路交通安全法实施条例》',
  en: "Regulations for the Implementation of the Road Traffic Safety Law of the People's Republic of China",
};
const LICENCE_PROVISIONS = {
  zh: '《机动车驾驶证申领和使用规定》',
  en: 'Provisions on the Application for and Use of Motor Vehicle Driving Licences',
};
const REGISTRATION_PROVISIONS = {
  zh: '《机动车登记规定》',
  en: 'Provisions on Motor Vehicle Registration',
};
const VIOLATION_PROCEDURES = {
  zh: '《道路交通安全违法行为处理程序规定》',
  en: 'Provisions on Procedures for Handling Road Traffic Safety Violations',
};
const POINTS_MEASURES = {
  zh: '《道路交通安全违法行为记分管理办法》',
  en: 'Measures for the Administration of Penalty Points for Road Traffic Safety Violations',
};
const ID_OR_PERMIT = {
  name: {
    zh: '居民身份证（非本市户籍的另需居住证）',
    en: 'ID card (plus a Jiangcheng residence permit if your hukou is elsewhere)',
  },
  form: 'original' as const,
  copies: 0,
};
const HEALTH_CERTIFICATE = {
  name: { zh: '机动车驾驶人身体条件证明', en: "Driver's medical certificate" },
  form: 'electronic' as const,
  copies: 0,
  notes: {
    zh: '由本市具备资质的医疗机构体检后出具，电子证明自动上传，无需提交纸质件。',
    en: 'Issued after a check-up at an approved clinic in Jiangcheng and sent to us electronically, so no paper copy is needed.',
  },
};
const LICENCE_FEE = {
  free: false,
  description: {
    zh: '驾驶证工本费 10 元。',
    en: 'The licence costs 10 yuan.',
  },
};

export const vehiclesDrivingServices: ServiceGuide[] = [
  guide({
    code: 'JJ-001',
    name: {
      zh: '机动车驾驶证初次申领（考试申请）',
      en: 'Applying for your first driving licence (driving tests)',
    },
    summary: {
      zh: '学习驾驶、报名考试并初次领取机动车驾驶证。科目一至科目四全部合格后当场核发驾驶证，同时发放电子驾驶证。',
      en: 'Learn to drive, book your tests and get your first driving licence. Once you pass all four tests the licence is issued on the spot, together with an electronic licence.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '考驾照', '学车', '科目一', '科目二', '科目三', '驾考'],
      en: [
        'driving licence',
        "driver's license",
        'driving test',
        'learner driver',
        'theory test',
        'road test',
      ],
    },
    eligibility: [
      {
        zh: '申请小型汽车、小型自动挡汽车准驾车型的，年满 18 周岁；年满 70 周岁的须另行通过记忆力、判断力、反应力测试。',
        en: 'You are 18 or over for a car licence. If you are 70 or over you must also pass memory, judgement and reaction tests.',
      },
      {
        zh: '身体条件符合规定，无妨碍安全驾驶的疾病。',
        en: 'You meet the health requirements and have no condition that makes driving unsafe.',
      },
      {
        zh: '本市户籍，或持有本市居住证。',
        en: 'You have a Jiangcheng hukou or a Jiangcheng residence permit.',
      },
      {
        zh: '不属于吸毒未戒除、三年内有醉驾记录等法律规定不得申请的情形。',
        en: 'You are not barred by law, for example for drug use or a drink-driving conviction in the last 3 years.',
      },
    ],
    materials: [ID_OR_PERMIT, HEALTH_CERTIFICATE],
    steps: [
      {
        title: { zh: '报名', en: 'Enrol' },
        description: {
          zh: '到驾驶人培训机构报名，由培训机构代为提交申请，也可本人通过“交管 12123”申请。',
          en: 'Enrol with a driving school, which applies for you, or apply yourself on the Traffic Management 12123 app.',
        },
      },
      {
        title: { zh: '科目一考试', en: 'Theory test' },
        description: {
          zh: '预约并参加道路交通安全法律法规和相关知识考试，合格后核发学习驾驶证明。',
          en: 'Book and sit the theory test. When you pass, you get a learner permit.',
        },
      },
      {
        title: { zh: '科目二、科目三考试', en: 'Manoeuvres and road test' },
        description: {
          zh: '在学习驾驶证明有效期内完成场地驾驶技能考试和道路驾驶技能考试。',
          en: 'Pass the off-road manoeuvres test and the on-road driving test while your learner permit is valid.',
        },
      },
      {
        title: { zh: '安全文明驾驶常识考试', en: 'Safe driving test' },
        description: {
          zh: '科目三道路驾驶技能考试合格后当日参加。',
          en: 'Taken on the same day as your road test.',
        },
      },
      {
        title: { zh: '领证', en: 'Get your licence' },
        description: {
          zh: '全部科目合格后当场领取驾驶证，电子驾驶证同步发放到“交管 12123”。',
          en: 'Your licence is issued on the spot and your electronic licence appears in the 12123 app.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: {
      free: false,
      description: {
        zh: '考试费按省价格主管部门核定标准收取：小型汽车科目一 50 元、科目二 150 元、科目三 200 元；驾驶证工本费 10 元。驾校培训费另计。',
        en: 'Test fees are set by the provincial price authority: for a car, 50 yuan for the theory test, 150 yuan for manoeuvres and 200 yuan for the road test. The licence costs 10 yuan. Driving school fees are separate.',
      },
    },
    hallIds: LICENCE_HALLS,
    visits: 1,
    legalBasis: [ROAD_TRAFFIC_LAW, ROAD_TRAFFIC_REGULATIONS, LICENCE_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '学习驾驶证明有效期是多久？',
          en: 'How long is the learner permit valid?',
        },
        answer: {
          zh: '有效期 3 年，须在有效期内考完科目二和科目三，逾期已考合格的科目成绩作废。',
          en: '3 years. You must pass the manoeuvres and road tests within that time or your earlier passes are lost.',
        },
      },
      {
        question: {
          zh: '考试没通过可以补考几次？',
          en: 'How many retakes can I have?',
        },
        answer: {
          zh: '每个科目考试 1 次，不合格的可当场补考 1 次；科目二、科目三每个科目在有效期内预约考试的次数不超过 5 次。',
          en: 'Each test includes one free retake on the spot. Within the permit period you can book the manoeuvres and road tests up to 5 times each.',
        },
      },
    ],
    relatedCodes: ['JJ-002', 'JJ-005', 'JJ-007'],
    popularity: 5400,
    updatedAt: '2026-04-15',
  }),
  guide({
    code: 'JJ-002',
    name: { zh: '驾驶证有效期满换证', en: 'Renewing your driving licence' },
    summary: {
      zh: '驾驶证有效期满前九十日内可以申请换证，网上申请后新证免费邮寄到家。',
      en: 'Renew your driving licence in the 90 days before it expires. Apply online and the new licence is posted to you free of charge.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '驾照到期', '驾照换证', '驾照过期', '换驾照'],
      en: [
        'driving licence',
        "driver's license",
        'renew driving licence',
        'expired licence',
        'licence renewal',
      ],
    },
    eligibility: [
      {
        zh: '驾驶证有效期将在九十日内届满。',
        en: 'Your licence expires within 90 days.',
      },
      {
        zh: '身体条件符合驾驶要求。',
        en: 'You meet the health requirements for driving.',
      },
    ],
    materials: [
      ID_OR_PERMIT,
      HEALTH_CERTIFICATE,
      {
        name: { zh: '原驾驶证', en: 'Your current licence' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '网上办理的收到新证后自行销毁。',
          en: 'If you apply online, destroy it when the new one arrives.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '体检', en: 'Medical check' },
        description: {
          zh: '到有资质的医疗机构体检，身体条件证明自动上传。',
          en: 'Have a check-up at an approved clinic; the result is sent to us automatically.',
        },
      },
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '通过“交管 12123”或江澄政务服务网申请，或到车管所、受理点办理。',
          en: 'Apply on the 12123 app or the Jiangcheng government services site, or at the vehicle office or a service desk.',
        },
      },
      {
        title: { zh: '领取', en: 'Receive' },
        description: {
          zh: '窗口办理的当场领证；网上办理的新证免费邮寄。',
          en: 'At a desk you get it on the spot. Online, the new licence is posted free of charge.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: LICENCE_FEE,
    hallIds: LICENCE_HALLS,
    visits: 0,
    legalBasis: [ROAD_TRAFFIC_LAW, LICENCE_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '新驾驶证的有效期是多久？',
          en: 'How long is the new licence valid for?',
        },
        answer: {
          zh: '初次领证有效期 6 年；6 年内每个记分周期均未记满 12 分的换发 10 年有效期；10 年有效期内均未记满 12 分的换发长期有效。',
          en: 'First licences last 6 years. If you never reached 12 points in that time you get 10 years, and after another clean 10 years a licence with no expiry date.',
        },
      },
      {
        question: {
          zh: '驾照已经过期了怎么办？',
          en: 'My licence has already expired. What now?',
        },
        answer: {
          zh: '过期后不能驾驶。超过有效期一年以上未换证的驾驶证将被注销，注销未满两年的，参加科目一考试合格后可恢复驾驶资格。',
          en: 'You must not drive. A licence not renewed within a year after expiry is cancelled; within 2 years of cancellation you can get it back by passing the theory test.',
        },
      },
    ],
    relatedCodes: ['JJ-003', 'JJ-004', 'JJ-006'],
    popularity: 6200,
    updatedAt: '2026-05-06',
  }),
  guide({
    code: 'JJ-003',
    name: { zh: '驾驶证遗失补领', en: 'Replacing a lost driving licence' },
    summary: {
      zh: '驾驶证遗失、被盗或损毁无法辨认的，可以网上申请补领，原证同时作废。',
      en: 'If your licence is lost, stolen or damaged, apply online for a replacement. The old licence is cancelled at the same time.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '驾照丢了', '补驾照', '驾驶证补办'],
      en: ['driving licence', "driver's license", 'lost driving licence', 'replacement licence'],
    },
    eligibility: [
      {
        zh: '驾驶证遗失、被盗或损毁，且不在暂扣、扣押、吊销期间。',
        en: 'Your licence is lost, stolen or damaged, and is not suspended, seized or revoked.',
      },
    ],
    materials: [ID_OR_PERMIT],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '通过“交管 12123”或到车管所、受理点申请补领。',
          en: 'Apply on the 12123 app or at the vehicle office or a service desk.',
        },
      },
      {
        title: { zh: '审核', en: 'Check' },
        description: {
          zh: '系统核验驾驶人状态，原驾驶证同步作废。',
          en: 'Your status is checked and the old licence cancelled.',
        },
      },
      {
        title: { zh: '领取', en: 'Receive' },
        description: {
          zh: '窗口当场领证，网上申请的邮寄送达。',
          en: 'Get it on the spot at a desk, or by post if you applied online.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: LICENCE_FEE,
    hallIds: LICENCE_HALLS,
    visits: 0,
    legalBasis: [ROAD_TRAFFIC_LAW, LICENCE_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '等新证期间能开车吗？',
          en: 'Can I drive while I wait for the new licence?',
        },
        answer: {
          zh: '可以出示“交管 12123”中的电子驾驶证，与纸质证件具有同等效力。',
          en: 'Yes. Show the electronic licence in the 12123 app; it has the same legal effect.',
        },
      },
    ],
    relatedCodes: ['JJ-002', 'JJ-004'],
    popularity: 2400,
    updatedAt: '2026-03-18',
  }),
  guide({
    code: 'JJ-004',
    name: {
      zh: '驾驶人联系方式变更',
      en: "Updating your address or phone number on your driver's record",
    },
    summary: {
      zh: '驾驶人的手机号码、通信地址发生变化的，应当在三十日内申报变更，以免错过违法、换证等提醒。',
      en: 'Tell us within 30 days if your mobile number or postal address changes, so you do not miss reminders about offences or renewals.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '改手机号', '改地址', '驾照信息变更'],
      en: ['driving licence', "driver's license", 'change of address', 'update phone number'],
    },
    eligibility: [
      {
        zh: '持有有效驾驶证，联系方式发生变化。',
        en: 'You hold a valid licence and your contact details have changed.',
      },
    ],
    materials: [
      {
        name: idCardName,
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '网上办理通过人脸识别核验。',
          en: 'Online, your identity is confirmed by a face check.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申报', en: 'Update' },
        description: {
          zh: '在“交管 12123”或江澄政务服务网修改联系方式。',
          en: 'Change your details on the 12123 app or the Jiangcheng government services site.',
        },
      },
      {
        title: { zh: '验证', en: 'Verify' },
        description: {
          zh: '新手机号接收验证码后即时生效。',
          en: 'Enter the code sent to your new number and the change takes effect straight away.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: noFee,
    hallIds: LICENCE_HALLS,
    visits: 0,
    legalBasis: [LICENCE_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '户籍迁移了驾驶证要换吗？',
          en: 'Do I need a new licence after moving my hukou?',
        },
        answer: {
          zh: '不需要换证，变更联系方式即可；驾驶证全国通用。',
          en: 'No. Just update your contact details; the licence is valid throughout China.',
        },
      },
    ],
    relatedCodes: ['JJ-002', 'JJ-003'],
    popularity: 1300,
    updatedAt: '2026-01-22',
  }),
  guide({
    code: 'JJ-005',
    name: {
      zh: '增加准驾车型申领',
      en: 'Adding a vehicle category to your driving licence',
    },
    summary: {
      zh: '已持有驾驶证、需要驾驶中型客车、大型货车等其他车型的，可以申请增加准驾车型，通过相应考试后换发驾驶证。',
      en: 'If you already drive and want to drive other vehicles, such as minibuses or large lorries, apply to add the category and take the tests for it.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '增驾', '考B照', '考A照', '驾照升级', '大车驾照'],
      en: [
        'driving licence',
        "driver's license",
        'add category',
        'lorry licence',
        'bus licence',
        'upgrade licence',
      ],
    },
    eligibility: [
      {
        zh: '申请增加中型客车、大型货车准驾车型的，已取得驾驶证二年以上，年龄在 20 周岁以上、60 周岁以下。',
        en: 'For minibuses or large lorries, you have held a licence for at least 2 years and are aged 20 to 60.',
      },
      {
        zh: '申请前最近连续二个记分周期内没有记满 12 分记录。',
        en: 'You have not reached 12 points in either of the last two scoring periods.',
      },
      {
        zh: '驾驶证不在实习期内，且无暂扣、扣押、吊销记录。',
        en: 'You are not on probation and your licence has not been suspended, seized or revoked.',
      },
    ],
    materials: [
      ID_OR_PERMIT,
      HEALTH_CERTIFICATE,
      {
        name: { zh: '原驾驶证', en: 'Your current licence' },
        form: 'original',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '报名申请', en: 'Enrol and apply' },
        description: {
          zh: '到具备相应车型培训资质的驾校报名，由驾校提交申请。',
          en: 'Enrol with a driving school that teaches the category; it applies for you.',
        },
      },
      {
        title: { zh: '参加考试', en: 'Take the tests' },
        description: {
          zh: '按增加车型参加科目一、科目二、科目三考试。',
          en: 'Take the theory, manoeuvres and road tests for the new category.',
        },
      },
      {
        title: { zh: '换领驾驶证', en: 'Get your new licence' },
        description: {
          zh: '考试合格后交回原证，当场换发新证。增加的准驾车型有 1 年实习期。',
          en: 'Hand in your old licence and get a new one on the spot. The new category has a one-year probation period.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: {
      free: false,
      description: {
        zh: '考试费按省价格主管部门核定标准收取，驾驶证工本费 10 元。',
        en: 'Test fees are set by the provincial price authority. The licence costs 10 yuan.',
      },
    },
    hallIds: LICENCE_HALLS,
    visits: 1,
    legalBasis: [ROAD_TRAFFIC_LAW, LICENCE_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '增驾期间原来的驾驶证还能用吗？',
          en: 'Can I keep driving on my current licence while I add a category?',
        },
        answer: {
          zh: '可以，原准驾车型不受影响，但考试期间不得驾驶申请增加的车型上路。',
          en: 'Yes, for the vehicles it already covers, but you may not drive the new category on public roads until you pass.',
        },
      },
    ],
    relatedCodes: ['JJ-001', 'JJ-002'],
    popularity: 1200,
    updatedAt: '2026-02-24',
  }),
  guide({
    code: 'JJ-006',
    name: {
      zh: '驾驶人提交身体条件证明',
      en: 'Sending your medical certificate as an older or professional driver',
    },
    summary: {
      zh: '年满 70 周岁的驾驶人每年、大中型客货车驾驶人每三年，应当提交身体条件证明，可通过医疗机构电子上传。',
      en: 'Drivers aged 70 and over must send a medical certificate every year, and bus and lorry drivers every 3 years. Approved clinics can send it electronically.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '驾照体检', '70岁驾照', '老年人驾照', '三力测试'],
      en: [
        'driving licence',
        "driver's license",
        'medical for drivers',
        'older drivers',
        'driver over 70',
      ],
    },
    eligibility: [
      {
        zh: '年满 70 周岁的机动车驾驶人，每年一次。',
        en: 'You are 70 or over: once a year.',
      },
      {
        zh: '持大型客车、牵引车、城市公交车、中型客车、大型货车驾驶证的，每三年一次。',
        en: 'You hold a licence for buses, tractor units, city buses, minibuses or large lorries: every 3 years.',
      },
    ],
    materials: [
      HEALTH_CERTIFICATE,
      {
        name: {
          zh: '记忆力、判断力、反应力测试结果',
          en: 'Memory, judgement and reaction test results',
        },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '仅年满 70 周岁的驾驶人需要，可在“交管 12123”在线完成。',
          en: 'Only for drivers aged 70 and over; take the test on the 12123 app.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '体检', en: 'Medical check' },
        description: {
          zh: '到有资质的医疗机构体检，医院上传电子证明。',
          en: 'Have a check-up at an approved clinic, which uploads the result.',
        },
      },
      {
        title: { zh: '在线测试', en: 'Online test' },
        description: {
          zh: '年满 70 周岁的驾驶人在“交管 12123”完成三项能力测试。',
          en: 'Drivers aged 70 and over complete the three short tests in the 12123 app.',
        },
      },
      {
        title: { zh: '确认提交', en: 'Confirm' },
        description: {
          zh: '系统自动核对，结果通过短信告知。',
          en: 'Everything is checked automatically and you receive the result by text message.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '不收费；体检费由医疗机构按规定收取。',
        en: 'Free of charge. The clinic charges separately for the check-up.',
      },
    },
    hallIds: LICENCE_HALLS,
    visits: 0,
    legalBasis: [LICENCE_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '逾期没有提交会怎样？',
          en: 'What happens if I miss the deadline?',
        },
        answer: {
          zh: '超过规定时间一年仍未提交的，驾驶证将被注销。请留意短信提醒。',
          en: 'If you are more than a year late your licence is cancelled. Watch for our text reminders.',
        },
      },
    ],
    relatedCodes: ['JJ-002'],
    popularity: 800,
    updatedAt: '2026-06-09',
  }),
  guide({
    code: 'JJ-007',
    name: {
      zh: '境外机动车驾驶证换领国内驾驶证',
      en: 'Exchanging a foreign driving licence for a Chinese one',
    },
    summary: {
      zh: '持有效境外驾驶证的，通过科目一考试后可以换领中国机动车驾驶证，无需参加驾校培训。',
      en: 'If you hold a valid licence issued outside the Mainland, pass the theory test and you can exchange it for a Chinese driving licence without driving school.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '国外驾照', '境外驾照换证', '外国驾照', '香港驾照'],
      en: [
        'driving licence',
        "driver's license",
        'foreign driving licence',
        'convert licence',
        'exchange licence',
        'expat driving',
      ],
    },
    eligibility: [
      {
        zh: '持有有效境外机动车驾驶证。',
        en: 'You hold a valid driving licence issued outside the Mainland.',
      },
      {
        zh: '中国公民取得境外驾驶证时，在核发国家或地区累计居留三个月以上。',
        en: 'If you are a Chinese citizen, you had lived in the issuing country or region for at least 3 months when you got it.',
      },
      {
        zh: '外国人持有效居留许可或停留证件。',
        en: 'If you are a foreign national, you hold a valid residence permit or visa.',
      },
    ],
    materials: [
      {
        name: {
          zh: '身份证明（身份证或护照及居留许可）',
          en: 'Proof of identity (ID card, or passport and residence permit)',
        },
        form: 'original-and-copy',
        copies: 1,
      },
      {
        name: { zh: '境外驾驶证及中文翻译文本', en: 'Foreign licence and a Chinese translation' },
        form: 'original-and-copy',
        copies: 1,
        notes: {
          zh: '翻译文本可由翻译机构出具，无需公证。',
          en: 'Any translation agency can translate it; no notarisation needed.',
        },
      },
      HEALTH_CERTIFICATE,
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '到车管所提交材料，可选择中文或英文科目一考试。',
          en: 'Apply at the vehicle office. The theory test is available in Chinese or English.',
        },
      },
      {
        title: { zh: '科目一考试', en: 'Theory test' },
        description: {
          zh: '预约并参加科目一考试；申请大型客车、牵引车等车型的还须参加科目三考试。',
          en: 'Book and pass the theory test. For buses, tractor units and similar you also take the road test.',
        },
      },
      {
        title: { zh: '领证', en: 'Get your licence' },
        description: {
          zh: '考试合格后当场核发驾驶证，境外驾驶证退还本人。',
          en: 'Your Chinese licence is issued on the spot and your foreign licence is returned.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: {
      free: false,
      description: {
        zh: '科目一考试费 50 元，驾驶证工本费 10 元。',
        en: '50 yuan for the theory test and 10 yuan for the licence.',
      },
    },
    hallIds: VEHICLE_HALLS,
    online: notOnline,
    visits: 2,
    legalBasis: [ROAD_TRAFFIC_LAW, LICENCE_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '国际驾照在中国能直接开车吗？',
          en: 'Can I drive in China on an International Driving Permit?',
        },
        answer: {
          zh: '不能。中国未加入承认国际驾驶许可证的公约，在内地驾驶须持中国驾驶证或临时机动车驾驶许可。',
          en: 'No. China does not recognise International Driving Permits; you need a Chinese licence or a temporary driving permit.',
        },
      },
    ],
    relatedCodes: ['JJ-001', 'CRJ-010'],
    popularity: 500,
    updatedAt: '2026-03-03',
  }),
  guide({
    code: 'JJ-008',
    name: {
      zh: '机动车注册登记（新车上牌）',
      en: 'Registering a new vehicle and getting number plates',
    },
    summary: {
      zh: '购买新车后，应当办理注册登记、领取号牌和行驶证后方可上路。国产免查验车型可在购车 4S 店直接办理。',
      en: 'After buying a new vehicle you must register it and get number plates and a vehicle licence before driving it. For approved Chinese-built models, the dealer can do it for you.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['上牌', '新车上牌', '车牌', '选号', '行驶证', '绿牌', '新能源车上牌'],
      en: [
        'register a car',
        'number plates',
        'licence plates',
        'new car registration',
        'vehicle licence',
        'EV plates',
      ],
    },
    eligibility: [
      {
        zh: '车主为本市户籍居民，或持有本市居住证，或为在本市登记的单位。',
        en: 'The owner has a Jiangcheng hukou or residence permit, or is an organisation registered in Jiangcheng.',
      },
      {
        zh: '车辆已投保机动车交通事故责任强制保险，并已缴纳车辆购置税或办理免税。',
        en: 'The vehicle has compulsory third-party insurance and purchase tax has been paid or exempted.',
      },
    ],
    materials: [
      ID_OR_PERMIT,
      {
        name: { zh: '机动车销售统一发票', en: 'Vehicle sales invoice' },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '机动车整车出厂合格证或进口凭证',
          en: 'Certificate of conformity or import certificate',
        },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '交强险和车辆购置税信息', en: 'Compulsory insurance and purchase tax records' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '已与保险、税务系统联网核查，无需提交纸质凭证。',
          en: 'Checked directly with insurers and the tax office, so no paper is needed.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '查验车辆', en: 'Vehicle inspection' },
        description: {
          zh: '将车辆驶入车管所查验区查验；免查验车型跳过此步。',
          en: 'Drive the vehicle to the inspection bay at the vehicle office. Models exempt from inspection skip this step.',
        },
      },
      {
        title: { zh: '选号', en: 'Choose your number' },
        description: {
          zh: '通过“交管 12123”或现场在系统随机提供的号码中选择，或按规则自编号码。',
          en: 'Choose from randomly offered numbers on the 12123 app or at the office, or make up your own within the rules.',
        },
      },
      {
        title: { zh: '缴费', en: 'Pay' },
        description: {
          zh: '缴纳号牌、行驶证、登记证书工本费。',
          en: 'Pay for the plates, vehicle licence and registration certificate.',
        },
      },
      {
        title: { zh: '领取牌证', en: 'Collect plates and documents' },
        description: {
          zh: '当场领取号牌、行驶证、登记证书和检验合格标志，现场安装号牌。',
          en: 'Collect the plates, vehicle licence, registration certificate and inspection mark; plates are fitted on the spot.',
        },
      },
    ],
    statutoryDays: 2,
    promisedDays: 0,
    fee: {
      free: false,
      description: {
        zh: '号牌工本费按省价格主管部门核定标准收取，小型汽车号牌每副 100 元；行驶证工本费 10 元，登记证书工本费 10 元。',
        en: 'Plate fees are set by the provincial price authority: 100 yuan a pair for a car. The vehicle licence and registration certificate cost 10 yuan each.',
      },
    },
    hallIds: VEHICLE_HALLS,
    visits: 1,
    legalBasis: [ROAD_TRAFFIC_LAW, ROAD_TRAFFIC_REGULATIONS, REGISTRATION_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '新车没上牌能开回家吗？',
          en: 'Can I drive my new car home before it is registered?',
        },
        answer: {
          zh: '需先办理临时行驶车号牌，一般由 4S 店代办。',
          en: 'Only with temporary plates, which the dealer usually arranges.',
        },
      },
      {
        question: {
          zh: '新能源汽车挂什么号牌？',
          en: 'What plates do electric cars get?',
        },
        answer: {
          zh: '纯电动、插电式混合动力和燃料电池汽车核发绿色新能源汽车号牌。',
          en: 'Battery electric, plug-in hybrid and fuel-cell vehicles get green new-energy plates.',
        },
      },
    ],
    relatedCodes: ['JJ-013', 'JJ-012', 'JJ-009'],
    popularity: 5800,
    updatedAt: '2026-07-14',
  }),
  guide({
    code: 'JJ-009',
    name: {
      zh: '机动车转移登记（二手车过户）',
      en: 'Transferring a vehicle to a new owner (second-hand sales)',
    },
    summary: {
      zh: '买卖、赠与、继承二手车的，应当在交付之日起三十日内办理转移登记。小型客车可在本市或跨省“异地通办”。',
      en: 'When a used vehicle is sold, given away or inherited, the new owner must register the transfer within 30 days of handover. For cars this can be done in Jiangcheng even if the car was registered in another province.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['过户', '二手车过户', '车辆过户', '买二手车', '卖车', '车牌'],
      en: ['car transfer', 'change of ownership', 'used car', 'second-hand car', 'sell my car'],
    },
    eligibility: [
      {
        zh: '车辆无未处理的交通违法和交通事故，已解除抵押、查封。',
        en: 'The vehicle has no unresolved offences or accidents and is not mortgaged or seized.',
      },
      {
        zh: '现车主为本市户籍居民、持有本市居住证或在本市登记的单位。',
        en: 'The new owner has a Jiangcheng hukou or residence permit, or is an organisation registered in Jiangcheng.',
      },
      {
        zh: '车辆在检验有效期内。',
        en: 'The vehicle inspection is up to date.',
      },
    ],
    materials: [
      {
        name: { zh: '买卖双方身份证明', en: 'Proof of identity for buyer and seller' },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '机动车登记证书和行驶证', en: 'Registration certificate and vehicle licence' },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '二手车销售统一发票，或赠与、继承等证明',
          en: 'Used-vehicle sales invoice, or proof of gift or inheritance',
        },
        form: 'original',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '交易开票', en: 'Sale and invoice' },
        description: {
          zh: '在二手车交易市场或经销企业办理交易并开具发票。',
          en: 'Complete the sale at a used-car market or dealer and get the invoice.',
        },
      },
      {
        title: { zh: '查验车辆', en: 'Inspection' },
        description: {
          zh: '车辆到车管所或交易市场内的服务站查验。',
          en: 'Have the vehicle checked at the vehicle office or the service point in the market.',
        },
      },
      {
        title: { zh: '申请登记', en: 'Register' },
        description: {
          zh: '提交材料，需要更换号牌的同时选号。',
          en: 'Hand in your documents and choose a new number if the plates change.',
        },
      },
      {
        title: { zh: '领取牌证', en: 'Collect' },
        description: {
          zh: '当场领取新的行驶证和号牌，登记证书签注转移信息后交还。',
          en: 'Collect the new vehicle licence and plates. The registration certificate is updated and handed back.',
        },
      },
    ],
    statutoryDays: 2,
    promisedDays: 0,
    fee: {
      free: false,
      description: {
        zh: '行驶证工本费 10 元；需要更换号牌的，另收号牌工本费（小型汽车每副 100 元）。',
        en: '10 yuan for the vehicle licence, plus 100 yuan a pair if new car plates are needed.',
      },
    },
    hallIds: VEHICLE_HALLS,
    online: notOnline,
    visits: 1,
    legalBasis: [ROAD_TRAFFIC_LAW, REGISTRATION_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '卖车后原来的车牌号能保留吗？',
          en: 'Can I keep my number when I sell the car?',
        },
        answer: {
          zh: '可以。小型汽车卖出后，原车主可申请保留原号牌号码，两年内用于本人新购车辆。',
          en: 'Yes. When you sell a car you can ask to keep the number and use it on a new car of your own within 2 years.',
        },
      },
      {
        question: {
          zh: '卖方不能到场怎么办？',
          en: 'What if the seller cannot come?',
        },
        answer: {
          zh: '卖方可书面委托他人代办，提供委托书和受托人身份证。',
          en: "The seller can authorise someone in writing; bring the letter and that person's ID.",
        },
      },
    ],
    relatedCodes: ['JJ-008', 'JJ-010', 'JJ-015'],
    popularity: 3800,
    updatedAt: '2026-05-22',
  }),
  guide({
    code: 'JJ-010',
    name: {
      zh: '机动车抵押登记、解除抵押登记',
      en: 'Registering or releasing a vehicle mortgage',
    },
    summary: {
      zh: '以机动车作为贷款抵押的，车主和银行等金融机构应当办理抵押登记；还清贷款后办理解除抵押。金融机构可在网上直接办理。',
      en: 'When a vehicle is used as security for a loan, the owner and lender register the mortgage, and release it once the loan is repaid. Lenders can do both online.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['车贷', '解押', '车辆抵押', '解除抵押', '贷款买车'],
      en: ['car loan', 'vehicle mortgage', 'release mortgage', 'car finance'],
    },
    eligibility: [
      {
        zh: '车辆已在本市注册登记，且未被查封。',
        en: 'The vehicle is registered in Jiangcheng and not seized.',
      },
      {
        zh: '车主与抵押权人已签订抵押合同；解除抵押的，贷款已结清。',
        en: 'The owner and lender have signed a mortgage contract, or the loan has been repaid.',
      },
    ],
    materials: [
      {
        name: { zh: '车主和抵押权人身份证明', en: 'Proof of identity for the owner and lender' },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '机动车登记证书', en: 'Registration certificate' },
        form: 'original',
        copies: 0,
      },
      {
        name: { zh: '抵押合同或解除抵押证明', en: 'Mortgage contract or release letter' },
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '由金融机构通过系统在线申请，或双方共同到车管所办理。',
          en: 'The lender applies online, or both parties go to the vehicle office.',
        },
      },
      {
        title: { zh: '审核登记', en: 'Check and record' },
        description: {
          zh: '车管所审核后在登记证书上签注抵押或解除抵押信息。',
          en: 'The office checks the application and records the mortgage or release on the certificate.',
        },
      },
      {
        title: { zh: '领取', en: 'Collect' },
        description: {
          zh: '登记证书当场交还或邮寄给抵押权人。',
          en: 'The certificate is handed back or posted to the lender.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: noFee,
    hallIds: VEHICLE_HALLS,
    visits: 0,
    legalBasis: [REGISTRATION_PROVISIONS, civilCode],
    faqs: [
      {
        question: {
          zh: '贷款还清了车还是抵押状态怎么办？',
          en: 'I have paid off the loan but the car still shows as mortgaged.',
        },
        answer: {
          zh: '请联系贷款银行在线申请解除抵押，一般当日办结，无需本人到车管所。',
          en: 'Ask your bank to apply online for the release. It is usually done the same day and you do not need to come in.',
        },
      },
    ],
    relatedCodes: ['JJ-009', 'JJ-008'],
    popularity: 1600,
    updatedAt: '2026-04-29',
  }),
  guide({
    code: 'JJ-011',
    name: {
      zh: '机动车注销登记（报废）',
      en: 'Scrapping a vehicle and cancelling its registration',
    },
    summary: {
      zh: '车辆达到报废标准或车主自愿报废的，交售给报废机动车回收企业，由企业代为办理注销登记。',
      en: 'When a vehicle is worn out or you choose to scrap it, take it to a licensed recycler, which cancels the registration for you.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['报废', '车辆报废', '注销车辆', '旧车报废', '以旧换新'],
      en: ['scrap a car', 'end-of-life vehicle', 'deregister vehicle', 'car scrappage'],
    },
    eligibility: [
      {
        zh: '车辆达到国家规定的强制报废标准，或车主自愿报废。',
        en: 'The vehicle meets the national scrapping criteria or you choose to scrap it.',
      },
      {
        zh: '车辆无未处理的交通违法、抵押和查封。',
        en: 'The vehicle has no unresolved offences, mortgage or seizure.',
      },
    ],
    materials: [
      {
        name: { zh: '车主身份证明', en: "Owner's proof of identity" },
        form: 'original',
        copies: 0,
      },
      {
        name: {
          zh: '机动车登记证书、号牌和行驶证',
          en: 'Registration certificate, plates and vehicle licence',
        },
        form: 'original',
        copies: 0,
        notes: {
          zh: '交回回收企业，号牌、行驶证灭失的书面说明情况。',
          en: 'Handed to the recycler. If the plates or licence are lost, write a short statement.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '交售车辆', en: 'Hand over the vehicle' },
        description: {
          zh: '将车辆交售给本市有资质的报废机动车回收企业。',
          en: 'Take the vehicle to a licensed recycler in Jiangcheng.',
        },
      },
      {
        title: { zh: '企业代办注销', en: 'The recycler cancels the registration' },
        description: {
          zh: '回收企业拆解车辆后在线申请注销登记。',
          en: 'After dismantling the vehicle, the recycler applies online to cancel it.',
        },
      },
      {
        title: { zh: '领取证明', en: 'Get the certificates' },
        description: {
          zh: '车主领取《报废机动车回收证明》和注销证明书，可用于申领以旧换新补贴。',
          en: 'You receive the recycling certificate and cancellation certificate, which you can use to claim a trade-in subsidy.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '注销登记不收费。',
        en: 'Cancelling the registration is free of charge.',
      },
    },
    hallIds: VEHICLE_HALLS,
    visits: 0,
    legalBasis: [
      REGISTRATION_PROVISIONS,
      {
        zh: '《报废机动车回收管理办法》',
        en: 'Measures for the Administration of the Recycling of End-of-Life Motor Vehicles',
      },
    ],
    faqs: [
      {
        question: {
          zh: '车辆报废能拿到钱吗？',
          en: 'Will I be paid for the scrapped car?',
        },
        answer: {
          zh: '回收企业按残值收购；符合条件的还可申领以旧换新补贴，详见商务部门公告。',
          en: "The recycler pays the scrap value. You may also qualify for a trade-in subsidy; see the commerce bureau's notices.",
        },
      },
    ],
    relatedCodes: ['JJ-008'],
    popularity: 1000,
    updatedAt: '2026-08-12',
  }),
  guide({
    code: 'JJ-012',
    name: {
      zh: '机动车检验合格标志核发（年检）',
      en: 'Vehicle inspection and inspection certificate (annual check)',
    },
    summary: {
      zh: '机动车应当按期进行安全技术检验。非营运小微型载客汽车 10 年内只需在第 6 年、第 10 年上线检验，其他年份免检，可网上申领电子检验标志。',
      en: 'Vehicles must be inspected regularly. Private cars need an inspection only in their 6th and 10th years; in other years within the first 10 you simply apply online for the electronic certificate.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['年检', '车检', '年审', '免检', '检验标志', '验车'],
      en: [
        'MOT',
        'annual inspection',
        'vehicle inspection',
        'roadworthiness test',
        'inspection sticker',
      ],
    },
    eligibility: [
      {
        zh: '车辆在检验有效期届满前三个月内。',
        en: 'Your inspection expires within 3 months.',
      },
      {
        zh: '车辆已投保交强险，交通违法和事故已处理完毕。',
        en: 'The vehicle has compulsory insurance and no unresolved offences or accidents.',
      },
    ],
    materials: [
      {
        name: { zh: '机动车行驶证', en: 'Vehicle licence' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '免检车辆网上申领的无需提供。',
          en: 'Not needed when applying online for an exempt vehicle.',
        },
      },
      {
        name: { zh: '交强险信息', en: 'Compulsory insurance record' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '联网核查。',
          en: 'Checked online.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '确认是否需要上线检验', en: 'Check whether an inspection is needed' },
        description: {
          zh: '在“交管 12123”查看车辆检验信息，系统会提示免检或需上线检验。',
          en: 'The 12123 app shows whether your vehicle is exempt or needs an inspection.',
        },
      },
      {
        title: { zh: '检验或申领', en: 'Inspect or apply' },
        description: {
          zh: '需上线检验的，到任一机动车检验机构检验（全国通检）；免检的直接在线申领。',
          en: 'If an inspection is needed, go to any testing station in China. If exempt, apply online.',
        },
      },
      {
        title: { zh: '取得检验标志', en: 'Get the certificate' },
        description: {
          zh: '检验合格或申领通过后，电子检验标志即时生效。',
          en: 'When the vehicle passes, or the application is approved, the electronic certificate is valid straight away.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '检验合格标志不收费；上线检验的检验费由检验机构按明码标价收取。',
        en: 'The certificate is free. Testing stations charge for inspections at their published prices.',
      },
    },
    hallIds: VEHICLE_HALLS,
    visits: 0,
    legalBasis: [ROAD_TRAFFIC_LAW, ROAD_TRAFFIC_REGULATIONS],
    faqs: [
      {
        question: {
          zh: '车龄超过 10 年怎么检？',
          en: 'How often are cars over 10 years old inspected?',
        },
        answer: {
          zh: '非营运小微型载客汽车超过 10 年的每年检验一次，超过 15 年的每半年检验一次。',
          en: 'Private cars over 10 years old are inspected every year, and over 15 years every 6 months.',
        },
      },
      {
        question: {
          zh: '检验过期了还能开吗？',
          en: 'Can I drive after the inspection has expired?',
        },
        answer: {
          zh: '不能。未按期检验上路将被处以罚款和记分，逾期三个检验周期未检验的车辆将被强制注销。',
          en: 'No. You can be fined and given points, and a vehicle not inspected for three periods is cancelled.',
        },
      },
    ],
    relatedCodes: ['JJ-008', 'JJ-015'],
    popularity: 7400,
    updatedAt: '2026-07-28',
  }),
  guide({
    code: 'JJ-013',
    name: { zh: '临时行驶车号牌核发', en: 'Getting temporary number plates' },
    summary: {
      zh: '新车尚未注册登记需要临时上路、车辆需要转出外地或检验的，可以申领临时行驶车号牌，网上申领可快递送达。',
      en: 'If a vehicle is not yet registered but needs to be driven, for example a new car or one moving to another city, apply for temporary plates. You can apply online and have them delivered.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['临牌', '临时车牌', '临时号牌', '新车临牌', '车牌'],
      en: ['temporary plates', 'temporary licence plate', 'new car plates'],
    },
    eligibility: [
      {
        zh: '未销售的新车、购买后尚未注册登记的车辆，或需转出、检验的车辆。',
        en: 'The vehicle is new, bought but not yet registered, or being moved or tested.',
      },
      {
        zh: '车辆已投保交强险。',
        en: 'The vehicle has compulsory insurance.',
      },
    ],
    materials: [
      ID_OR_PERMIT,
      {
        name: {
          zh: '机动车来历证明和出厂合格证',
          en: 'Proof of purchase and certificate of conformity',
        },
        form: 'original',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '通过“交管 12123”、江澄政务服务网或在 4S 店、车管所申请。',
          en: 'Apply on the 12123 app, the Jiangcheng government services site, at the dealer or at the vehicle office.',
        },
      },
      {
        title: { zh: '审核', en: 'Check' },
        description: {
          zh: '系统核验车辆和保险信息。',
          en: 'The vehicle and insurance details are checked.',
        },
      },
      {
        title: { zh: '领取', en: 'Receive' },
        description: {
          zh: '窗口当场领取，网上申请的快递送达。',
          en: 'Collect at a desk or receive by courier.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: {
      free: false,
      description: {
        zh: '临时行驶车号牌每张 5 元。',
        en: '5 yuan per temporary plate.',
      },
    },
    hallIds: VEHICLE_HALLS,
    visits: 0,
    legalBasis: [ROAD_TRAFFIC_LAW, REGISTRATION_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '临时号牌能用几次？',
          en: 'How many times can I get temporary plates?',
        },
        answer: {
          zh: '同一车辆的临时号牌最多核发三次，每次有效期最长 15 日。',
          en: 'Up to three times for the same vehicle, each valid for no more than 15 days.',
        },
      },
    ],
    relatedCodes: ['JJ-008'],
    popularity: 1700,
    updatedAt: '2026-03-09',
  }),
  guide({
    code: 'JJ-014',
    name: {
      zh: '补领、换领号牌和行驶证',
      en: 'Replacing lost or damaged number plates or vehicle licence',
    },
    summary: {
      zh: '号牌、行驶证灭失、丢失或者损毁的，可以申请补领或换领；补制号牌期间可申领临时号牌。',
      en: 'If your plates or vehicle licence are lost or damaged, apply for replacements. You can get temporary plates while new ones are made.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['车牌丢了', '补车牌', '行驶证丢了', '补行驶证', '号牌损坏'],
      en: ['lost number plate', 'replacement plate', 'lost vehicle licence', 'damaged plate'],
    },
    eligibility: [
      {
        zh: '机动车号牌或行驶证灭失、丢失、损毁。',
        en: 'Your plates or vehicle licence are lost or damaged.',
      },
    ],
    materials: [
      ID_OR_PERMIT,
      {
        name: { zh: '损毁的号牌或行驶证', en: 'The damaged plate or licence' },
        form: 'original',
        copies: 0,
        notes: {
          zh: '丢失的无需提供。',
          en: 'Not needed if lost.',
        },
      },
    ],
    steps: [
      {
        title: { zh: '申请', en: 'Apply' },
        description: {
          zh: '行驶证可网上申请补领；号牌须到车管所申请。',
          en: 'Apply online for a vehicle licence. Plates must be applied for at the vehicle office.',
        },
      },
      {
        title: { zh: '制作', en: 'Production' },
        description: {
          zh: '行驶证当场打印；号牌重新制作，期间可领取临时号牌。',
          en: 'The licence is printed on the spot. Plates are remade, and you can have temporary plates meanwhile.',
        },
      },
      {
        title: { zh: '领取', en: 'Collect' },
        description: {
          zh: '号牌制作完成后短信通知领取或邮寄。',
          en: 'You get a text when the plates are ready to collect or be posted.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 3,
    fee: {
      free: false,
      description: {
        zh: '行驶证工本费 10 元；号牌工本费按省价格主管部门核定标准收取，小型汽车每面 50 元。',
        en: '10 yuan for the vehicle licence. Car plates cost 50 yuan each at the provincial rate.',
      },
    },
    hallIds: VEHICLE_HALLS,
    visits: 1,
    legalBasis: [ROAD_TRAFFIC_LAW, REGISTRATION_PROVISIONS],
    faqs: [
      {
        question: {
          zh: '号牌丢了一块能开车吗？',
          en: 'Can I drive with one plate missing?',
        },
        answer: {
          zh: '不能。未按规定悬挂号牌上路将被处罚，请尽快申请补领并领取临时号牌。',
          en: 'No. You can be fined for driving without both plates; apply for replacements and temporary plates straight away.',
        },
      },
    ],
    relatedCodes: ['JJ-013', 'JJ-008'],
    popularity: 1100,
    updatedAt: '2026-02-17',
  }),
  guide({
    code: 'JJ-015',
    name: {
      zh: '交通违法处理及罚款缴纳',
      en: 'Dealing with traffic offences and paying fines',
    },
    summary: {
      zh: '被电子监控记录的交通违法，驾驶人可在“交管 12123”或窗口确认处理并缴纳罚款；罚款应当在十五日内缴纳。',
      en: 'If a camera recorded a traffic offence, the driver can accept it and pay the fine on the 12123 app or at a desk. Fines must be paid within 15 days.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['违章', '违章处理', '交罚款', '违章查询', '扣分', '电子眼', '闯红灯'],
      en: [
        'traffic fine',
        'speeding ticket',
        'penalty points',
        'parking ticket',
        'pay fine',
        'camera offence',
      ],
    },
    eligibility: [
      {
        zh: '机动车有未处理的交通技术监控记录，由实际驾驶人处理。',
        en: 'A camera recorded an offence by the vehicle; the person who was driving deals with it.',
      },
      {
        zh: '网上处理适用于适用简易程序、不涉及暂扣或吊销驾驶证的违法行为。',
        en: 'Online handling is for minor offences that do not involve suspending or revoking a licence.',
      },
    ],
    materials: [
      {
        name: { zh: '驾驶证', en: 'Driving licence' },
        form: 'electronic',
        copies: 0,
        notes: {
          zh: '窗口处理的可出示电子驾驶证。',
          en: 'At a desk you can show your electronic licence.',
        },
      },
      {
        name: { zh: '机动车行驶证', en: 'Vehicle licence' },
        form: 'electronic',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '查询', en: 'Check' },
        description: {
          zh: '在“交管 12123”查看违法时间、地点、照片及处罚内容。',
          en: 'See the time, place, photos and penalty in the 12123 app.',
        },
      },
      {
        title: { zh: '确认处理', en: 'Accept' },
        description: {
          zh: '确认违法事实后生成处罚决定书；有异议的可到窗口陈述申辩。',
          en: 'Accept the offence to receive the penalty notice. If you disagree, explain your case at a desk.',
        },
      },
      {
        title: { zh: '缴纳罚款', en: 'Pay' },
        description: {
          zh: '通过网上银行、微信、支付宝或窗口缴款，缴款后记录即时更新。',
          en: 'Pay online, by WeChat Pay or Alipay, or at a desk. Your record updates straight away.',
        },
      },
    ],
    statutoryDays: 15,
    promisedDays: 0,
    fee: {
      free: true,
      description: {
        zh: '办理本事项不收取费用；罚款按《中华人民共和国道路交通安全法》规定数额缴纳，逾期不缴的每日按罚款数额的 3% 加处罚款。',
        en: 'There is no charge for the service. Fines are set by the Road Traffic Safety Law; if you pay late, 3% of the fine is added each day.',
      },
    },
    hallIds: DISTRICT_HALLS,
    visits: 0,
    legalBasis: [ROAD_TRAFFIC_LAW, VIOLATION_PROCEDURES],
    faqs: [
      {
        question: {
          zh: '车借给朋友开被拍了，我要扣分吗？',
          en: 'A friend drove my car and was caught on camera. Do I get the points?',
        },
        answer: {
          zh: '不需要。由实际驾驶人用本人驾驶证处理，车主可在“交管 12123”发起“他车违法处理”。',
          en: "No. The person who was driving deals with it on their own licence; they can do this through the 12123 app's option for another person's vehicle.",
        },
      },
      {
        question: {
          zh: '对违法记录有异议怎么办？',
          en: 'What if I think the record is wrong?',
        },
        answer: {
          zh: '可在网上提交异议或到任一交警窗口陈述申辩，交警将复核监控资料并在规定时间内答复。',
          en: 'Object online or at any traffic police desk. The footage will be reviewed and you will get an answer.',
        },
      },
    ],
    relatedCodes: ['JJ-016', 'JJ-017'],
    popularity: 7800,
    updatedAt: '2026-08-19',
  }),
  guide({
    code: 'JJ-016',
    name: {
      zh: '驾驶人学法减分',
      en: 'Reducing penalty points by completing road-safety learning',
    },
    summary: {
      zh: '一个记分周期内累积记分未满 12 分的驾驶人，可以通过网上或现场学习交通安全法律法规并考试合格，申请减免记分，每个周期最多减免 6 分。',
      en: 'If you have fewer than 12 points in the current period, you can have points removed by completing road-safety learning online or in person and passing a quiz. Up to 6 points can be removed per period.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '学法减分', '消分', '减分', '扣分'],
      en: [
        'driving licence',
        "driver's license",
        'penalty points',
        'remove points',
        'driver education',
      ],
    },
    eligibility: [
      {
        zh: '一个记分周期内累积记分未满 12 分，相关交通违法已处理完毕。',
        en: 'You have fewer than 12 points in the current period and all offences are dealt with.',
      },
      {
        zh: '驾驶证不在实习期内，且本记分周期和上一个记分周期内没有满分记录。',
        en: 'You are not on probation and did not reach 12 points in this or the previous period.',
      },
      {
        zh: '不存在肇事逃逸、使用伪造变造牌证等不得减分的情形。',
        en: 'None of the exclusions apply, such as hit-and-run or using forged plates or documents.',
      },
    ],
    materials: [
      {
        name: { zh: '驾驶证', en: 'Driving licence' },
        form: 'electronic',
        copies: 0,
      },
    ],
    steps: [
      {
        title: { zh: '在线学习', en: 'Learn online' },
        description: {
          zh: '在“交管 12123”选择“学法减分”，观看课程。',
          en: 'Choose point reduction in the 12123 app and watch the course.',
        },
      },
      {
        title: { zh: '考试', en: 'Quiz' },
        description: {
          zh: '学习完成后参加在线考试，合格后减免相应记分。',
          en: 'Take the online quiz; when you pass, the points are removed.',
        },
      },
      {
        title: { zh: '查看结果', en: 'See the result' },
        description: {
          zh: '减免结果即时更新到驾驶人记录。',
          en: 'Your record is updated straight away.',
        },
      },
    ],
    statutoryDays: 1,
    promisedDays: 0,
    fee: noFee,
    hallIds: [],
    visits: 0,
    legalBasis: [POINTS_MEASURES],
    faqs: [
      {
        question: {
          zh: '学一次能减几分？',
          en: 'How many points does one session remove?',
        },
        answer: {
          zh: '网上学习 3 日内累计满 30 分钟且考试合格的减 1 分；现场学习满 1 小时且考试合格的减 2 分；参加交通安全公益活动满 1 小时的减 1 分。',
          en: 'Online: 30 minutes within 3 days plus a passed quiz removes 1 point. In person: 1 hour plus a passed quiz removes 2. One hour of road-safety volunteering removes 1.',
        },
      },
    ],
    relatedCodes: ['JJ-015', 'JJ-017'],
    popularity: 3200,
    updatedAt: '2026-06-25',
  }),
  guide({
    code: 'JJ-017',
    name: {
      zh: '驾驶证满分学习考试',
      en: 'Training and retest after reaching 12 penalty points',
    },
    summary: {
      zh: '一个记分周期内累积记分达到 12 分的驾驶人，驾驶证被扣留，须参加道路交通安全法律法规学习并通过考试后领回驾驶证。',
      en: 'If you reach 12 points in a period, your licence is held. You must complete road-safety training and pass a test to get it back.',
    },
    departmentId: 'jj',
    audience: ['individual'],
    themeIds: ['vehicles-driving'],
    keywords: {
      zh: ['驾照', '驾驶证', '扣满12分', '满分学习', '驾照扣留', '重新考试'],
      en: [
        'driving licence',
        "driver's license",
        '12 points',
        'licence held',
        'driver retraining',
        'retest',
      ],
    },
    eligibility: [
      {
        zh: '一个记分周期内累积记分达到 12 分，驾驶证已被交警扣留。',
        en: 'You reached 12 points in a period and your licence has been held by the traffic police.',
      },
      {
        zh: '相关交通违法已处理完毕，罚款已缴纳。',
        en: 'All related offences are dealt with and fines paid.',
      },
    ],
    materials: [idCardOriginal],
    steps: [
      {
        title: { zh: '报名学习', en: 'Sign up' },
        description: {
          zh: '在“交管 12123”或交警窗口报名满分学习。',
          en: 'Sign up for the training on the 12123 app or at a traffic police desk.',
        },
      },
      {
        title: { zh: '学习', en: 'Training' },
        description: {
          zh: '第一次满分的学习 7 天，可网上学习和现场学习结合，现场学习不少于 3 天。多次满分的学习时间相应延长。',
          en: 'First time: 7 days of training, at least 3 of them in person. Longer if you have reached 12 points before.',
        },
      },
      {
        title: { zh: '考试', en: 'Test' },
        description: {
          zh: '学习期满后参加科目一考试；多次满分的还须加考科目三道路驾驶技能考试。',
          en: 'Take the theory test. If you have reached 12 points more than once, you also take the road test.',
        },
      },
      {
        title: { zh: '领回驾驶证', en: 'Get your licence back' },
        description: {
          zh: '考试合格后记分清除，当场发还驾驶证。',
          en: 'When you pass, your points are cleared and your licence returned on the spot.',
        },
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    fee: {
      free: false,
      description: {
        zh: '学习不收费；科目一考试费 50 元，加考科目三的考试费 200 元。',
        en: 'The training is free. The theory test costs 50 yuan and the road test, if required, 200 yuan.',
      },
    },
    hallIds: DISTRICT_HALLS,
    visits: 2,
    legalBasis: [ROAD_TRAFFIC_LAW, LICENCE_PROVISIONS, POINTS_MEASURES],
    faqs: [
      {
        question: {
          zh: '考试不合格怎么办？',
          en: 'What if I fail the test?',
        },
        answer: {
          zh: '可以预约补考，补考前不得驾驶机动车。',
          en: 'Book a retake. You may not drive until you pass.',
        },
      },
    ],
    relatedCodes: ['JJ-015', 'JJ-016'],
    popularity: 900,
    updatedAt: '2026-04-03',
  }),
];
