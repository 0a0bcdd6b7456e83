import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// The catalogue serves almost every address a citizen arrives at (home, search, guides), so its
// code is fetched while Angular starts rather than after the router asks for it.
void import('./app/catalogue/catalogue.routes');

// Evaluating the code and starting the app are two tasks, not one: between them the browser can
// paint, take a key press or scroll, so a phone's main thread is never held for both at once
// (docs/decisions.md, "Paint first").
setTimeout(() => {
  bootstrapApplication(App, appConfig).catch((err: unknown) => console.error(err));
});
