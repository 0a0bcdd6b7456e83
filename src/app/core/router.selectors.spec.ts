import { selectPagePath } from './router.selectors';

describe('router selectors', () => {
  it('selectPagePath gives the path of the current URL', () => {
    expect(selectPagePath.projector('/about?tab=2')).toBe('/about');
    expect(selectPagePath.projector(undefined as unknown as string)).toBe('/');
  });
});
