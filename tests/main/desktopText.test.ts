import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { DESKTOP_TEXT, desktopLanguage } from '../../electron/main/desktopText';
import { menuTemplate } from '../../electron/main/menuTemplate';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));

/** Every item of a menu template, submenus included. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const actions = { send: () => {}, importFile: () => {} };

describe('what the desktop app’s main process shows', () => {
  it('has every text in Ukrainian that it has in English, none left empty', () => {
    expect(keys(DESKTOP_TEXT.uk as unknown as Tree).sort()).toEqual(keys(DESKTOP_TEXT.en as unknown as Tree).sort());
    for (const texts of [DESKTOP_TEXT.en, DESKTOP_TEXT.uk]) {
      const leaves = JSON.stringify(texts).match(/"[^"]*":"([^"]*)"/g) ?? [];
      expect(leaves.length).toBeGreaterThan(30);
      expect(leaves.filter((leaf) => leaf.endsWith(':""'))).toEqual([]);
    }
  });

  it('labels every menu item in the interface’s language, on every platform and build', () => {
    for (const isMac of [false, true]) {
      for (const isPackaged of [false, true]) {
        const menu = items(menuTemplate({ ...actions, isMac, isPackaged }, DESKTOP_TEXT.uk.menu));
        // The macOS application menu is the app's name, and separators have no label.
        const shown = menu.filter((item) => item.type !== 'separator' && item.role !== 'appMenu');
        const ukLabels = new Set(Object.values(DESKTOP_TEXT.uk.menu));
        expect(shown.filter((item) => !ukLabels.has(item.label ?? ''))).toEqual([]);
        expect(shown.map((item) => item.label)).toContain('Нова чернетка');
        expect(shown.some((item) => item.label === 'Інструменти розробника')).toBe(!isPackaged);
      }
    }
    const english = items(menuTemplate({ ...actions, isMac: false, isPackaged: true }, DESKTOP_TEXT.en.menu));
    expect(english.find((item) => item.role === 'quit')?.label).toBe('Quit Newsroom');
  });

  it('sends the page the command each file item stands for', () => {
    const sent: unknown[] = [];
    const file = menuTemplate({ send: (command) => sent.push(command), importFile: () => sent.push('import'), isMac: false, isPackaged: true }, DESKTOP_TEXT.uk.menu)[0]!;
    for (const item of file.submenu as MenuItemConstructorOptions[]) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual([{ type: 'new-draft' }, { type: 'save' }, 'import', { type: 'export', format: 'html' }, { type: 'export', format: 'json' }]);
  });

  it('speaks the language chosen in the app, else the system’s', () => {
    expect(desktopLanguage('en', ['uk-UA'])).toBe('en');
    expect(desktopLanguage(null, ['uk-UA', 'en-US'])).toBe('uk');
    expect(desktopLanguage(null, ['de-DE', 'uk'])).toBe('uk');
    expect(desktopLanguage(null, ['en-GB'])).toBe('en');
  });
});
