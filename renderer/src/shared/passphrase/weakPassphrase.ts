// The words for a WEAK_PASSPHRASE refusal: the backend's precise English message in English,
// the translated reason code otherwise (details.reason: too_short, contains_user_name, too_guessable).
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../db/api';

const REASONS = ['too_short', 'contains_user_name', 'too_guessable'];

export function useWeakPassphraseText(): (error: ApiError) => string {
  const { t, i18n } = useTranslation('unlock');
  return (error) => {
    if (i18n.language === 'en') return error.message;
    const reason = (error.details as { reason?: unknown } | undefined)?.reason;
    return typeof reason === 'string' && REASONS.includes(reason) ? t(`strength.reason.${reason}`) : t('strength.tooWeak');
  };
}
