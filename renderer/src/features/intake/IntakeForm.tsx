// The new-referral form: one page of sections, checked on the client with intakeSchema, sent as
// referrals.create, with backend field errors put back beside their fields. The draft autosaves
// in the vault; Enter in a field never sends a half-filled form, only the button or Ctrl+Enter.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import type { ApiError } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useDraft } from '../../forms/useDraft';
import { useToasts } from '../../state/toasts';
import { useCountries } from '../../shared/countries';
import { formatClock } from '../../shared/formDates';
import { ChargesField } from './ChargesField';
import { DetentionSection } from './DetentionSection';
import { serverFieldMessages, useFieldMessage } from '../../shared/fieldMessages';
import { emptyIntake, intakeSchema, type IntakeValues } from './intakeSchema';
import { PersonSection } from './PersonSection';
import { ReferralSection } from './ReferralSection';
import { ClearDraftButton } from './ClearDraftButton';
import { formFieldOf, toCreateInput } from './toCreateInput';

/** Where the inbox learns which referral was just logged, to offer accepting it at once. */
export interface LoggedReferral {
  id: string;
  personName: string;
}

export function IntakeForm() {
  const { t, i18n } = useTranslation('intake');
  const form = useForm<IntakeValues>({ resolver: zodResolver(intakeSchema), defaultValues: emptyIntake() });
  const draft = useDraft('intake', form);
  const countries = useCountries();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<{ error: ApiError; loose: string[] } | null>(null);
  const fieldMessage = useFieldMessage();
  const ready = draft.restored && countries.ready;
  const { setFocus, setError } = form;

  useEffect(() => {
    if (ready) setFocus('person.name');
  }, [ready, setFocus]);

  const onValid = async (values: IntakeValues) => {
    setFailure(null);
    const r = await call('referrals.create', toCreateInput(values));
    if (!r.ok) {
      const loose: string[] = [];
      let first: ReturnType<typeof formFieldOf> = null;
      for (const [path, message] of Object.entries(serverFieldMessages(r.error))) {
        const field = formFieldOf(path);
        if (field) {
          setError(field, { type: 'server', message });
          first ??= field;
        } else loose.push(message);
      }
      setFailure({ error: r.error, loose });
      if (first) setFocus(first);
      return;
    }
    await draft.discard();
    useToasts.getState().show(t('logged', { name: r.value.personName }), 'success');
    const logged: LoggedReferral = { id: r.value.id, personName: r.value.personName };
    await navigate('/referrals', { state: { logged } });
  };
  const submit = form.handleSubmit(onValid);

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      void submit();
    } else if (e.target instanceof HTMLInputElement) {
      // Enter in a one-line field would send the form unfinished: only the button or Ctrl+Enter sends it.
      e.preventDefault();
    }
  };

  if (!ready) return <p className="muted">{t('loading')}</p>;

  return (
    <FormProvider {...form}>
      <form className="intake-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-label={t('formLabel')}>
        <div className="intake-columns">
          <PersonSection />
          <ReferralSection />
        </div>
        <DetentionSection />
        <ChargesField />
        {failure ? (
          <div className="intake-failure">
            <ErrorMessage error={failure.error} />
            {failure.loose.map((m) => (
              <p key={m} className="field-error">
                {fieldMessage(m)}
              </p>
            ))}
          </div>
        ) : null}
        <div className="intake-actions">
          <p className="field-hint intake-shortcut">{t('shortcutHint')}</p>
          <span className="muted intake-draft">{draft.savedAt ? t('draftSaved', { time: formatClock(draft.savedAt, i18n.language) }) : ''}</span>
          <ClearDraftButton
            onClear={async () => {
              form.reset(emptyIntake());
              setFailure(null);
              await draft.discard();
              setFocus('person.name');
            }}
          />
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('submit')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
