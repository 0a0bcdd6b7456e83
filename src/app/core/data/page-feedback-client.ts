import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PageFeedbackInput, PageFeedbackReceipt } from '@contract/page-feedback';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PageFeedbackClient {
  private readonly http = inject(HttpClient);

  send(input: PageFeedbackInput): Observable<PageFeedbackReceipt> {
    return this.http.post<PageFeedbackReceipt>('/api/page-feedback', input);
  }
}
