// Professions and affiliations: several may apply, so a group of checkboxes rather than a select.
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { PROFESSIONS } from '../../../../db/api';
import { useVocab } from '../../i18n/vocab';
import type { IntakeValues } from './intakeSchema';

export function ProfessionsField() {
  const { t } = useTranslation('intake');
  const { register } = useFormContext<IntakeValues>();
  const options = useVocab('profession', PROFESSIONS);
  return (
    <fieldset className="intake-checks span-all">
      <legend className="field-label">{t('person.professions')}</legend>
      <div className="intake-check-grid">
        {options.map((o) => (
          <label key={o.value} className="intake-check">
            <input type="checkbox" value={o.value} {...register('person.professions')} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
