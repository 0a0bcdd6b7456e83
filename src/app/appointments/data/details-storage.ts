import { Injectable, PLATFORM_ID, inject } from '@angular/core';
import { isPlatformBrowser } from '@angular/common';
import type { IdType } from '@contract/appointments';

/** What the citizen typed on the details page, kept for the check page and for going back. */
export interface PersonalDetails {
  name: string;
  mobile: string;
  idType: IdType;
  idNumber: string;
  /** Indices of the guide's materials the citizen says they have. */
  materials: number[];
  /** The honeypot, sent as typed: a bot that fills it in is refused by the server. */
  website: string;
}

const KEY = 'portal.appointments.details';

/**
 * Personal details live in session storage only: never in the URL (shared, logged, kept in
 * history) nor in the store beyond a request. The tab forgets them when it closes, and the
 * confirmation page clears them. Callers read in `afterNextRender`, so nothing touches storage
 * on the server or at construction.
 */
@Injectable({ providedIn: 'root' })
export class DetailsStorage {
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));

  read(): PersonalDetails | null {
    if (!this.browser) return null;
    try {
      const raw = sessionStorage.getItem(KEY);
      return raw ? (JSON.parse(raw) as PersonalDetails) : null;
    } catch {
      return null;
    }
  }

  write(details: PersonalDetails): void {
    if (!this.browser) return;
    try {
      sessionStorage.setItem(KEY, JSON.stringify(details));
    } catch {
      // Storage full or refused (private mode): the details page asks again after a reload.
    }
  }

  clear(): void {
    if (this.browser) sessionStorage.removeItem(KEY);
  }
}
