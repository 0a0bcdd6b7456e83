import { EnvironmentProviders, isDevMode } from '@angular/core';
import { provideStoreDevtools } from '@ngrx/store-devtools';

export function provideDevtools(): EnvironmentProviders {
  return provideStoreDevtools({ maxAge: 50, logOnly: !isDevMode() });
}
