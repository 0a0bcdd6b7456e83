import { HttpErrorResponse } from '@angular/common/http';
import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { PageFeedbackInput, PageFeedbackReceipt } from '@contract/page-feedback';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { type Observable, Subject, of, throwError } from 'rxjs';
import { PageFeedbackClient } from '../data/page-feedback-client';
import { selectPagePath } from '../router.selectors';
import { PageFeedback } from './page-feedback';

const receipt: PageFeedbackReceipt = { id: 1, receivedAt: '2026-11-28T02:00:00.000Z' };

describe('PageFeedback', () => {
  let fixture: ComponentFixture<PageFeedback>;
  let store: MockStore;
  let send: jasmine.Spy<(input: PageFeedbackInput) => Observable<PageFeedbackReceipt>>;
  let element: HTMLElement;

  const button = (text: string) =>
    [...element.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text))!;
  const textarea = () => element.querySelector('textarea');
  const settle = () => fixture.whenStable();

  async function typeComment(text: string): Promise<void> {
    const field = textarea()!;
    field.value = text;
    field.dispatchEvent(new Event('input'));
    await settle();
  }

  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  beforeEach(async () => {
    send = jasmine.createSpy('send').and.returnValue(of(receipt));
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        { provide: PageFeedbackClient, useValue: { send } },
        { provide: LOCALE_ID, useValue: 'zh-CN' },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectPagePath, '/about');
    fixture = TestBed.createComponent(PageFeedback);
    element = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => store.resetSelectors());

  it('asks whether the page is useful, with answers that make sense out of context', () => {
    expect(element.querySelector('h2')?.textContent).toContain('这个页面对您有帮助吗？');
    expect(button('是').textContent).toContain('这个页面有帮助');
    expect(button('否').textContent).toContain('这个页面没有帮助');
  });

  it('sends "yes" with the page path and locale, then thanks the citizen', async () => {
    button('是').click();
    await settle();

    expect(send).toHaveBeenCalledOnceWith({ path: '/about', locale: 'zh-CN', useful: true });
    const thanks = element.querySelector('.feedback__thanks');
    expect(thanks?.textContent).toContain('感谢您的反馈');
    expect(document.activeElement).toBe(thanks);
    expect(element.querySelector('button')).toBeNull();
  });

  it('on "no" asks what was wrong, with a hint against personal information', async () => {
    button('否').click();
    await settle();

    expect(send).not.toHaveBeenCalled();
    const field = textarea()!;
    expect(document.activeElement).toBe(field);
    expect(element.querySelector(`label[for="${field.id}"]`)?.textContent).toContain('选填');
    const describedBy = field.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).toContain('page-feedback-hint');
    expect(element.querySelector('#page-feedback-hint')?.textContent).toContain('个人信息');
    expect(describedBy).toContain('page-feedback-count-hint');
    expect(element.querySelector('#page-feedback-count-hint')).not.toBeNull();
  });

  it('sends "no" with the trimmed comment', async () => {
    button('否').click();
    await settle();
    await typeComment('  没有写开放时间  ');
    button('发送').click();
    await settle();

    expect(send).toHaveBeenCalledOnceWith({
      path: '/about',
      locale: 'zh-CN',
      useful: false,
      comment: '没有写开放时间',
    });
    expect(element.querySelector('.feedback__thanks')).not.toBeNull();
  });

  it('sends "no" without a comment when the field is left empty', async () => {
    button('否').click();
    await settle();
    button('发送').click();
    await settle();
    expect(send).toHaveBeenCalledOnceWith({ path: '/about', locale: 'zh-CN', useful: false });
  });

  it('shows a too-long comment’s error next to the field and sends nothing', async () => {
    button('否').click();
    await settle();
    await typeComment('字'.repeat(1001));
    button('发送').click();
    await settle();

    expect(send).not.toHaveBeenCalled();
    const error = element.querySelector('#page-feedback-error');
    expect(error?.textContent).toContain('意见不能超过 1,000 个字');
    expect(error?.closest('.form-group')).toBe(textarea()!.closest('.form-group'));
    expect(textarea()!.getAttribute('aria-invalid')).toBe('true');
    expect(textarea()!.getAttribute('aria-describedby')).toContain('page-feedback-error');
    expect(document.activeElement).toBe(textarea());
  });

  it('shows the server’s validation error on the comment next to the field, in the page’s language', async () => {
    send.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              type: '/problems/validation',
              title: 'Invalid request',
              status: 400,
              errors: [{ path: '/body/comment', message: 'must not contain an ID number' }],
            },
          }),
      ),
    );
    button('否').click();
    await settle();
    await typeComment('我的身份证号是……');
    button('发送').click();
    await settle();

    const error = element.querySelector('#page-feedback-error');
    expect(error?.textContent).toContain('无法接受这条意见');
    expect(error?.textContent).not.toContain('must not');
    expect(textarea()!.value).toBe('我的身份证号是……');
  });

  it('says clearly when sending fails, keeps the comment and lets the citizen send again', async () => {
    const failure = new Subject<PageFeedbackReceipt>();
    send.and.returnValue(failure);
    button('否').click();
    await settle();
    await typeComment('缺少材料清单');
    button('发送').click();
    await settle();
    expect(button('正在发送').getAttribute('aria-disabled')).toBe('true');

    failure.error(new HttpErrorResponse({ status: 0 }));
    await settle();
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('没有发送成功');
    expect(textarea()!.value).toBe('缺少材料清单');

    send.and.returnValue(of(receipt));
    button('发送').click();
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(element.querySelector('.feedback__thanks')).not.toBeNull();
  });

  it('says when a "yes" could not be sent, and keeps the question', async () => {
    send.and.returnValue(throwError(() => new HttpErrorResponse({ status: 503 })));
    button('是').click();
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('没有发送成功');
    expect(button('是')).toBeDefined();
  });

  it('cancelling returns to the question with focus on "no"', async () => {
    button('否').click();
    await settle();
    button('取消').click();
    await settle();
    expect(textarea()).toBeNull();
    expect(document.activeElement).toBe(button('否'));
  });

  it('starts again on another page', async () => {
    button('否').click();
    await settle();
    await typeComment('关于页面的意见');

    store.overrideSelector(selectPagePath, '/contact');
    store.refreshState();
    await settle();

    expect(textarea()).toBeNull();
    button('是').click();
    await settle();
    expect(send).toHaveBeenCalledOnceWith({ path: '/contact', locale: 'zh-CN', useful: true });
  });

  it('does not thank a page the citizen has already left', async () => {
    const pending = new Subject<PageFeedbackReceipt>();
    send.and.returnValue(pending);
    button('是').click();
    await settle();
    store.overrideSelector(selectPagePath, '/contact');
    store.refreshState();
    await settle();

    pending.next(receipt);
    pending.complete();
    await settle();
    expect(element.querySelector('.feedback__thanks')).toBeNull();
    expect(button('是')).toBeDefined();
  });
});
