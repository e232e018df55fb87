// Saved filters on the case list: "Save this filter…" under a name, one button per saved filter to
// apply it (Tab reaches each, Enter applies), rename and delete beside it. What a saved filter
// named and is gone (a caseworker who left) is left out, and the line below says so.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { SavedCaseFilter } from '../../../../db/api';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { useShallow } from '../../state/store';
import { useColleagueOptions, useReference, useReferenceData } from '../../shared/referenceData';
import { DEFAULT_FILTERS, useCaseFilters, type CaseFilters } from './caseFilters';
import { applicable, nameProblem, newFilterId, useSavedFilters, withAdded, withRemoved, withRenamed, type DroppedPart } from './savedFilters';

type Editing = { mode: 'new' } | { mode: 'rename'; id: string };
type Notice = { kind: 'applied'; name: string; dropped: DroppedPart[] } | { kind: 'saved' | 'renamed' | 'deleted'; name: string } | { kind: 'failed' };

function currentFilters(): CaseFilters {
  const s = useCaseFilters.getState();
  return { countryCode: s.countryCode, status: s.status, detentionStatus: s.detentionStatus, profession: s.profession, caseworkerId: s.caseworkerId, search: s.search, sort: s.sort, direction: s.direction };
}

function NameForm({ editing, list, onDone }: { editing: Editing; list: SavedCaseFilter[]; onDone: (notice: Notice | null) => void }) {
  const { t } = useTranslation('cases');
  const save = useSavedFilters((s) => s.save);
  const renaming = editing.mode === 'rename' ? list.find((f) => f.id === editing.id) : undefined;
  const [name, setName] = useState(renaming?.name ?? '');
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const problem = nameProblem(list, name, renaming?.id ?? null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem) return;
    const next = renaming ? withRenamed(list, renaming.id, name) : withAdded(list, newFilterId(), name, currentFilters());
    const saved = await save(next);
    onDone(saved ? { kind: renaming ? 'renamed' : 'saved', name: name.trim() } : { kind: 'failed' });
  };

  return (
    <form className="saved-filter-form" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onDone(null)}>
      <TextField
        ref={input}
        label={renaming ? t('saved.renameLabel', { name: renaming.name }) : t('saved.nameLabel')}
        value={name}
        maxLength={100}
        onChange={(e) => setName(e.target.value)}
        error={tried && problem ? t(`saved.problem.${problem}`) : undefined}
        autoComplete="off"
      />
      <Button type="submit" variant="primary" size="small">
        {renaming ? t('saved.rename') : t('saved.save')}
      </Button>
      <Button size="small" variant="ghost" onClick={() => onDone(null)}>
        {t('saved.cancel')}
      </Button>
    </form>
  );
}

function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation('cases');
  if (notice.kind === 'failed') return <>{t('saved.failed')}</>;
  if (notice.kind !== 'applied') return <>{t(`saved.${notice.kind}`, { name: notice.name })}</>;
  if (notice.dropped.length === 0) return <>{t('saved.applied', { name: notice.name })}</>;
  return <>{t('saved.appliedDropped', { name: notice.name, parts: notice.dropped.map((d) => t(`saved.dropped.${d}`)).join(', ') })}</>;
}

export function SavedFilters() {
  const { t } = useTranslation('cases');
  const { list, loaded, load, save } = useSavedFilters(useShallow((s) => ({ list: s.list, loaded: s.loaded, load: s.load, save: s.save })));
  const setFilters = useCaseFilters((s) => s.set);
  const { countries } = useReference();
  const colleagues = useColleagueOptions();
  // Until the colleagues and countries arrive, every saved name would look gone.
  const referenceReady = useReferenceData((s) => s.countries !== null && s.users !== null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);

  const apply = (saved: SavedCaseFilter) => {
    const { filters, dropped } = applicable(saved, { caseworkers: new Set(colleagues.map((c) => c.value)), countries: new Set(countries.map((c) => c.code)) });
    setFilters({ ...DEFAULT_FILTERS, ...filters });
    setNotice({ kind: 'applied', name: saved.name, dropped });
  };

  const remove = async (saved: SavedCaseFilter) => {
    const done = await save(withRemoved(list, saved.id));
    setNotice(done ? { kind: 'deleted', name: saved.name } : { kind: 'failed' });
  };

  return (
    <section className="saved-filters" aria-labelledby="saved-filters-heading">
      <h2 id="saved-filters-heading" className="field-label saved-filters-heading">
        {t('saved.title')}
      </h2>
      {list.length === 0 ? <p className="muted saved-filters-empty">{t('saved.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="saved-filter-list">
          {list.map((saved) => (
            <li key={saved.id} className="saved-filter">
              <button type="button" className="chip saved-filter-apply" disabled={!referenceReady} onClick={() => apply(saved)} title={t('saved.applyHint', { name: saved.name })}>
                {saved.name}
              </button>
              <Button size="small" variant="ghost" aria-label={t('saved.renameNamed', { name: saved.name })} onClick={() => setEditing({ mode: 'rename', id: saved.id })}>
                {t('saved.rename')}
              </Button>
              <Button size="small" variant="ghost" aria-label={t('saved.deleteNamed', { name: saved.name })} onClick={() => void remove(saved)}>
                {t('saved.delete')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <NameForm
          editing={editing}
          list={list}
          onDone={(done) => {
            setEditing(null);
            if (done) setNotice(done);
          }}
        />
      ) : (
        <Button size="small" variant="secondary" className="saved-filter-new" disabled={!loaded} onClick={() => setEditing({ mode: 'new' })}>
          {t('saved.saveThis')}
        </Button>
      )}
      <p role="status" aria-live="polite" className="muted saved-filters-notice">
        {notice ? <NoticeText notice={notice} /> : null}
      </p>
    </section>
  );
}
