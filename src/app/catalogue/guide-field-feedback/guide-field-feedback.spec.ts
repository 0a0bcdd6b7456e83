import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { passportGuide } from '../testing/samples';
import { GuideFieldFeedback } from './guide-field-feedback';

describe('GuideFieldFeedback', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'zh-CN' },
      ],
    });
  });

  async function open() {
    const fixture = TestBed.createComponent(GuideFieldFeedback);
    fixture.componentRef.setInput('guide', passportGuide);
    await fixture.whenStable();
    const box = fixture.nativeElement as HTMLElement;
    box.querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
    return { fixture, box };
  }

  it('asks which material, then sends the part, the item and what is wrong', async () => {
    const { fixture, box } = await open();
    box.querySelector<HTMLInputElement>('#field-feedback-part-material')!.click();
    await fixture.whenStable();
    const select = box.querySelector<HTMLSelectElement>('#field-feedback-item')!;
    expect(select.options.length).toBe(passportGuide.materials.length + 1);
    select.value = passportGuide.materials[0]!.name.zh;
    select.dispatchEvent(new Event('change'));
    const comment = box.querySelector<HTMLTextAreaElement>('#field-feedback-comment')!;
    comment.value = '照片尺寸写错了';
    comment.dispatchEvent(new Event('input'));
    box.querySelector('form')!.dispatchEvent(new Event('submit'));

    const request = TestBed.inject(HttpTestingController).expectOne('/api/page-feedback');
    expect(request.request.body).toEqual({
      path: '/services/CRJ-001',
      locale: 'zh-CN',
      useful: false,
      comment: '照片尺寸写错了',
      field: { part: 'material', item: passportGuide.materials[0]!.name.zh },
    });
    request.flush({ id: 1, receivedAt: '2026-09-15T01:00:00.000Z' });
    await fixture.whenStable();
    expect(box.textContent).toContain('谢谢！');
  });

  it('sends nothing until a part and what is wrong are given', async () => {
    const { fixture, box } = await open();
    box.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(box.querySelector('#field-feedback-part-error')).not.toBeNull();
    expect(box.querySelector('#field-feedback-comment-error')).not.toBeNull();
    TestBed.inject(HttpTestingController).expectNone('/api/page-feedback');
  });
});
