import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  effect,
  inject,
  ViewEncapsulation,
} from '@angular/core';
import { Store } from '@ngrx/store';
import { MainFocus } from '../route-focus';
import { ConnectivityBannerActions } from '../state/connectivity.actions';
import {
  selectBannerVisible,
  selectLastFailedCheckAt,
  selectRetrying,
} from '../state/connectivity.feature';

/** Tells the citizen, in one place for every page, that the service cannot be reached right now. */
@Component({
  selector: 'app-connectivity-banner',
  imports: [DatePipe],
  templateUrl: './connectivity-banner.html',
  styleUrl: './connectivity-banner.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shell styles are page-wide anyway and every class is prefixed with the block's name (BEM), so
  // they need no emulated scoping, whose attribute selectors were bytes in the first download.
  encapsulation: ViewEncapsulation.None,
})
export class ConnectivityBanner {
  private readonly store = inject(Store);
  private readonly mainFocus = inject(MainFocus);
  private readonly injector = inject(Injector);

  protected readonly visible = this.store.selectSignal(selectBannerVisible);
  protected readonly retrying = this.store.selectSignal(selectRetrying);
  protected readonly lastFailedCheckAt = this.store.selectSignal(selectLastFailedCheckAt);

  /** Set when the citizen pressed Retry, whose button vanishes with the banner. */
  private retried = false;

  constructor() {
    effect(() => {
      if (this.visible() || !this.retried) return;
      this.retried = false;
      // Focus would otherwise fall back to the top of the document with the removed button.
      afterNextRender(() => this.mainFocus.focusPageStart(), { injector: this.injector });
    });
  }

  protected retry(): void {
    if (this.retrying()) return;
    this.retried = true;
    this.store.dispatch(ConnectivityBannerActions.retryClicked());
  }
}
