import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DetailsStorage } from '../data/details-storage';
import { appointment, guide } from '../testing/samples';
import { selectBooking, selectCurrentService } from '../state/appointments.feature';
import { Confirmation } from './confirmation';

describe('Confirmation', () => {
  let store: MockStore;
  let cleared: number;

  beforeAll(() => registerLocaleData(localeZh, 'zh-CN'));

  beforeEach(() => {
    cleared = 0;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        { provide: LOCALE_ID, useValue: 'zh-CN' },
        { provide: DetailsStorage, useValue: { clear: () => cleared++ } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectBooking, {
      status: 'loaded',
      error: null,
      result: { reference: appointment.reference, appointment },
    });
    store.overrideSelector(selectCurrentService, {
      status: 'loaded',
      error: null,
      code: 'CRJ-001',
      guide,
    });
  });

  afterEach(() => store.resetSelectors());

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(Confirmation);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the reference, and a QR code of it as SVG', async () => {
    const element = await render();
    expect(element.querySelector('.panel__code')?.textContent).toBe('K7QM-3XPD');
    const svg = element.querySelector('svg.qr__code')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('path')!.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('lists only the materials not yet held, as a checklist', async () => {
    const element = await render();
    const items = [...element.querySelectorAll('.checklist__item')].map((li) =>
      li.textContent?.trim(),
    );
    expect(items).toEqual(['近期彩色照片']);
  });

  it("gives each material the guide's own note, so the reminder never contradicts the guide", async () => {
    const photo = {
      ...guide.materials[1]!,
      notes: { zh: '窗口免费现场采集，无需自带相片。', en: 'Taken at the desk.' },
    };
    store.overrideSelector(selectCurrentService, {
      status: 'loaded',
      error: null,
      code: 'CRJ-001',
      guide: { ...guide, materials: [guide.materials[0]!, photo] },
    });
    const item = (await render()).querySelector('.checklist__item')!;
    expect(item.querySelector('.checklist__note')?.textContent?.trim()).toBe(
      '窗口免费现场采集，无需自带相片。',
    );
  });

  it('shows the mobile and identity numbers masked', async () => {
    const text = (await render()).textContent!;
    expect(text).toContain('138****5678');
    expect(text).toContain('110***********1234');
  });

  it('clears the personal details from session storage', async () => {
    await render();
    expect(cleared).toBe(1);
  });

  it('points to look-up when the booking is no longer in memory (a reload)', async () => {
    store.overrideSelector(selectBooking, { status: 'idle', error: null, result: null });
    const element = await render();
    expect(element.querySelector('a.button')?.getAttribute('href')).toBe('/appointments/manage');
  });
});
