import { createApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// The catalogue serves almost every address a citizen arrives at (home, search, guides), so its
// code is fetched while Angular starts rather than after the router asks for it.
void import('./app/catalogue/catalogue.routes');

/** Resolves in a task of its own, so the browser may paint, scroll or take a key press first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

// Evaluating the code, setting up the app's services and drawing (or adopting) the page are three
// tasks, not one: a phone's main thread is never held for all of them at once
// (docs/decisions.md, "Paint first").
async function start(): Promise<void> {
  await nextTask();
  const app = await createApplication(appConfig);
  await nextTask();
  app.bootstrap(App);
}

start().catch((err: unknown) => console.error(err));
