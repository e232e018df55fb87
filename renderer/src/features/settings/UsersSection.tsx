// Administrators only: who may unlock the vault, with adding a colleague, resetting a passphrase
// and revoking access. The backend checks the role again on every call.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { User } from '../../../../db/api';
import { Button } from '../../components/Button';
import { Table, type Column } from '../../components/Table';
import { useVocabLabel } from '../../i18n/vocab';
import { useSession } from '../../state/session';
import { useToasts } from '../../state/toasts';
import { AddUserDialog } from './AddUserDialog';
import { ResetPassphraseDialog } from './ResetPassphraseDialog';
import { RevokeUserDialog } from './RevokeUserDialog';
import { SettingsProblem } from './SettingsProblem';
import { useUsers } from './useUsers';
import { sortUsers } from '../../shared/userOrder';

export function UsersSection() {
  const { t, i18n } = useTranslation('settings');
  const label = useVocabLabel();
  const selfId = useSession((s) => s.user?.id);
  const toast = (text: string) => useToasts.getState().show(text);
  const { users: unsorted, problem, reload } = useUsers();
  const users = unsorted === null ? null : sortUsers(unsorted, i18n.language);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [revoking, setRevoking] = useState<User | null>(null);
  const activeAdministrators = (users ?? []).filter((u) => u.active && u.role === 'administrator').length;

  const columns: Column<User>[] = [
    { key: 'name', header: t('users.name'), cell: (u) => <span className="settings-user-name">{u.name}</span> },
    { key: 'displayName', header: t('users.displayName'), cell: (u) => u.displayName },
    { key: 'role', header: t('users.role'), cell: (u) => label('role', u.role) },
    {
      key: 'active',
      header: t('users.status'),
      cell: (u) => <span className={`badge ${u.active ? 'badge-success' : ''}`}>{u.active ? t('users.active') : t('users.revoked')}</span>,
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('users.actions')}</span>,
      cell: (u) =>
        u.active ? (
          <span className="settings-row-actions">
            <Button size="small" onClick={() => setResetting(u)} aria-label={t('users.reset.for', { name: u.displayName })}>
              {t('users.reset.button')}
            </Button>
            <Button size="small" variant="danger" onClick={() => setRevoking(u)} aria-label={t('users.revoke.for', { name: u.displayName })}>
              {t('users.revoke.button')}
            </Button>
          </span>
        ) : null,
    },
  ];

  return (
    <section className="form-section settings-section" aria-labelledby="settings-users">
      <div className="settings-section-head">
        <h2 id="settings-users">{t('users.title')}</h2>
        <Button variant="primary" onClick={() => setAdding(true)}>
          {t('users.add.button')}
        </Button>
      </div>
      <SettingsProblem error={problem} />
      {users === null ? (
        problem ? null : <p className="muted">{t('loading')}</p>
      ) : (
        <Table columns={columns} rows={users} rowKey={(u) => u.id} caption={t('users.title')} empty={t('users.none')} />
      )}
      <AddUserDialog
        open={adding}
        onOpenChange={setAdding}
        onAdded={(user) => {
          setAdding(false);
          toast(t('users.add.done', { name: user.displayName }));
          void reload();
        }}
      />
      <ResetPassphraseDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(user) => {
          setResetting(null);
          toast(t('users.reset.done', { name: user.displayName }));
        }}
      />
      <RevokeUserDialog
        user={revoking}
        selfId={selfId}
        activeAdministrators={activeAdministrators}
        onClose={() => setRevoking(null)}
        onDone={(user) => {
          setRevoking(null);
          toast(t('users.revoke.done', { name: user.displayName }));
          void reload();
        }}
      />
    </section>
  );
}
