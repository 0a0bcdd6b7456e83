import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Health } from '@contract/health';
import { REPORT_UNREACHABLE } from '../connectivity-interceptor';
import { HealthClient } from './health-client';

describe('HealthClient', () => {
  it('asks GET /api/health and leaves reporting its failure to the caller', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const controller = TestBed.inject(HttpTestingController);
    const health: Health = {
      status: 'ok',
      version: '0.1.0',
      uptimeSeconds: 3,
      database: { status: 'ok', schemaVersion: 1 },
    };
    let received: Health | undefined;

    TestBed.inject(HealthClient)
      .check()
      .subscribe((h) => (received = h));
    const request = controller.expectOne('/api/health');
    expect(request.request.method).toBe('GET');
    expect(request.request.context.get(REPORT_UNREACHABLE)).toBeFalse();
    request.flush(health);

    expect(received).toEqual(health);
    controller.verify();
  });
});
