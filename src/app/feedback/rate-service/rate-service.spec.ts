import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { RateServicePageActions } from '../state/feedback.actions';
import { initialState, selectInvitation } from '../state/feedback.feature';
import { SERVICE } from '../testing/samples';
import { type RatingAnswers, RateService, ratingErrors, ratingInput } from './rate-service';

const answers: RatingAnswers = {
  service: 'GA-CRJ-001',
  hall: '',
  channel: 'online',
  level: 'satisfied',
  reasons: [],
  comment: '',
  mobile: '',
  website: '',
};

describe('rating rules in the browser', () => {
  it('asks for reasons for the lower three levels only', () => {
    expect(ratingErrors(answers)).toEqual([]);
    expect(ratingErrors({ ...answers, level: 'basically-satisfied' })).toEqual(['reasons']);
    expect(
      ratingErrors({ ...answers, level: 'very-dissatisfied', reasons: ['long-wait'] }),
    ).toEqual([]);
  });

  it('chooses no channel for the citizen, and asks for one', () => {
    expect(ratingErrors({ ...answers, channel: '' })).toEqual(['channel']);
  });

  it('needs a level, a service and, at a hall, the hall', () => {
    expect(ratingErrors({ ...answers, service: '', level: '', channel: 'hall' })).toEqual([
      'service',
      'hall',
      'level',
    ]);
  });

  it('sends reasons and the mobile only where the level takes them', () => {
    const positive = ratingInput(
      { ...answers, reasons: ['long-wait'], mobile: '13812345678' },
      'en',
      null,
    );
    expect(positive.reasons).toBeUndefined();
    expect(positive.mobile).toBeUndefined();
    const negative = ratingInput(
      { ...answers, level: 'dissatisfied', reasons: ['attitude'], mobile: '13812345678' },
      'zh-CN',
      null,
    );
    expect(negative.reasons).toEqual(['attitude']);
    expect(negative.mobile).toBe('13812345678');
  });

  it('rates a visit from its link through the appointment channel', () => {
    const input = ratingInput({ ...answers, hall: 'city-hall' }, 'en', 'a'.repeat(20));
    expect(input.channel).toBe('appointment');
    expect(input.token).toBe('a'.repeat(20));
    expect(input.hall).toBe('city-hall');
  });
});

describe('RateService', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            feedback: {
              ...initialState,
              options: { status: 'loaded', error: null, services: [SERVICE], halls: [] },
            },
          },
        }),
      ],
    });
    store = TestBed.inject(MockStore);
  });

  afterEach(() => store.resetSelectors());

  it('asks for reasons once a lower level is chosen, and lists the errors on sending', async () => {
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(RateService);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(dispatch).toHaveBeenCalledWith(RateServicePageActions.opened({ token: null }));
    expect(page.querySelector('#reasons')).toBeNull();

    (page.querySelector('#level-dissatisfied') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(page.querySelector('#reasons')).not.toBeNull();

    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const links = [...page.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#service', '#channel', '#reasons']);
    expect(page.querySelector('#channel-error')).not.toBeNull();
    expect(page.querySelector('#reasons-error')).not.toBeNull();
    expect(dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: RateServicePageActions.ratingSubmitted.type }),
    );
  });
});

describe('RateService from a rating link', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { feedback: initialState } }),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap({ token: 'a'.repeat(20) }) } },
        },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  afterEach(() => store.resetSelectors());

  it('sends a visit from its link without asking how it was used', async () => {
    store.overrideSelector(selectInvitation, {
      status: 'loaded',
      error: null,
      token: 'a'.repeat(20),
      invitation: {
        service: SERVICE.code,
        serviceName: SERVICE.name,
        hall: 'city-hall',
        hallName: { zh: '市民中心', en: 'Citizen Centre' },
        date: '2026-12-01',
      },
    });
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(RateService);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('#channel')).toBeNull();
    (page.querySelector('#level') as HTMLInputElement).click();
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(page.querySelector('.error-summary a')).toBeNull();
    expect(dispatch).toHaveBeenCalledWith(
      jasmine.objectContaining({
        type: RateServicePageActions.ratingSubmitted.type,
        input: jasmine.objectContaining({ channel: 'appointment', hall: 'city-hall' }),
      }),
    );
  });

  it('explains a link already used instead of offering a form that must fail', async () => {
    store.overrideSelector(selectInvitation, {
      status: 'error',
      error: { type: '/problems/already-rated', title: 'Conflict', status: 409 },
      token: 'a'.repeat(20),
      invitation: null,
    });
    const fixture = TestBed.createComponent(RateService);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('form')).toBeNull();
    expect(page.querySelector('.error-summary')?.textContent).toContain('已经评价过了');
    expect(page.querySelector('a.back-link')?.getAttribute('href')).toBe('/feedback');
  });
});
