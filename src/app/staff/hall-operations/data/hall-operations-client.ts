import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Hall } from '@contract/catalogue';
import type {
  CapacityInput,
  ClosureConfirmed,
  ClosureInput,
  ClosureList,
  ClosurePreview,
  HallWindows,
  HallWindowView,
} from '@contract/hall-operations';
import type { Observable } from 'rxjs';

const CLOSURES = '/api/staff/closures';

/**
 * Hall closures and window capacity. Provided in the hall-operations routes, under the staff
 * feature's HttpClient, so a 401 reaches the signed-out interceptor.
 */
@Injectable()
export class HallOperationsClient {
  private readonly http = inject(HttpClient);

  /** The portal's halls (the public catalogue's list). */
  halls(): Observable<Hall[]> {
    return this.http.get<Hall[]>('/api/halls');
  }

  closures(): Observable<ClosureList> {
    return this.http.get<ClosureList>(CLOSURES);
  }

  preview(input: ClosureInput): Observable<ClosurePreview> {
    return this.http.post<ClosurePreview>(`${CLOSURES}/preview`, input);
  }

  close(input: ClosureInput): Observable<ClosureConfirmed> {
    return this.http.post<ClosureConfirmed>(CLOSURES, input);
  }

  windows(hallId: string): Observable<HallWindows> {
    return this.http.get<HallWindows>(`/api/staff/halls/${encodeURIComponent(hallId)}/windows`);
  }

  /** Against the version the page read: 412 when someone changed the window meanwhile. */
  setCapacity(
    hallId: string,
    departmentId: string,
    version: number,
    input: CapacityInput,
  ): Observable<HallWindowView> {
    return this.http.put<HallWindowView>(
      `/api/staff/halls/${encodeURIComponent(hallId)}/windows/${encodeURIComponent(departmentId)}/capacity`,
      input,
      { headers: new HttpHeaders({ 'If-Match': `"${version}"` }) },
    );
  }
}
