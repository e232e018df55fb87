// The global search shortcut: Ctrl+K (Cmd+K on a Mac) from anywhere, text fields included, since
// it types nothing there. Read from the physical key too, so it works with a Russian layout (К→Л).

export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function isSearchShortcut(e: KeyPress): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return false;
  return e.key.toLowerCase() === 'k' || e.code === 'KeyK';
}

/** A window keydown listener that opens search on the shortcut and leaves every other key alone. */
export function searchShortcutListener(open: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (!isSearchShortcut(e)) return;
    // Chromium would otherwise move the focus to the address bar where it has one.
    e.preventDefault();
    open();
  };
}

/** How the shortcut is written on this computer. */
export function shortcutLabel(platform: string = globalThis.navigator?.platform ?? ''): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘K' : 'Ctrl+K';
}
