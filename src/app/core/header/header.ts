import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { LanguageSwitch } from '../language-switch/language-switch';

@Component({
  selector: 'app-header',
  imports: [RouterLink, RouterLinkActive, LanguageSwitch],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shell styles are page-wide anyway and every class is prefixed with the block's name (BEM), so
  // they need no emulated scoping, whose attribute selectors were bytes in the first download.
  encapsulation: ViewEncapsulation.None,
})
export class Header {}
