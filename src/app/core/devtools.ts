import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';

/** Production builds carry no store devtools; development builds swap in devtools.development.ts. */
export function provideDevtools(): EnvironmentProviders {
  return makeEnvironmentProviders([]);
}
