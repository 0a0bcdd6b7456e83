import type { AppointmentBlockedMembers } from '@contract/appointments';
import type { Problem } from '@contract/problem';

/** The fields of the booking and look-up forms a server error can point at. */
export type BookingField =
  | 'name'
  | 'mobile'
  | 'idType'
  | 'idNumber'
  | 'reference'
  | 'date'
  | 'time';

export interface FieldMessage {
  field: BookingField;
  text: string;
}

export function isAlreadyBooked(problem: Problem): boolean {
  return problem.type === '/problems/already-booked';
}

export function isSlotTaken(problem: Problem): boolean {
  return problem.type === '/problems/slot-full';
}

/** The message shown next to a field, in the page's language; the server's own text is English. */
export function fieldText(field: BookingField): string {
  switch (field) {
    case 'name':
      return $localize`:@@appointments.error.name:输入您的姓名，不超过 50 个字`;
    case 'mobile':
      return $localize`:@@appointments.error.mobile:输入 11 位手机号码，例如 13812345678`;
    case 'idType':
      return $localize`:@@appointments.error.idType:选择证件类型`;
    case 'idNumber':
      return $localize`:@@appointments.error.idNumber:证件号码不正确，请核对后重新输入`;
    case 'reference':
      return $localize`:@@appointments.error.reference:输入预约号，例如 K7QM-3XPD`;
    case 'date':
      return $localize`:@@appointments.error.date:选择一个可以预约的日期`;
    case 'time':
      return $localize`:@@appointments.error.time:选择一个可以预约的时段`;
  }
}

const FIELDS: readonly BookingField[] = [
  'name',
  'mobile',
  'idType',
  'idNumber',
  'reference',
  'date',
  'time',
];

/** The fields a problem's `errors[]` points at (`/body/mobile` -> mobile), each once. */
export function fieldMessages(problem: Problem): FieldMessage[] {
  const fields = new Set<BookingField>();
  for (const error of problem.errors ?? []) {
    const name = error.path.split('/').pop() as BookingField;
    if (FIELDS.includes(name)) fields.add(name);
  }
  return FIELDS.filter((field) => fields.has(field)).map((field) => ({
    field,
    text: fieldText(field),
  }));
}

/** What went wrong with a booking request as a whole, in the page's language. */
export function problemMessage(problem: Problem): string {
  const type = problem.type;
  if (isSlotTaken(problem)) {
    return $localize`:@@appointments.problem.slotTaken:抱歉，您选择的时段刚刚约满了。请另选一个时段，您填写的信息都已保留。`;
  }
  switch (type) {
    case '/problems/already-booked':
      // Names the manage page by its title; the check page links to it under the message.
      return $localize`:@@appointments.problem.alreadyBooked:您已经预约了这项服务。如需更改，请到“查看、改期或取消预约”页面改期或取消原预约。`;
    case '/problems/daily-limit':
      return $localize`:@@appointments.problem.dailyLimit:每人每天最多预约 3 次，请另选一天。`;
    case '/problems/appointment-blocked': {
      const { until = '' } = problem as Problem & Partial<AppointmentBlockedMembers>;
      return $localize`:@@appointments.problem.blocked:由于 90 天内 3 次预约未到，您在 ${until}:until: 之前不能在网上预约。如有疑问，请拨打 12345 政务服务便民热线。`;
    }
    case '/problems/appointment-too-late':
      return $localize`:@@appointments.problem.tooLate:离预约时间已不足 2 小时，不能再在网上改期或取消。`;
    case '/problems/appointment-not-active':
      return $localize`:@@appointments.problem.notActive:这个预约已经取消或已经办理，不能再更改。`;
    case '/problems/idempotency-key-in-flight':
      return $localize`:@@appointments.problem.inFlight:您的预约正在处理中，请稍等片刻再查看。`;
  }
  if (problem.status === 404) {
    return $localize`:@@appointments.problem.notFound:没有找到与这个预约号和手机号码相符的预约。请核对后重新输入。`;
  }
  if (problem.status === 429) {
    return $localize`:@@appointments.problem.rateLimited:尝试次数太多，请稍等几分钟再试。`;
  }
  if (problem.type === '/problems/validation') {
    return $localize`:@@appointments.problem.validation:请修改下面标出的内容后再提交。`;
  }
  if (problem.type === '/problems/unreachable' || [0, 502, 503, 504].includes(problem.status)) {
    return $localize`:@@appointments.problem.unreachable:暂时无法连接到服务，请检查网络后重试。`;
  }
  return $localize`:@@appointments.problem.other:系统出现问题，请稍后重试。如果问题持续，请拨打 12345 政务服务便民热线。`;
}
