// An error Result on the settings screen, in words an administrator can act on. FORBIDDEN gets a
// plain explanation (the backend is the real gate; the UI only hides what a role cannot do), and
// the user-management refusals the backend words in English are matched to translations.
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../db/api';
import { useErrorText } from '../../components/ErrorMessage';

const KNOWN: { pattern: RegExp; key: string }[] = [
  { pattern: /cannot revoke yourself/i, key: 'settings:errors.revokeSelf' },
  { pattern: /last administrator/i, key: 'settings:errors.lastAdministrator' },
  { pattern: /already exists/i, key: 'settings:errors.nameTaken' },
  { pattern: /has been revoked/i, key: 'settings:errors.alreadyRevoked' },
];

export function useSettingsErrorText(): (error: ApiError) => string {
  const { t, i18n } = useTranslation();
  const generic = useErrorText();
  return (error) => {
    if (error.code === 'FORBIDDEN') return t('settings:errors.forbidden');
    if (i18n.language !== 'en') {
      const known = KNOWN.find((k) => k.pattern.test(error.message));
      if (known) return t(known.key);
    }
    return generic(error);
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
