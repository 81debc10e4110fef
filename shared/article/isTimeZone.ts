/** Names already checked: making a formatter to check one costs about a millisecond, on every save. */
const known = new Map<string, boolean>();
const KNOWN_MAX = 1000;

/** True for a time zone name this runtime knows, such as "Europe/Kyiv" or "UTC". */
export function isTimeZone(name: string): boolean {
  if (name.length === 0) return false;
  let answer = known.get(name);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      answer = true;
    } catch {
      answer = false;
    }
    if (known.size < KNOWN_MAX) known.set(name, answer);
  }
  return answer;
}
