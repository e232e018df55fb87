// Settings: everyone changes their own passphrase and sees the organisation's settings;
// administrators also manage users, edit those settings, manage backups, set the erase policy and rotate the key.
import { useTranslation } from 'react-i18next';

import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../state/session';
import { AppealWindowsSection } from './AppealWindowsSection';
import { BackupSection } from './BackupSection';
import { DocumentTemplatesSection } from './DocumentTemplatesSection';
import { ErasePolicySection } from './ErasePolicySection';
import { KeyRotationSection } from './KeyRotationSection';
import { OrganisationSettingsSection } from './OrganisationSettingsSection';
import { OwnPassphraseSection } from './OwnPassphraseSection';
import { UsersSection } from './UsersSection';

import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  // A UI convenience only: the backend refuses these calls to anyone else.
  const isAdministrator = useSession((s) => s.hasRole('administrator'));
  return (
    <>
      <PageHeader title={t('title')} />
      <OwnPassphraseSection />
      {isAdministrator ? <UsersSection /> : null}
      <OrganisationSettingsSection editable={isAdministrator} />
      <AppealWindowsSection editable={isAdministrator} />
      {isAdministrator ? <BackupSection /> : null}
      {isAdministrator ? <ErasePolicySection /> : null}
      {isAdministrator ? <KeyRotationSection /> : null}
      {isAdministrator ? <DocumentTemplatesSection /> : null}
    </>
  );
}
