import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { CheckAnswersPageActions } from '../state/feedback.actions';
import { initialState } from '../state/feedback.feature';
import { EMPTY_DRAFT, type SubmissionDraft } from '../state/submission-draft';
import { CheckAnswers } from './check-answers';

const written: SubmissionDraft = {
  ...EMPTY_DRAFT,
  kind: 'complaint',
  whatHappened: 'The queue was two hours long.',
};

describe('CheckAnswers', () => {
  let store: MockStore;

  function open(draft: SubmissionDraft) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { feedback: { ...initialState, draft } } }),
      ],
    });
    store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(CheckAnswers);
    fixture.detectChanges();
    return { page: fixture.nativeElement as HTMLElement, dispatch };
  }

  afterEach(() => store.resetSelectors());

  it('sends nothing while the contact question is unanswered, and links to it', () => {
    const { page, dispatch } = open(written);
    expect(page.querySelector('button')).toBeNull();
    const link = page.querySelector<HTMLAnchorElement>('a.button');
    expect(link?.getAttribute('href')).toBe('/feedback/submit#anonymous');
    expect(page.querySelector('.summary')?.textContent).toContain('未选择');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('sends nothing for a name without a mobile number, and links to the mobile', () => {
    const { page } = open({ ...written, anonymous: false, name: '李明' });
    expect(page.querySelector('button')).toBeNull();
    expect(page.querySelector('a.button')?.getAttribute('href')).toBe('/feedback/submit#mobile');
  });

  it('sends an answered draft', () => {
    const { page, dispatch } = open({ ...written, anonymous: true });
    page.querySelector<HTMLButtonElement>('button')!.click();
    expect(dispatch).toHaveBeenCalledWith(
      jasmine.objectContaining({ type: CheckAnswersPageActions.submissionConfirmed.type }),
    );
  });
});
