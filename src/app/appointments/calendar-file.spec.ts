import { calendarFile, foldLine } from './calendar-file';
import { appointment } from './testing/samples';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A small RFC 5545 reader: unfolds lines, splits name;params:value, unescapes TEXT. */
function parse(ics: string): Property[] {
  expect(ics.endsWith('\r\n')).withContext('ends with CRLF').toBeTrue();
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const unfolded = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  return unfolded.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...paramParts] = line.slice(0, colon).split(';');
    const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
    const value = line
      .slice(colon + 1)
      .replace(/\\n/gi, '\n')
      .replace(/\\([\\;,])/g, '$1');
    return { name, params, value };
  });
}

const text = {
  summary: '普通护照首次申领 - 江澄市民服务中心',
  location: '江澄市民服务中心, 江澄市新城区市民大道 100 号; 2 楼',
  description: '预约号：K7QM-3XPD。请带齐材料，按时到达。'.repeat(3),
};

describe('calendarFile', () => {
  let properties: Property[];
  const get = (name: string) => properties.filter((p) => p.name === name);

  beforeEach(() => (properties = parse(calendarFile(appointment, text))));

  it('is one VCALENDAR with a VTIMEZONE and one VEVENT, each opened and closed', () => {
    const structure = properties
      .filter((p) => p.name === 'BEGIN' || p.name === 'END')
      .map((p) => `${p.name}:${p.value}`);
    expect(structure).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'BEGIN:STANDARD',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(get('VERSION')[0].value).toBe('2.0');
    expect(get('PRODID').length).toBe(1);
    expect(get('TZID')[0].value).toBe('Asia/Shanghai');
    expect(get('TZOFFSETTO')[0].value).toBe('+0800');
  });

  it('gives the start and end in Shanghai wall time', () => {
    expect(get('DTSTART').find((p) => p.params['TZID'])).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Asia/Shanghai' },
      value: '20260916T090000',
    });
    expect(get('DTEND')[0]).toEqual({
      name: 'DTEND',
      params: { TZID: 'Asia/Shanghai' },
      value: '20260916T093000',
    });
    expect(get('DTSTAMP')[0].value).toBe('20260915T010000Z');
    expect(get('UID')[0].value).toContain('K7QM-3XPD');
  });

  it('reads back the hall’s address and the text, escaped and unescaped', () => {
    expect(get('LOCATION')[0].value).toBe(text.location);
    expect(get('SUMMARY')[0].value).toBe(text.summary);
    expect(get('DESCRIPTION')[0].value).toBe(text.description);
  });

  it('carries no identity or mobile number', () => {
    const ics = calendarFile(appointment, text);
    expect(ics).not.toContain(appointment.idNumber);
    expect(ics).not.toContain(appointment.mobile);
    expect(ics).not.toContain('1234');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = calendarFile(appointment, text);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(ics).toContain('\r\n ');
    expect(foldLine('short')).toBe('short');
  });
});
