// Administrators only: an encrypted, verified backup on demand, kept in the vault's backups folder
// beside the automatic ones, and the list of every backup there with its kind, time and size, each
// deletable (after one confirmation). Manual backups beyond the organisation's limit go by themselves.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError, BackupInfo, BackupList, BackupMade } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Table, type Column } from '../../components/Table';
import { useToasts } from '../../state/toasts';
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

function useWhen(): (iso: string) => string {
  const { i18n } = useTranslation();
  return (iso) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function DeleteBackupDialog({ backup, onClose, onDone }: { backup: BackupInfo | null; onClose: () => void; onDone: (gone: BackupInfo) => void }) {
  const { t } = useTranslation('settings');
  const when = useWhen();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };
  const remove = async () => {
    if (!backup) return;
    setBusy(true);
    setProblem(null);
    const r = await call('backup.delete', { name: backup.name });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setProblem(r.error);
  };
  return (
    <Dialog open={backup !== null} onOpenChange={(open) => (open ? undefined : close())} title={t('backup.delete.title')}>
      <p>{backup ? t('backup.delete.explain', { kind: t(`backup.kinds.${backup.kind}`), when: when(backup.madeAt) }) : null}</p>
      <SettingsProblem error={problem} />
      <div className="form-actions">
        <Button onClick={close}>{t('actions.cancel')}</Button>
        <Button variant="danger" busy={busy} onClick={() => void remove()}>
          {t('backup.delete.submit')}
        </Button>
      </div>
    </Dialog>
  );
}

export function BackupSection() {
  const { t } = useTranslation('settings');
  const size = useSize();
  const when = useWhen();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<BackupMade | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [list, setList] = useState<BackupList | null>(null);
  const [deleting, setDeleting] = useState<BackupInfo | null>(null);

  const reload = useCallback(async () => {
    const r = await call('backup.list', {});
    if (r.ok) setList(r.value);
    else setProblem(r.error);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const backUp = async () => {
    setBusy(true);
    setProblem(null);
    const r = await call('backup.create', {});
    setBusy(false);
    if (r.ok) setMade(r.value);
    else setProblem(r.error);
    await reload();
  };

  const columns: Column<BackupInfo>[] = [
    { key: 'madeAt', header: t('backup.list.madeAt'), cell: (b) => <time dateTime={b.madeAt}>{when(b.madeAt)}</time> },
    { key: 'kind', header: t('backup.list.kind'), cell: (b) => t(`backup.kinds.${b.kind}`) },
    { key: 'size', header: t('backup.list.size'), cell: (b) => size(b.bytes), align: 'end' },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('backup.list.actions')}</span>,
      cell: (b) => (
        <Button size="small" variant="danger" onClick={() => setDeleting(b)} aria-label={t('backup.delete.for', { when: when(b.madeAt) })}>
          {t('backup.delete.button')}
        </Button>
      ),
    },
  ];

  const file = made ? splitPath(made.file) : null;
  return (
    <section className="form-section settings-section" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <SettingsProblem error={problem} />
      <div role="status" className="settings-backup-result">
        {made && file ? <p>{t('backup.done', { name: file.name, size: size(made.bytes) })}</p> : null}
      </div>
      <Button onClick={() => void backUp()} busy={busy}>
        {busy ? t('backup.working') : t('backup.button')}
      </Button>
      {list ? (
        <>
          <h3>{t('backup.list.title')}</h3>
          <p className="muted">{t('backup.folder', { folder: list.folder })}</p>
          <Table columns={columns} rows={list.backups} rowKey={(b) => b.name} caption={t('backup.list.title')} empty={t('backup.list.none')} />
        </>
      ) : null}
      <DeleteBackupDialog
        backup={deleting}
        onClose={() => setDeleting(null)}
        onDone={(gone) => {
          setDeleting(null);
          useToasts.getState().show(t('backup.delete.done', { when: when(gone.madeAt) }));
          void reload();
        }}
      />
    </section>
  );
}
