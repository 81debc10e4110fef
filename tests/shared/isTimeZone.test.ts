import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../shared/article/isTimeZone';

describe('a time zone name', () => {
  it('is known or not, and asked again gives the same answer', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(isTimeZone('Europe/Kyiv')).toBe(true);
      expect(isTimeZone('UTC')).toBe(true);
      expect(isTimeZone('Europe/Atlantis')).toBe(false);
      expect(isTimeZone('')).toBe(false);
    }
  });
});
