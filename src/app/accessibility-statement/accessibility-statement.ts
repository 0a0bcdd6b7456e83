import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONTACT_EMAIL } from '../core/contact-details';
import { describeThisPage } from '../core/page-meta';

@Component({
  selector: 'app-accessibility-statement',
  imports: [DatePipe, RouterLink],
  templateUrl: './accessibility-statement.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessibilityStatement {
  protected readonly email = CONTACT_EMAIL;
  // Beijing time, so the date reads the same wherever the page is opened.
  protected readonly prepared = '2026-11-28T10:00:00+08:00';
  protected readonly reviewed = '2026-11-28T10:00:00+08:00';

  constructor() {
    describeThisPage(
      $localize`:@@meta.accessibility:江澄市政务服务网的无障碍程度、已知问题，以及遇到障碍时如何获得帮助。`,
    );
  }
}
