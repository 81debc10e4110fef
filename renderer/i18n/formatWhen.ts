type Kind = 'time' | 'date' | 'dateTime';

const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};

/** Making a formatter costs far more than using one (a long drafts list formats thousands of dates). */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The interface language with the writer's region when the system gives one for that language:
 * "en-GB" (23:30, 27 Nov 2026) rather than plain "en" (11:30 PM, Nov 27, 2026) for a British
 * writer; "uk" stays "uk" for a writer whose system lists only English.
 */
export function regionalLocale(language: string, preferred: readonly string[] = globalThis.navigator?.languages ?? []): string {
  const primary = language.toLowerCase().split('-')[0];
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === primary && tag.includes('-')) ?? language;
}

function formatter(language: string, kind: Kind): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(regionalLocale(language), OPTIONS[kind])));
  return found;
}

/**
 * Makes the drafts list's formatters ahead of its first render: the first formatter of a page
 * costs 10–20 ms (the browser loads its locale data), in a task of its own.
 */
export function prepareDateFormats(locale: string): void {
  formatter(locale, 'time');
  formatter(locale, 'date');
}

/** "20:14" for today, "27 Nov 2026" before, in the interface's language (see regionalLocale). */
export function formatWhen(iso: string, locale: string, now = new Date()): string {
  const when = new Date(iso);
  return formatter(locale, when.toDateString() === now.toDateString() ? 'time' : 'date').format(when);
}

export function formatTime(iso: string, locale: string): string {
  return formatter(locale, 'time').format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return formatter(locale, 'dateTime').format(new Date(iso));
}
