import type { Routes } from '@angular/router';
import { ReviewClient } from './data/review-client';
import { ReviewItem } from './review-item/review-item';
import { ReviewQueue } from './review-queue/review-queue';

/**
 * The review queue (`queue`) and item pages (`items/:id`), mounted inside the staff shell behind
 * the sign-in guard (staff.routes.ts). The client is provided here, under the staff feature's
 * HttpClient, so its 401s reach the signed-out interceptor.
 */
export const reviewRoutes: Routes = [
  {
    path: '',
    providers: [ReviewClient],
    children: [
      {
        path: 'queue',
        title: $localize`:@@staff.queue.title:待处理事项`,
        component: ReviewQueue,
      },
      {
        path: 'items/:id',
        title: $localize`:@@staff.item.title:处理事项`,
        component: ReviewItem,
      },
    ],
  },
];
