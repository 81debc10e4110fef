import { describe, expect, it } from 'vitest';
import { zonedDateTime } from '../../shared/article/datelineOffset';

/** The wall-clock time an instant shows in a zone, as YYYY-MM-DDTHH:MM. */
const clocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, timeZone: string): string {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' } as const;
    clock = new Intl.DateTimeFormat('en-GB', { ...options, timeZone, hourCycle: 'h23' });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

describe('zonedDateTime', () => {
  it.each([
    ['2026-07-14T09:30', 'Europe/Kyiv', '2026-07-14T09:30:00+03:00'],
    ['2026-11-27T20:14', 'Europe/Kyiv', '2026-11-27T20:14:00+02:00'],
    ['2026-03-29T12:00', 'America/New_York', '2026-03-29T12:00:00-04:00'],
    ['2026-01-15T12:00', 'America/New_York', '2026-01-15T12:00:00-05:00'],
    ['2026-03-29T12:00', 'Asia/Kolkata', '2026-03-29T12:00:00+05:30'],
    ['2026-03-29T12:00', 'UTC', '2026-03-29T12:00:00+00:00'],
    ['2026-07-01T12:00', 'Europe/London', '2026-07-01T12:00:00+01:00'],
    ['2026-12-01T12:00', 'Europe/London', '2026-12-01T12:00:00+00:00'],
    ['2026-01-01T00:00', 'Asia/Kathmandu', '2026-01-01T00:00:00+05:45'],
    ['2026-01-01T00:00', 'Pacific/Chatham', '2026-01-01T00:00:00+13:45'],
    ['2026-01-15T08:00', 'America/St_Johns', '2026-01-15T08:00:00-03:30'],
    ['2026-06-01T23:59', 'Pacific/Kiritimati', '2026-06-01T23:59:00+14:00'],
    ['2026-06-01T00:00', 'Pacific/Pago_Pago', '2026-06-01T00:00:00-11:00'],
    ['2028-02-29T10:00', 'Europe/Kyiv', '2028-02-29T10:00:00+02:00'],
  ])('%s in %s is %s', (localTime, timeZone, expected) => {
    expect(zonedDateTime(localTime, timeZone)).toBe(expected);
  });

  it('gives the exact instant: the result shows the same wall-clock time in its zone', () => {
    for (const [localTime, timeZone] of [
      ['2026-07-14T09:30', 'Europe/Kyiv'],
      ['2026-03-29T12:00', 'America/New_York'],
      ['2026-01-01T00:00', 'Asia/Kathmandu'],
    ] as const) {
      expect(wallClock(Date.parse(zonedDateTime(localTime, timeZone)), timeZone)).toBe(localTime);
    }
  });

  it('takes the earlier offset for a time that happens twice when clocks go back', () => {
    expect(zonedDateTime('2026-10-25T03:30', 'Europe/Kyiv')).toBe('2026-10-25T03:30:00+03:00');
    expect(zonedDateTime('2026-10-25T04:00', 'Europe/Kyiv')).toBe('2026-10-25T04:00:00+02:00');
    expect(zonedDateTime('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
    expect(zonedDateTime('2026-10-25T01:30', 'Europe/London')).toBe('2026-10-25T01:30:00+01:00');
  });

  it('takes the offset before the change for a time skipped when clocks go forward', () => {
    expect(zonedDateTime('2026-03-29T03:30', 'Europe/Kyiv')).toBe('2026-03-29T03:30:00+02:00');
    expect(zonedDateTime('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T02:30:00-05:00');
    expect(zonedDateTime('2026-03-29T01:30', 'Europe/London')).toBe('2026-03-29T01:30:00+00:00');
    expect(zonedDateTime('2026-10-04T02:15', 'Australia/Lord_Howe')).toBe('2026-10-04T02:15:00+10:30');
    const skipped = Date.parse(zonedDateTime('2026-03-29T03:30', 'Europe/Kyiv'));
    expect(wallClock(skipped, 'Europe/Kyiv')).toBe('2026-03-29T04:30');
  });

  it('is right for every half hour of a year in zones with summer time', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const timeZone of ['Europe/Kyiv', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago']) {
      const failures: string[] = [];
      for (let instant = start; instant < start + 366 * 86_400_000; instant += 1_800_000) {
        const local = wallClock(instant, timeZone);
        const result = Date.parse(zonedDateTime(local, timeZone));
        if (wallClock(result, timeZone) !== local || result > instant) failures.push(`${local} → ${zonedDateTime(local, timeZone)}`);
      }
      expect(failures, timeZone).toEqual([]);
    }
  });

  it('keeps years before 100 as written', () => {
    expect(zonedDateTime('0005-06-01T12:00', 'UTC')).toBe('0005-06-01T12:00:00+00:00');
  });

  it.each([
    ['2026-02-29T10:00', 'Europe/Kyiv'],
    ['2026-13-01T10:00', 'Europe/Kyiv'],
    ['2026-04-31T10:00', 'Europe/Kyiv'],
    ['2026-01-00T10:00', 'Europe/Kyiv'],
    ['2026-01-01T24:00', 'Europe/Kyiv'],
    ['2026-01-01T10:60', 'Europe/Kyiv'],
    ['2026-01-01 10:00', 'Europe/Kyiv'],
    ['2026-01-01T10:00:00', 'Europe/Kyiv'],
    ['', 'Europe/Kyiv'],
    ['2026-01-01T10:00', 'Mars/Olympus_Mons'],
    ['2026-01-01T10:00', ''],
  ])('refuses %j in %j', (localTime, timeZone) => {
    expect(() => zonedDateTime(localTime, timeZone)).toThrow(RangeError);
  });
});
