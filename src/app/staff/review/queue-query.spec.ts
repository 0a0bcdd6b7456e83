import { isFiltered, queueKey, queueParams, queueQueryFrom, unrecognisedIn } from './queue-query';

describe('queue query', () => {
  it('reads every filter the URL names', () => {
    expect(
      queueQueryFrom({
        kind: 'negative-rating',
        status: 'in-review',
        level: 'very-dissatisfied',
        service: 'GJJ-TQ-001',
        hall: 'central-hall',
        department: 'gjj',
        assignee: 'me',
        due: 'overdue',
        q: '  排队   两小时 ',
        sort: '-received',
        page: '3',
      }),
    ).toEqual({
      kind: 'negative-rating',
      status: 'in-review',
      level: 'very-dissatisfied',
      service: 'GJJ-TQ-001',
      hall: 'central-hall',
      department: 'gjj',
      assignee: 'me',
      due: 'overdue',
      q: '排队 两小时',
      sort: '-received',
      page: 3,
    });
  });

  it('drops what is malformed rather than sending it', () => {
    expect(
      queueQueryFrom({
        kind: 'rant',
        status: 'lost',
        level: 'furious',
        service: 'gjj; drop table',
        hall: 'Central Hall',
        assignee: 'Robert"); --',
        due: 'tomorrow',
        q: '   ',
        sort: 'due',
        page: '1',
      }),
    ).toEqual({});
    expect(queueQueryFrom({ page: '-2' })).toEqual({});
    expect(queueQueryFrom({ page: '2.5' })).toEqual({});
  });

  it('takes a colleague by user name, and the first of repeated parameters', () => {
    expect(queueQueryFrom({ assignee: 'li.qiang', due: ['soon', 'overdue'] })).toEqual({
      assignee: 'li.qiang',
      due: 'soon',
    });
  });

  it('writes every name, null for those dropped, so a merge clears them', () => {
    const params = queueParams({ due: 'overdue', page: 2 });
    expect(params).toEqual({
      kind: null,
      status: null,
      level: null,
      service: null,
      hall: null,
      department: null,
      assignee: null,
      due: 'overdue',
      q: null,
      sort: null,
      page: 2,
    });
  });

  it('reads back what it writes', () => {
    const query = queueQueryFrom({ kind: 'complaint', due: 'soon', q: '窗口', page: '2' });
    const written = Object.fromEntries(
      Object.entries(queueParams(query))
        .filter(([, value]) => value !== null)
        .map(([name, value]) => [name, String(value)]),
    );
    expect(queueQueryFrom(written)).toEqual(query);
  });

  it('keys a queue the same whatever order its URL gave', () => {
    expect(queueKey(queueQueryFrom({ q: 'a', due: 'soon' }))).toBe(
      queueKey(queueQueryFrom({ due: 'soon', q: 'a' })),
    );
    expect(queueKey({ due: 'soon' })).not.toBe(queueKey({ due: 'overdue' }));
  });

  it('counts filters but not the tab, sort or page as narrowing', () => {
    expect(isFiltered({ status: 'received', sort: 'received', page: 2 })).toBeFalse();
    expect(isFiltered({ due: 'overdue' })).toBeTrue();
  });

  it('names the values it drops that the queue does not know, in the order links write them', () => {
    expect(
      unrecognisedIn({ sort: 'bogus', q: '!!', status: 'lost', kind: 'rant', due: 'overdue' }),
    ).toEqual([
      { name: 'kind', value: 'rant' },
      { name: 'status', value: 'lost' },
      { name: 'sort', value: 'bogus' },
    ]);
    expect(unrecognisedIn({ page: '0', assignee: 'Robert"); --' })).toEqual([
      { name: 'assignee', value: 'Robert"); --' },
      { name: 'page', value: '0' },
    ]);
  });

  it('does not count defaults, empty values, searches or unknown names as unrecognised', () => {
    expect(
      unrecognisedIn({ sort: 'due', page: '1', status: '', kind: ' ', q: '%%', bogus: '1' }),
    ).toEqual([]);
    expect(unrecognisedIn({ status: ['received', 'lost'] })).toEqual([]);
  });
});
