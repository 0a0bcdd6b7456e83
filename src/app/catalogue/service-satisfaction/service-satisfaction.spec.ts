import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ServiceResults } from '@contract/feedback';
import { ServiceSatisfaction } from './service-satisfaction';

const period = { from: '2025-09-16', to: '2026-09-15' };

describe('ServiceSatisfaction', () => {
  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'zh-CN' },
      ],
    });
  });

  async function render(results: ServiceResults): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ServiceSatisfaction);
    fixture.componentRef.setInput('code', 'CRJ-001');
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/feedback/results/services/CRJ-001')
      .flush(results);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the share satisfied and the five levels', async () => {
    const box = await render({
      service: 'CRJ-001',
      period,
      satisfaction: {
        published: true,
        ratings: 20,
        satisfiedShare: 0.85,
        distribution: [
          { level: 'very-satisfied', count: 10 },
          { level: 'satisfied', count: 5 },
          { level: 'basically-satisfied', count: 2 },
          { level: 'dissatisfied', count: 2 },
          { level: 'very-dissatisfied', count: 1 },
        ],
        fixedOnTimeShare: null,
      },
    });
    expect(box.querySelector('.satisfaction__share strong')?.textContent).toBe('85%');
    expect(box.querySelectorAll('tbody tr').length).toBe(5);
    expect(box.textContent).toContain('差评太少，不显示');
  });

  it('says there are too few ratings instead of a figure', async () => {
    const box = await render({ service: 'CRJ-001', period, satisfaction: { published: false } });
    expect(box.textContent).toContain('评价太少，不显示满意度。');
    expect(box.querySelector('.satisfaction__share, table')).toBeNull();
  });
});
