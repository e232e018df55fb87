// Administrators only: an encrypted, verified backup on demand, kept in the vault's backups folder
// beside the automatic ones. Shows which file was written and how big it is.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, BackupMade } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { SettingsProblem } from './SettingsProblem';

/** The file's own name and its folder, from a path written with either kind of slash. */
function splitPath(path: string): { name: string; folder: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { name: path.slice(cut + 1), folder: path.slice(0, Math.max(cut, 0)) };
}

function useSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  return (bytes) => {
    const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [bytes / 1024, 'kilobyte'];
    return new Intl.NumberFormat(i18n.language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  };
}

export function BackupSection() {
  const { t } = useTranslation('settings');
  const size = useSize();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<BackupMade | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const backUp = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call('backup.create', {});
    setBusy(false);
    if (r.ok) setMade(r.value);
    else setProblem(r.error);
  };

  const file = made ? splitPath(made.file) : null;
  return (
    <section className="form-section settings-section" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <SettingsProblem error={problem} />
      <div role="status" className="settings-backup-result">
        {made && file ? (
          <>
            <p>{t('backup.done', { name: file.name, size: size(made.bytes) })}</p>
            <p className="muted">{t('backup.folder', { folder: file.folder })}</p>
          </>
        ) : null}
      </div>
      <Button onClick={() => void backUp()} busy={busy}>
        {busy ? t('backup.working') : t('backup.button')}
      </Button>
    </section>
  );
}
