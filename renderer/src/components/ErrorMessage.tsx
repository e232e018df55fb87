// Words for an error Result: the service's own message in English, the translated meaning of its
// stable code in other languages (service messages are written in English).
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../db/api';

export function useErrorText(): (error: Pick<ApiError, 'code' | 'message'>) => string {
  const { t, i18n } = useTranslation();
  return (error) => (i18n.language === 'en' ? error.message : t(`errors.${error.code}`));
}

export function ErrorMessage({ error }: { error: Pick<ApiError, 'code' | 'message'> | null }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      {text(error)}
    </div>
  );
}
