// The audit chain's verification, at the top of the audit screen: a quiet line when every entry's
// hash and link match, and a loud alert naming the first bad entry when the log was altered.
import { useTranslation } from 'react-i18next';

import type { AuditVerification } from '../../../../db/api';

// The verifier's reasons (db/backend/audit-log.ts) as translation keys; others are shown as sent.
const REASON_KEYS: Record<string, string> = {
  'entry missing': 'chain.reason.missing',
  'link to the previous entry does not match': 'chain.reason.link',
  'contents changed after writing': 'chain.reason.contents',
};

export function ChainStatus({ verification }: { verification: AuditVerification | null }) {
  const { t } = useTranslation('audit');
  const reasonText = (reason: string): string => {
    const key = REASON_KEYS[reason];
    return key ? t(key) : reason;
  };
  if (verification === null) return <p className="muted">{t('chain.checking')}</p>;
  if (verification.ok) {
    return (
      <p role="status" className="audit-chain-ok">
        {t('chain.ok', { count: verification.checked })}
      </p>
    );
  }
  return (
    <div role="alert" className="audit-chain-broken">
      <strong>{t('chain.broken')}</strong>
      {verification.firstBad ? <p>{t('chain.firstBad', { seq: verification.firstBad.seq, reason: reasonText(verification.firstBad.reason) })}</p> : null}
      <p>{t('chain.advice')}</p>
    </div>
  );
}
