import { LOCALE_ID, Pipe, type PipeTransform, inject } from '@angular/core';
import type { Localized } from '@contract/catalogue';

/** Picks the page's language out of the `{ zh, en }` text every catalogue response carries. */
@Pipe({ name: 'localized' })
export class LocalizedPipe implements PipeTransform {
  private readonly chinese = inject(LOCALE_ID).toLowerCase().startsWith('zh');

  transform(text: Localized | null | undefined): string {
    if (!text) return '';
    return this.chinese ? text.zh : text.en;
  }
}
