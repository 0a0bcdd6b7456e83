import { HOME_POPULAR_COUNT, homeAudience, searchKey, searchQueryFor } from './search-query';

describe('searchQueryFor', () => {
  it('reads every filter of the search page from the query string', () => {
    expect(
      searchQueryFor(
        'search',
        {
          q: '  社保  证明 ',
          theme: 'social-insurance',
          department: 'rsj',
          audience: 'individual',
          online: 'true',
          visits: '0',
          sort: 'name',
          page: '3',
        },
        {},
      ),
    ).toEqual({
      q: '社保 证明',
      theme: 'social-insurance',
      department: 'rsj',
      audience: 'individual',
      online: true,
      visits: 0,
      sort: 'name',
      page: 3,
    });
  });

  it('drops what is malformed rather than sending it', () => {
    expect(
      searchQueryFor(
        'search',
        { theme: 'Not A Theme', audience: 'alien', visits: '7', sort: 'newest', page: '-1' },
        {},
      ),
    ).toEqual({});
  });

  it('keeps relevance only for searches with words', () => {
    expect(searchQueryFor('search', { sort: 'relevance' }, {})).toEqual({});
    expect(searchQueryFor('search', { q: 'passport', sort: 'relevance' }, {})).toEqual({
      q: 'passport',
      sort: 'relevance',
    });
  });

  it('takes a theme page’s theme from its route, over the query string', () => {
    expect(
      searchQueryFor('theme', { theme: 'education', page: '2' }, { id: 'exit-entry' }),
    ).toEqual({ theme: 'exit-entry', page: 2 });
    expect(searchQueryFor('department', {}, { id: 'crj' })).toEqual({ department: 'crj' });
  });

  it('asks for the chosen audience’s popular services on the home page', () => {
    expect(searchQueryFor('home', { for: 'business' }, {})).toEqual({
      audience: 'business',
      sort: 'popular',
      pageSize: HOME_POPULAR_COUNT,
    });
    expect(homeAudience({})).toBe('individual');
  });

  it('has no search on the guide page', () => {
    expect(searchQueryFor('guide', { q: 'x' }, { code: 'CRJ-001' })).toBeNull();
  });
});

describe('searchKey', () => {
  it('is the same whatever order the parameters came in', () => {
    expect(searchKey({ q: '护照', page: 2 })).toBe(searchKey({ page: 2, q: '护照' }));
    expect(searchKey({ q: '护照', page: 2 })).toBe('page=2&q=%E6%8A%A4%E7%85%A7');
  });

  it('tells different searches apart', () => {
    expect(searchKey({ q: 'a' })).not.toBe(searchKey({ q: 'a', online: true }));
  });
});
