import { describe, expect, it, vi } from 'vitest';
import { formatTime, formatWhen, regionalLocale } from '../../renderer/i18n/formatWhen';

describe('the locale dates are written in', () => {
  it('takes the region the system gives for the interface language', () => {
    expect(regionalLocale('en', ['en-GB', 'uk-UA'])).toBe('en-GB');
    expect(regionalLocale('uk', ['en-GB', 'uk-UA'])).toBe('uk-UA');
    expect(regionalLocale('en', ['uk', 'en-US', 'en-GB'])).toBe('en-US');
  });

  it('stays the interface language when the system has no region for it', () => {
    expect(regionalLocale('uk', ['en-GB'])).toBe('uk');
    expect(regionalLocale('en', ['en', 'uk-UA'])).toBe('en');
    expect(regionalLocale('en', [])).toBe('en');
  });

  it('gives a British writer a 24-hour clock and day-month dates', () => {
    vi.stubGlobal('navigator', { languages: ['en-GB', 'uk-UA'] });
    const evening = new Date(2026, 10, 27, 23, 30).toISOString();
    expect(formatTime(evening, 'en')).toBe('23:30');
    expect(formatWhen(evening, 'en', new Date(2026, 11, 1))).toBe('27 Nov 2026');
    expect(formatWhen(evening, 'en', new Date(2026, 10, 27, 23, 45))).toBe('23:30');
    vi.unstubAllGlobals();
  });
});
