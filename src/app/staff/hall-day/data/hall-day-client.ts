import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  HallDay,
  HallDayAppointment,
  StaffHallList,
  WalkIn,
  WalkInInput,
} from '@contract/hall-day';
import type { StaffHall } from '@contract/staff';
import { type Observable, map } from 'rxjs';

const dayPath = (hall: string, date: string) =>
  `/api/staff/halls/${encodeURIComponent(hall)}/days/${encodeURIComponent(date)}`;

/** The ETag of an appointment: its version, quoted. */
const ifMatch = (appointment: Pick<HallDayAppointment, 'version'>) =>
  new HttpHeaders({ 'If-Match': `"${appointment.version}"` });

/**
 * The hall's day API (/api/staff/halls...). Changes are relative POSTs, so Angular's XSRF
 * support adds its header; each carries the appointment's version in If-Match (412 if it moved).
 */
@Injectable()
export class HallDayClient {
  private readonly http = inject(HttpClient);

  halls(): Observable<StaffHall[]> {
    return this.http.get<StaffHallList>('/api/staff/halls').pipe(map((list) => list.halls));
  }

  day(hall: string, date: string): Observable<HallDay> {
    return this.http.get<HallDay>(dayPath(hall, date));
  }

  /** `code` is what was typed or scanned; `appointment` the row it names, for its version. */
  checkIn(
    hall: string,
    date: string,
    code: string,
    appointment: HallDayAppointment,
  ): Observable<HallDayAppointment> {
    return this.http.post<HallDayAppointment>(
      `${dayPath(hall, date)}/check-ins`,
      { code },
      { headers: ifMatch(appointment) },
    );
  }

  noShow(
    hall: string,
    date: string,
    appointment: HallDayAppointment,
  ): Observable<HallDayAppointment> {
    return this.http.post<HallDayAppointment>(
      `${dayPath(hall, date)}/appointments/${encodeURIComponent(appointment.reference)}/no-show`,
      null,
      { headers: ifMatch(appointment) },
    );
  }

  addWalkIn(hall: string, date: string, walkIn: WalkInInput): Observable<WalkIn> {
    return this.http.post<WalkIn>(`${dayPath(hall, date)}/walk-ins`, walkIn);
  }
}
