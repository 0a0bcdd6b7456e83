import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Hall, ServiceGuidePage } from '@contract/catalogue';
import type { Observable } from 'rxjs';
import type {
  AppointmentView,
  Availability,
  AppointmentInput,
  AppointmentCreated,
  AppointmentLookup,
  AppointmentReschedule,
} from '@contract/appointments';

/**
 * The appointments API. The mobile number travels in request bodies only, never in a URL, so
 * no access log or browser history holds it.
 */
@Injectable({ providedIn: 'root' })
export class AppointmentsClient {
  private readonly http = inject(HttpClient);

  guide(code: string): Observable<ServiceGuidePage> {
    return this.http.get<ServiceGuidePage>(`/api/services/${encodeURIComponent(code)}`);
  }

  halls(): Observable<Hall[]> {
    return this.http.get<Hall[]>('/api/halls');
  }

  availability(hall: string, service: string): Observable<Availability> {
    return this.http.get<Availability>(`/api/halls/${encodeURIComponent(hall)}/availability`, {
      params: { service },
    });
  }

  /** The key makes a retried request (a lost answer, a double click) book once only. */
  book(input: AppointmentInput, idempotencyKey: string): Observable<AppointmentCreated> {
    return this.http.post<AppointmentCreated>('/api/appointments', input, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  lookup(input: AppointmentLookup): Observable<AppointmentView> {
    return this.http.post<AppointmentView>('/api/appointments/lookup', input);
  }

  cancel(reference: string, mobile: string): Observable<AppointmentView> {
    return this.http.post<AppointmentView>(
      `/api/appointments/${encodeURIComponent(reference)}/cancel`,
      { mobile },
    );
  }

  reschedule(
    reference: string,
    input: AppointmentReschedule,
    idempotencyKey: string,
  ): Observable<AppointmentView> {
    return this.http.post<AppointmentView>(
      `/api/appointments/${encodeURIComponent(reference)}/reschedule`,
      input,
      { headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }) },
    );
  }
}
