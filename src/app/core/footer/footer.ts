import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageFeedback } from '../page-feedback/page-feedback';

@Component({
  selector: 'app-footer',
  imports: [RouterLink, DatePipe, PageFeedback],
  templateUrl: './footer.html',
  styleUrl: './footer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shell styles are page-wide anyway and every class is prefixed with the block's name (BEM), so
  // they need no emulated scoping, whose attribute selectors were bytes in the first download.
  encapsulation: ViewEncapsulation.None,
})
export class Footer {
  protected readonly today = new Date();
}
