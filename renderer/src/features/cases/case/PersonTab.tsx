// The Person & contacts tab: the detainee's facts and the people around them. Staff cannot read
// contacts at all, so the section is not offered to them.
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '../../../../../db/api';
import { ContactsSection } from './ContactsSection';
import { PersonForm } from './PersonForm';
import { useCanEdit } from './permissions';

export function PersonTab({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t } = useTranslation('case');
  const canEdit = useCanEdit();
  return (
    <>
      <PersonForm key={detail.person.updatedAt} person={detail.person} canEdit={canEdit} onSaved={onChanged} />
      {canEdit ? <ContactsSection personId={detail.personId} /> : <p className="muted">{t('contacts.notForRole')}</p>}
    </>
  );
}
