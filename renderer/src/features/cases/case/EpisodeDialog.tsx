// Adding or editing a detention episode. The service refuses overlapping episodes and a release
// before the arrest; its words appear under the form.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { ARREST_WARRANT, DETENTION_TYPES, RELEASE_REASONS, type ArrestWarrant, type DetentionEpisode, type DetentionType, type ReleaseReason } from '../../../../../db/api';
import { call } from '../../../api/client';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
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
  arrestWarrant: z.string(),
  arrestWarrantNote: z.string(),
  detentionGrounds: z.string(),
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
  const warrants = useVocab('arrestWarrant', ARREST_WARRANT);
  const form = useForm<EpisodeForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      arrestDate: episode?.arrestDate ?? '',
      detentionType: episode?.detentionType ?? 'pre_trial',
      place: episode?.place ?? '',
      authority: episode?.authority ?? '',
      arrestWarrant: episode?.arrestWarrant ?? '',
      arrestWarrantNote: episode?.arrestWarrantNote ?? '',
      detentionGrounds: episode?.detentionGrounds ?? '',
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
        arrestWarrant: orNull(v.arrestWarrant) as ArrestWarrant | null,
        arrestWarrantNote: orNull(v.arrestWarrantNote),
        detentionGrounds: orNull(v.detentionGrounds),
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
        <SelectField label={t('episode.arrestWarrant')} options={warrants} placeholder={t('unknown')} error={fieldError(errors.arrestWarrant?.message)} {...form.register('arrestWarrant')} />
        <TextField label={t('episode.arrestWarrantNote')} error={fieldError(errors.arrestWarrantNote?.message)} {...form.register('arrestWarrantNote')} />
        <TextAreaField label={t('episode.detentionGrounds')} rows={2} error={fieldError(errors.detentionGrounds?.message)} {...form.register('detentionGrounds')} />
        <TextField label={t('episode.facilityLabel')} error={fieldError(errors.facility?.message)} {...form.register('facility')} />
        <TextField label={t('episode.releaseDate')} placeholder={t('datePlaceholder')} hint={dateHint} error={fieldError(errors.releaseDate?.message)} {...form.register('releaseDate')} />
        <SelectField label={t('episode.releaseReason')} options={reasons} placeholder={t('notReleased')} error={fieldError(errors.releaseReason?.message)} {...form.register('releaseReason')} />
      </div>
    </FormDialog>
  );
}
