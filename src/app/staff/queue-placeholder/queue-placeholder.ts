import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * Stands at /staff/queue until the review routes define the real queue, which then matches
 * first (staff.routes.ts lists reviewRoutes before this).
 */
@Component({
  selector: 'app-queue-placeholder',
  template: `<h1 i18n="@@staff.shell.queueHeading">待办事项</h1>
    <p i18n="@@staff.shell.queueComing">待办事项列表即将上线。</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueuePlaceholder {}
