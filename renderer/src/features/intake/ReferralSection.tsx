// The referral itself: when and how it arrived, where the person is held, how urgent it is,
// what the family consented to, who sent it and what they said.
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { CONSENTS, REFERRAL_CHANNELS, URGENCIES } from '../../../../db/api';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { useVocab } from '../../i18n/vocab';
import { CountryField } from './CountryField';
import { localToday } from '../../shared/formDates';
import { useFieldMessage } from '../../shared/fieldMessages';
import type { IntakeValues } from './intakeSchema';
import { SourceFields } from './SourceFields';

export function ReferralSection() {
  const { t } = useTranslation('intake');
  const message = useFieldMessage();
  const { register, formState } = useFormContext<IntakeValues>();
  const { errors } = formState;
  const channels = useVocab('channel', REFERRAL_CHANNELS);
  const urgencies = useVocab('urgency', URGENCIES);
  const consents = useVocab('consent', CONSENTS);

  return (
    <fieldset className="form-section intake-section">
      <legend>{t('referral.title')}</legend>
      <div className="intake-grid">
        <TextField label={t('referral.receivedOn')} type="date" required max={localToday()} error={message(errors.receivedOn?.message)} {...register('receivedOn')} />
        <SelectField label={t('referral.channel')} required options={channels} placeholder={t('choose')} error={message(errors.channel?.message)} {...register('channel')} />
        <CountryField label={t('referral.country')} required placeholder={t('choose')} error={message(errors.countryCode?.message)} {...register('countryCode')} />
        <SelectField label={t('referral.urgency')} options={urgencies} {...register('urgency')} />
        <div className="span-all">
          <SelectField label={t('referral.consent')} options={consents} hint={t('referral.consentHint')} {...register('consent')} />
        </div>
        <SourceFields />
        <div className="span-all">
          <TextAreaField label={t('referral.summary')} rows={4} error={message(errors.summary?.message)} {...register('summary')} />
        </div>
      </div>
    </fieldset>
  );
}
