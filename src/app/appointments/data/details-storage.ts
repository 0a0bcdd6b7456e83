import { Injectable } from '@angular/core';
import type { IdType } from '@contract/appointments';
import { TabStorage } from '../../shared/tab-storage';

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

/**
 * Personal details live in session storage only: never in the URL (shared, logged, kept in
 * history) nor in the store beyond a request. The tab forgets them when it closes, and the
 * confirmation page clears them. Callers read in `afterNextRender`, so nothing touches storage
 * on the server or at construction.
 */
@Injectable({ providedIn: 'root' })
export class DetailsStorage extends TabStorage<PersonalDetails> {
  constructor() {
    super('portal.appointments.details');
  }
}
