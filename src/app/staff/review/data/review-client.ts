import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Hall, ServiceSearchResult, ServiceSummary } from '@contract/catalogue';
import { MAX_PAGE_SIZE } from '@contract/constants/catalogue-limits';
import type {
  AuditEntry,
  AuditTrail,
  ColleagueList,
  ItemAction,
  QueueQuery,
  ReviewItem,
  ReviewQueue,
  StaffDepartment,
  StaffDepartmentList,
  StaffPerson,
} from '@contract/staff';
import { type Observable, map } from 'rxjs';
import type { PortalLocale } from '../../../core/locale';

/** The item actions that change it: each a POST with If-Match answering the changed item. */
export type ChangeAction = Exclude<ItemAction, 'reveal-mobile' | 'read-audit'>;

/** The path of each change under the item; notes are a collection, the rest are verbs. */
function actionPath(action: ChangeAction): string {
  return action === 'note' ? 'notes' : action;
}

/** The ETag the server gives an item: its version, quoted. */
export function etagOf(item: Pick<ReviewItem, 'version'>): string {
  return `"${item.version}"`;
}

/**
 * The review API (/api/staff/items...). Mutating calls are relative POSTs, so Angular's XSRF
 * support adds the X-XSRF-TOKEN header; filters travel in the query string, which holds nothing
 * personal (search words are what citizens wrote about a service, not who they are). Provided
 * by the review routes, beside the staff feature's HttpClient and its signed-out interceptor.
 */
@Injectable()
export class ReviewClient {
  private readonly http = inject(HttpClient);

  queue(query: QueueQuery): Observable<ReviewQueue> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) params = params.set(name, String(value));
    }
    return this.http.get<ReviewQueue>('/api/staff/items', { params });
  }

  item(id: string): Observable<ReviewItem> {
    return this.http.get<ReviewItem>(`/api/staff/items/${encodeURIComponent(id)}`);
  }

  /** One change to an item made against the version the page shows (412 if it moved). */
  change(item: ReviewItem, action: ChangeAction, body?: object): Observable<ReviewItem> {
    return this.http.post<ReviewItem>(
      `/api/staff/items/${encodeURIComponent(item.id)}/${actionPath(action)}`,
      body ?? null,
      { headers: new HttpHeaders({ 'If-Match': etagOf(item) }) },
    );
  }

  /** The full mobile number, for the follow-up call; the server writes the look-up to the audit. */
  revealMobile(id: string): Observable<string> {
    return this.http
      .post<{ mobile: string }>(`/api/staff/items/${encodeURIComponent(id)}/reveal-mobile`, null)
      .pipe(map((answer) => answer.mobile));
  }

  audit(id: string): Observable<AuditEntry[]> {
    return this.http
      .get<AuditTrail>(`/api/staff/items/${encodeURIComponent(id)}/audit`)
      .pipe(map((trail) => trail.entries));
  }

  colleagues(department: string): Observable<StaffPerson[]> {
    return this.http
      .get<ColleagueList>('/api/staff/colleagues', { params: { department } })
      .pipe(map((list) => list.colleagues));
  }

  departments(): Observable<StaffDepartment[]> {
    return this.http
      .get<StaffDepartmentList>('/api/staff/departments')
      .pipe(map((list) => list.departments));
  }

  /** A department's services for the filter, by name (one page holds any department's). */
  services(department: string, lang: PortalLocale): Observable<ServiceSummary[]> {
    return this.http
      .get<ServiceSearchResult>('/api/services', {
        params: { department, sort: 'name', lang, pageSize: MAX_PAGE_SIZE },
      })
      .pipe(map((result) => result.items));
  }

  halls(): Observable<Hall[]> {
    return this.http.get<Hall[]>('/api/halls');
  }
}
