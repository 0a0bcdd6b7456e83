import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { Hall } from '@contract/catalogue';
import type {
  ClosureConfirmed,
  ClosureInput,
  ClosureList,
  ClosurePreview,
} from '@contract/hall-operations';
import { type Observable, of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import { Router, provideRouter } from '@angular/router';
import { HallOperationsClient } from '../data/hall-operations-client';
import { Closures } from './closures';
import { settle } from '../../testing/settle';

const hall = { id: 'smzx', name: { zh: '市民中心', en: 'Citizen Centre' } };
const list: ClosureList = { today: '2026-09-15', closures: [] };
const preview: ClosurePreview = {
  hall,
  date: '2026-09-16',
  from: '09:00',
  to: '12:00',
  wholeDay: false,
  alreadyClosed: false,
  affected: [
    {
      reference: 'K7QM-3XPD',
      service: { code: 'GAJ-001', name: { zh: '身份证', en: 'ID card' } },
      time: '09:00',
      end: '09:30',
      name: '张*',
      mobile: '138****5678',
    },
  ],
};

describe('Closures', () => {
  let fixture: ComponentFixture<Closures>;
  let element: HTMLElement;
  let previewed: ClosureInput[];
  let closed: ClosureInput[];
  let closeAnswer: () => Observable<ClosureConfirmed>;

  beforeEach(async () => {
    previewed = [];
    closed = [];
    closeAnswer = () =>
      of({
        closure: {
          id: 1,
          hall,
          date: '2026-09-16',
          from: '09:00',
          to: '12:00',
          wholeDay: false,
          reason: { zh: '系统故障', en: 'System outage' },
          cancelled: 1,
          createdBy: 'wu.fang',
          createdAt: '2026-09-15T01:00:00.000Z',
        },
        cancelled: preview.affected,
        repeated: false,
      });
    TestBed.configureTestingModule({
      imports: [Closures],
      providers: [
        provideRouter([]),
        {
          provide: HallOperationsClient,
          useValue: {
            halls: () => of([hall as unknown as Hall]),
            closures: () => of(list),
            preview: (input: ClosureInput) => {
              previewed.push(input);
              return of(preview);
            },
            close: (input: ClosureInput) => {
              closed.push(input);
              return closeAnswer();
            },
          },
        },
      ],
    });
    fixture = TestBed.createComponent(Closures);
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  async function set(id: string, value: string): Promise<void> {
    const control = element.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  }

  async function choose(id: string): Promise<void> {
    const radio = element.querySelector<HTMLInputElement>(`#${id}`)!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(fixture);
  }

  async function fillMorning(): Promise<void> {
    await set('hall', 'smzx');
    await set('date', '2026-09-16');
    await choose('period-part');
    await set('from', '09:00');
    await set('to', '12:00');
    await set('reasonZh', '系统故障');
    await set('reasonEn', 'System outage');
  }

  it('says beside each field what is missing, and asks the server nothing', async () => {
    await submit();
    expect(previewed).toEqual([]);
    for (const field of ['hall', 'date', 'period', 'reasonZh', 'reasonEn']) {
      expect(element.querySelector(`#${field}-error`))
        .withContext(field)
        .not.toBeNull();
    }
    expect(element.querySelector('#date')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.textContent).toContain('今天以后没有停业安排');
  });

  it('points the part-day radio at the times only while they are on the page', async () => {
    const partDay = () => element.querySelector('#period-part')!;
    await choose('period');
    expect(partDay().hasAttribute('aria-controls')).toBeFalse();
    await choose('period-part');
    const controlled = partDay().getAttribute('aria-controls')!;
    expect(element.querySelector(`#${controlled}`)).not.toBeNull();
  });

  it('says beside the English reason and in the summary that it must hold no Chinese', async () => {
    await fillMorning();
    await set('reasonEn', '系统故障（网络）');
    await submit();
    expect(previewed).toEqual([]);
    const message = element.querySelector('#reasonEn-error')?.textContent ?? '';
    expect(message).toContain('汉字');
    const field = element.querySelector('#reasonEn')!;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('reasonEn-hint reasonEn-error');
    const links = [...element.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#reasonEn']);
    expect(message).toContain(links[0]!.textContent!.trim());
  });

  it('previews the affected bookings before anything is stored, then confirms', async () => {
    await fillMorning();
    await submit();
    expect(previewed).toEqual([
      {
        hall: 'smzx',
        date: '2026-09-16',
        from: '09:00',
        to: '12:00',
        reason: { zh: '系统故障', en: 'System outage' },
      },
    ]);
    expect(closed).toEqual([]);
    expect(element.querySelector('#preview-heading')).not.toBeNull();
    expect(element.querySelector('tbody th')?.textContent).toContain('K7QM-3XPD');

    const confirm = [...element.querySelectorAll<HTMLButtonElement>('button')].find((button) =>
      button.textContent?.includes('确认关闭'),
    )!;
    confirm.click();
    await settle(fixture);
    expect(closed).toEqual(previewed);
    expect(element.querySelector('#closure-done')?.textContent).toContain('取消了 1 个预约');
    // The form is back, empty, for the next closure.
    expect(element.querySelector<HTMLInputElement>('#date')?.value).toBe('');
  });

  it("makes the preview a step of the browser's history, so Back returns to the filled form", async () => {
    const router = TestBed.inject(Router);
    await fillMorning();
    await submit();
    expect(router.url).toBe('/?step=preview');
    expect(element.querySelector('#preview-heading')).not.toBeNull();

    // The browser's Back: the address without the step.
    await router.navigateByUrl('/');
    await settle(fixture);
    expect(element.querySelector('#preview-heading')).toBeNull();
    expect(element.querySelector<HTMLInputElement>('#date')?.value).toBe('2026-09-16');
    expect(element.querySelector<HTMLInputElement>('#reasonZh')?.value).toBe('系统故障');
  });

  it('puts the server’s refusal beside the field it names', async () => {
    closeAnswer = () =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              type: '/problems/validation',
              title: 'Invalid',
              status: 400,
              errors: [{ path: '/body/reason/en', message: 'must not contain control characters' }],
            },
          }),
      );
    await fillMorning();
    await submit();
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent?.includes('确认关闭'))!
      .click();
    await settle(fixture);
    expect(element.querySelector('#reasonEn-error')).not.toBeNull();
    expect(element.querySelector('#hall-error')).toBeNull();
  });
});
