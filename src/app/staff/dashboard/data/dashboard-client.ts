import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Dashboard, DashboardQuery } from '@contract/dashboard';
import type { Observable } from 'rxjs';

/**
 * The dashboard API (/api/staff/dashboard). Provided by the dashboard page, under the staff
 * feature's HttpClient, so a 401 reaches the signed-out interceptor.
 */
@Injectable()
export class DashboardClient {
  private readonly http = inject(HttpClient);

  dashboard(query: DashboardQuery): Observable<Dashboard> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) params = params.set(name, value);
    }
    return this.http.get<Dashboard>('/api/staff/dashboard', { params });
  }
}
