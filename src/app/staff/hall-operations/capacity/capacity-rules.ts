/** The hall picker's id comes first: it is the page's first field. */
export const CAPACITY_FIELDS = ['capacity-hall', 'window', 'from', 'capacity'] as const;
export type CapacityField = (typeof CAPACITY_FIELDS)[number];

export interface CapacityForm {
  window: string;
  from: string;
  capacity: string;
}

export const EMPTY_CAPACITY: CapacityForm = { window: '', from: '', capacity: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form's own messages, in the page's language; the server checks again. */
export function capacityErrors(
  form: CapacityForm,
  today: string,
): Partial<Record<CapacityField, string>> {
  const errors: Partial<Record<CapacityField, string>> = {};
  if (!form.window) errors.window = $localize`:@@staff.capacity.error.window:请选择窗口`;
  if (!DATE.test(form.from)) {
    errors.from = $localize`:@@staff.capacity.error.from:请输入生效日期，例如 2026-09-16`;
  } else if (form.from <= today) {
    errors.from = $localize`:@@staff.capacity.error.fromFuture:生效日期必须在今天以后`;
  }
  const capacity = Number(form.capacity);
  if (!/^\d{1,3}$/.test(form.capacity.trim()) || capacity > 100) {
    errors.capacity = $localize`:@@staff.capacity.error.capacity:请输入 0 到 100 之间的整数`;
  }
  return errors;
}
