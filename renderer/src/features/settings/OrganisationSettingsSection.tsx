// The organisation's settings: idle lock, backups kept, who sees which cases and the deadline intervals. Administrators
// edit them; everyone else sees them read-only (the backend refuses their changes anyway).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { api, type ApiError, type SettingProblem, type SettingsValues } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { CheckboxField, TextField } from '../../components/Field';
import { useToasts } from '../../state/toasts';
import { SETTING_GROUPS } from './organisationSettings';
import { SettingsProblem } from './SettingsProblem';

/** Stored values the backend could not use, each with its key's default in force, in words. */
function StoredValueProblems({ problems }: { problems: readonly SettingProblem[] }) {
  const { t } = useTranslation('settings');
  if (problems.length === 0) return null;
  return (
    <div className="error-banner" role="alert">
      {problems.map((p) => (
        <p key={p.key}>
          {t('organisation.problem', {
            setting: t(`organisation.fields.${p.key}.label`),
            stored: p.stored,
            fallback: p.fallback,
            why: t(`organisation.problemWhy.${p.reason}`, { min: p.min, max: p.max }),
          })}
        </p>
      ))}
    </div>
  );
}

function SettingsForm({ values, problems, onSaved }: { values: SettingsValues; problems: readonly SettingProblem[]; onSaved: (values: SettingsValues) => void }) {
  const { t } = useTranslation('settings');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, control, handleSubmit, reset, formState } = useForm<SettingsValues>({
    resolver: zodResolver(api['settings.update'].input.required()),
    defaultValues: values,
  });
  const { errors, isSubmitting, isDirty } = formState;

  const submit = handleSubmit(async (changed) => {
    setProblem(null);
    const r = await call('settings.update', changed);
    if (!r.ok) {
      setProblem(r.error);
      return;
    }
    reset(r.value);
    onSaved(r.value);
    useToasts.getState().show(t('organisation.saved'), 'success');
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <SettingsProblem error={problem} />
      {SETTING_GROUPS.map((group) => (
        <fieldset key={group.key} className="settings-fieldset">
          <legend>{t(`organisation.groups.${group.key}`)}</legend>
          {/* Yes/no settings take the whole width: their labels are sentences. */}
          <div className={group.fields.every((f) => f.toggle) ? 'settings-toggles' : 'form-grid settings-grid'}>
            {group.fields.map((f) =>
              f.toggle ? (
                <Controller
                  key={f.key}
                  control={control}
                  name={f.key}
                  render={({ field }) => (
                    <CheckboxField
                      ref={field.ref}
                      name={field.name}
                      checked={field.value === 1}
                      onChange={(e) => field.onChange(e.target.checked ? 1 : 0)}
                      onBlur={field.onBlur}
                      label={t(`organisation.fields.${f.key}.label`)}
                      hint={t(`organisation.fields.${f.key}.hint`)}
                    />
                  )}
                />
              ) : (
              <TextField
                key={f.key}
                {...register(f.key, { valueAsNumber: true })}
                type="number"
                inputMode="numeric"
                min={f.min}
                max={f.max}
                step={1}
                label={t(`organisation.fields.${f.key}.label`)}
                hint={t(`organisation.fields.${f.key}.hint`, { min: f.min, max: f.max })}
                error={errors[f.key] ? t('organisation.outOfRange', { min: f.min, max: f.max }) : undefined}
              />
              ),
            )}
          </div>
        </fieldset>
      ))}
      <div className="form-actions settings-actions">
        {/* A bad stored value can be replaced by its default as shown: saving is allowed then. */}
        <Button type="submit" variant="primary" busy={isSubmitting} disabled={!isDirty && problems.length === 0}>
          {t('organisation.submit')}
        </Button>
      </div>
    </form>
  );
}

function ReadOnlySettings({ values }: { values: SettingsValues }) {
  const { t } = useTranslation('settings');
  return (
    <>
      <p className="muted">{t('organisation.readOnly')}</p>
      {SETTING_GROUPS.map((group) => (
        <div key={group.key}>
          <h3>{t(`organisation.groups.${group.key}`)}</h3>
          <dl className="settings-values">
            {group.fields.map((f) => (
              <div key={f.key}>
                <dt>{t(`organisation.fields.${f.key}.label`)}</dt>
                <dd>{f.toggle ? t(values[f.key] === 1 ? 'organisation.on' : 'organisation.off') : f.key === 'idleLockMinutes' && values[f.key] === 0 ? t('organisation.never') : values[f.key]}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}

export function OrganisationSettingsSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation('settings');
  const [values, setValues] = useState<SettingsValues | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [stored, setStored] = useState<SettingProblem[]>([]);

  const loadProblems = () =>
    call('settings.problems', {}).then((r) => {
      setStored(r.ok && Array.isArray(r.value) ? r.value : []);
    });

  useEffect(() => {
    let live = true;
    void call('settings.get', {}).then((r) => {
      if (!live) return;
      if (r.ok) setValues(r.value);
      else setProblem(r.error);
    });
    void call('settings.problems', {}).then((r) => {
      if (live) setStored(r.ok && Array.isArray(r.value) ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="form-section settings-section" aria-labelledby="settings-organisation">
      <h2 id="settings-organisation">{t('organisation.title')}</h2>
      <SettingsProblem error={problem} />
      <StoredValueProblems problems={stored} />
      {values === null ? (
        problem ? null : <p className="muted">{t('loading')}</p>
      ) : editable ? (
        <SettingsForm
          values={values}
          problems={stored}
          onSaved={(saved) => {
            setValues(saved);
            void loadProblems();
          }}
        />
      ) : (
        <ReadOnlySettings values={values} />
      )}
    </section>
  );
}
