// Words for field errors. Client checks carry catalogue keys ("unlock:…", "settings:…"); errors
// set from a backend answer have type 'server' and are worded already, in the current language.
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export const SERVER = 'server';

export function useFieldText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (!error?.message) return undefined;
    return error.type === SERVER ? error.message : t(error.message);
  };
}
