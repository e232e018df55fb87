// The first detention facts, when the referral brings them: folded away until asked for, since
// many referrals arrive before anyone knows where the person is held.
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { DETENTION_TYPES } from '../../../../db/api';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { useVocab } from '../../i18n/vocab';
import { useFieldMessage } from '../../shared/fieldMessages';
import type { IntakeValues } from './intakeSchema';

const PANEL_ID = 'intake-detention-facts';

export function DetentionSection() {
  const { t } = useTranslation('intake');
  const message = useFieldMessage();
  const { register, control, formState, setValue, setFocus } = useFormContext<IntakeValues>();
  const open = useWatch({ control, name: 'detentionOpen' });
  const errors = formState.errors.detention;
  const types = useVocab('detentionType', DETENTION_TYPES);

  const toggle = (next: boolean) => {
    setValue('detentionOpen', next, { shouldDirty: true });
    if (next) setTimeout(() => setFocus('detention.arrestDate'), 0);
  };

  return (
    <section className="form-section intake-section" aria-labelledby="intake-detention-title">
      <div className="intake-section-head">
        <h2 id="intake-detention-title">{t('detention.title')}</h2>
        <Button size="small" variant={open ? 'ghost' : 'secondary'} aria-expanded={open} aria-controls={PANEL_ID} onClick={() => toggle(!open)}>
          {open ? t('detention.remove') : t('detention.add')}
        </Button>
      </div>
      {open ? (
        <div id={PANEL_ID} className="intake-grid intake-grid-3 intake-detention">
          <TextField label={t('detention.arrestDate')} hint={t('dateHint')} autoComplete="off" inputMode="numeric" error={message(errors?.arrestDate?.message)} {...register('detention.arrestDate')} />
          <SelectField
            label={t('detention.type')}
            required
            options={types}
            placeholder={t('choose')}
            error={message(errors?.detentionType?.message)}
            {...register('detention.detentionType')}
          />
          <TextField label={t('detention.authority')} autoComplete="off" placeholder={t('detention.authorityPlaceholder')} error={message(errors?.authority?.message)} {...register('detention.authority')} />
          <TextField label={t('detention.place')} autoComplete="off" error={message(errors?.place?.message)} {...register('detention.place')} />
          <TextField label={t('detention.facility')} autoComplete="off" error={message(errors?.facility?.message)} {...register('detention.facility')} />
        </div>
      ) : (
        <p id={PANEL_ID} className="field-hint">
          {t('detention.collapsedHint')}
        </p>
      )}
    </section>
  );
}
