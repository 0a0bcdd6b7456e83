import { ChangeDetectionStrategy, Component } from '@angular/core';
import { CONTACT_EMAIL } from '../core/contact-details';
import { describeThisPage } from '../core/page-meta';

@Component({
  selector: 'app-contact',
  templateUrl: './contact.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Contact {
  protected readonly email = CONTACT_EMAIL;

  constructor() {
    describeThisPage(
      $localize`:@@meta.contact:如何联系江澄市政务服务网：12345 政务服务便民热线、电子邮件和办事大厅。`,
    );
  }
}
