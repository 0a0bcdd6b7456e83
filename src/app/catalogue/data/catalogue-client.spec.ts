import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CatalogueClient } from './catalogue-client';

describe('CatalogueClient', () => {
  let client: CatalogueClient;
  let controller: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(CatalogueClient);
    controller = TestBed.inject(HttpTestingController);
  });

  afterEach(() => controller.verify());

  it('sends only the filters that are set', () => {
    client.search({ q: '护照', online: false, visits: 0, page: 2, lang: 'zh-CN' }).subscribe();
    const request = controller.expectOne((r) => r.url === '/api/services');
    expect(request.request.params.keys().sort()).toEqual(['lang', 'online', 'page', 'q', 'visits']);
    expect(request.request.params.get('q')).toBe('护照');
    expect(request.request.params.get('online')).toBe('false');
    expect(request.request.params.get('visits')).toBe('0');
    request.flush({});
  });

  it('escapes the code of the guide it asks for', () => {
    client.guide('CRJ-001').subscribe();
    controller.expectOne('/api/services/CRJ-001').flush({});
    client.guide('a/b').subscribe();
    controller.expectOne('/api/services/a%2Fb').flush({});
  });

  it('reads the reference lists', () => {
    client.themes().subscribe();
    client.departments().subscribe();
    client.halls().subscribe();
    for (const url of ['/api/themes', '/api/departments', '/api/halls']) {
      const request = controller.expectOne(url);
      expect(request.request.method).toBe('GET');
      request.flush([]);
    }
  });
});
