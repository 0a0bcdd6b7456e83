import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Hall, ServiceSearchResult, ServiceSummary } from '@contract/catalogue';
import type {
  RatingInput,
  RatingInvitation,
  RatingReceipt,
  ResolutionInput,
  ResultsTable,
  SubmissionInput,
  SubmissionReceipt,
  TrackQuery,
  TrackedCase,
} from '@contract/feedback';
import { EMPTY, type Observable, expand, map, reduce } from 'rxjs';
import type { PortalLocale } from '../../core/locale';

/** The catalogue allows at most this many services a page. */
const PAGE_SIZE = 50;

/**
 * The feedback API, and the catalogue's services and halls read over HTTP like any other client.
 * Mobile numbers and tracking codes travel in request bodies only, never in a URL, so no access
 * log or browser history holds them.
 */
@Injectable({ providedIn: 'root' })
export class FeedbackClient {
  private readonly http = inject(HttpClient);

  rate(input: RatingInput): Observable<RatingReceipt> {
    return this.http.post<RatingReceipt>('/api/feedback/ratings', input);
  }

  invitation(token: string): Observable<RatingInvitation> {
    return this.http.get<RatingInvitation>(
      `/api/feedback/rating-invitations/${encodeURIComponent(token)}`,
    );
  }

  submit(input: SubmissionInput): Observable<SubmissionReceipt> {
    return this.http.post<SubmissionReceipt>('/api/feedback/submissions', input);
  }

  track(query: TrackQuery): Observable<TrackedCase> {
    return this.http.post<TrackedCase>('/api/feedback/track', query);
  }

  resolve(input: ResolutionInput): Observable<TrackedCase> {
    return this.http.post<TrackedCase>('/api/feedback/track/resolution', input);
  }

  results(by: 'service' | 'hall'): Observable<ResultsTable> {
    return this.http.get<ResultsTable>('/api/feedback/results', { params: { by } });
  }

  /** Every service in the catalogue, by name in the page's language, page after page. */
  services(lang: PortalLocale): Observable<ServiceSummary[]> {
    const page = (n: number) =>
      this.http.get<ServiceSearchResult>('/api/services', {
        params: { sort: 'name', lang, page: n, pageSize: PAGE_SIZE },
      });
    return page(1).pipe(
      expand((result) =>
        result.page * result.pageSize < result.total ? page(result.page + 1) : EMPTY,
      ),
      map((result) => result.items),
      reduce((all: ServiceSummary[], items) => all.concat(items), []),
    );
  }

  halls(): Observable<Hall[]> {
    return this.http.get<Hall[]>('/api/halls');
  }
}
