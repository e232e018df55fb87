// Referrals inbox (/referrals): what has arrived and is not yet decided, and the decisions on it.
// Acceptance opens a case, and the inbox links straight to it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

import type { ReferralDecided, ReferralSummary } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorMessage, useErrorText } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../state/session';
import { useMayCall } from '../../shared/access';
import { useShallow } from '../../state/store';
import { useToasts } from '../../state/toasts';
import { AcceptDialog, type DecisionTarget } from './AcceptDialog';
import { CloseDialog, type ClosingDecision } from './CloseDialog';
import { loggedReferralOf } from './loggedReferral';
import { ReferralFilters } from './ReferralFilters';
import { PAGE_SIZE, useReferrals } from './referralsStore';
import { ReferralsTable, type RowAction } from './ReferralsTable';
import './referrals.css';

type OpenDialog = { kind: 'accept'; referral: DecisionTarget } | { kind: ClosingDecision; referral: DecisionTarget } | null;

export function ReferralsScreen() {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const location = useLocation();
  const navigate = useNavigate();
  const showToast = (text: string, tone: 'success' | 'error') => useToasts.getState().show(text, tone);
  const canDecide = useSession((s) => s.hasRole('caseworker', 'supervisor', 'administrator'));
  const canLog = useMayCall('referrals.create');
  const { load, error, total, shown, loading } = useReferrals(
    useShallow((s) => ({ load: s.load, error: s.error, total: s.total, shown: s.rows.length, loading: s.loading })),
  );
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const logged = loggedReferralOf(location.state);

  useEffect(() => {
    void load();
  }, [load]);

  // A dialog may close on a conflict (someone decided first): the list then shows the news.
  const closeDialog = () => {
    setDialog(null);
    void load();
  };

  const forgetLogged = () => void navigate(location.pathname, { replace: true, state: null });

  const startAssessing = async (referral: ReferralSummary) => {
    setBusyId(referral.id);
    const r = await call('referrals.decide', { id: referral.id, decision: 'assessing' });
    setBusyId(null);
    if (r.ok) showToast(t('assessing', { name: referral.personName }), 'success');
    else showToast(errorText(r.error), 'error');
    await load();
  };

  const onAction = (action: RowAction, referral: ReferralSummary) => {
    if (action === 'assess') void startAssessing(referral);
    else setDialog({ kind: action, referral: { id: referral.id, personName: referral.personName } });
  };

  const onDecided = (target: DecisionTarget, result: ReferralDecided) => {
    setDialog(null);
    if (result.caseId) {
      // "Accept and open the case" does what it says: straight to the new case file. The inbox
      // reloads when it is next shown, so the accepted referral has left it by then.
      showToast(t('accepted', { name: target.personName }), 'success');
      void navigate(`/cases/${result.caseId}`);
      return;
    }
    if (logged?.id === target.id) forgetLogged();
    showToast(t(result.referral.status === 'declined' ? 'declined' : 'referred', { name: target.personName }), 'success');
    void load();
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          canLog ? (
            <Link to="/intake" className="btn btn-secondary">
              {t('newReferral')}
            </Link>
          ) : null
        }
      />
      {logged && canDecide ? (
        <div className="card referrals-banner">
          <span>{t('loggedBanner', { name: logged.personName })}</span>
          <Button variant="primary" size="small" onClick={() => setDialog({ kind: 'accept', referral: logged })}>
            {t('acceptNow')}
          </Button>
          <Button variant="ghost" size="small" onClick={forgetLogged}>
            {t('later')}
          </Button>
        </div>
      ) : null}
      <ReferralFilters />
      <ErrorMessage error={error} />
      <ReferralsTable canDecide={canDecide} busyId={busyId} onAction={onAction} />
      <p className="muted referrals-count" aria-live="polite">
        {loading ? t('loading') : total > shown ? t('countPartial', { shown, total, max: PAGE_SIZE }) : t('count', { count: total })}
      </p>
      {dialog?.kind === 'accept' ? (
        <AcceptDialog referral={dialog.referral} onClose={closeDialog} onAccepted={(r) => onDecided(dialog.referral, r)} />
      ) : null}
      {dialog && dialog.kind !== 'accept' ? (
        <CloseDialog referral={dialog.referral} decision={dialog.kind} onClose={closeDialog} onDecided={(r) => onDecided(dialog.referral, r)} />
      ) : null}
    </>
  );
}
