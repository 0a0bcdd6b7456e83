import type { AppointmentView } from '@contract/appointments';

/** What the calendar entry says, in the page's language. */
export interface CalendarText {
  summary: string;
  location: string;
  description: string;
}

// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped in TEXT, and line breaks written \n.
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space. Octets, not
 * characters: a Chinese character is three, and a fold must not split one.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with the space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string, time: string) =>
  `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** An instant as a UTC DATE-TIME, e.g. 20260915T010000Z. */
function utcStamp(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The appointment as an iCalendar file: one event at the hall's address, in Asia/Shanghai time
 * with its VTIMEZONE (UTC+8 all year, no daylight saving since 1991). No identity number, no
 * mobile number: the file may end up in a shared calendar.
 */
export function calendarFile(appointment: AppointmentView, text: CalendarText): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jiangcheng Government Services//Appointments//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19910915T020000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${appointment.reference}@appointments.jiangcheng.gov.cn`,
    `DTSTAMP:${utcStamp(appointment.createdAt)}`,
    `DTSTART;TZID=Asia/Shanghai:${compact(appointment.date, appointment.time)}`,
    `DTEND;TZID=Asia/Shanghai:${compact(appointment.date, appointment.end)}`,
    `SUMMARY:${escapeText(text.summary)}`,
    `LOCATION:${escapeText(text.location)}`,
    `DESCRIPTION:${escapeText(text.description)}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
