import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';

export const SITE_NAME = $localize`:@@site.name:江澄市政务服务网`;

/** "<page> - <site>", the order GOV.UK uses so the page's own name is read first. */
export function pageTitle(page: string | undefined): string {
  return page ? `${page} - ${SITE_NAME}` : SITE_NAME;
}

@Injectable()
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.title.setTitle(pageTitle(this.buildTitle(snapshot)));
  }
}
