import { Pipe, type PipeTransform } from '@angular/core';

/**
 * A share (0–1) as a percentage with at most one decimal: "87.7%", "90%". Chinese and English
 * write percentages alike, so no locale is needed. Plain arithmetic rather than Intl.NumberFormat:
 * the first percent formatter a page creates costs 60–120 ms of main thread while the browser
 * loads its number data (measured in Chromium on the project's machines), and a guide page
 * created one as it started (docs/decisions.md, "Paint first"). Nor Angular's PercentPipe:
 * @angular/common is one module to the bundler, so a pipe any lazy page uses would land in the
 * initial download.
 */
export function formatPercent(share: number): string {
  // Counts' ratios such as 0.8765 are stored a hair below their decimal (876.4999… per mille):
  // the nudge rounds them half up, as the decimal reads.
  const tenths = Math.round(share * 1000 + 1e-7);
  return `${tenths / 10}%`;
}

@Pipe({ name: 'percent' })
export class PercentPipe implements PipeTransform {
  transform(share: number): string {
    return formatPercent(share);
  }
}
