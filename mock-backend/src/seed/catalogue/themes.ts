import type { Theme } from '../../../../contract/catalogue.ts';

export const themes: Theme[] = [
  {
    id: 'birth-childcare',
    name: { zh: '生育收养', en: 'Birth, adoption and childcare' },
    description: {
      zh: '孩子出生前后要办的事：生育登记、出生医学证明、预防接种和收养登记。',
      en: 'What to do before and after a child arrives: registering a birth, the birth medical certificate, vaccinations and adoption.',
    },
    audience: 'individual',
  },
  {
    id: 'education',
    name: { zh: '教育入学', en: 'Education and school places' },
    description: {
      zh: '孩子上小学、初中和转学，教师资格认定以及家庭经济困难学生资助。',
      en: 'Applying for primary and junior secondary school places, moving schools, teacher qualifications and financial help for students.',
    },
    audience: 'individual',
  },
  {
    id: 'employment',
    name: { zh: '就业创业', en: 'Jobs and employment' },
    description: {
      zh: '找工作、失业登记、就业补贴和创业扶持，从求职到自主创业的各项服务。',
      en: 'Looking for work, registering as unemployed, job subsidies and help to start on your own.',
    },
    audience: 'individual',
  },
  {
    id: 'social-insurance',
    name: { zh: '社会保险', en: 'Social insurance' },
    description: {
      zh: '参保登记、缴费记录查询、社保关系转移和社会保障卡，覆盖在职和灵活就业人员。',
      en: 'Joining social insurance, checking your contribution record, transferring between cities and your social security card.',
    },
    audience: 'individual',
  },
  {
    id: 'medical-insurance',
    name: { zh: '医疗保障', en: 'Medical insurance' },
    description: {
      zh: '医保参保缴费、异地就医备案、门诊慢特病认定和医疗费用报销。',
      en: 'Paying into medical insurance, getting treatment in another city, long-term condition cover and claiming back medical costs.',
    },
    audience: 'individual',
  },
  {
    id: 'housing-fund',
    name: { zh: '住房公积金', en: 'Housing provident fund' },
    description: {
      zh: '公积金账户查询、提取、贷款和缴存，买房、租房、还贷时用得上。',
      en: 'Checking, withdrawing and borrowing from your housing provident fund when you buy, rent or repay a home.',
    },
    audience: 'individual',
  },
  {
    id: 'household-registration',
    name: { zh: '户籍身份', en: 'Household registration and ID' },
    description: {
      zh: '身份证办理、户口登记和迁移、居住证以及各类户籍证明。',
      en: 'ID cards, registering and moving your hukou (household registration), residence permits and household records.',
    },
    audience: 'individual',
  },
  {
    id: 'exit-entry',
    name: { zh: '出入境', en: 'Passports and travel permits' },
    description: {
      zh: '护照、往来港澳台通行证和签注，以及在江澄的外国人签证、居留和住宿登记。',
      en: 'Passports, permits and endorsements for Hong Kong, Macao and Taiwan, and visas, residence and registration for foreign nationals.',
    },
    audience: 'individual',
  },
  {
    id: 'vehicles-driving',
    name: { zh: '机动车和驾驶人', en: 'Vehicles and driving' },
    description: {
      zh: '考驾照、换驾驶证、车辆上牌过户、年检和交通违法处理。',
      en: 'Getting and renewing a driving licence, registering and transferring vehicles, inspections and traffic offences.',
    },
    audience: 'individual',
  },
  {
    id: 'marriage',
    name: { zh: '婚姻登记', en: 'Marriage registration' },
    description: {
      zh: '结婚登记、离婚登记、补领婚姻登记证和婚姻登记档案查询。',
      en: 'Registering a marriage or divorce, replacing a marriage certificate and searching marriage records.',
    },
    audience: 'individual',
  },
  {
    id: 'retirement',
    name: { zh: '退休养老', en: 'Retirement and pensions' },
    description: {
      zh: '办理退休、领取养老金、养老待遇资格认证和养老服务补贴。',
      en: 'Retiring, drawing your pension, confirming you are still entitled to it, and help with the cost of care in later life.',
    },
    audience: 'individual',
  },
  {
    id: 'social-assistance',
    name: { zh: '社会救助', en: 'Social assistance and disability support' },
    description: {
      zh: '最低生活保障、特困供养、临时救助，以及残疾人证和残疾人补贴。',
      en: 'Minimum living allowance, support for people in extreme hardship, emergency help, and disability cards and allowances.',
    },
    audience: 'individual',
  },
  {
    id: 'property',
    name: { zh: '不动产登记', en: 'Property registration' },
    description: {
      zh: '买卖、继承、抵押房屋时的不动产登记，以及不动产权属查询。',
      en: 'Registering a home when you buy, inherit or mortgage it, and searching property ownership records.',
    },
    audience: 'individual',
  },
  {
    id: 'starting-business',
    name: { zh: '开办企业', en: 'Starting a business' },
    description: {
      zh: '设立登记、领取营业执照、刻制印章、申领发票和员工参保，一次办完开办企业的事。',
      en: 'Registering a company, getting a business licence, seals, invoices and staff insurance, all in one go.',
    },
    audience: 'business',
  },
  {
    id: 'tax',
    name: { zh: '税费办理', en: 'Tax' },
    description: {
      zh: '税务登记、纳税申报、发票办理和社保费缴纳等涉税事项。',
      en: 'Tax registration, filing returns, invoices and paying social insurance contributions through the tax office.',
    },
    audience: 'business',
  },
  {
    id: 'business-permits',
    name: { zh: '经营许可', en: 'Business licences and permits' },
    description: {
      zh: '食品经营、卫生、文化娱乐、道路运输等行业经营许可的申请、变更和延续。',
      en: 'Applying for, changing and renewing sector licences such as food, health, entertainment and road transport.',
    },
    audience: 'business',
  },
  {
    id: 'construction',
    name: { zh: '工程建设', en: 'Construction projects' },
    description: {
      zh: '建设项目从用地、规划、施工许可到竣工验收的审批服务。',
      en: 'Approvals for building projects, from land and planning permission to construction permits and completion checks.',
    },
    audience: 'business',
  },
];
