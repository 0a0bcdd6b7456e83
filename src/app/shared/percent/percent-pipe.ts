import { LOCALE_ID, Pipe, type PipeTransform, inject } from '@angular/core';

/**
 * A share (0–1) as a percentage with at most one decimal, in the page's language. Intl rather than
 * Angular's PercentPipe: @angular/common is one module to the bundler, so a pipe any lazy page
 * uses would land in the initial download.
 */
@Pipe({ name: 'percent' })
export class PercentPipe implements PipeTransform {
  private readonly format = new Intl.NumberFormat(inject(LOCALE_ID), {
    style: 'percent',
    maximumFractionDigits: 1,
  });

  transform(share: number): string {
    return this.format.format(share);
  }
}
