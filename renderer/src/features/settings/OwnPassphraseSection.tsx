// Everyone's own passphrase: the current one, then the new one twice with the strength hint.
// Changing it rewrites this person's slot of the key ring, never the database.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { ApiError } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { useSession } from '../../state/session';
import { useToasts } from '../../state/toasts';
import { SERVER, useFieldText } from '../../shared/passphrase/fieldText';
import { passphraseRule, repeatMatches, repeatMismatch } from '../../shared/passphrase/formRules';
import { NewPassphraseFields } from '../../shared/passphrase/NewPassphraseFields';
import { useWeakPassphraseText } from '../../shared/passphrase/weakPassphrase';
import { SettingsProblem } from './SettingsProblem';

const changeForm = z
  .object({ current: z.string().min(1, 'settings:passphrase.currentRequired'), passphrase: passphraseRule, repeat: z.string() })
  .refine(repeatMatches, repeatMismatch);
type ChangeValues = z.input<typeof changeForm>;

const EMPTY: ChangeValues = { current: '', passphrase: '', repeat: '' };

export function OwnPassphraseSection() {
  const { t } = useTranslation('settings');
  const fieldText = useFieldText();
  const weakText = useWeakPassphraseText();
  const userName = useSession((s) => s.user?.name);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, setError, watch, reset, formState } = useForm<ChangeValues, unknown, z.output<typeof changeForm>>({
    resolver: zodResolver(changeForm),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    const r = await call('session.changePassphrase', { currentPassphrase: values.current, newPassphrase: values.passphrase });
    if (r.ok) {
      reset(EMPTY);
      useToasts.getState().show(t('passphrase.changed'), 'success');
    } else if (r.error.code === 'WRONG_PASSPHRASE') {
      setError('current', { type: SERVER, message: t('passphrase.currentWrong') }, { shouldFocus: true });
    } else if (r.error.code === 'WEAK_PASSPHRASE') {
      setError('passphrase', { type: SERVER, message: weakText(r.error) }, { shouldFocus: true });
    } else {
      setProblem(r.error);
    }
  });

  return (
    <section className="form-section settings-section" aria-labelledby="settings-passphrase">
      <h2 id="settings-passphrase">{t('passphrase.title')}</h2>
      <p className="muted">{t('passphrase.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="settings-narrow">
        <SettingsProblem error={problem} />
        <TextField {...register('current')} type="password" autoComplete="current-password" spellCheck={false} required label={t('passphrase.current')} error={fieldText(errors.current)} />
        <NewPassphraseFields
          passphrase={register('passphrase')}
          repeat={register('repeat')}
          value={watch('passphrase')}
          userName={userName}
          passphraseError={fieldText(errors.passphrase)}
          repeatError={fieldText(errors.repeat)}
        />
        <div className="form-actions settings-actions">
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('passphrase.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
