import { Menu } from 'electron';
import type { DesktopText } from './desktopText';
import { menuTemplate, type MenuActions } from './menuTemplate';

export type { MenuActions } from './menuTemplate';

export function buildMenu(actions: MenuActions, text: DesktopText['menu']): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions, text));
}
