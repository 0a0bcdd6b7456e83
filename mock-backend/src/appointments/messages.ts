import type { Hall, ServiceGuide } from '../../../contract/catalogue.ts';
import type { OutboxMessage, StoredAppointment } from '../store/appointments-repository.ts';

const kindText = {
  booked: { zh: '预约成功', en: 'Appointment booked' },
  rescheduled: { zh: '预约已改期', en: 'Appointment changed' },
  cancelled: { zh: '预约已取消', en: 'Appointment cancelled' },
} as const;

/**
 * The text messages (Chinese and English) for a booking, a new time or a cancellation: the
 * reference, the hall, when, where and what to bring. Never the identity number.
 */
export function appointmentMessages(
  kind: Exclude<OutboxMessage['kind'], 'closure'>,
  appointment: StoredAppointment,
  guide: ServiceGuide,
  hall: Hall,
): OutboxMessage[] {
  const when = `${appointment.date} ${appointment.time}-${appointment.end}`;
  const bring = (locale: 'zh' | 'en') =>
    guide.materials.map((material) => material.name[locale]).join(locale === 'zh' ? '、' : '; ');
  const zh =
    kind === 'cancelled'
      ? `【江澄政务】${kindText[kind].zh}：预约号 ${appointment.reference}，${guide.name.zh}，${hall.name.zh}，${when}。`
      : `【江澄政务】${kindText[kind].zh}：预约号 ${appointment.reference}，${guide.name.zh}，${when}，${hall.name.zh}（${hall.address.zh}）。请携带：${bring('zh') || '无'}。如需改期或取消，请在办理前 2 小时前操作。`;
  const en =
    kind === 'cancelled'
      ? `[Jiangcheng Gov] ${kindText[kind].en}: reference ${appointment.reference}, ${guide.name.en}, ${hall.name.en}, ${when}.`
      : `[Jiangcheng Gov] ${kindText[kind].en}: reference ${appointment.reference}, ${guide.name.en}, ${when}, ${hall.name.en} (${hall.address.en}). Please bring: ${bring('en') || 'nothing'}. Change or cancel at least 2 hours before.`;
  return [
    { kind, locale: 'zh-CN', recipient: appointment.mobile, body: zh },
    { kind, locale: 'en', recipient: appointment.mobile, body: en },
  ];
}

/** What a closure message says about the closure. */
export interface ClosureFacts {
  reason: { zh: string; en: string };
  /** The portal's address, e.g. https://zwfw.jiangcheng.gov.cn, without a trailing slash. */
  origin: string;
}

/**
 * The text messages (Chinese and English) to a citizen whose booking a hall closure cancelled:
 * the reference, the service, the hall and time, the hall's reason, that it does not count
 * against them, and a link to the service's booking page in the message's language.
 */
export function closureMessages(
  appointment: StoredAppointment,
  guide: ServiceGuide,
  hall: Hall,
  closure: ClosureFacts,
): OutboxMessage[] {
  const when = `${appointment.date} ${appointment.time}-${appointment.end}`;
  const link = (prefix: 'zh' | 'en') =>
    `${closure.origin}/${prefix}/appointments/book?service=${encodeURIComponent(guide.code)}`;
  const zh = `【江澄政务】因${closure.reason.zh}，${hall.name.zh}暂停服务，您的预约（预约号 ${appointment.reference}，${guide.name.zh}，${when}）已由大厅取消，不计入爽约。请重新预约：${link('zh')}`;
  const en = `[Jiangcheng Gov] ${hall.name.en} is closed (${closure.reason.en}), so the hall cancelled your appointment (reference ${appointment.reference}, ${guide.name.en}, ${when}). This does not count as a missed appointment. Book again: ${link('en')}`;
  return [
    { kind: 'closure', locale: 'zh-CN', recipient: appointment.mobile, body: zh },
    { kind: 'closure', locale: 'en', recipient: appointment.mobile, body: en },
  ];
}
