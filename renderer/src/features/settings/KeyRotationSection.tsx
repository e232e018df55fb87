// Administrators only: "Rotate the key now". A new database key, sealed to every active member and
// the recovery key; the database is re-encrypted, with progress, and the outcome shown.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, RotationResult } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { goToBackups, KeyRotationOutcome, RotationProgress, watchProgress } from './KeyRotationOutcome';
import { SettingsProblem } from './SettingsProblem';

export function KeyRotationSection() {
  const { t } = useTranslation('settings');
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<string | null>(null);
  const [result, setResult] = useState<RotationResult | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const rotate = async () => {
    setBusy(true);
    setProblem(null);
    setResult(null);
    const off = watchProgress('vault.rotateKey', setStage);
    const r = await call('vault.rotateKey', {});
    off();
    setBusy(false);
    setStage(null);
    if (r.ok) setResult(r.value);
    else setProblem(r.error);
  };

  return (
    <section className="form-section settings-section" aria-labelledby="settings-rotation">
      <h2 id="settings-rotation">{t('rotation.title')}</h2>
      <p className="muted">{t('rotation.intro')}</p>
      <SettingsProblem error={problem} />
      {busy ? <RotationProgress stage={stage ?? 'prepare'} /> : null}
      {result ? <KeyRotationOutcome result={result} onGoToBackups={goToBackups} /> : null}
      <Button onClick={() => void rotate()} busy={busy}>
        {busy ? t('rotation.working') : t('rotation.button')}
      </Button>
    </section>
  );
}
