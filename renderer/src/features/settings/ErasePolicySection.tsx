// Administrators only: "erase this laptop's keys after N failed unlocks", off by default. Failed
// unlocks count across every user name; a successful unlock starts the count again.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ERASE_AFTER_FAILED_UNLOCKS, type ApiError } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { CheckboxField, TextField } from '../../components/Field';
import { useToasts } from '../../state/toasts';
import { SettingsProblem } from './SettingsProblem';

const { min, max } = ERASE_AFTER_FAILED_UNLOCKS;

export function ErasePolicySection() {
  const { t } = useTranslation('settings');
  const [loaded, setLoaded] = useState(false);
  const [enabled, setEnabled] = useState(false);
  const [count, setCount] = useState('10');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('erasure.policy', {}).then((r) => {
      if (!r.ok) {
        setProblem(r.error);
        return;
      }
      setEnabled(r.value.eraseAfterFailedUnlocks !== null);
      if (r.value.eraseAfterFailedUnlocks !== null) setCount(String(r.value.eraseAfterFailedUnlocks));
      setLoaded(true);
    });
  }, []);

  const save = async () => {
    const n = Number(count);
    if (enabled && (!/^\d+$/.test(count.trim()) || n < min || n > max)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setBusy(true);
    setProblem(null);
    const r = await call('erasure.setPolicy', { eraseAfterFailedUnlocks: enabled ? n : null });
    setBusy(false);
    if (r.ok) useToasts.getState().show(t('erasure.saved'));
    else setProblem(r.error);
  };

  return (
    <section className="form-section settings-section" aria-labelledby="settings-erasure">
      <h2 id="settings-erasure">{t('erasure.title')}</h2>
      <p className="muted">{t('erasure.intro')}</p>
      <SettingsProblem error={problem} />
      {loaded ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          noValidate
        >
          <CheckboxField label={t('erasure.enable')} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <TextField
            label={t('erasure.count')}
            className="input settings-erasure-count"
            inputMode="numeric"
            value={count}
            disabled={!enabled}
            hint={t('erasure.hint', { min, max })}
            error={invalid ? t('organisation.outOfRange', { min, max }) : undefined}
            onChange={(e) => setCount(e.target.value)}
          />
          <div className="form-actions">
            <Button type="submit" busy={busy}>
              {t('erasure.submit')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
