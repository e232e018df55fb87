// Which referrals the inbox lists: by status (new and assessing at first), country and urgency.
import { useTranslation } from 'react-i18next';

import { REFERRAL_STATUSES, URGENCIES, type ReferralStatus } from '../../../../db/api';
import { useVocabLabel } from '../../i18n/vocab';
import { useCountries } from '../../shared/countries';
import { useReferrals } from './referralsStore';

export function ReferralFilters() {
  const { t } = useTranslation('referrals');
  const filters = useReferrals((s) => s.filters);
  const setFilters = useReferrals((s) => s.setFilters);
  const vocab = useVocabLabel();
  const { countries } = useCountries();

  const toggleStatus = (status: ReferralStatus, on: boolean) => {
    const next = on ? [...filters.status, status] : filters.status.filter((s) => s !== status);
    setFilters({ status: REFERRAL_STATUSES.filter((s) => next.includes(s)) });
  };

  return (
    <div className="referrals-filters">
      <fieldset className="referrals-statuses">
        <legend className="field-label">{t('filters.status')}</legend>
        {REFERRAL_STATUSES.map((status) => {
          const checked = filters.status.includes(status);
          // The list needs at least one status: the last one ticked cannot be unticked.
          const last = checked && filters.status.length === 1;
          return (
            <label key={status} className="referrals-check">
              <input type="checkbox" checked={checked} disabled={last} onChange={(e) => toggleStatus(status, e.target.checked)} />
              {vocab('referralStatus', status)}
            </label>
          );
        })}
      </fieldset>
      <label className="referrals-filter">
        <span className="field-label">{t('filters.country')}</span>
        <select className="input select" value={filters.countryCode} onChange={(e) => setFilters({ countryCode: e.target.value })}>
          <option value="">{t('filters.allCountries')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="referrals-filter">
        <span className="field-label">{t('filters.urgency')}</span>
        <select className="input select" value={filters.urgency} onChange={(e) => setFilters({ urgency: URGENCIES.find((u) => u === e.target.value) ?? '' })}>
          <option value="">{t('filters.anyUrgency')}</option>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {vocab('urgency', u)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
