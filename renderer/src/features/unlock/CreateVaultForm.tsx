// First run, step one: the first administrator names themselves and chooses a passphrase; the
// backend creates the encrypted vault and answers with the recovery key.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { ApiError } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { SERVER, useFieldText } from '../../shared/passphrase/fieldText';
import { passphraseRule, repeatMatches, repeatMismatch, userNameRule } from '../../shared/passphrase/formRules';
import { NewPassphraseFields } from '../../shared/passphrase/NewPassphraseFields';
import { useWeakPassphraseText } from '../../shared/passphrase/weakPassphrase';

const createVaultForm = z
  .object({
    userName: userNameRule,
    displayName: z.string().trim().max(200, 'unlock:errors.displayNameTooLong'),
    passphrase: passphraseRule,
    repeat: z.string(),
  })
  .refine(repeatMatches, repeatMismatch);

type CreateVaultValues = z.input<typeof createVaultForm>;

/** Called with the recovery key once the vault exists; before the call, onStart lets App hold this screen. */
export function CreateVaultForm({ onStart, onCreated, onFailed }: { onStart: () => void; onCreated: (recoveryKey: string) => void; onFailed: () => void }) {
  const { t } = useTranslation('unlock');
  const fieldText = useFieldText();
  const weakText = useWeakPassphraseText();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const form = useForm<CreateVaultValues, unknown, z.output<typeof createVaultForm>>({
    resolver: zodResolver(createVaultForm),
    defaultValues: { userName: '', displayName: '', passphrase: '', repeat: '' },
  });
  const { register, handleSubmit, setError, setFocus, watch, formState } = form;
  const { errors, isSubmitting } = formState;

  useEffect(() => setFocus('userName'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    onStart();
    const r = await call('session.createVault', {
      userName: values.userName,
      displayName: values.displayName || undefined,
      passphrase: values.passphrase,
    });
    if (r.ok) {
      onCreated(r.value.recoveryKey);
      return;
    }
    onFailed();
    if (r.error.code === 'WEAK_PASSPHRASE') {
      setError('passphrase', { type: SERVER, message: weakText(r.error) }, { shouldFocus: true });
    } else {
      setProblem(r.error);
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={isSubmitting || undefined}>
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.intro')}</p>
      <ErrorMessage error={problem} />
      <TextField {...register('userName')} label={t('firstRun.userName')} hint={t('firstRun.userNameHint')} error={fieldText(errors.userName)} autoComplete="username" spellCheck={false} required />
      <TextField {...register('displayName')} label={t('firstRun.displayName')} hint={t('firstRun.displayNameHint')} error={fieldText(errors.displayName)} autoComplete="name" />
      <NewPassphraseFields
        passphrase={register('passphrase')}
        repeat={register('repeat')}
        value={watch('passphrase')}
        userName={watch('userName')}
        passphraseLabel={t('fields.passphrase')}
        passphraseError={fieldText(errors.passphrase)}
        repeatError={fieldText(errors.repeat)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {isSubmitting ? t('firstRun.creating') : t('firstRun.create')}
        </Button>
      </div>
    </form>
  );
}
