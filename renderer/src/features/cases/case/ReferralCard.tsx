// Where the case came from: the referral that opened it, when and how it arrived, how urgent it
// was and the referrer's own account. The backend leaves the account out for whoever may not read it.
import { useTranslation } from 'react-i18next';

import type { Referral } from '../../../../../db/api';
import { useVocabLabel } from '../../../i18n/vocab';
import { useDateFormat } from '../../../shared/dates';

export function ReferralCard({ referral }: { referral: Referral }) {
  const { t } = useTranslation('case');
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  return (
    <section className="card case-referral" aria-labelledby="case-referral-heading">
      <h2 id="case-referral-heading">{t('referral.heading')}</h2>
      <p className="muted case-referral-facts">
        {t('referral.facts', { date: dates.partial(referral.receivedOn), channel: vocab('channel', referral.channel), urgency: vocab('urgency', referral.urgency) })}
      </p>
      {referral.summary ? <p className="pre-wrap case-referral-summary">{referral.summary}</p> : <p className="muted">{t('referral.noSummary')}</p>}
    </section>
  );
}
