// The header's search button and the Ctrl+K / Cmd+K shortcut, both opening the search palette.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { SearchPalette } from './SearchPalette';
import { useSearch } from './searchStore';
import { searchShortcutListener, shortcutLabel } from './shortcut';

export function SearchTrigger() {
  const { t } = useTranslation('search');
  const setOpen = useSearch((s) => s.setOpen);

  useEffect(() => {
    const listener = searchShortcutListener(() => setOpen(true));
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [setOpen]);

  const label = shortcutLabel();
  return (
    <>
      <Button className="search-trigger" onClick={() => setOpen(true)} aria-keyshortcuts="Control+K Meta+K" title={t('triggerHint', { shortcut: label })}>
        <span>{t('trigger')}</span>
        <kbd className="search-kbd" aria-hidden="true">
          {label}
        </kbd>
      </Button>
      <SearchPalette />
    </>
  );
}
