/**
 * Runs `run` once the page has idle time, and at the latest after `timeoutMs` (a hidden window may
 * have none to give). Where the browser has no idle callbacks, a short while later.
 */
export function whenIdle(run: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, timeoutMs / 10);
}
