import {
  FetchBackend,
  HttpParams,
  HttpRequest,
  HttpResponse,
  type HttpEvent,
} from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { type Observable, firstValueFrom, of } from 'rxjs';
import { PRERENDER_API_ENV, ServerApiBackend } from './server-api-backend';

/** Stands in for Node's process.env while prerendering: the spec runs in a browser. */
interface WithProcess {
  process?: { env: Record<string, string | undefined> };
}

describe('ServerApiBackend while prerendering', () => {
  const origin = 'http://127.0.0.1:25999';
  const global = globalThis as WithProcess;
  let hadProcess: boolean;
  let previous: WithProcess['process'];
  let sent: string[];

  beforeEach(() => {
    hadProcess = 'process' in globalThis;
    previous = global.process;
    global.process = { env: { [PRERENDER_API_ENV]: origin } };
    sent = [];
    TestBed.configureTestingModule({
      providers: [
        ServerApiBackend,
        {
          provide: FetchBackend,
          useValue: {
            handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
              sent.push(request.urlWithParams);
              return of(new HttpResponse({ status: 200, body: [] }));
            },
          },
        },
      ],
    });
  });

  afterEach(() => {
    if (hadProcess) global.process = previous;
    else delete global.process;
  });

  it("asks the build's API with the query once, not doubled", async () => {
    const backend = TestBed.inject(ServerApiBackend);
    const params = new HttpParams({ fromObject: { theme: 'exit-entry', lang: 'en' } });
    await firstValueFrom(backend.handle(new HttpRequest('GET', '/api/services', null, { params })));
    expect(sent).toEqual([`${origin}/api/services?theme=exit-entry&lang=en`]);
  });

  it('keeps a query written into the address itself', async () => {
    const backend = TestBed.inject(ServerApiBackend);
    await firstValueFrom(backend.handle(new HttpRequest('GET', '/api/services?page=2', null)));
    expect(sent).toEqual([`${origin}/api/services?page=2`]);
  });
});
