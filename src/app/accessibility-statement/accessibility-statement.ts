import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONTACT_EMAIL } from '../core/contact-details';

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
}
