// Adding or editing a detention episode. The service refuses overlapping episodes and a release
// before the arrest; its words appear under the form.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { DETENTION_TYPES, RELEASE_REASONS, type DetentionEpisode, type DetentionType, type ReleaseReason } from '../../../../../db/api';
import { call } from '../../../api/client';
import { SelectField, TextField } from '../../../components/Field';
import { draftKey } from '../../../forms/draftKey';
import { useDraft } from '../../../forms/useDraft';
import { useVocab } from '../../../i18n/vocab';
import { FormDialog } from './FormDialog';
import { optionalPartialDate, orNull, requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';

const schema = z.object({
  arrestDate: optionalPartialDate,
  detentionType: requiredText,
  place: z.string(),
  authority: z.string(),
  facility: z.string(),
  releaseDate: optionalPartialDate,
  releaseReason: z.string(),
});
type EpisodeForm = z.infer<typeof schema>;

export function EpisodeDialog({ caseId, episode, onClose, onSaved }: { caseId: string; episode: DetentionEpisode | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const types = useVocab('detentionType', DETENTION_TYPES);
  const reasons = useVocab('releaseReason', RELEASE_REASONS);
  const form = useForm<EpisodeForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      arrestDate: episode?.arrestDate ?? '',
      detentionType: episode?.detentionType ?? 'pre_trial',
      place: episode?.place ?? '',
      authority: episode?.authority ?? '',
      facility: episode?.facility ?? '',
      releaseDate: episode?.releaseDate ?? '',
      releaseReason: episode?.releaseReason ?? '',
    },
  });
  const draft = useDraft(draftKey('episode', episode, caseId), form);
  const save = useSaveForm(
    form,
    (v) => {
      const fields = {
        arrestDate: orNull(v.arrestDate),
        detentionType: v.detentionType as DetentionType,
        place: orNull(v.place),
        authority: orNull(v.authority),
        facility: orNull(v.facility),
        releaseDate: orNull(v.releaseDate),
        releaseReason: orNull(v.releaseReason) as ReleaseReason | null,
      };
      return episode ? call('episodes.update', { id: episode.id, ...fields }) : call('episodes.create', { caseId, ...fields });
    },
    () => {
      onSaved();
      onClose();
    },
    {},
    draft,
  );
  const { errors } = form.formState;
  const dateHint = t('partialDateHint');
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={episode ? t('episode.editTitle') : t('episode.addTitle')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy} draft={draft} wide>
      <div className="form-grid">
        <TextField label={t('episode.arrestDate')} placeholder={t('datePlaceholder')} hint={dateHint} autoFocus error={fieldError(errors.arrestDate?.message)} {...form.register('arrestDate')} />
        <SelectField label={t('episode.type')} options={types} required error={fieldError(errors.detentionType?.message)} {...form.register('detentionType')} />
        <TextField label={t('episode.place')} error={fieldError(errors.place?.message)} {...form.register('place')} />
        <TextField label={t('episode.authority')} error={fieldError(errors.authority?.message)} {...form.register('authority')} />
        <TextField label={t('episode.facilityLabel')} error={fieldError(errors.facility?.message)} {...form.register('facility')} />
        <TextField label={t('episode.releaseDate')} placeholder={t('datePlaceholder')} hint={dateHint} error={fieldError(errors.releaseDate?.message)} {...form.register('releaseDate')} />
        <SelectField label={t('episode.releaseReason')} options={reasons} placeholder={t('notReleased')} error={fieldError(errors.releaseReason?.message)} {...form.register('releaseReason')} />
      </div>
    </FormDialog>
  );
}
