// The global search palette: a modal dialog with one combobox; hits arrive as the user types
// (debounced, older answers dropped), arrows move through them, Enter opens the case at the
// matched record (hitAddress.ts), Esc closes.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { hitAddress } from './hitAddress';
import { SearchHitOption } from './SearchHitOption';
import { useSearch } from './searchStore';
import './search.css';

const TYPING_DELAY_MS = 150;

function useSearchAsYouType(): void {
  const query = useSearch((s) => s.query);
  const open = useSearch((s) => s.open);
  const search = useSearch((s) => s.search);
  useEffect(() => {
    if (!open) return undefined;
    const timer = setTimeout(() => void search(query), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, open, search]);
}

function SearchStatus() {
  const { t } = useTranslation('search');
  const status = useSearch((s) => s.status);
  const count = useSearch((s) => s.hits.length);
  const error = useSearch((s) => s.error);
  if (status === 'failed' && error) return <ErrorMessage error={error} />;
  const text = status === 'done' ? (count === 0 ? t('none') : t('count', { count })) : status === 'idle' ? t('prompt') : '';
  // Announced politely: the count once the answer is in, not every keystroke's "searching".
  return (
    <p role="status" className="search-status muted">
      {text}
    </p>
  );
}

export function SearchPalette() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { open, query, hits, active } = useSearch();
  const { setOpen, setQuery, move, setActive } = useSearch.getState();
  useSearchAsYouType();

  useEffect(() => {
    // Reopened: the last query is kept, selected, so typing replaces it. (Runs after the dialog's
    // own effect has shown it: a child's effects run first.)
    if (!open) return;
    input.current?.focus();
    input.current?.select();
  }, [open]);

  const optionId = (i: number): string => `${listId}-hit-${i}`;
  const choose = (index: number) => {
    const hit = hits[index];
    const address = hit ? hitAddress(hit) : null;
    if (!address) return;
    setOpen(false);
    void navigate(address);
  };

  return (
    <Dialog open={open} onOpenChange={setOpen} title={t('title')} wide>
      <div className="search-palette">
        <label className="field-label" htmlFor={`${listId}-input`}>
          {t('label')}
        </label>
        <input
          ref={input}
          id={`${listId}-input`}
          className="input search-input"
          type="text"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && hits.length > 0 ? optionId(active) : undefined}
          aria-describedby={`${listId}-keys`}
          placeholder={t('placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              move(e.key === 'ArrowDown' ? 1 : -1);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              choose(active);
            }
          }}
        />
        <p id={`${listId}-keys`} className="field-hint">
          {t('keys')}
        </p>
        <SearchStatus />
        <ul id={listId} role="listbox" aria-label={t('results')} className="search-hits">
          {hits.map((hit, i) => (
            <SearchHitOption
              key={`${hit.kind}-${hit.personId}-${hit.caseId ?? ''}-${i}`}
              id={optionId(i)}
              hit={hit}
              active={i === active}
              onPoint={() => {
                if (i !== active) setActive(i);
              }}
              onChoose={() => choose(i)}
            />
          ))}
        </ul>
      </div>
    </Dialog>
  );
}
