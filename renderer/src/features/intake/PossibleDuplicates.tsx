// The intake's non-blocking warning: people already in Habeas who may be the one being entered,
// each with birth date, country and a link to their case. The form stays usable around it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { PossibleDuplicate } from '../../../../db/api';
import { useCountries } from '../../shared/countries';
import { showPartialDate } from '../../../../shared/partial-date';
import { usePossibleDuplicates } from './usePossibleDuplicates';

function Details({ person }: { person: PossibleDuplicate }) {
  const { t, i18n } = useTranslation('intake');
  const { nameOf } = useCountries();
  const parts = [
    person.birthDate ? t('duplicates.born', { date: showPartialDate(person.birthDate, i18n.language) }) : '',
    nameOf(person.countryCode),
  ].filter((p) => p !== '');
  return parts.length > 0 ? <span className="muted"> ({parts.join(', ')})</span> : null;
}

export function PossibleDuplicates() {
  const { t } = useTranslation('intake');
  const found = usePossibleDuplicates();
  // The live region is always there, so screen readers announce the warning when it appears.
  return (
    <div role="status" className="intake-duplicates-region">
      {found.length > 0 ? (
        <div className="intake-duplicates">
          <p className="intake-duplicates-title">{t('duplicates.title', { count: found.length })}</p>
          <ul>
            {found.map((person) => (
              <li key={person.personId}>
                {person.strong ? <span className="badge badge-warning">{t('duplicates.strong')}</span> : null} <strong>{person.name}</strong>
                <Details person={person} />
                {person.confidential ? <span className="badge"> {t('duplicates.confidential')}</span> : null}
                {' — '}
                {person.caseId ? (
                  <Link to={`/cases/${person.caseId}`}>
                    {t('duplicates.openCase')}
                    {/* Read out with the name, as a list of "open case" links alone says nothing. */}
                    <span className="visually-hidden">: {person.name}</span>
                  </Link>
                ) : (
                  <span className="muted">{t('duplicates.noCase')}</span>
                )}
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('duplicates.hint')}</p>
        </div>
      ) : null}
    </div>
  );
}
