// An error Result on the settings screen, in words an administrator can act on. FORBIDDEN gets a
// plain explanation (the backend is the real gate; the UI only hides what a role cannot do), and
// the user-management refusals are worded from the reason code the backend sends in details.reason.
import { useTranslation } from 'react-i18next';

import type { ApiError, ErrorDetails, ErrorReason } from '../../../../db/api';
import { useErrorText } from '../../components/ErrorMessage';

const REASON_KEYS: Partial<Record<ErrorReason, string>> = {
  revoke_self: 'settings:errors.revokeSelf',
  last_administrator: 'settings:errors.lastAdministrator',
  name_taken: 'settings:errors.nameTaken',
  user_revoked: 'settings:errors.alreadyRevoked',
  not_a_backup: 'settings:errors.notABackup',
};

export function useSettingsErrorText(): (error: ApiError) => string {
  const { t } = useTranslation();
  const generic = useErrorText();
  return (error) => {
    if (error.code === 'FORBIDDEN') return t('settings:errors.forbidden');
    const reason = (error.details as ErrorDetails | undefined)?.reason;
    const key = reason === undefined ? undefined : REASON_KEYS[reason];
    return key ? t(key) : generic(error);
  };
}

export function SettingsProblem({ error }: { error: ApiError | null }) {
  const text = useSettingsErrorText();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      {text(error)}
    </div>
  );
}
