import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Health } from '@contract/health';
import type { Observable } from 'rxjs';
import { REPORT_UNREACHABLE } from '../connectivity-interceptor';

@Injectable({ providedIn: 'root' })
export class HealthClient {
  private readonly http = inject(HttpClient);

  check(): Observable<Health> {
    return this.http.get<Health>('/api/health', {
      context: new HttpContext().set(REPORT_UNREACHABLE, false),
    });
  }
}
