// The Person & contacts tab: the detainee's facts and the people around them. Staff cannot read
// contacts at all, so the section is not offered to them. Supervisors and administrators also see
// who else has been granted the case. The referral that opened the case comes first.
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '../../../../../db/api';
import { ContactsSection } from './ContactsSection';
import { PersonForm } from './PersonForm';
import { useCanEdit, useCanGrant } from './permissions';
import { CaseGrantsSection } from './CaseGrantsSection';
import { ReferralCard } from './ReferralCard';

export function PersonTab({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t } = useTranslation('case');
  const canEdit = useCanEdit();
  const canGrant = useCanGrant();
  return (
    <>
      {detail.referral ? <ReferralCard referral={detail.referral} /> : null}
      <PersonForm key={detail.person.updatedAt} person={detail.person} canEdit={canEdit} onSaved={onChanged} />
      {canEdit ? <ContactsSection personId={detail.personId} /> : <p className="muted">{t('contacts.notForRole')}</p>}
      {canGrant ? <CaseGrantsSection caseId={detail.id} /> : null}
    </>
  );
}
