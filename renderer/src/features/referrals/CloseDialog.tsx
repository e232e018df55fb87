// Declining a referral or referring it elsewhere: both close it without a case and both need the
// reason written down, for the family and for the NGO's own record. The reason keeps a draft.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { ApiError, ReferralDecided } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextAreaField, TextField } from '../../components/Field';
import { DraftStatus, useDraftCancel } from '../../forms/DraftActions';
import { useDraft } from '../../forms/useDraft';
import { localToday } from '../../shared/formDates';
import { useFieldMessage } from '../../shared/fieldMessages';
import type { DecisionTarget } from './AcceptDialog';
import { DecisionError } from './DecisionError';
import { closeSchema, placeDecisionErrors, type CloseValues } from './decisionForms';

export type ClosingDecision = 'declined' | 'referred_elsewhere';

interface CloseDialogProps {
  referral: DecisionTarget;
  decision: ClosingDecision;
  onClose: () => void;
  onDecided: (result: ReferralDecided) => void;
}

export function CloseDialog({ referral, decision, onClose, onDecided }: CloseDialogProps) {
  const { t } = useTranslation('referrals');
  const message = useFieldMessage();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<CloseValues>({ resolver: zodResolver(closeSchema), defaultValues: { reason: '', decidedOn: localToday() } });
  const { register, formState, setError } = form;
  const { errors } = formState;
  const words = decision === 'declined' ? 'decline' : 'referElsewhere';
  const draft = useDraft(`referral:${words}:${referral.id}`, form);
  const { asking, cancel, question } = useDraftCancel(draft, onClose);

  const submit = form.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('referrals.decide', { id: referral.id, decision, reason: v.reason.trim(), decidedOn: v.decidedOn });
    if (r.ok) {
      await draft.discard({ keepValues: true });
      onDecided(r.value);
    } else setFailure(placeDecisionErrors(r.error, ['reason', 'decidedOn'], setError));
  });

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : cancel())} title={t(`${words}.title`, { name: referral.personName })} description={t(`${words}.description`)}>
      {question}
      <form noValidate onSubmit={(e) => void submit(e)} hidden={asking}>
        <TextAreaField label={t(`${words}.reason`)} required rows={4} error={message(errors.reason?.message)} {...register('reason')} />
        <TextField label={t('decidedOn')} type="date" required max={localToday()} error={message(errors.decidedOn?.message)} {...register('decidedOn')} />
        <DecisionError error={failure} />
        <div className="form-actions">
          <DraftStatus draft={draft} />
          <Button onClick={cancel}>{t('cancel')}</Button>
          <Button type="submit" variant={decision === 'declined' ? 'danger' : 'primary'} busy={formState.isSubmitting}>
            {t(`${words}.submit`)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
