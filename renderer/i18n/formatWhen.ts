const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "20:14" for today, "27 Nov 2026" before. */
export function formatWhen(iso: string, now = new Date()): string {
  const when = new Date(iso);
  return when.toDateString() === now.toDateString() ? time.format(when) : date.format(when);
}

export function formatTime(iso: string): string {
  return time.format(new Date(iso));
}
