// Who passed the referral on: described in words, or recorded as a new contact of the person
// (kept confidential); and whether they asked that their identity be withheld.
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { CheckboxField, TextAreaField, TextField } from '../../components/Field';
import { useFieldMessage } from '../../shared/fieldMessages';
import type { IntakeValues } from './intakeSchema';

export function SourceFields() {
  const { t } = useTranslation('intake');
  const message = useFieldMessage();
  const { register, control, formState } = useFormContext<IntakeValues>();
  const kind = useWatch({ control, name: 'sourceKind' });
  const { errors } = formState;

  return (
    <fieldset className="intake-source span-all">
      <legend className="field-label">{t('source.title')}</legend>
      <div className="intake-radios">
        <label className="intake-check">
          <input type="radio" value="description" {...register('sourceKind')} />
          {t('source.describe')}
        </label>
        <label className="intake-check">
          <input type="radio" value="contact" {...register('sourceKind')} />
          {t('source.contact')}
        </label>
      </div>
      {kind === 'contact' ? (
        <div className="intake-grid intake-grid-3">
          <TextField label={t('source.name')} required autoComplete="off" error={message(errors.sourceContact?.name?.message)} {...register('sourceContact.name')} />
          <TextField
            label={t('source.relation')}
            required
            autoComplete="off"
            placeholder={t('source.relationPlaceholder')}
            error={message(errors.sourceContact?.relation?.message)}
            {...register('sourceContact.relation')}
          />
          <div className="span-all">
            <TextField label={t('source.reach')} autoComplete="off" error={message(errors.sourceContact?.reach?.message)} {...register('sourceContact.reach')} />
          </div>
        </div>
      ) : (
        <TextAreaField
          label={t('source.description')}
          rows={2}
          className="input textarea intake-short-textarea"
          placeholder={t('source.descriptionPlaceholder')}
          error={message(errors.sourceDescription?.message)}
          {...register('sourceDescription')}
        />
      )}
      <CheckboxField label={t('source.withheld')} hint={t('source.withheldHint')} {...register('sourceWithheld')} />
    </fieldset>
  );
}
