import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Department,
  Hall,
  ServiceGuidePage,
  ServiceSearchQuery,
  ServiceSearchResult,
  Theme,
} from '@contract/catalogue';
import type { ServiceResults } from '@contract/feedback';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class CatalogueClient {
  private readonly http = inject(HttpClient);

  search(query: ServiceSearchQuery): Observable<ServiceSearchResult> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        params = params.set(name, String(value));
      }
    }
    return this.http.get<ServiceSearchResult>('/api/services', { params });
  }

  guide(code: string): Observable<ServiceGuidePage> {
    return this.http.get<ServiceGuidePage>(`/api/services/${encodeURIComponent(code)}`);
  }

  themes(): Observable<Theme[]> {
    return this.http.get<Theme[]>('/api/themes');
  }

  departments(): Observable<Department[]> {
    return this.http.get<Department[]>('/api/departments');
  }

  /** The service's published satisfaction, read from the feedback API like any other client. */
  satisfaction(code: string): Observable<ServiceResults> {
    return this.http.get<ServiceResults>(
      `/api/feedback/results/services/${encodeURIComponent(code)}`,
    );
  }

  halls(): Observable<Hall[]> {
    return this.http.get<Hall[]>('/api/halls');
  }
}
