import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { describeThisPage } from '../core/page-meta';

@Component({
  selector: 'app-about',
  imports: [RouterLink],
  templateUrl: './about.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class About {
  constructor() {
    describeThisPage(
      $localize`:@@meta.about:江澄市政务服务网是谁建的、为谁而建、能办哪些事，以及我们如何使用你的信息。`,
    );
  }
}
