import type { Hall } from '../../../../contract/catalogue.ts';

const weekdays = [1, 2, 3, 4, 5];

export const halls: Hall[] = [
  {
    id: 'smzx',
    name: { zh: '江澄市民服务中心', en: 'Jiangcheng Citizen Service Centre' },
    district: { zh: '新城区', en: 'Xincheng District' },
    address: {
      zh: '江澄市新城区市民大道 100 号',
      en: '100 Shimin Avenue, Xincheng District, Jiangcheng',
    },
    phone: '0520-86088000',
    hours: [
      { days: weekdays, open: '09:00', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:00' },
      { days: [6], open: '09:00', close: '12:00' },
    ],
    notes: {
      zh: '工作日中午 12:00—13:30 设综合窗口“午间不打烊”，可办理身份证、社保卡等高频事项；周六上午开放综合受理窗口；法定节假日休息，调休上班日正常开放。地下停车场提供 300 个车位，前 2 小时免费；地铁 1 号线“市民中心站”B 口步行 200 米，公交 5、18、K2 路“市民大道站”下车。',
      en: 'Between 12:00 and 13:30 on weekdays a lunchtime desk handles ID cards, social security cards and other everyday services. On Saturday mornings the general desks are open. Closed on public holidays; open as normal on make-up working days. The underground car park has 300 spaces, free for the first 2 hours. Metro Line 1 to Citizen Centre station, exit B, then a 200-metre walk; buses 5, 18 and K2 to Shimin Avenue.',
    },
    accessible: true,
  },
  {
    id: 'linjiang',
    name: { zh: '临江区政务服务中心', en: 'Linjiang District Service Centre' },
    district: { zh: '临江区', en: 'Linjiang District' },
    address: {
      zh: '江澄市临江区滨江大道 188 号',
      en: '188 Binjiang Avenue, Linjiang District, Jiangcheng',
    },
    phone: '0520-85201000',
    hours: [
      { days: weekdays, open: '09:00', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:00' },
    ],
    notes: {
      zh: '中午 12:00—13:30 暂停受理，已取号的群众可继续办理；法定节假日休息，调休上班日正常开放。大楼东侧有地面停车位 80 个，收费 5 元/小时；地铁 2 号线“滨江路站”C 口出，公交 3、11 路“临江区政府站”。',
      en: 'No new tickets between 12:00 and 13:30, but anyone already holding a number will be served. Closed on public holidays; open as normal on make-up working days. 80 surface parking spaces on the east side of the building at 5 yuan an hour. Metro Line 2 to Binjiang Road station, exit C; buses 3 and 11 to Linjiang District Government.',
    },
    accessible: true,
  },
  {
    id: 'xincheng',
    name: { zh: '新城区政务服务中心', en: 'Xincheng District Service Centre' },
    district: { zh: '新城区', en: 'Xincheng District' },
    address: {
      zh: '江澄市新城区创业路 66 号',
      en: '66 Chuangye Road, Xincheng District, Jiangcheng',
    },
    phone: '0520-86302000',
    hours: [
      { days: weekdays, open: '09:00', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:00' },
    ],
    notes: {
      zh: '中午 12:00—13:30 休息；法定节假日休息，调休上班日正常开放。地下停车场前 1 小时免费；地铁 1 号线“创业路站”A 口步行 300 米，公交 7、22 路“新城区政务中心站”。',
      en: 'Closed from 12:00 to 13:30 for lunch. Closed on public holidays; open as normal on make-up working days. Underground parking, free for the first hour. Metro Line 1 to Chuangye Road station, exit A, then a 300-metre walk; buses 7 and 22 to Xincheng Service Centre.',
    },
    accessible: true,
  },
  {
    id: 'beihu',
    name: { zh: '北湖区政务服务中心', en: 'Beihu District Service Centre' },
    district: { zh: '北湖区', en: 'Beihu District' },
    address: {
      zh: '江澄市北湖区湖滨路 305 号',
      en: '305 Hubin Road, Beihu District, Jiangcheng',
    },
    phone: '0520-87103000',
    hours: [
      { days: weekdays, open: '09:00', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:00' },
    ],
    notes: {
      zh: '中午 12:00—13:30 休息；法定节假日休息，调休上班日正常开放。门前广场停车免费，车位较少，建议乘公交 9、15 路至“北湖政务中心站”。',
      en: 'Closed from 12:00 to 13:30 for lunch. Closed on public holidays; open as normal on make-up working days. Free parking on the front square, but spaces are few; buses 9 and 15 to Beihu Service Centre are the easier option.',
    },
    accessible: true,
  },
  {
    id: 'nanshan',
    name: { zh: '南山区政务服务中心', en: 'Nanshan District Service Centre' },
    district: { zh: '南山区', en: 'Nanshan District' },
    address: {
      zh: '江澄市南山区翠峰路 27 号',
      en: '27 Cuifeng Road, Nanshan District, Jiangcheng',
    },
    phone: '0520-88204000',
    hours: [
      { days: weekdays, open: '09:00', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:00' },
    ],
    notes: {
      zh: '中午 12:00—13:30 休息；法定节假日休息，调休上班日正常开放。老楼无电梯，二楼窗口可请工作人员到一楼帮办；院内停车免费；公交 6、31 路“翠峰路站”。',
      en: 'Closed from 12:00 to 13:30 for lunch. Closed on public holidays; open as normal on make-up working days. The older building has no lift: staff will come down to the ground floor to serve you for any first-floor desk. Free parking in the courtyard; buses 6 and 31 to Cuifeng Road.',
    },
    accessible: false,
  },
  {
    id: 'crj-hall',
    name: { zh: '市出入境接待大厅', en: 'Exit and Entry Reception Hall' },
    district: { zh: '新城区', en: 'Xincheng District' },
    address: {
      zh: '江澄市新城区行政路 58 号出入境管理局一楼',
      en: 'Ground floor, Exit and Entry Administration, 58 Xingzheng Road, Xincheng District, Jiangcheng',
    },
    phone: '0520-86100201',
    hours: [
      { days: weekdays, open: '08:30', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:30' },
      { days: [6, 7], open: '09:00', close: '16:00' },
    ],
    notes: {
      zh: '周末全天受理护照和往来港澳台通行证申请（外国人业务仅工作日受理）；中午 12:00—13:30 只办理领证和自助签注；大厅自助签注机 24 小时开放；法定节假日休息，春节、国庆前一周延长受理时间另行公告。停车场车位 60 个，免费；地铁 1 号线“行政中心站”D 口。',
      en: 'Passport and Hong Kong, Macao and Taiwan permit applications are taken all day at weekends (services for foreign nationals on weekdays only). From 12:00 to 13:30 only collections and self-service endorsements are available; the self-service endorsement machines are open 24 hours. Closed on public holidays; longer opening in the week before Spring Festival and National Day is announced separately. 60 free parking spaces; Metro Line 1 to Administrative Centre station, exit D.',
    },
    accessible: true,
  },
  {
    id: 'cgs',
    name: { zh: '市公安局车辆管理所', en: 'Vehicle Administration Office' },
    district: { zh: '北湖区', en: 'Beihu District' },
    address: {
      zh: '江澄市北湖区环湖北路 999 号',
      en: '999 Huanhu North Road, Beihu District, Jiangcheng',
    },
    phone: '0520-86100123',
    hours: [
      { days: [1, 2, 3, 4, 5, 6], open: '08:30', close: '12:00' },
      { days: [1, 2, 3, 4, 5, 6], open: '13:00', close: '17:30' },
    ],
    notes: {
      zh: '周一至周六受理，周日和法定节假日休息；查验车辆请在 16:30 前到达查验区。查验区和办事大厅之间有免费停车位 200 个；公交 15、26 路“车管所站”，地铁 3 号线“北湖北站”换乘接驳车。',
      en: 'Open Monday to Saturday; closed on Sundays and public holidays. Arrive at the vehicle inspection bay by 16:30 if your vehicle needs checking. 200 free parking spaces between the inspection bay and the hall; buses 15 and 26 to Vehicle Office, or Metro Line 3 to Beihu North and the shuttle bus.',
    },
    accessible: true,
  },
  {
    id: 'gjj-hall',
    name: { zh: '市住房公积金服务大厅', en: 'Housing Provident Fund Service Hall' },
    district: { zh: '临江区', en: 'Linjiang District' },
    address: {
      zh: '江澄市临江区解放东路 88 号一楼',
      en: 'Ground floor, 88 Jiefang East Road, Linjiang District, Jiangcheng',
    },
    phone: '0520-86012330',
    hours: [
      { days: weekdays, open: '09:00', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:00' },
    ],
    notes: {
      zh: '中午 12:00—13:30 休息；法定节假日休息，调休上班日正常开放。每月 1—5 日为提取高峰，建议提前预约。路边停车位有限；地铁 2 号线“解放路站”A 口。',
      en: 'Closed from 12:00 to 13:30 for lunch. Closed on public holidays; open as normal on make-up working days. The 1st to the 5th of each month are the busiest days for withdrawals, so book ahead. Limited street parking; Metro Line 2 to Jiefang Road station, exit A.',
    },
    accessible: true,
  },
  {
    id: 'bdc-hall',
    name: { zh: '市不动产登记服务大厅', en: 'Property Registration Hall' },
    district: { zh: '新城区', en: 'Xincheng District' },
    address: {
      zh: '江澄市新城区规划路 19 号',
      en: '19 Guihua Road, Xincheng District, Jiangcheng',
    },
    phone: '0520-86045600',
    hours: [
      { days: weekdays, open: '09:00', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:00' },
    ],
    notes: {
      zh: '中午 12:00—13:30 休息，16:30 后不再受理需要双方到场的交易登记；法定节假日休息，调休上班日正常开放。地下停车场免费 2 小时；公交 7、19 路“规划路站”。',
      en: 'Closed from 12:00 to 13:30 for lunch; after 16:30 no new sale registrations needing both parties are accepted. Closed on public holidays; open as normal on make-up working days. Underground parking, free for 2 hours; buses 7 and 19 to Guihua Road.',
    },
    accessible: true,
  },
  {
    id: 'hydj',
    name: { zh: '市婚姻登记处', en: 'Marriage Registry' },
    district: { zh: '临江区', en: 'Linjiang District' },
    address: {
      zh: '江澄市临江区文昌路 17 号',
      en: '17 Wenchang Road, Linjiang District, Jiangcheng',
    },
    phone: '0520-86023520',
    hours: [
      { days: weekdays, open: '09:00', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:00' },
    ],
    notes: {
      zh: '中午 12:00—13:30 休息；法定节假日休息。5 月 20 日、七夕等特殊日期即使逢周末也开放结婚登记，需提前预约；离婚登记仅工作日受理。设有免费颁证厅；停车场车位 40 个，免费；公交 2、8 路“文昌路站”。',
      en: 'Closed from 12:00 to 13:30 for lunch and on public holidays. On popular wedding dates such as 20 May and Qixi, marriages are registered even at weekends, by appointment only; divorces are registered on working days only. A ceremony room is available free of charge. 40 free parking spaces; buses 2 and 8 to Wenchang Road.',
    },
    accessible: true,
  },
];
