import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FeedbackClient } from './feedback-client';
import { SERVICE } from '../testing/samples';

describe('FeedbackClient', () => {
  let client: FeedbackClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(FeedbackClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads every page of the catalogue, sorted by name in the page language', () => {
    let services: unknown[] = [];
    client.services('en').subscribe((all) => (services = all));
    const first = http.expectOne((r) => r.url === '/api/services' && r.params.get('page') === '1');
    expect(first.request.params.get('sort')).toBe('name');
    expect(first.request.params.get('lang')).toBe('en');
    first.flush({ items: [SERVICE], total: 51, page: 1, pageSize: 50 });
    const second = http.expectOne((r) => r.params.get('page') === '2');
    second.flush({ items: [{ ...SERVICE, code: 'RSJ-005' }], total: 51, page: 2, pageSize: 50 });
    expect(services.length).toBe(2);
  });

  it('sends the tracking code and mobile in the body, never in the URL', () => {
    client.track({ trackingCode: 'K7QM-3XPD-9HTW', mobile: '13812345678' }).subscribe();
    const request = http.expectOne('/api/feedback/track');
    expect(request.request.method).toBe('POST');
    expect(request.request.urlWithParams).not.toContain('138');
    expect(request.request.body).toEqual({ trackingCode: 'K7QM-3XPD-9HTW', mobile: '13812345678' });
    request.flush({});
  });

  it('asks for the results by hall', () => {
    client.results('hall').subscribe();
    http.expectOne('/api/feedback/results?by=hall').flush({});
  });
});
