import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PercentPipe } from './percent-pipe';

describe('PercentPipe', () => {
  it('shows a share with at most one decimal', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'en' }] });
    const pipe = TestBed.runInInjectionContext(() => new PercentPipe());
    expect(pipe.transform(0.9)).toBe('90%');
    expect(pipe.transform(0.8765)).toBe('87.7%');
  });
});
