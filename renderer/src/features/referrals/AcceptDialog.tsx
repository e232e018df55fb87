// Accepting a referral opens its case: who works it (default: me), an optional supervisor and the
// decision date (default: today). The inbox then links to the new case.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { ApiError, ReferralDecided } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { useVocabLabel } from '../../i18n/vocab';
import { useSession } from '../../state/session';
import { localToday } from '../../shared/formDates';
import { useFieldMessage } from '../../shared/fieldMessages';
import { useColleagues } from './colleagues';
import { DecisionError } from './DecisionError';
import { acceptSchema, placeDecisionErrors, type AcceptValues } from './decisionForms';

export interface DecisionTarget {
  id: string;
  personName: string;
}

interface AcceptDialogProps {
  referral: DecisionTarget;
  onClose: () => void;
  onAccepted: (result: ReferralDecided) => void;
}

export function AcceptDialog({ referral, onClose, onAccepted }: AcceptDialogProps) {
  const { t } = useTranslation('referrals');
  const message = useFieldMessage();
  const me = useSession((s) => s.user);
  const colleagues = useColleagues();
  const vocab = useVocabLabel();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<AcceptValues>({
    resolver: zodResolver(acceptSchema),
    defaultValues: { caseworkerId: me?.role === 'staff' ? '' : (me?.id ?? ''), supervisorId: '', decidedOn: localToday() },
  });
  const { register, formState, setError } = form;
  const { errors } = formState;

  const submit = form.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('referrals.decide', {
      id: referral.id,
      decision: 'accepted',
      caseworkerId: v.caseworkerId,
      decidedOn: v.decidedOn,
      ...(v.supervisorId ? { supervisorId: v.supervisorId } : {}),
    });
    if (r.ok) onAccepted(r.value);
    else setFailure(placeDecisionErrors(r.error, ['caseworkerId', 'supervisorId', 'decidedOn'], setError));
  });

  const userOption = (u: { id: string; displayName: string; role: string }) => ({ value: u.id, label: `${u.displayName} (${vocab('role', u.role)})` });

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())} title={t('accept.title', { name: referral.personName })} description={t('accept.description')}>
      {colleagues.loaded ? (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <SelectField label={t('accept.caseworker')} required options={colleagues.caseworkers.map(userOption)} placeholder={t('choose')} error={message(errors.caseworkerId?.message)} {...register('caseworkerId')} />
          <SelectField label={t('accept.supervisor')} options={colleagues.supervisors.map(userOption)} placeholder={t('accept.noSupervisor')} error={message(errors.supervisorId?.message)} {...register('supervisorId')} />
          <TextField label={t('decidedOn')} type="date" required max={localToday()} error={message(errors.decidedOn?.message)} {...register('decidedOn')} />
          <DecisionError error={failure} />
          <div className="form-actions">
            <Button onClick={onClose}>{t('cancel')}</Button>
            <Button type="submit" variant="primary" busy={formState.isSubmitting}>
              {t('accept.submit')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('loading')}</p>
      )}
    </Dialog>
  );
}
