import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageFeedback } from '../page-feedback/page-feedback';

@Component({
  selector: 'app-footer',
  imports: [RouterLink, DatePipe, PageFeedback],
  templateUrl: './footer.html',
  styleUrl: './footer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Footer {
  protected readonly today = new Date();
}
