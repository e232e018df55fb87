// The audit log's verification, at the top of the audit screen: a quiet line when every entry's
// hash, link and signature hold and the anchored head matches, and a loud alert naming each
// problem (from its code) when the log was altered. Who anchored the head is always shown.
import { useTranslation } from 'react-i18next';

import type { AuditProblem, AuditVerification } from '../../../../db/api';

function ProblemLine({ problem }: { problem: AuditProblem }) {
  const { t } = useTranslation('audit');
  const where =
    problem.seq === 0 ? '' : problem.through > problem.seq ? t('chain.entries', { from: problem.seq, to: problem.through }) : t('chain.entry', { seq: problem.seq });
  return (
    <li>
      {where ? `${where} — ` : ''}
      {t(`chain.problem.${problem.code}`)}
      {problem.signerKey ? ' ' : null}
      {problem.signerKey ? <code className="audit-chain-key">{t('chain.key', { key: problem.signerKey.slice(0, 12) })}</code> : null}
    </li>
  );
}

function Notes({ verification }: { verification: AuditVerification }) {
  const { t } = useTranslation('audit');
  const anchor = verification.anchor;
  const who = anchor ? (anchor.signer.recovery ? t('chain.recoveryKey') : (anchor.signer.userName ?? t('chain.unknownKey'))) : null;
  return (
    <>
      {anchor && who ? <p className="muted">{t('chain.anchoredBy', { count: anchor.count, at: anchor.at.slice(0, 16).replace('T', ' '), who })}</p> : null}
      {verification.unanchoredTail > 0 ? <p className="muted">{t('chain.unanchored', { count: verification.unanchoredTail })}</p> : null}
      {verification.legacyUnsigned > 0 ? <p className="muted">{t('chain.legacy', { count: verification.legacyUnsigned })}</p> : null}
    </>
  );
}

export function ChainStatus({ verification }: { verification: AuditVerification | null }) {
  const { t } = useTranslation('audit');
  if (verification === null) return <p className="muted">{t('chain.checking')}</p>;
  if (verification.ok) {
    return (
      <>
        <p role="status" className="audit-chain-ok">
          {t('chain.ok', { count: verification.checked })}
        </p>
        <Notes verification={verification} />
      </>
    );
  }
  return (
    <div role="alert" className="audit-chain-broken">
      <strong>{t('chain.broken')}</strong>
      <ul>
        {verification.problems.map((p) => (
          <ProblemLine key={`${p.code}-${p.seq}`} problem={p} />
        ))}
      </ul>
      <Notes verification={verification} />
      <p>{t('chain.advice')}</p>
    </div>
  );
}
