// What can be done with a case as a whole: see its timeline, assign it, move it between active and
// monitoring, close it with a reason, reopen it, export its dossier. Staff see only the timeline
// link and the dossier.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CaseDetail } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { useErrorText } from '../../../components/ErrorMessage';
import { useToasts } from '../../../state/toasts';
import { AssignDialog } from './AssignDialog';
import { CloseCaseDialog } from './CloseCaseDialog';
import { DossierDialog } from './DossierDialog';
import { useCanEdit } from './permissions';

export function CaseActions({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t } = useTranslation('case');
  const canEdit = useCanEdit();
  const toast = (text: string, tone: 'info' | 'success' | 'error') => useToasts.getState().show(text, tone);
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<'assign' | 'close' | 'dossier' | null>(null);
  const [busy, setBusy] = useState(false);
  const closed = detail.status === 'closed';

  const run = async (work: () => ReturnType<typeof call<'cases.updateStatus'>>) => {
    setBusy(true);
    const r = await work();
    setBusy(false);
    if (r.ok) {
      toast(t('saved'), 'success');
      onChanged();
    } else toast(errorText(r.error), 'error');
  };

  return (
    <>
      <Link className="btn" to={`/cases/${detail.id}/timeline`}>
        {t('actions.timeline')}
      </Link>
      <Button onClick={() => setDialog('dossier')}>{t('actions.dossier')}</Button>
      {canEdit ? (
        <>
          <Button onClick={() => setDialog('assign')}>{t('actions.assign')}</Button>
          {closed ? (
            <Button busy={busy} onClick={() => void run(() => call('cases.reopen', { id: detail.id }))}>
              {t('actions.reopen')}
            </Button>
          ) : (
            <>
              <Button
                busy={busy}
                onClick={() => void run(() => call('cases.updateStatus', { id: detail.id, status: detail.status === 'active' ? 'monitoring' : 'active' }))}
              >
                {detail.status === 'active' ? t('actions.toMonitoring') : t('actions.toActive')}
              </Button>
              <Button variant="danger" onClick={() => setDialog('close')}>
                {t('actions.close')}
              </Button>
            </>
          )}
        </>
      ) : null}
      {dialog === 'assign' ? <AssignDialog detail={detail} onClose={() => setDialog(null)} onSaved={onChanged} /> : null}
      {dialog === 'close' ? <CloseCaseDialog detail={detail} onClose={() => setDialog(null)} onSaved={onChanged} /> : null}
      {dialog === 'dossier' ? <DossierDialog detail={detail} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
