// One row per referral: when it came, who it is about (confidential people flagged), where, how,
// how urgent, where it stands, what it says, and what can be done with it now.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ReferralSummary, Urgency } from '../../../../db/api';
import { Button } from '../../components/Button';
import { Table, type Column } from '../../components/Table';
import { useVocabLabel } from '../../i18n/vocab';
import { useCountries } from '../../shared/countries';
import { CaseReference } from '../../shared/CaseReference';
import { showPartialDate } from '../../../../shared/partial-date';
import { useReferrals } from './referralsStore';
import { usePersonName } from '../../shared/personName';

export type RowAction = 'assess' | 'accept' | 'declined' | 'referred_elsewhere';

const URGENCY_TONE: Record<Urgency, string> = { urgent: 'badge badge-danger', high: 'badge badge-warning', normal: 'badge', low: 'badge referrals-low' };
const EXCERPT_LENGTH = 140;

function excerpt(text: string | null | undefined): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH).trimEnd()}…` : flat;
}

interface ReferralsTableProps {
  canDecide: boolean;
  busyId: string | null;
  onAction: (action: RowAction, referral: ReferralSummary) => void;
}

export function ReferralsTable({ canDecide, busyId, onAction }: ReferralsTableProps) {
  const { t, i18n } = useTranslation('referrals');
  const personName = usePersonName();
  const vocab = useVocabLabel();
  const { nameOf } = useCountries();
  const rows = useReferrals((s) => s.rows);
  const excerpts = useReferrals((s) => s.excerpts);

  const columns: Column<ReferralSummary>[] = [
    { key: 'received', header: t('col.received'), cell: (r) => <span className="referrals-nowrap">{showPartialDate(r.receivedOn, i18n.language, 'short')}</span> },
    {
      key: 'person',
      header: t('col.person'),
      cell: (r) => (
        <div className="referrals-person">
          <span className="referrals-name">{personName(r)}</span>
          {r.personConfidential ? <span className="badge badge-warning referrals-flag">{t('confidential')}</span> : null}
          {excerpts[r.id] ? <p className="referrals-excerpt">{excerpt(excerpts[r.id])}</p> : null}
        </div>
      ),
    },
    { key: 'country', header: t('col.country'), cell: (r) => nameOf(r.countryCode) },
    { key: 'channel', header: t('col.channel'), cell: (r) => vocab('channel', r.channel) },
    { key: 'urgency', header: t('col.urgency'), cell: (r) => <span className={URGENCY_TONE[r.urgency]}>{vocab('urgency', r.urgency)}</span> },
    {
      key: 'status',
      header: t('col.status'),
      cell: (r) => (
        <>
          {vocab('referralStatus', r.status)}
          {r.caseId ? (
            <>
              {' · '}
              <Link to={`/cases/${r.caseId}`}>{t('openCase')}</Link> <CaseReference reference={r.caseReference} />
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('col.actions')}</span>,
      cell: (r) =>
        canDecide && (r.status === 'new' || r.status === 'assessing') ? (
          <div className="referrals-actions">
            {r.status === 'new' ? (
              <Button size="small" busy={busyId === r.id} onClick={() => onAction('assess', r)} aria-label={t('actions.assessFor', { name: r.personName })}>
                {t('actions.assess')}
              </Button>
            ) : null}
            <Button size="small" variant="primary" onClick={() => onAction('accept', r)} aria-label={t('actions.acceptFor', { name: r.personName })}>
              {t('actions.accept')}
            </Button>
            <Button size="small" onClick={() => onAction('declined', r)} aria-label={t('actions.declineFor', { name: r.personName })}>
              {t('actions.decline')}
            </Button>
            <Button size="small" onClick={() => onAction('referred_elsewhere', r)} aria-label={t('actions.referFor', { name: r.personName })}>
              {t('actions.refer')}
            </Button>
          </div>
        ) : null,
    },
  ];

  return <Table columns={columns} rows={rows} rowKey={(r) => r.id} caption={t('caption')} empty={t('empty')} />;
}
