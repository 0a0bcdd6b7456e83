import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Hall } from '@contract/catalogue';
import { of } from 'rxjs';
import { HallOperationsClient } from '../data/hall-operations-client';
import { Capacity } from './capacity';
import { settle } from '../../testing/settle';

const hall = { id: 'smzx', name: { zh: '市民中心', en: 'Citizen Centre' } };

describe('Capacity', () => {
  let fixture: ComponentFixture<Capacity>;
  let element: HTMLElement;
  let asked: string[];

  beforeEach(async () => {
    asked = [];
    TestBed.configureTestingModule({
      imports: [Capacity],
      providers: [
        provideRouter([]),
        {
          provide: HallOperationsClient,
          useValue: {
            halls: () => of([hall as unknown as Hall]),
            windows: (hallId: string) => {
              asked.push(hallId);
              return of({ hall, today: '2026-09-15', windows: [] });
            },
          },
        },
      ],
    });
    fixture = TestBed.createComponent(Capacity);
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  it('asks for a hall, beside the field and in a summary that takes focus, before showing windows', async () => {
    element.querySelector<HTMLFormElement>('.capacity-hall')!.requestSubmit();
    await settle(fixture);
    expect(asked).toEqual([]);
    const summary = element.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#capacity-hall');
    expect(summary.textContent).toContain('请选择大厅');
    expect(document.activeElement).toBe(summary);
    expect(element.querySelector('#capacity-hall-error')?.textContent).toContain('请选择大厅');
    expect(element.querySelector('#capacity-hall')!.getAttribute('aria-invalid')).toBe('true');
  });
});
