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
  kind: OutboxMessage['kind'],
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
