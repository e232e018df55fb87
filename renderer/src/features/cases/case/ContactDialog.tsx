// Adding or editing a contact: name, relation, how to reach them, notes; confidential by default.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { Contact } from '../../../../../db/api';
import { call } from '../../../api/client';
import { CheckboxField, TextAreaField, TextField } from '../../../components/Field';
import { draftKey } from '../../../forms/draftKey';
import { useDraft } from '../../../forms/useDraft';
import { FormDialog } from './FormDialog';
import { requiredText, useFieldError } from './formSupport';
import { useSaveForm } from './useSaveForm';

const schema = z.object({ name: requiredText, relation: requiredText, reach: z.string(), notes: z.string(), confidential: z.boolean() });
type ContactForm = z.infer<typeof schema>;

export function ContactDialog({ personId, contact, onClose, onSaved }: { personId: string; contact: Contact | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldError();
  const form = useForm<ContactForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: contact?.name ?? '',
      relation: contact?.relation ?? '',
      reach: contact?.reach ?? '',
      notes: contact?.notes ?? '',
      confidential: contact?.confidential ?? true,
    },
  });
  const draft = useDraft(draftKey('contact', contact, personId), form);
  const save = useSaveForm(
    form,
    (v) => (contact ? call('contacts.update', { id: contact.id, ...v }) : call('contacts.create', { personId, ...v })),
    () => {
      onSaved();
      onClose();
    },
    {},
    draft,
  );
  const { errors } = form.formState;
  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={contact ? t('contacts.editTitle') : t('contacts.addTitle')}
      onSubmit={(e) => void save.submit(e)}
      error={save.error}
      busy={save.busy} draft={draft}
    >
      <TextField label={t('contacts.name')} required autoFocus error={fieldError(errors.name?.message)} {...form.register('name')} />
      <TextField label={t('contacts.relation')} required placeholder={t('contacts.relationPlaceholder')} error={fieldError(errors.relation?.message)} {...form.register('relation')} />
      <TextField label={t('contacts.reach')} placeholder={t('contacts.reachPlaceholder')} error={fieldError(errors.reach?.message)} {...form.register('reach')} />
      <TextAreaField label={t('contacts.notes')} error={fieldError(errors.notes?.message)} {...form.register('notes')} />
      <CheckboxField label={t('contacts.confidential')} hint={t('contacts.confidentialHint')} {...form.register('confidential')} />
    </FormDialog>
  );
}
