import type { Department } from '../../../../contract/catalogue.ts';

// The last digits echo the national hotlines citizens already know (12333, 12393, 12329 …).
export const departments: Department[] = [
  {
    id: 'gaj',
    name: { zh: '江澄市公安局', en: 'Jiangcheng Public Security Bureau' },
    phone: '0520-86100110',
    address: {
      zh: '江澄市临江区人民路 36 号',
      en: '36 Renmin Road, Linjiang District, Jiangcheng',
    },
  },
  {
    id: 'crj',
    name: { zh: '江澄市公安局出入境管理局', en: 'Exit and Entry Administration' },
    phone: '0520-86100200',
    address: {
      zh: '江澄市新城区行政路 58 号',
      en: '58 Xingzheng Road, Xincheng District, Jiangcheng',
    },
  },
  {
    id: 'jj',
    name: { zh: '江澄市公安局交通警察支队', en: 'Traffic Police Detachment' },
    phone: '0520-86100122',
    address: {
      zh: '江澄市北湖区环湖北路 122 号',
      en: '122 Huanhu North Road, Beihu District, Jiangcheng',
    },
  },
  {
    id: 'rsj',
    name: { zh: '江澄市人力资源和社会保障局', en: 'Human Resources and Social Security Bureau' },
    phone: '0520-86012333',
    address: {
      zh: '江澄市新城区市民大道 200 号',
      en: '200 Shimin Avenue, Xincheng District, Jiangcheng',
    },
  },
  {
    id: 'ybj',
    name: { zh: '江澄市医疗保障局', en: 'Healthcare Security Bureau' },
    phone: '0520-86012393',
    address: {
      zh: '江澄市新城区市民大道 202 号',
      en: '202 Shimin Avenue, Xincheng District, Jiangcheng',
    },
  },
  {
    id: 'gjj',
    name: { zh: '江澄市住房公积金管理中心', en: 'Housing Provident Fund Management Centre' },
    phone: '0520-86012329',
    address: {
      zh: '江澄市临江区解放东路 88 号',
      en: '88 Jiefang East Road, Linjiang District, Jiangcheng',
    },
  },
  {
    id: 'mzj',
    name: { zh: '江澄市民政局', en: 'Civil Affairs Bureau' },
    phone: '0520-86023456',
    address: {
      zh: '江澄市临江区文昌路 15 号',
      en: '15 Wenchang Road, Linjiang District, Jiangcheng',
    },
  },
  {
    id: 'jyj',
    name: { zh: '江澄市教育局', en: 'Education Bureau' },
    phone: '0520-86031234',
    address: {
      zh: '江澄市临江区学府路 9 号',
      en: '9 Xuefu Road, Linjiang District, Jiangcheng',
    },
  },
  {
    id: 'wjw',
    name: { zh: '江澄市卫生健康委员会', en: 'Health Commission' },
    phone: '0520-86012320',
    address: {
      zh: '江澄市临江区健康路 66 号',
      en: '66 Jiankang Road, Linjiang District, Jiangcheng',
    },
  },
  {
    id: 'scjg',
    name: { zh: '江澄市市场监督管理局', en: 'Market Regulation Administration' },
    phone: '0520-86231500',
    address: {
      zh: '江澄市新城区市民大道 210 号',
      en: '210 Shimin Avenue, Xincheng District, Jiangcheng',
    },
  },
  {
    id: 'sw',
    name: {
      zh: '国家税务总局江澄市税务局',
      en: 'Jiangcheng Taxation Bureau (State Taxation Administration)',
    },
    phone: '0520-86232366',
    address: {
      zh: '江澄市新城区金融街 8 号',
      en: '8 Jinrong Street, Xincheng District, Jiangcheng',
    },
  },
  {
    id: 'zrzy',
    name: { zh: '江澄市自然资源和规划局', en: 'Natural Resources and Planning Bureau' },
    phone: '0520-86239500',
    address: {
      zh: '江澄市新城区规划路 21 号',
      en: '21 Guihua Road, Xincheng District, Jiangcheng',
    },
  },
  {
    id: 'zjj',
    name: {
      zh: '江澄市住房和城乡建设局',
      en: 'Housing and Urban-Rural Development Bureau',
    },
    phone: '0520-86238400',
    address: {
      zh: '江澄市新城区规划路 23 号',
      en: '23 Guihua Road, Xincheng District, Jiangcheng',
    },
  },
  {
    id: 'cl',
    name: { zh: '江澄市残疾人联合会', en: "Disabled Persons' Federation" },
    phone: '0520-86051234',
    address: {
      zh: '江澄市北湖区康乐路 12 号',
      en: '12 Kangle Road, Beihu District, Jiangcheng',
    },
  },
  {
    id: 'tyjr',
    name: { zh: '江澄市退役军人事务局', en: 'Veterans Affairs Bureau' },
    phone: '0520-86052345',
    address: {
      zh: '江澄市临江区拥军路 1 号',
      en: '1 Yongjun Road, Linjiang District, Jiangcheng',
    },
  },
  {
    id: 'sfj',
    name: { zh: '江澄市司法局', en: 'Justice Bureau' },
    phone: '0520-86012348',
    address: {
      zh: '江澄市临江区人民路 48 号',
      en: '48 Renmin Road, Linjiang District, Jiangcheng',
    },
  },
  {
    id: 'whly',
    name: { zh: '江澄市文化广电旅游局', en: 'Culture, Radio, Television and Tourism Bureau' },
    phone: '0520-86234200',
    address: {
      zh: '江澄市南山区文化路 18 号',
      en: '18 Wenhua Road, Nanshan District, Jiangcheng',
    },
  },
  {
    id: 'jtj',
    name: { zh: '江澄市交通运输局', en: 'Transport Bureau' },
    phone: '0520-86235300',
    address: {
      zh: '江澄市北湖区港湾路 28 号',
      en: '28 Gangwan Road, Beihu District, Jiangcheng',
    },
  },
  {
    id: 'hbj',
    name: { zh: '江澄市生态环境局', en: 'Ecology and Environment Bureau' },
    phone: '0520-86236369',
    address: {
      zh: '江澄市南山区青山路 69 号',
      en: '69 Qingshan Road, Nanshan District, Jiangcheng',
    },
  },
];
