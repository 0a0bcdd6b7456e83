import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { StaffSession } from '@contract/staff';
import { StaffSessionStore } from '../../session/staff-session';
import { ReviewClient } from '../data/review-client';
import { ITEM, QUEUE } from '../testing/samples';
import { ReviewQueue } from './review-queue';

const REVIEWER: StaffSession = {
  userName: 'wang.min',
  displayName: '王敏',
  role: 'reviewer',
  department: ITEM.department,
  hall: null,
  idleExpiresAt: '2026-09-15T01:30:00.000Z',
  expiresAt: '2026-09-15T09:00:00.000Z',
};

describe('ReviewQueue', () => {
  let http: HttpTestingController;
  const session = signal<StaffSession | null>(REVIEWER);
  /** The departments whose services the page asked for, in order. */
  let servicesAskedFor: (string | null)[];

  beforeEach(() => {
    session.set(REVIEWER);
    servicesAskedFor = [];
    TestBed.configureTestingModule({
      providers: [
        ReviewClient,
        { provide: StaffSessionStore, useValue: { session } },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'staff/queue', component: ReviewQueue }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  /** The queue request once the page has made it; the filters' option lists answer empty. */
  async function queueRequest(): Promise<TestRequest> {
    for (let turn = 0; turn < 100; turn++) {
      for (const options of http.match((r) => r.url === '/api/halls')) options.flush([]);
      for (const options of http.match((r) => r.url === '/api/services')) {
        servicesAskedFor.push(options.request.params.get('department'));
        options.flush({ items: [], total: 0, page: 1, pageSize: 50, facets: {} });
      }
      const [request] = http.match((r) => r.url === '/api/staff/items');
      if (request) return request;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('the queue was never asked for');
  }

  async function open(url: string, queue = QUEUE) {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url, ReviewQueue);
    const request = await queueRequest();
    request.flush(queue);
    await navigation;
    await harness.fixture.whenStable();
    return { harness, request, page: harness.routeNativeElement! };
  }

  it('asks for the queue the URL names and shows deadlines in words', async () => {
    const { request, page } = await open('/staff/queue?due=overdue&q=%E6%8E%92%E9%98%9F&bogus=1');
    expect(request.request.params.keys().sort()).toEqual(['due', 'q']);
    expect(request.request.params.get('due')).toBe('overdue');
    expect(request.request.params.get('q')).toBe('排队');
    expect(page.querySelector('#filter-due')).toBeTruthy();
    expect((page.querySelector('#filter-due') as HTMLSelectElement).value).toBe('overdue');
    expect(page.querySelector('.queue__days')?.textContent).toContain('还剩 2 个工作日');
    expect(page.querySelector('.queue__excerpt')?.textContent).toContain('<script>');
    expect(page.querySelector('.queue__excerpt script')).toBeNull();
    expect(page.querySelector('[aria-current=page]')?.textContent).toContain('全部');
  });

  it('writes dates as the rest of the portal does, the time in Beijing', async () => {
    const { page } = await open('/staff/queue');
    const [received, answerBy] = [...page.querySelectorAll('tbody tr:first-child time')];
    expect(received.getAttribute('datetime')).toBe(QUEUE.items[0].receivedAt);
    // 02:00 UTC is 10:00 in Beijing, wherever the reviewer's browser is.
    expect(received.textContent?.trim()).toBe('2026年9月10日 10:00');
    expect(answerBy.textContent?.trim()).toBe('2026年9月17日');
  });

  it('says which filters in the address it did not recognise, and links to the address without them', async () => {
    const { request, page } = await open(
      '/staff/queue?status=bogus&sort=nonsense&due=overdue&kind=rant&bogus=1',
    );
    expect(request.request.params.keys()).toEqual(['due']);
    const notice = page.querySelector('.queue__unrecognised')!;
    expect(notice.querySelector('h2')?.textContent).toBe('网址中有无法识别的条件');
    expect(Array.from(notice.querySelectorAll('li'), (li) => li.textContent)).toEqual([
      '类型“rant”无法识别，显示的是所有类型的事项。',
      '状态“bogus”无法识别，显示的是所有状态的事项。',
      '排序方式“nonsense”无法识别，按默认顺序排列：答复期限最早的在前。',
    ]);
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/staff/queue?due=overdue');
    // What is shown instead is marked too: the "all" tab and the default order.
    expect(page.querySelector('[aria-current=page]')?.textContent).toContain('全部');
    expect((page.querySelector('#filter-sort') as HTMLSelectElement).value).toBe('due');
  });

  it('says nothing of an address it reads in full', async () => {
    const { page } = await open('/staff/queue?status=received&sort=due&page=1&kind=');
    expect(page.querySelector('.queue__unrecognised')).toBeNull();
  });

  it('repeats only the start of a long unrecognised value', async () => {
    const { page } = await open(`/staff/queue?kind=${'x'.repeat(500)}`);
    expect(page.querySelector('.queue__unrecognised li')?.textContent).toBe(
      `类型“${'x'.repeat(40)}…”无法识别，显示的是所有类型的事项。`,
    );
  });

  it("offers the department's services as a filter", async () => {
    await open('/staff/queue');
    expect(servicesAskedFor).toEqual([ITEM.department.id]);
  });

  it('asks no services for the routing desk, which the catalogue refuses as a filter', async () => {
    session.set({
      ...REVIEWER,
      department: { id: 'zwb', name: { zh: '政务服务管理局', en: 'GSA' } },
    });
    await open('/staff/queue');
    expect(servicesAskedFor).toEqual([]);
  });

  it('says a page past the last has no items, and links to the last page', async () => {
    const { page } = await open('/staff/queue?due=overdue&page=999', {
      ...QUEUE,
      items: [],
      total: 45,
      page: 999,
    });
    const beyond = page.querySelector('.queue__beyond')!;
    expect(beyond.textContent).toContain('这一页没有事项。最后一页是第 3 页。');
    expect(beyond.querySelector('a')?.getAttribute('href')).toBe('/staff/queue?due=overdue&page=3');
    expect(page.querySelector('.queue__empty')).toBeNull();
  });

  it('links the CSV download of every page under the same filter, in the page’s language', async () => {
    const { page } = await open(
      '/staff/queue?due=overdue&q=%E6%8E%92%E9%98%9F&page=2&sort=-received',
    );
    const link = page.querySelector<HTMLAnchorElement>('.queue__download a')!;
    expect(link.textContent?.trim()).toBe('下载 CSV');
    const href = new URL(link.getAttribute('href')!, 'http://portal.test');
    expect(href.pathname).toBe('/api/staff/review/export.csv');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      due: 'overdue',
      q: '排队',
      sort: '-received',
      lang: 'zh',
    });
  });

  it('writes applied filters to the URL, back to page 1 of the same tab', async () => {
    const { harness, page } = await open('/staff/queue?status=received&due=overdue&page=3');
    const kind = page.querySelector<HTMLSelectElement>('#filter-kind')!;
    kind.value = 'complaint';
    kind.dispatchEvent(new Event('change'));
    page.querySelector<HTMLFormElement>('form[role=search]')!.requestSubmit();
    (await queueRequest()).flush(QUEUE);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      '/staff/queue?kind=complaint&status=received&due=overdue',
    );
  });
});
