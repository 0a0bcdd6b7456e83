import { PLATFORM_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TabStorage } from './tab-storage';

describe('TabStorage', () => {
  const KEY = 'portal.test.tab-storage';

  afterEach(() => sessionStorage.removeItem(KEY));

  function storage(platform = 'browser'): TabStorage<{ text: string }> {
    TestBed.configureTestingModule({ providers: [{ provide: PLATFORM_ID, useValue: platform }] });
    return TestBed.runInInjectionContext(() => new TabStorage<{ text: string }>(KEY));
  }

  it('keeps a value in the tab until cleared', () => {
    const kept = storage();
    expect(kept.read()).toBeNull();
    kept.write({ text: '我在大厅排队两个小时' });
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).toEqual({ text: '我在大厅排队两个小时' });
    expect(kept.read()).toEqual({ text: '我在大厅排队两个小时' });
    kept.clear();
    expect(kept.read()).toBeNull();
  });

  it('reads what it cannot parse as nothing', () => {
    sessionStorage.setItem(KEY, '{not json');
    expect(storage().read()).toBeNull();
  });

  it('neither reads nor writes on the server', () => {
    sessionStorage.setItem(KEY, JSON.stringify({ text: 'kept' }));
    const server = storage('server');
    expect(server.read()).toBeNull();
    server.write({ text: 'new' });
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).toEqual({ text: 'kept' });
  });

  it('survives storage that refuses writes', () => {
    const kept = storage();
    spyOn(Storage.prototype, 'setItem').and.throwError('QuotaExceededError');
    expect(() => kept.write({ text: 'x' })).not.toThrow();
  });
});
