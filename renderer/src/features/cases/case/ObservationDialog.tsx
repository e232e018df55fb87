// Adding a "known to be held on DATE" observation to a detention: the date (as much as is known),
// how it is known and a note. Reports count an undated detention from such dates.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { OBSERVATION_SOURCES, type ObservationSource } from '../../../../../db/api';
import { call } from '../../../api/client';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { useVocab } from '../../../i18n/vocab';
import { FormDialog } from './FormDialog';
import { orNull, requiredPartialDate, requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';

const schema = z.object({ observedOn: requiredPartialDate, source: requiredText, note: z.string() });
type ObservationForm = z.infer<typeof schema>;

export function ObservationDialog({ episodeId, onClose, onSaved }: { episodeId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const sources = useVocab('observationSource', OBSERVATION_SOURCES);
  const form = useForm<ObservationForm>({ resolver: zodResolver(schema), defaultValues: { observedOn: '', source: 'visit', note: '' } });
  const save = useSaveForm(
    form,
    (v) => call('observations.create', { episodeId, observedOn: v.observedOn, source: v.source as ObservationSource, note: orNull(v.note) }),
    () => {
      onSaved();
      onClose();
    },
  );
  const { errors } = form.formState;
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={t('observation.addTitle')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy}>
      <TextField label={t('observation.date')} required placeholder={t('datePlaceholder')} hint={t('observation.dateHint')} autoFocus error={fieldError(errors.observedOn?.message)} {...form.register('observedOn')} />
      <SelectField label={t('observation.source')} options={sources} required error={fieldError(errors.source?.message)} {...form.register('source')} />
      <TextAreaField label={t('observation.note')} error={fieldError(errors.note?.message)} {...form.register('note')} />
    </FormDialog>
  );
}
