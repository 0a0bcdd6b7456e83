import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { CheckAnswers } from './check-answers/check-answers';
import { FeedbackStart } from './feedback-start/feedback-start';
import { RateService } from './rate-service/rate-service';
import { RatingReceived } from './rating-received/rating-received';
import { ResultsPage } from './results-page/results-page';
import * as feedbackEffects from './state/feedback.effects';
import { feedbackFeature } from './state/feedback.feature';
import { SubmissionConfirmation } from './submission-confirmation/submission-confirmation';
import { SubmissionForm } from './submission-form/submission-form';
import { TrackLookup } from './track-lookup/track-lookup';
import { TrackedCase } from './tracked-case/tracked-case';

/**
 * Citizen feedback: rate a service (好差评), send a complaint, suggestion, praise or question,
 * track it, and the published results. Pages reached without what they show (a reload of a
 * confirmation, say) explain and link back; nothing personal survives a reload.
 */
const routes: Routes = [
  {
    path: '',
    providers: [provideState(feedbackFeature), provideEffects(feedbackEffects)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: $localize`:@@feedback.title.start:我要反馈`,
        component: FeedbackStart,
      },
      {
        path: 'rate',
        title: $localize`:@@feedback.title.rate:评价服务`,
        component: RateService,
      },
      {
        path: 'rate/done',
        title: $localize`:@@feedback.title.rated:感谢您的评价`,
        component: RatingReceived,
      },
      {
        path: 'submit',
        title: $localize`:@@feedback.title.submit:投诉、建议、表扬或咨询`,
        component: SubmissionForm,
      },
      {
        path: 'submit/check',
        title: $localize`:@@feedback.title.check:提交前请核对`,
        component: CheckAnswers,
      },
      {
        path: 'submit/confirmation',
        title: $localize`:@@feedback.title.confirmation:提交成功`,
        component: SubmissionConfirmation,
      },
      {
        path: 'track',
        title: $localize`:@@feedback.title.track:查询办理进度`,
        component: TrackLookup,
      },
      {
        path: 'track/case',
        title: $localize`:@@feedback.title.case:办理进度`,
        component: TrackedCase,
      },
      {
        path: 'results',
        title: $localize`:@@feedback.title.results:服务满意度`,
        component: ResultsPage,
      },
    ],
  },
];

export default routes;
