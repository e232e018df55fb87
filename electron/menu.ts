// The application menu: standard editing roles, Lock (Ctrl/Cmd+L), Erase this laptop's keys (which
// asks in the window first) and Quit. Reload and developer tools exist only in development, so a
// packaged build offers no way into the page.
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  lock: () => void;
  /** Asks the window to show its "Erase this laptop's keys?" confirmation; nothing is erased from here. */
  eraseKeys: () => void;
  development: boolean;
  platform: NodeJS.Platform;
}

export function menuTemplate({ lock, eraseKeys, development, platform }: MenuActions): MenuItemConstructorOptions[] {
  const session: MenuItemConstructorOptions = {
    label: 'Session',
    submenu: [
      { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: lock },
      { type: 'separator' },
      { label: "Erase This Laptop's Keys…", click: eraseKeys },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(development
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, session, edit, view];
}

export function installMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions)));
}
