import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { TrackPageActions } from '../state/feedback.actions';
import { initialState, selectTracked } from '../state/feedback.feature';
import { TRACKED } from '../testing/samples';
import { TrackedCase } from './tracked-case';

describe('TrackedCase', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { feedback: initialState } }),
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectTracked, {
      status: 'loaded',
      error: null,
      query: { trackingCode: TRACKED.trackingCode },
      found: TRACKED,
    });
  });

  afterEach(() => store.resetSelectors());

  it('shows what the citizen wrote as text, never as markup', async () => {
    const fixture = TestBed.createComponent(TrackedCase);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('script, img')).toBeNull();
    expect(page.textContent).toContain('<script>alert(1)</script>');
    expect(page.textContent).toContain('onerror="alert(2)"');
  });

  it('shows the history and asks once whether the reply solved it', async () => {
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(TrackedCase);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelectorAll('ol li').length).toBe(3);
    expect(page.textContent).toContain('We have spoken to the hall.');
    const [solved, notSolved] = [
      ...page.querySelectorAll<HTMLButtonElement>('.button-group button'),
    ];
    expect(solved).toBeDefined();
    notSolved!.click();
    expect(dispatch).toHaveBeenCalledWith(TrackPageActions.resolutionGiven({ solved: false }));
  });

  it('tells the author why their text was hidden, as text', async () => {
    store.overrideSelector(selectTracked, {
      status: 'loaded',
      error: null,
      query: { trackingCode: TRACKED.trackingCode },
      found: { ...TRACKED, moderation: { reason: '含有辱骂内容 <i>x</i>' } },
    });
    const fixture = TestBed.createComponent(TrackedCase);
    await fixture.whenStable();
    const notice = (fixture.nativeElement as HTMLElement).querySelector('#moderation');
    expect(notice?.textContent).toContain('含有辱骂内容 <i>x</i>');
    expect(notice?.querySelector('i')).toBeNull();
  });

  it('says nothing of moderation when nothing was hidden', async () => {
    const fixture = TestBed.createComponent(TrackedCase);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('#moderation')).toBeNull();
  });
});
