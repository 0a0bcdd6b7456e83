import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PageFeedbackReceipt } from '@contract/page-feedback';
import { PageFeedbackClient } from './page-feedback-client';

describe('PageFeedbackClient', () => {
  it('posts the answer to /api/page-feedback', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const controller = TestBed.inject(HttpTestingController);
    let receipt: PageFeedbackReceipt | undefined;

    TestBed.inject(PageFeedbackClient)
      .send({ path: '/about', locale: 'en', useful: false, comment: 'No opening hours' })
      .subscribe((r) => (receipt = r));
    const request = controller.expectOne('/api/page-feedback');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      path: '/about',
      locale: 'en',
      useful: false,
      comment: 'No opening hours',
    });
    request.flush(
      { id: 7, receivedAt: '2026-11-28T10:00:00.000Z' },
      { status: 201, statusText: 'Created' },
    );

    expect(receipt).toEqual({ id: 7, receivedAt: '2026-11-28T10:00:00.000Z' });
    controller.verify();
  });
});
