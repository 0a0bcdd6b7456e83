import type { Localized } from '../../../contract/catalogue.ts';
import type { ReviewItemSummary } from '../../../contract/staff.ts';
import type { SiteLocale } from '../accept-language.ts';
import type { IsoDate } from '../clock.ts';
import type { CsvColumn } from '../export/csv.ts';
import { maskNumbersInText } from '../personal-data.ts';

/**
 * The review queue as a CSV file (issue 10): the columns a queue row shows, headed in the
 * caller's language. Codes (kind, status, level, step) stay as the API spells them, so a
 * spreadsheet can filter on them in either language. The excerpt is what the queue shows, with
 * any ID or mobile number the citizen typed masked, since a file travels further than a screen.
 */
export function queueExportColumns(locale: SiteLocale): CsvColumn<ReviewItemSummary>[] {
  const name = (text: Localized | undefined) => text?.[locale] ?? null;
  const heading = (zh: string, en: string) => (locale === 'zh' ? zh : en);
  return [
    { header: heading('编号', 'ID'), value: (item) => item.id },
    { header: heading('类型', 'Kind'), value: (item) => item.kind },
    { header: heading('状态', 'Status'), value: (item) => item.status },
    { header: heading('评价等级', 'Rating'), value: (item) => item.level },
    { header: heading('事项编码', 'Service code'), value: (item) => item.service?.code },
    { header: heading('事项名称', 'Service'), value: (item) => name(item.service?.name) },
    { header: heading('服务大厅', 'Hall'), value: (item) => name(item.hall?.name) },
    { header: heading('部门', 'Department'), value: (item) => name(item.department.name) },
    { header: heading('经办人', 'Assignee'), value: (item) => item.assignee?.displayName },
    { header: heading('收到时间', 'Received at'), value: (item) => item.receivedAt },
    { header: heading('答复期限', 'Answer by'), value: (item) => item.answerBy },
    { header: heading('剩余工作日', 'Working days left'), value: (item) => item.workingDaysLeft },
    { header: heading('已逾期', 'Overdue'), value: (item) => item.overdue },
    { header: heading('下一步', 'Next step'), value: (item) => item.step },
    { header: heading('内容摘要', 'Excerpt'), value: (item) => maskNumbersInText(item.excerpt) },
    { header: heading('已隐藏', 'Hidden'), value: (item) => item.hidden },
  ];
}

export const queueExportFilename = (locale: SiteLocale, on: IsoDate): string =>
  locale === 'zh' ? `评价队列-${on}.csv` : `review-queue-${on}.csv`;
