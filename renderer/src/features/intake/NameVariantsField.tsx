// Other spellings of the person's name (Кабиров / Kabirov / Qobirov): rows added and removed at
// will, each with its spelling and, when known, its script (guessed from the letters otherwise).
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { useFieldMessage } from '../../shared/fieldMessages';
import { NAME_SCRIPTS, type IntakeValues } from './intakeSchema';

export function NameVariantsField() {
  const { t } = useTranslation('intake');
  const message = useFieldMessage();
  const { control, register, formState } = useFormContext<IntakeValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'person.nameVariants' });
  const errors = formState.errors.person?.nameVariants;

  return (
    <fieldset className="intake-variants span-all">
      <legend className="field-label">{t('person.variants')}</legend>
      {fields.length === 0 ? <p className="field-hint">{t('person.variantsHint')}</p> : null}
      {fields.map((field, i) => {
        const n = i + 1;
        const error = message(errors?.[i]?.name?.message);
        const errorId = `intake-variant-${field.id}-error`;
        return (
          <div key={field.id} className={`intake-variant${error ? ' field-invalid' : ''}`}>
            <input
              className="input"
              aria-label={t('person.variantSpelling', { n })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              autoComplete="off"
              {...register(`person.nameVariants.${i}.name`)}
            />
            <select className="input select" aria-label={t('person.variantScript', { n })} {...register(`person.nameVariants.${i}.script`)}>
              <option value="">{t('script.auto')}</option>
              {NAME_SCRIPTS.map((s) => (
                <option key={s} value={s}>
                  {t(`script.${s}`)}
                </option>
              ))}
            </select>
            <Button variant="ghost" size="small" onClick={() => remove(i)} aria-label={t('person.removeVariant', { n })}>
              {t('person.remove')}
            </Button>
            {error ? (
              <p id={errorId} className="field-error intake-variant-error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <Button size="small" onClick={() => append({ name: '', script: '' })}>
        {t('person.addVariant')}
      </Button>
    </fieldset>
  );
}
