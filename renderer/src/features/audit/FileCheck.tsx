// On the audit screen, on demand: the vault's own check, which reads and hashes every attached file
// against the size and SHA-256 recorded at intake. A quiet line when all hold; a loud alert naming
// each damaged file (from its code) otherwise. The database's own findings are counted, not quoted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, AttachmentProblem, VaultIntegrity } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';

function ProblemLine({ problem }: { problem: AttachmentProblem }) {
  const { t } = useTranslation('audit');
  return (
    <li>
      <strong>{problem.fileName}</strong> — {t(`files.problem.${problem.code}`)}{' '}
      <code className="audit-chain-key">{t('files.recorded', { size: problem.size, found: problem.storedSize, sha: problem.sha256.slice(0, 16) })}</code>
    </li>
  );
}

export function FileCheckResult({ integrity }: { integrity: VaultIntegrity }) {
  const { t } = useTranslation('audit');
  if (integrity.ok) {
    return (
      <p role="status" className="audit-chain-ok">
        {t('files.ok', { count: integrity.attachmentsChecked })}
      </p>
    );
  }
  return (
    <div role="alert" className="audit-chain-broken">
      <strong>{t('files.broken')}</strong>
      {integrity.attachmentProblems.length > 0 ? (
        <ul>
          {integrity.attachmentProblems.map((p) => (
            <ProblemLine key={p.attachmentId} problem={p} />
          ))}
        </ul>
      ) : null}
      {integrity.problems.length > 0 ? <p>{t('files.database', { count: integrity.problems.length })}</p> : null}
      <p>{t('files.advice')}</p>
    </div>
  );
}

export function FileCheck() {
  const { t } = useTranslation('audit');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [integrity, setIntegrity] = useState<VaultIntegrity | null>(null);

  const check = async () => {
    setBusy(true);
    setError(null);
    const r = await call('vault.integrity', {});
    setBusy(false);
    if (r.ok) setIntegrity(r.value);
    else setError(r.error);
  };

  return (
    <div className="audit-file-check">
      <Button size="small" busy={busy} onClick={() => void check()}>
        {t('files.action')}
      </Button>
      <ErrorMessage error={error} />
      {integrity ? <FileCheckResult integrity={integrity} /> : null}
    </div>
  );
}
