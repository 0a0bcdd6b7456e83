import { EMPTY_DRAFT, completeDraft, draftErrors } from './submission-draft';

describe('draftErrors', () => {
  const draft = {
    ...EMPTY_DRAFT,
    kind: 'complaint' as const,
    anonymous: true,
    whatHappened: 'Waited two hours.',
  };

  it('accepts an anonymous draft with what happened', () => {
    expect(draftErrors(draft)).toEqual([]);
  });

  it('chooses no kind for the citizen, and needs one', () => {
    expect(EMPTY_DRAFT.kind).toBeNull();
    expect(draftErrors({ ...draft, kind: null })).toEqual(['kind']);
    expect(draftErrors({ ...EMPTY_DRAFT })).toEqual(['kind', 'whatHappened', 'anonymous']);
  });

  it('does not choose anonymity for the citizen, and asks for it', () => {
    expect(EMPTY_DRAFT.anonymous).toBeNull();
    expect(draftErrors({ ...draft, anonymous: null })).toEqual(['anonymous']);
  });

  it('needs what happened, and not only white space', () => {
    expect(draftErrors({ ...draft, whatHappened: ' \n ' })).toEqual(['whatHappened']);
  });

  it('counts length in characters as the server does', () => {
    expect(draftErrors({ ...draft, whatHappened: '😀'.repeat(2000) })).toEqual([]);
    expect(draftErrors({ ...draft, whatHappened: '😀'.repeat(2001) })).toEqual(['whatHappened']);
  });

  it('needs a name and a valid mobile when not anonymous', () => {
    expect(draftErrors({ ...draft, anonymous: false, mobile: '12812345678' })).toEqual([
      'name',
      'mobile',
    ]);
    expect(draftErrors({ ...draft, anonymous: false, name: 'Li', mobile: '13812345678' })).toEqual(
      [],
    );
  });
});

describe('completeDraft', () => {
  const draft = { ...EMPTY_DRAFT, kind: 'praise' as const, whatHappened: 'Kind staff.' };

  it('is null while a question is unanswered, so the check page sends nothing', () => {
    expect(completeDraft(draft)).toBeNull();
    expect(completeDraft({ ...draft, anonymous: false, name: 'Li', mobile: '' })).toBeNull();
  });

  it('is the draft once every question is answered', () => {
    const complete = { ...draft, anonymous: true };
    expect(completeDraft(complete)).toBe(complete);
  });
});
