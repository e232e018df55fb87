// Filters of the case list: name search (any spelling, any script; "/" jumps to it), country,
// case status, detention status, profession and caseworker.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CASE_STATUSES, DETENTION_STATUSES, PROFESSIONS, type CaseStatus, type DetentionStatus, type Profession } from '../../../../db/api';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { useVocab, useVocabLabel } from '../../i18n/vocab';
import { useShallow } from '../../state/store';
import { DEFAULT_FILTERS, useCaseFilters } from './caseFilters';
import { useColleagueOptions, useCountryOptions } from '../../shared/referenceData';

const SEARCH_DELAY_MS = 250;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function SearchBox() {
  const { t } = useTranslation('cases');
  const search = useCaseFilters((s) => s.search);
  const setFilters = useCaseFilters((s) => s.set);
  const [text, setText] = useState(search);
  const input = useRef<HTMLInputElement>(null);

  // The store may be cleared from elsewhere (Clear filters, lock): follow it.
  useEffect(() => setText(search), [search]);

  useEffect(() => {
    if (text === search) return undefined;
    const timer = setTimeout(() => setFilters({ search: text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search, setFilters]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <TextField
      ref={input}
      type="search"
      label={t('filters.search')}
      placeholder={t('filters.searchPlaceholder')}
      hint={t('filters.searchHint')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      autoComplete="off"
      spellCheck={false}
    />
  );
}

function StatusChips() {
  const { t } = useTranslation('cases');
  const vocab = useVocabLabel();
  const status = useCaseFilters((s) => s.status);
  const setFilters = useCaseFilters((s) => s.set);
  const toggle = (value: CaseStatus) =>
    setFilters({ status: status.includes(value) ? status.filter((s) => s !== value) : CASE_STATUSES.filter((s) => s === value || status.includes(s)) });
  return (
    <fieldset className="chip-group">
      <legend className="field-label">{t('filters.status')}</legend>
      {CASE_STATUSES.map((value) => (
        <label key={value} className={`chip${status.includes(value) ? ' chip-on' : ''}`}>
          <input type="checkbox" checked={status.includes(value)} onChange={() => toggle(value)} />
          {vocab('caseStatus', value)}
        </label>
      ))}
    </fieldset>
  );
}

export function CaseFilterBar() {
  const { t } = useTranslation('cases');
  const filters = useCaseFilters(useShallow((s) => ({ countryCode: s.countryCode, detentionStatus: s.detentionStatus, profession: s.profession, caseworkerId: s.caseworkerId })));
  const setFilters = useCaseFilters((s) => s.set);
  const active = useCaseFilters((s) => s.countryCode !== '' || s.status.length > 0 || s.detentionStatus !== '' || s.profession !== '' || s.caseworkerId !== '' || s.search !== '');
  const countries = useCountryOptions();
  const colleagues = useColleagueOptions();
  const detention = useVocab('detentionStatus', DETENTION_STATUSES);
  const professions = useVocab('profession', PROFESSIONS);

  return (
    <div role="search" className="case-filters" aria-label={t('filters.label')}>
      <div className="case-filters-search">
        <SearchBox />
      </div>
      <SelectField label={t('filters.country')} options={countries} placeholder={t('filters.any')} value={filters.countryCode} onChange={(e) => setFilters({ countryCode: e.target.value })} />
      <SelectField
        label={t('filters.detention')}
        options={detention}
        placeholder={t('filters.any')}
        value={filters.detentionStatus}
        onChange={(e) => setFilters({ detentionStatus: e.target.value as DetentionStatus | '' })}
      />
      <SelectField
        label={t('filters.profession')}
        options={professions}
        placeholder={t('filters.any')}
        value={filters.profession}
        onChange={(e) => setFilters({ profession: e.target.value as Profession | '' })}
      />
      <SelectField label={t('filters.caseworker')} options={colleagues} placeholder={t('filters.anyone')} value={filters.caseworkerId} onChange={(e) => setFilters({ caseworkerId: e.target.value })} />
      <div className="case-filters-row">
        <StatusChips />
        <div className="case-filters-clear">
          <Button variant="ghost" size="small" disabled={!active} onClick={() => setFilters({ ...DEFAULT_FILTERS, sort: useCaseFilters.getState().sort, direction: useCaseFilters.getState().direction })}>
            {t('filters.clear')}
          </Button>
        </div>
      </div>
    </div>
  );
}
