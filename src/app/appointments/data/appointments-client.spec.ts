import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AppointmentsClient } from './appointments-client';

describe('AppointmentsClient', () => {
  let client: AppointmentsClient;
  let controller: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(AppointmentsClient);
    controller = TestBed.inject(HttpTestingController);
  });

  afterEach(() => controller.verify());

  it('asks a hall for the seats of one service', () => {
    client.availability('smzx', 'CRJ-001').subscribe();
    const request = controller.expectOne((r) => r.url === '/api/halls/smzx/availability');
    expect(request.request.params.get('service')).toBe('CRJ-001');
    request.flush({});
  });

  it('books with an Idempotency-Key header, the personal details in the body only', () => {
    const input = {
      service: 'CRJ-001',
      hall: 'smzx',
      date: '2026-09-16',
      time: '09:00',
      name: '张三',
      mobile: '13812345678',
      idType: 'resident-id' as const,
      idNumber: '11010519491231002X',
    };
    client.book(input, 'key-1').subscribe();
    const request = controller.expectOne('/api/appointments');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(request.request.body).toEqual(input);
    expect(request.request.urlWithParams).not.toContain('13812345678');
    request.flush({});
  });

  it('looks up, cancels and reschedules with the mobile in the body', () => {
    client.lookup({ reference: 'K7QM-3XPD', mobile: '13812345678' }).subscribe();
    const lookup = controller.expectOne('/api/appointments/lookup');
    expect(lookup.request.body).toEqual({ reference: 'K7QM-3XPD', mobile: '13812345678' });
    lookup.flush({});

    client.cancel('K7QM-3XPD', '13812345678').subscribe();
    const cancel = controller.expectOne('/api/appointments/K7QM-3XPD/cancel');
    expect(cancel.request.body).toEqual({ mobile: '13812345678' });
    cancel.flush({});

    client
      .reschedule(
        'K7QM-3XPD',
        { mobile: '13812345678', date: '2026-09-21', time: '09:00' },
        'key-2',
      )
      .subscribe();
    const moved = controller.expectOne('/api/appointments/K7QM-3XPD/reschedule');
    expect(moved.request.headers.get('Idempotency-Key')).toBe('key-2');
    moved.flush({});
  });
});
