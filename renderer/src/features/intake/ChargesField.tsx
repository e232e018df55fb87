// The charges the referrer named (code, article, what it says): rows added and removed at will,
// each becoming a charge of the case's first detention episode when the referral is accepted.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { CHARGE_CATEGORIES } from '../../../../db/api';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { useVocab } from '../../i18n/vocab';
import { useFieldMessage } from '../../shared/fieldMessages';
import { emptyCharge, type IntakeValues } from './intakeSchema';

export function ChargesField() {
  const { t } = useTranslation('intake');
  const message = useFieldMessage();
  const { control, register, formState, setFocus } = useFormContext<IntakeValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'charges' });
  const errors = formState.errors.charges;
  const categories = useVocab('chargeCategory', CHARGE_CATEGORIES);

  const add = () => {
    append(emptyCharge(), { shouldFocus: false });
    // The new row's first field, once it is on the screen.
    setTimeout(() => setFocus(`charges.${fields.length}.code`), 0);
  };

  return (
    <section className="form-section intake-section" aria-labelledby="intake-charges-title">
      <div className="intake-section-head">
        <h2 id="intake-charges-title">{t('charges.title')}</h2>
        <Button size="small" variant="secondary" onClick={add}>
          {t('charges.add')}
        </Button>
      </div>
      {fields.length === 0 ? <p className="field-hint">{t('charges.hint')}</p> : null}
      {fields.map((field, i) => {
        const n = i + 1;
        const rowErrors = errors?.[i];
        return (
          <fieldset key={field.id} className="intake-charge">
            {/* Each field is named with its row ("Article (charge 2)"); the visible label stays short. */}
            <legend className="field-label">{t('charges.legend', { n })}</legend>
            <TextField label={t('charges.codeShort')} aria-label={t('charges.code', { n })} autoComplete="off" placeholder={t('charges.codePlaceholder')} error={message(rowErrors?.code?.message)} {...register(`charges.${i}.code`)} />
            <TextField label={t('charges.articleShort')} aria-label={t('charges.article', { n })} required autoComplete="off" placeholder="174" error={message(rowErrors?.article?.message)} {...register(`charges.${i}.article`)} />
            <TextField label={t('charges.textShort')} aria-label={t('charges.text', { n })} autoComplete="off" error={message(rowErrors?.text?.message)} {...register(`charges.${i}.text`)} />
            <SelectField label={t('charges.categoryShort')} aria-label={t('charges.category', { n })} options={categories} {...register(`charges.${i}.category`)} />
            <Button variant="ghost" size="small" className="intake-charge-remove" onClick={() => remove(i)} aria-label={t('charges.remove', { n })}>
              {t('person.remove')}
            </Button>
          </fieldset>
        );
      })}
    </section>
  );
}
