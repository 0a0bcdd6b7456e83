import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ConnectivityBanner } from './core/connectivity-banner/connectivity-banner';
import { Footer } from './core/footer/footer';
import { Header } from './core/header/header';
import { MAIN_CONTENT_ID, MainFocus } from './core/route-focus';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, Header, Footer, ConnectivityBanner],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly mainFocus = inject(MainFocus);
  protected readonly mainId = MAIN_CONTENT_ID;

  /**
   * The skip link's href would resolve against the locale's base href and load another page,
   * so the jump to the content is done here.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.mainFocus.focusMain();
  }
}
