// Submitting a record form: validate, call the service, and on refusal put its field errors beside
// the fields and its message in words under the form; on success drop the form's draft, say so
// and hand over.
import { useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { ApiError, Result } from '../../../../../db/api';
import type { DraftState } from '../../../forms/useDraft';
import { useToasts } from '../../../state/toasts';
import { applyServerErrors } from './formSupport';

export interface SaveForm {
  submit: (e?: BaseSyntheticEvent) => Promise<void>;
  error: ApiError | null;
  busy: boolean;
}

export function useSaveForm<T extends FieldValues>(
  form: UseFormReturn<T>,
  save: (values: T) => Promise<Result<unknown>>,
  onSaved: () => void,
  rename: Record<string, string> = {},
  draft?: DraftState,
): SaveForm {
  const { t } = useTranslation('case');
  const toast = (text: string, tone: 'info' | 'success' | 'error') => useToasts.getState().show(text, tone);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await save(values);
    setBusy(false);
    if (!r.ok) {
      setError(applyServerErrors(form, r.error, rename));
      return;
    }
    // Saved: the draft has done its work and must not come back the next time the form opens.
    await draft?.discard({ keepValues: true });
    toast(t('saved'), 'success');
    onSaved();
  });
  return { submit, error, busy };
}
