// Adding or editing a charge: the criminal code, the article ("174", "205.2"), its category and text.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { CHARGE_CATEGORIES, type Charge, type ChargeCategory } from '../../../../../db/api';
import { call } from '../../../api/client';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { draftKey } from '../../../forms/draftKey';
import { useDraft } from '../../../forms/useDraft';
import { useVocab } from '../../../i18n/vocab';
import { FormDialog } from './FormDialog';
import { orNull, requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';

const schema = z.object({ code: requiredText, article: requiredText, category: z.string(), text: z.string() });
type ChargeForm = z.infer<typeof schema>;

export function ChargeDialog({ episodeId, charge, onClose, onSaved }: { episodeId: string; charge: Charge | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const categories = useVocab('chargeCategory', CHARGE_CATEGORIES);
  const form = useForm<ChargeForm>({
    resolver: zodResolver(schema),
    defaultValues: { code: charge?.code ?? '', article: charge?.article ?? '', category: charge?.category ?? 'other', text: charge?.text ?? '' },
  });
  const draft = useDraft(draftKey('charge', charge, episodeId), form);
  const save = useSaveForm(
    form,
    (v) => {
      const fields = { code: v.code, article: v.article, category: v.category as ChargeCategory, text: orNull(v.text) };
      return charge ? call('charges.update', { id: charge.id, ...fields }) : call('charges.create', { episodeId, ...fields });
    },
    () => {
      onSaved();
      onClose();
    },
    {},
    draft,
  );
  const { errors } = form.formState;
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={charge ? t('charge.editTitle') : t('charge.addTitle')} onSubmit={(e) => void save.submit(e)} error={save.error} busy={save.busy} draft={draft}>
      <TextField label={t('charge.code')} required placeholder={t('charge.codePlaceholder')} autoFocus error={fieldError(errors.code?.message)} {...form.register('code')} />
      <TextField label={t('charge.article')} required placeholder="174" hint={t('charge.articleHint')} error={fieldError(errors.article?.message)} {...form.register('article')} />
      <SelectField label={t('charge.category')} options={categories} error={fieldError(errors.category?.message)} {...form.register('category')} />
      <TextAreaField label={t('charge.text')} error={fieldError(errors.text?.message)} {...form.register('text')} />
    </FormDialog>
  );
}
