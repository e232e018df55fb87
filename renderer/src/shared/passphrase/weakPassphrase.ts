// The words for a WEAK_PASSPHRASE refusal, from its reason code (details.reason: too_short,
// contains_user_name, too_guessable); a refusal without one gets the general "too weak".
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../db/api';

const REASONS = ['too_short', 'contains_user_name', 'too_guessable'];

export function useWeakPassphraseText(): (error: Pick<ApiError, 'details'>) => string {
  const { t } = useTranslation('unlock');
  return (error) => {
    const reason = (error.details as { reason?: unknown } | undefined)?.reason;
    return typeof reason === 'string' && REASONS.includes(reason) ? t(`strength.reason.${reason}`) : t('strength.tooWeak');
  };
}
