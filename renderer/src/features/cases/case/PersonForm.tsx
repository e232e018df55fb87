// The detainee's own facts, edited in place: name and its spellings in every script, sex, birth
// date (as much of it as is known), citizenship, professions, organisations, confidentiality. Unsaved
// edits are kept as an encrypted draft of this person.
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { CONFIDENTIALITY, PROFESSIONS, SEXES, type Confidentiality, type NameScript, type Person, type Profession, type Sex } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { DraftStatus } from '../../../forms/DraftActions';
import { useDraft } from '../../../forms/useDraft';
import { useVocab, useVocabLabel } from '../../../i18n/vocab';
import { useCountryOptions } from '../../../shared/referenceData';
import { optionalPartialDate, orNull, requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';
import { useShownName } from '../../../shared/personName';

// NAME_SCRIPTS is exported from the contract as a type only; the same list, checked against it.
const NAME_SCRIPTS = ['latin', 'cyrillic', 'han', 'arabic', 'other'] as const satisfies readonly NameScript[];

const schema = z.object({
  name: requiredText,
  nameVariants: z.array(z.object({ name: requiredText, script: z.string() })),
  sex: z.string(),
  birthDate: optionalPartialDate,
  citizenship: z.string(),
  professions: z.array(z.string()),
  organisations: z.string(),
  confidentiality: z.string(),
  notes: z.string(),
});
type PersonFormValues = z.infer<typeof schema>;

function valuesOf(person: Person): PersonFormValues {
  return {
    name: person.name,
    nameVariants: person.nameVariants.map((v) => ({ name: v.name, script: v.script })),
    sex: person.sex,
    birthDate: person.birthDate ?? '',
    citizenship: person.citizenship ?? '',
    professions: person.professions,
    organisations: person.organisations ?? '',
    confidentiality: person.confidentiality,
    notes: person.notes ?? '',
  };
}

export function PersonForm({ person, canEdit, onSaved }: { person: Person; canEdit: boolean; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const vocab = useVocabLabel();
  const fieldError = useFieldError();
  const countries = useCountryOptions();
  const sexes = useVocab('sex', SEXES);
  const levels = useVocab('confidentiality', CONFIDENTIALITY);
  const scripts = NAME_SCRIPTS.map((value) => ({ value, label: t(`person.script.${value}`) }));
  const shownName = useShownName();
  const form = useForm<PersonFormValues>({ resolver: zodResolver(schema), defaultValues: valuesOf(person) });
  const variants = useFieldArray({ control: form.control, name: 'nameVariants' });
  const draft = useDraft(`person:edit:${person.id}`, form);
  const save = useSaveForm(
    form,
    (v) =>
      call('people.update', {
        id: person.id,
        name: v.name,
        nameVariants: v.nameVariants.map((n) => ({ name: n.name, ...(n.script ? { script: n.script as NameScript } : {}) })),
        sex: v.sex as Sex,
        birthDate: orNull(v.birthDate),
        citizenship: orNull(v.citizenship),
        professions: v.professions as Profession[],
        organisations: v.organisations,
        confidentiality: v.confidentiality as Confidentiality,
        notes: v.notes,
      }),
    onSaved,
    {},
    draft,
  );
  const { errors, isDirty } = form.formState;

  return (
    <form className="form-section" onSubmit={(e) => void save.submit(e)} noValidate aria-labelledby="person-heading">
      <h2 id="person-heading">{t('person.heading')}</h2>
      <fieldset disabled={!canEdit} className="plain-fieldset">
        <div className="form-grid">
          {person.nameWithheld !== undefined ? (
            // A withheld name reaches only staff, who cannot save: the field shows what stands in for it.
            <TextField label={t('person.name')} value={shownName(person)} readOnly />
          ) : (
            <TextField label={t('person.name')} required error={fieldError(errors.name?.message)} {...form.register('name')} />
          )}
          <SelectField label={t('person.sex')} options={sexes} {...form.register('sex')} />
          <TextField label={t('person.birthDate')} placeholder={t('datePlaceholder')} hint={t('partialDateHint')} error={fieldError(errors.birthDate?.message)} {...form.register('birthDate')} />
          <SelectField label={t('person.citizenship')} options={countries} placeholder={t('unknown')} error={fieldError(errors.citizenship?.message)} {...form.register('citizenship')} />
          <SelectField label={t('person.confidentiality')} options={levels} {...form.register('confidentiality')} />
        </div>
        <fieldset className="subsection">
          <legend>{t('person.spellings')}</legend>
          {variants.fields.length === 0 ? <p className="muted">{t('person.noSpellings')}</p> : null}
          {variants.fields.map((field, index) => (
            <div key={field.id} className="variant-row">
              <TextField label={t('person.spelling', { n: index + 1 })} error={fieldError(errors.nameVariants?.[index]?.name?.message)} {...form.register(`nameVariants.${index}.name`)} />
              <SelectField label={t('person.script.label')} options={scripts} placeholder={t('person.script.guess')} {...form.register(`nameVariants.${index}.script`)} />
              {canEdit ? (
                <Button variant="ghost" size="small" onClick={() => variants.remove(index)} aria-label={t('person.removeSpelling', { n: index + 1 })}>
                  {t('remove')}
                </Button>
              ) : null}
            </div>
          ))}
          {canEdit ? (
            <Button size="small" onClick={() => variants.append({ name: '', script: '' })}>
              {t('person.addSpelling')}
            </Button>
          ) : null}
        </fieldset>
        <fieldset className="subsection">
          <legend>{t('person.professions')}</legend>
          <div className="checkbox-grid">
            {PROFESSIONS.map((p) => (
              <label key={p} className="checkbox-label">
                <input type="checkbox" value={p} {...form.register('professions')} />
                {vocab('profession', p)}
              </label>
            ))}
          </div>
        </fieldset>
        <TextAreaField label={t('person.organisations')} {...form.register('organisations')} />
        <TextAreaField label={t('person.notes')} {...form.register('notes')} />
      </fieldset>
      <ErrorMessage error={save.error} />
      {canEdit ? (
        <div className="form-actions">
          <DraftStatus draft={draft} />
          <Button type="submit" variant="primary" busy={save.busy} disabled={!isDirty}>
            {t('person.save')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
