// The detainee as first described: name and its other spellings, sex, birth date (often only a
// year), citizenship, professions, and whether the person must be handled as confidential.
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { SEXES } from '../../../../db/api';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { useVocab } from '../../i18n/vocab';
import { CountryField } from './CountryField';
import { useFieldMessage } from '../../shared/fieldMessages';
import type { IntakeValues } from './intakeSchema';
import { NameVariantsField } from './NameVariantsField';
import { PossibleDuplicates } from './PossibleDuplicates';
import { ProfessionsField } from './ProfessionsField';

export function PersonSection() {
  const { t } = useTranslation('intake');
  const message = useFieldMessage();
  const { register, formState } = useFormContext<IntakeValues>();
  const errors = formState.errors.person;
  const sexes = useVocab('sex', SEXES);

  return (
    <fieldset className="form-section intake-section">
      <legend>{t('person.title')}</legend>
      <div className="intake-grid">
        <div className="span-all">
          <TextField label={t('person.name')} required autoComplete="off" error={message(errors?.name?.message)} hint={t('person.nameHint')} {...register('person.name')} />
        </div>
        <div className="span-all">
          <PossibleDuplicates />
        </div>
        <NameVariantsField />
        <SelectField label={t('person.sex')} options={sexes} {...register('person.sex')} />
        <TextField
          label={t('person.birthDate')}
          hint={t('dateHint')}
          autoComplete="off"
          inputMode="numeric"
          error={message(errors?.birthDate?.message)}
          {...register('person.birthDate')}
        />
        <div className="span-all">
          <CountryField label={t('person.citizenship')} placeholder={t('country.unknown')} error={message(errors?.citizenship?.message)} {...register('person.citizenship')} />
        </div>
        <ProfessionsField />
        <div className="span-all">
          <CheckboxField label={t('person.confidential')} hint={t('person.confidentialHint')} {...register('person.confidential')} />
        </div>
      </div>
    </fieldset>
  );
}
