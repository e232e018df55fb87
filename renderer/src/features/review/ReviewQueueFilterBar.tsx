// The review queue's search (any spelling, any script), filters and sort. Every choice is
// remembered for the signed-in user (useQueueFilters).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { REVIEW_QUEUE_AGES, REVIEW_QUEUE_SORTS, REVIEW_REASONS, type ReviewQueueAge, type ReviewQueueFilters, type ReviewQueueSort, type ReviewReason } from '../../../../db/api';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { useColleagueOptions, useCountryOptions } from '../../shared/referenceData';
import { DEFAULT_QUEUE_FILTERS } from './useQueueFilters';

const SEARCH_DELAY_MS = 250;

function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation('review');
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => onSearch(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);
  return (
    <TextField
      type="search"
      label={t('filters.search')}
      hint={t('filters.searchHint')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      autoComplete="off"
      spellCheck={false}
    />
  );
}

export function ReviewQueueFilterBar({ filters, onChange }: { filters: ReviewQueueFilters; onChange: (patch: Partial<ReviewQueueFilters>) => void }) {
  const { t } = useTranslation('review');
  const countries = useCountryOptions();
  const caseworkers = useColleagueOptions();
  const reasons = REVIEW_REASONS.map((value) => ({ value, label: t(value === 'overdue_work' ? 'filters.reasonOverdue' : `reason.${value}`) }));
  const ages = REVIEW_QUEUE_AGES.map((value) => ({ value, label: t(`filters.age.${value}`) }));
  const sorts = REVIEW_QUEUE_SORTS.map((value) => ({ value, label: t(`filters.sort.${value}`) }));
  const onSearch = useCallback((search: string) => onChange({ search }), [onChange]);
  const active = Boolean(filters.search || filters.countryCode || filters.caseworkerId || filters.reason || filters.age || filters.mineOnly);

  return (
    <div role="search" aria-label={t('filters.label')} className="review-filters">
      <div className="review-filters-search">
        <SearchBox value={filters.search ?? ''} onSearch={onSearch} />
      </div>
      <SelectField label={t('filters.country')} options={countries} placeholder={t('filters.any')} value={filters.countryCode ?? ''} onChange={(e) => onChange({ countryCode: e.target.value })} />
      <SelectField label={t('filters.caseworker')} options={caseworkers} placeholder={t('filters.anyone')} value={filters.caseworkerId ?? ''} onChange={(e) => onChange({ caseworkerId: e.target.value })} />
      <SelectField label={t('filters.reason')} options={reasons} placeholder={t('filters.anyReason')} value={filters.reason ?? ''} onChange={(e) => onChange({ reason: (e.target.value || undefined) as ReviewReason | undefined })} />
      <SelectField label={t('filters.ageLabel')} options={ages} placeholder={t('filters.anyAge')} value={filters.age ?? ''} onChange={(e) => onChange({ age: (e.target.value || undefined) as ReviewQueueAge | undefined })} />
      <SelectField label={t('filters.sortLabel')} options={sorts} value={filters.sort} onChange={(e) => onChange({ sort: e.target.value as ReviewQueueSort })} />
      <div className="review-filters-row">
        <label className="review-mine-only">
          <input type="checkbox" checked={filters.mineOnly} onChange={(e) => onChange({ mineOnly: e.target.checked })} /> {t('queue.mineOnly')}
        </label>
        <Button variant="ghost" size="small" disabled={!active} onClick={() => onChange({ ...DEFAULT_QUEUE_FILTERS, search: undefined, countryCode: undefined, caseworkerId: undefined, reason: undefined, age: undefined, sort: filters.sort })}>
          {t('filters.clear')}
        </Button>
      </div>
    </div>
  );
}
