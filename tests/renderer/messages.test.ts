import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { uk } from '../../renderer/i18n/uk';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

describe('interface messages', () => {
  it('Ukrainian has every message English has, and no others', () => {
    expect([...new Set(keys(uk as Tree).map(base))].sort()).toEqual([...new Set(keys(en as Tree).map(base))].sort());
  });

  it('Ukrainian gives every counted message its one, few, many and other forms', () => {
    const counted = [...new Set(keys(en as Tree).filter((key) => PLURAL.test(key)).map(base))];
    expect(counted.length).toBeGreaterThan(5);
    const ukKeys = new Set(keys(uk as Tree));
    for (const key of counted) {
      for (const form of ['one', 'few', 'many', 'other']) expect(ukKeys.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
    }
  });

  it('no message is left empty', () => {
    for (const tree of [en, uk] as Tree[]) {
      const leaves = keys(tree).map((key) => key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree));
      expect(leaves.length).toBeGreaterThan(100);
      expect(leaves.filter((text) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
    }
  });
});
