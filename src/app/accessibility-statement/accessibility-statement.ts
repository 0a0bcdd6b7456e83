import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONTACT_EMAIL } from '../core/contact-details';
import { describeThisPage } from '../core/page-meta';
import { DayPipe } from '../shared/calendar-date';

@Component({
  selector: 'app-accessibility-statement',
  imports: [DayPipe, RouterLink],
  templateUrl: './accessibility-statement.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessibilityStatement {
  protected readonly email = CONTACT_EMAIL;
  // Calendar dates in Beijing; `day` formats them so no reader's time zone can move them.
  protected readonly prepared = '2026-11-28';
  protected readonly reviewed = '2026-11-28';

  constructor() {
    describeThisPage(
      $localize`:@@meta.accessibility:江澄市政务服务网的无障碍程度、已知问题，以及遇到障碍时如何获得帮助。`,
    );
  }
}
