// The global search shortcut: Ctrl+K and Cmd+K open search from anywhere (text fields included),
// with a Russian layout too; K alone, Ctrl+Shift+K, Alt combinations and other keys do nothing.
import { describe, expect, it, vi } from 'vitest';

import { isSearchShortcut, searchShortcutListener, shortcutLabel } from '../../../renderer/src/features/search/shortcut';

const press = (key: string, mods: Partial<KeyboardEventInit> = {}, code = `Key${key.toUpperCase()}`) =>
  new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true, ...mods });

describe('search shortcut', () => {
  it('is Ctrl+K or Cmd+K, whatever the layout', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }))).toBe(true);
    // A Russian layout gives "л" on the K key.
    expect(isSearchShortcut(press('л', { ctrlKey: true }, 'KeyK'))).toBe(true);
  });

  it('is not K alone, nor with Shift or Alt, nor another letter', () => {
    expect(isSearchShortcut(press('k'))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(press('l', { ctrlKey: true }))).toBe(false);
  });

  it('opens search from inside a text field, and leaves typing there alone', () => {
    const open = vi.fn();
    const listener = searchShortcutListener(open);
    window.addEventListener('keydown', listener);
    const input = document.createElement('input');
    document.body.append(input);
    try {
      const typed = press('k');
      input.dispatchEvent(typed);
      expect(open).not.toHaveBeenCalled();
      expect(typed.defaultPrevented).toBe(false);
      const shortcut = press('k', { ctrlKey: true });
      input.dispatchEvent(shortcut);
      expect(open).toHaveBeenCalledTimes(1);
      expect(shortcut.defaultPrevented).toBe(true);
    } finally {
      window.removeEventListener('keydown', listener);
      input.remove();
    }
  });

  it('is written the way the computer writes it', () => {
    expect(shortcutLabel('MacIntel')).toBe('⌘K');
    expect(shortcutLabel('Win32')).toBe('Ctrl+K');
    expect(shortcutLabel('Linux x86_64')).toBe('Ctrl+K');
  });
});
