import type { ReviewItem } from '@contract/staff';
import { statusText } from './review-text';

/**
 * What someone else changed between the item a page showed and the item it reloaded after a
 * 412, in words, so the reviewer can decide whether their own change still makes sense.
 */
export function itemChanges(before: ReviewItem, after: ReviewItem): string[] {
  const changes: string[] = [];
  if (before.status !== after.status) {
    const from = statusText(before.status);
    const to = statusText(after.status);
    changes.push($localize`:@@staff.item.changed.status:状态从“${from}:from:”改为“${to}:to:”`);
  }
  if (before.assignee?.userName !== after.assignee?.userName) {
    const who = after.assignee?.displayName;
    changes.push(
      who
        ? $localize`:@@staff.item.changed.assignee:现在由 ${who}:name: 处理`
        : $localize`:@@staff.item.changed.unassigned:现在没有人负责`,
    );
  }
  const notes = after.notes.length - before.notes.length;
  if (notes > 0) {
    changes.push(
      notes === 1
        ? $localize`:@@staff.item.changed.noteOne:新增了 1 条内部备注`
        : $localize`:@@staff.item.changed.notes:新增了 ${notes}:count: 条内部备注`,
    );
  }
  const steps = doneSteps(after) - doneSteps(before);
  if (steps > 0) {
    changes.push(
      steps === 1
        ? $localize`:@@staff.item.changed.stepOne:新记录了 1 个好差评步骤`
        : $localize`:@@staff.item.changed.steps:新记录了 ${steps}:count: 个好差评步骤`,
    );
  }
  if (!before.reply && after.reply) {
    changes.push($localize`:@@staff.item.changed.reply:已经发出了答复`);
  }
  if (before.hidden !== after.hidden) {
    changes.push(
      after.hidden
        ? $localize`:@@staff.item.changed.hidden:内容已被屏蔽`
        : $localize`:@@staff.item.changed.unhidden:内容已取消屏蔽`,
    );
  }
  if (changes.length === 0) {
    changes.push($localize`:@@staff.item.changed.other:其他信息有更新`);
  }
  return changes;
}

function doneSteps(item: ReviewItem): number {
  const flow = item.workflow;
  if (!flow) return 0;
  return [flow.verification.done, flow.fix.done, flow.followUp.done].filter(Boolean).length;
}
