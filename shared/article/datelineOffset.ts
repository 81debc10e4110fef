const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const GMT_OFFSET = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/;
const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time `YYYY-MM-DDTHH:MM` in an IANA zone as ISO 8601 with its UTC offset:
 * ('2026-07-14T09:30', 'Europe/Kyiv') → '2026-07-14T09:30:00+03:00'. The digits are kept as written.
 * A time that happens twice (clocks go back) or never (clocks go forward) takes the offset in force
 * before the change: the earlier of the two instants, or, in a gap, the instant the clock would have
 * shown had it not jumped (Kyiv '2026-03-29T03:30' → '+02:00', which is 04:30 local summer time).
 * Throws a RangeError for an impossible time or an unknown zone.
 */
export function zonedDateTime(localTime: string, timeZone: string): string {
  const match = LOCAL_TIME.exec(localTime);
  if (!match) throw new RangeError(`"${localTime}" is not a time written as YYYY-MM-DDTHH:MM.`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59) {
    throw new RangeError(`"${localTime}" is not a real date and time.`);
  }
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, 0, 0);
  const offset = offsetFor(wall.getTime(), timeZone);
  return `${localTime}:00${formatOffset(offset)}`;
}

/** The offset, in minutes east of UTC, that makes `wall` (a wall-clock time read as if UTC) a real instant. */
function offsetFor(wall: number, timeZone: string): number {
  const around = new Set([offsetAt(wall - DAY, timeZone), offsetAt(wall, timeZone), offsetAt(wall + DAY, timeZone)]);
  const fitting = [...around].filter((offset) => offsetAt(wall - offset * MINUTE, timeZone) === offset);
  if (fitting.length > 0) return Math.max(...fitting);
  return offsetAt(wall - Math.max(...around) * MINUTE, timeZone);
}

function offsetAt(instant: number, timeZone: string): number {
  const name = formatterFor(timeZone)
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = GMT_OFFSET.exec(name ?? '');
  if (!match) throw new RangeError(`No UTC offset is known for the time zone "${timeZone}".`);
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(hours) * 60 + Number(minutes) + Math.round(Number(seconds) / 60);
  return sign === '-' ? -total : total;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset', year: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function formatOffset(offset: number): string {
  const size = Math.abs(offset);
  const hours = String(Math.floor(size / 60)).padStart(2, '0');
  const minutes = String(size % 60).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
