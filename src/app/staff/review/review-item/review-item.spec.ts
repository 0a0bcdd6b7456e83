import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ReviewItem as Item } from '@contract/staff';
import { ReviewClient } from '../data/review-client';
import { ITEM } from '../testing/samples';
import { ReviewItem } from './review-item';

const URL = '/api/staff/items/c12';

describe('ReviewItem', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ReviewClient,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'staff/items/:id', component: ReviewItem },
          { path: 'elsewhere', children: [] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });

  async function open(item: Item): Promise<{ page: HTMLElement; harness: RouterTestingHarness }> {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/staff/items/${item.id}`, ReviewItem);
    (await requested(URL)).flush(item);
    await navigation;
    await harness.fixture.whenStable();
    return { page: harness.routeNativeElement!, harness };
  }

  /** The request once the page has made it (navigation and rendering take a few turns). */
  async function requested(url: string): Promise<TestRequest> {
    for (let turn = 0; turn < 100; turn++) {
      const [request] = http.match(url);
      if (request) return request;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return http.expectOne(url);
  }

  function type(page: HTMLElement, id: string, text: string): void {
    const field = page.querySelector<HTMLTextAreaElement>(`#${id}`)!;
    field.value = text;
    field.dispatchEvent(new Event('input'));
  }

  it('shows the actions the server lists and no others', async () => {
    const { page } = await open(ITEM);
    expect(page.querySelector('#note')).not.toBeNull();
    expect(page.querySelector('#verify-reason')).not.toBeNull();
    expect(page.textContent).toContain('显示完整号码');
    for (const absent of ['#reply', '#assignee', '#hide-reason', '#fix-text', '[data-action]']) {
      expect(page.querySelector(absent)).withContext(absent).toBeNull();
    }
    expect(page.textContent).not.toContain('查看审计记录');
  });

  it('offers a claim and a reply when those are what the server lists', async () => {
    const { page } = await open({ ...ITEM, workflow: null, actions: ['claim', 'reply'] });
    const buttons = [...page.querySelectorAll('[data-action]')].map((b) =>
      b.getAttribute('data-action'),
    );
    expect(buttons).toEqual(['claim']);
    expect(page.querySelector('#reply')).not.toBeNull();
    expect(page.querySelector('#note')).toBeNull();
    expect(page.querySelector('#verify-reason')).toBeNull();
  });

  it('shows what the citizen wrote as text, never as markup', async () => {
    const { page } = await open(ITEM);
    expect(page.querySelector('#what-happened')?.textContent).toContain(
      '<script>alert(1)</script>',
    );
    expect(page.querySelector('script')).toBeNull();
  });

  it('previews the reply as the tracking page shows it, markup as characters', async () => {
    const { page, harness } = await open({ ...ITEM, workflow: null, actions: ['reply'] });
    type(page, 'reply', '  已经处理。\n<b>谢谢</b>  ');
    await harness.fixture.whenStable();
    const preview = page.querySelector('.preview app-public-reply .public-reply__text');
    expect(preview?.textContent).toBe('已经处理。\n<b>谢谢</b>');
    expect(page.querySelector('.preview b')).toBeNull();
  });

  it('after a stale edit (412) says what changed, keeps the text and sends it again', async () => {
    const { page, harness } = await open(ITEM);
    page.querySelector<HTMLInputElement>('#verify-valid')!.click();
    type(page, 'verify-reason', '窗口当天确实只开了一个');
    page.querySelector('#verify-reason')!.closest('form')!.requestSubmit();

    const stale = http.expectOne(`${URL}/verify`);
    expect(stale.request.headers.get('If-Match')).toBe('"3"');
    stale.flush(
      { type: '/problems/stale-item', title: 'Changed', status: 412 },
      { status: 412, statusText: 'Precondition Failed' },
    );
    const changed: Item = {
      ...ITEM,
      version: 4,
      assignee: { userName: 'li.qiang', displayName: '李强' },
      notes: [{ at: '2026-09-15T01:00:00.000Z', by: ITEM.assignee!, text: '已致电' }],
    };
    http.expectOne(URL).flush(changed);
    await harness.fixture.whenStable();

    const alert = page.querySelector('#changed');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('现在由 李强 处理');
    expect(alert?.textContent).toContain('新增了 1 条内部备注');
    expect(page.querySelector<HTMLTextAreaElement>('#verify-reason')!.value).toBe(
      '窗口当天确实只开了一个',
    );
    expect(page.querySelector<HTMLInputElement>('#verify-valid')!.checked).toBeTrue();

    page.querySelector('#verify-reason')!.closest('form')!.requestSubmit();
    const again = http.expectOne(`${URL}/verify`);
    expect(again.request.headers.get('If-Match')).toBe('"4"');
    expect(again.request.body).toEqual({ valid: true, reason: '窗口当天确实只开了一个' });
    again.flush({ ...changed, version: 5, actions: ['note'] });
    await harness.fixture.whenStable();
    expect(page.querySelector('#changed')).toBeNull();
    expect(page.querySelector('#verify-reason')).toBeNull();
  });

  it('keeps a note being written when the page is left (a sign-out, say) and opened again', async () => {
    const first = await open(ITEM);
    type(first.page, 'note', '等回访后再答复');
    await first.harness.navigateByUrl('/elsewhere');

    const navigation = first.harness.navigateByUrl('/staff/items/c12', ReviewItem);
    (await requested(URL)).flush(ITEM);
    await navigation;
    await first.harness.fixture.whenStable();
    const page = first.harness.routeNativeElement!;
    expect(page.querySelector<HTMLTextAreaElement>('#note')!.value).toBe('等回访后再答复');
  });

  it('moves focus to the saved notice when a step’s form goes with its change', async () => {
    const { page, harness } = await open(ITEM);
    page.querySelector<HTMLInputElement>('#verify-valid')!.click();
    type(page, 'verify-reason', '窗口当天确实只开了一个');
    const form = page.querySelector('#verify-reason')!.closest('form')!;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    form.requestSubmit();
    http.expectOne(`${URL}/verify`).flush({ ...ITEM, version: 4, actions: ['note', 'fix'] });
    await harness.fixture.whenStable();
    expect(page.querySelector('#verify-reason')).toBeNull();
    const notice = page.querySelector<HTMLElement>('#item-done')!;
    expect(notice.textContent).toContain('已保存');
    expect(document.activeElement).toBe(notice);
  });

  it('moves focus to the saved notice once the reply is sent and its form goes', async () => {
    const { page, harness } = await open({ ...ITEM, workflow: null, actions: ['reply', 'note'] });
    type(page, 'reply', '已经处理，谢谢您的意见。');
    const form = page.querySelector('#reply')!.closest('form')!;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    form.requestSubmit();
    http
      .expectOne(`${URL}/reply`)
      .flush({ ...ITEM, workflow: null, version: 4, actions: ['note'] });
    await harness.fixture.whenStable();
    expect(page.querySelector('#reply')).toBeNull();
    expect(document.activeElement).toBe(page.querySelector<HTMLElement>('#item-done'));
  });

  it('leaves focus where it is when the form used stays (a note)', async () => {
    const { page, harness } = await open(ITEM);
    type(page, 'note', '已致电');
    const field = page.querySelector<HTMLTextAreaElement>('#note')!;
    field.focus();
    field.closest('form')!.requestSubmit();
    http.expectOne(`${URL}/notes`).flush({ ...ITEM, version: 4 });
    await harness.fixture.whenStable();
    expect(document.activeElement).toBe(field);
  });

  it('refuses an empty note without asking the server', async () => {
    const { page, harness } = await open(ITEM);
    type(page, 'note', '   ');
    page.querySelector('#note')!.closest('form')!.requestSubmit();
    await harness.fixture.whenStable();
    expect(page.querySelector('#note-error')).not.toBeNull();
    expect(page.querySelector('#note')!.getAttribute('aria-invalid')).toBe('true');
  });
});
