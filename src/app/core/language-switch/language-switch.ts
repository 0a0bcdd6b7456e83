import { Location, PlatformLocation } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  ViewEncapsulation,
} from '@angular/core';
import { Store } from '@ngrx/store';
import { PORTAL_LOCALES, localeHref, otherLocale, portalLocale } from '../locale';
import { selectUrl } from '../router.selectors';

/**
 * 中文 ⇄ English. Each locale is its own build, so the other language is a real link to the
 * same page and query string there, loaded in full.
 */
@Component({
  selector: 'app-language-switch',
  templateUrl: './language-switch.html',
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shell styles are page-wide anyway and every class is prefixed with the block's name (BEM), so
  // they need no emulated scoping, whose attribute selectors were bytes in the first download.
  encapsulation: ViewEncapsulation.None,
})
export class LanguageSwitch {
  private readonly store = inject(Store);
  private readonly baseHref = inject(PlatformLocation).getBaseHrefFromDOM();
  private readonly location = inject(Location);
  private readonly url = this.store.selectSignal(selectUrl);

  protected readonly current = portalLocale(inject(LOCALE_ID));
  protected readonly other = otherLocale(this.current);
  protected readonly currentLabel = PORTAL_LOCALES[this.current].label;
  protected readonly otherLabel = PORTAL_LOCALES[this.other].label;
  protected readonly otherHref = computed(() =>
    // Until the router's first navigation reaches the store, the page the browser shows (its
    // path and query under the base href): the link must not point anywhere else, even briefly.
    localeHref(this.baseHref, this.current, this.other, this.url() ?? this.location.path()),
  );
}
