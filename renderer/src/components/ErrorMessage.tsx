// Words for an error Result. Service messages are written in English and say exactly what is
// wrong (which dates overlap, which field); in other languages the translated meaning of the
// stable code comes first and the service's exact words follow, so nothing specific is lost.
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../db/api';

export function useErrorText(): (error: Pick<ApiError, 'code' | 'message'>) => string {
  const { t, i18n } = useTranslation();
  return (error) => (i18n.language === 'en' ? error.message : t(`errors.${error.code}`));
}

export function ErrorMessage({ error }: { error: Pick<ApiError, 'code' | 'message'> | null }) {
  const { i18n } = useTranslation();
  const text = useErrorText();
  if (!error) return null;
  const showOriginal = i18n.language !== 'en' && error.message !== '';
  return (
    <div className="error-banner" role="alert">
      {text(error)}
      {showOriginal ? (
        <span className="error-original" lang="en">
          {error.message}
        </span>
      ) : null}
    </div>
  );
}
