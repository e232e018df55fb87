// The top of a case file: the person's name and spellings, country, case and detention status,
// who works on it, and what can be done with the case as a whole.
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '../../../../../db/api';
import { PageHeader } from '../../../components/PageHeader';
import { useVocabLabel } from '../../../i18n/vocab';
import { useCountryName } from '../../../shared/referenceData';
import { CaseActions } from './CaseActions';
import { useDateFormat } from '../../../shared/dates';
import { useShownName } from '../../../shared/personName';

export function CaseHeader({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t } = useTranslation('case');
  const { t: ta } = useTranslation('access');
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const countryName = useCountryName();
  const shownName = useShownName();
  const { person } = detail;
  const spellings = person.nameVariants.map((v) => v.name).filter((name) => name !== person.name);
  const title = (
    <>
      {shownName(person)}{' '}
      {person.confidentiality === 'confidential' ? <span className="badge badge-warning title-badge">{t('confidential')}</span> : null}
    </>
  );
  return (
    <>
      <PageHeader title={title} actions={<CaseActions detail={detail} onChanged={onChanged} />}>
        {spellings.length > 0 ? <p className="muted case-spellings">{t('header.spellings', { names: spellings.join(' · ') })}</p> : null}
        {person.nameWithheld !== undefined ? <p className="muted case-withheld">{ta('withheldExplain')}</p> : null}
      </PageHeader>
      <dl className="case-facts">
        {detail.reference ? (
          <div>
            <dt>{t('header.reference')}</dt>
            <dd className="case-reference" data-testid="case-reference">{detail.reference}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('header.country')}</dt>
          <dd>{countryName(detail.countryCode)}</dd>
        </div>
        <div>
          <dt>{t('header.status')}</dt>
          <dd>
            <span className={`badge status-${detail.status}`}>{vocab('caseStatus', detail.status)}</span>
            {detail.closingReason ? ` ${t('header.closedBecause', { reason: vocab('closingReason', detail.closingReason), date: dates.partial(detail.closedOn) })}` : null}
          </dd>
        </div>
        <div>
          <dt>{t('header.detention')}</dt>
          <dd>{vocab('detentionStatus', detail.detentionStatus)}</dd>
        </div>
        <div>
          <dt>{t('header.caseworker')}</dt>
          <dd>{detail.caseworkerName ?? t('header.nobody')}</dd>
        </div>
        <div>
          <dt>{t('header.supervisor')}</dt>
          <dd>{detail.supervisorName ?? t('header.nobody')}</dd>
        </div>
        <div>
          <dt>{t('header.opened')}</dt>
          <dd>{dates.partial(detail.openedOn)}</dd>
        </div>
      </dl>
    </>
  );
}
