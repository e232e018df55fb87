// The application menu: Lock on Ctrl/Cmd+L, and no reload or developer tools in a packaged build.
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));

import { menuTemplate } from '../../electron/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('menuTemplate', () => {
  it('offers Lock on CmdOrCtrl+L that locks the session', () => {
    const lock = vi.fn();
    const item = flatten(menuTemplate({ lock, eraseKeys: vi.fn(), development: false, platform: 'linux' })).find((i) => i.label === 'Lock');
    expect(item?.accelerator).toBe('CmdOrCtrl+L');
    item?.click?.({} as MenuItem, undefined, {});
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it("offers Erase This Laptop's Keys, which only asks the window (no accelerator to press by accident)", () => {
    const lock = vi.fn();
    const eraseKeys = vi.fn();
    const item = flatten(menuTemplate({ lock, eraseKeys, development: false, platform: 'linux' })).find((i) => i.label === "Erase This Laptop's Keys…");
    expect(item?.accelerator).toBeUndefined();
    item?.click?.({} as MenuItem, undefined, {});
    expect(eraseKeys).toHaveBeenCalledTimes(1);
    expect(lock).not.toHaveBeenCalled();
  });

  it('has no reload or developer tools in production', () => {
    const roles = flatten(menuTemplate({ lock: vi.fn(), eraseKeys: vi.fn(), development: false, platform: 'win32' })).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('has developer tools in development', () => {
    const roles = flatten(menuTemplate({ lock: vi.fn(), eraseKeys: vi.fn(), development: true, platform: 'linux' })).map((i) => i.role);
    expect(roles).toContain('toggleDevTools');
  });
});
