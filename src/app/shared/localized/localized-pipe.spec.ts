import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LocalizedPipe } from './localized-pipe';

describe('LocalizedPipe', () => {
  const text = { zh: '普通护照首次申领', en: 'Applying for your first passport' };

  function pipeFor(locale: string): LocalizedPipe {
    TestBed.configureTestingModule({
      providers: [LocalizedPipe, { provide: LOCALE_ID, useValue: locale }],
    });
    return TestBed.inject(LocalizedPipe);
  }

  it('shows Chinese on the Chinese build', () => {
    expect(pipeFor('zh-CN').transform(text)).toBe('普通护照首次申领');
  });

  it('shows English on the English build', () => {
    expect(pipeFor('en').transform(text)).toBe('Applying for your first passport');
  });

  it('shows nothing for text that has not loaded', () => {
    expect(pipeFor('en').transform(undefined)).toBe('');
  });
});
