import {
  CatalogueApiActions,
  CatalogueHomePageActions,
  CategoryPageActions,
  ServiceGuidePageActions,
  ServiceSearchPageActions,
} from './catalogue.actions';

describe('catalogue actions', () => {
  it('name their source and the event that happened', () => {
    expect(ServiceSearchPageActions.retryClicked().type).toBe(
      '[Service Search Page] Retry Clicked',
    );
    expect(CategoryPageActions.retryClicked().type).toBe('[Category Page] Retry Clicked');
    expect(ServiceGuidePageActions.retryClicked().type).toBe('[Service Guide Page] Retry Clicked');
    expect(CatalogueHomePageActions.retryClicked().type).toBe(
      '[Catalogue Home Page] Retry Clicked',
    );
    expect(CatalogueApiActions.searchLoaded.type).toBe('[Catalogue API] Search Loaded');
    expect(CatalogueApiActions.guideFailed({ code: 'X', error: {} as never })).toEqual({
      type: '[Catalogue API] Guide Failed',
      code: 'X',
      error: {} as never,
    });
  });
});
