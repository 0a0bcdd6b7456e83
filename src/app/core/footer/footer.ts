import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  PendingTasks,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
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
  /**
   * The survey sits below the fold and is drawn in a task of its own after the rest of the page's
   * first render, which it would otherwise lengthen on every citizen's first visit.
   */
  protected readonly surveyShown = signal(false);

  constructor() {
    const done = inject(PendingTasks).add();
    inject(DestroyRef).onDestroy(done);
    afterNextRender(() =>
      setTimeout(() => {
        this.surveyShown.set(true);
        done();
      }),
    );
  }
}
