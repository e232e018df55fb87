// What the report covers: a country or all, the period (typed or a quick choice) and whether to
// name confidential people. Enter in any field runs it; the choice is kept while the app is open.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { useCountryOptions } from '../../shared/referenceData';
import { matchingPreset, PERIOD_PRESETS, presetPeriod } from './periodPresets';
import { periodProblems } from './periodProblems';
import { toReportOptions, useReports, type ReportFormValues } from './reportsStore';

export function ReportForm() {
  const { t } = useTranslation('reports');
  const countries = useCountryOptions();
  // Read once: the form owns its values while open and hands them back to the store as they change.
  const [kept] = useState(() => useReports.getState().form);
  const keepForm = useReports((s) => s.keepForm);
  const run = useReports((s) => s.run);
  const running = useReports((s) => s.running);
  const form = useForm<ReportFormValues>({ defaultValues: kept });
  const { errors } = form.formState;
  const [from, to] = form.watch(['from', 'to']);
  const chosenPreset = matchingPreset({ from, to }, new Date());

  useEffect(() => {
    form.setFocus('countryCode');
  }, [form]);

  // Kept as typed, so leaving the screen and coming back finds the same choice.
  useEffect(() => {
    const subscription = form.watch((values) => keepForm({ ...useReports.getState().form, ...values }));
    return () => subscription.unsubscribe();
  }, [form, keepForm]);

  // The select's value must wait for the country list; re-apply the kept choice once it arrives.
  useEffect(() => {
    if (countries.length > 0) form.setValue('countryCode', form.getValues('countryCode'));
  }, [countries.length, form]);

  const submit = form.handleSubmit(async (values) => {
    keepForm(values);
    const problems = periodProblems(values);
    for (const [field, problem] of Object.entries(problems)) {
      form.setError(field as 'from' | 'to', { message: t(`form.problem.${problem}`) });
    }
    if (Object.keys(problems).length > 0) return;
    await run(toReportOptions(values));
  });

  return (
    <form className="report-form no-print" aria-label={t('form.label')} onSubmit={(e) => void submit(e)} noValidate>
      <SelectField
        label={t('form.country')}
        options={[{ value: '', label: t('form.allCountries') }, ...countries]}
        {...form.register('countryCode')}
      />
      <TextField label={t('form.from')} type="date" error={errors.from?.message} {...form.register('from')} />
      <TextField label={t('form.to')} type="date" error={errors.to?.message} {...form.register('to')} />
      <div className="report-presets" role="group" aria-label={t('form.presets')}>
        {PERIOD_PRESETS.map((preset) => (
          <Button
            key={preset}
            size="small"
            variant="ghost"
            aria-pressed={chosenPreset === preset}
            onClick={() => {
              const period = presetPeriod(preset, new Date());
              form.setValue('from', period.from);
              form.setValue('to', period.to);
              form.clearErrors(['from', 'to']);
            }}
          >
            {t(`preset.${preset}`)}
          </Button>
        ))}
      </div>
      <CheckboxField label={t('form.includeConfidential')} hint={t('form.includeConfidentialHint')} {...form.register('includeConfidentialNames')} />
      <div className="report-run">
        <Button type="submit" variant="primary" busy={running}>
          {running ? t('form.running') : t('form.run')}
        </Button>
      </div>
    </form>
  );
}
