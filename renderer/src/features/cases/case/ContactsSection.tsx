// The people around the detainee: family, lawyers, sources. Confidential contacts arrive masked;
// "Reveal" asks for them in full (the backend records who looked) and they hide again when the tab
// changes or the vault locks, because this component and its state go with them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Contact } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ConfirmDelete } from './ConfirmDelete';
import { ContactDialog } from './ContactDialog';
import { recordProps, useHighlightedRecord } from './highlight';
import { useCall } from '../../../shared/useCall';

export function ContactsSection({ personId }: { personId: string }) {
  const { t } = useTranslation('case');
  const { t: tc } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const contacts = useCall('contacts.list', { personId, reveal: revealed });
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const highlighted = useHighlightedRecord(contacts.value !== null);
  const list = contacts.value ?? [];
  const anyMasked = list.some((c) => c.masked);
  const hidden = <span className="muted masked">{t('contacts.hidden')}</span>;

  return (
    <section className="form-section" aria-labelledby="contacts-heading">
      <div className="section-head">
        <h2 id="contacts-heading">{t('contacts.heading')}</h2>
        <div className="section-actions">
          {revealed ? (
            <Button size="small" onClick={() => setRevealed(false)}>
              {t('contacts.hide')}
            </Button>
          ) : (
            <Button size="small" disabled={!anyMasked} onClick={() => setRevealed(true)} title={t('contacts.revealHint')}>
              {t('contacts.reveal')}
            </Button>
          )}
          <Button size="small" variant="primary" onClick={() => setEditing('new')}>
            {t('contacts.add')}
          </Button>
        </div>
      </div>
      <ErrorMessage error={contacts.error} />
      {contacts.value === null && !contacts.error ? <p className="muted">{tc('state.loading')}</p> : null}
      {contacts.value !== null && list.length === 0 ? <p className="muted">{t('contacts.none')}</p> : null}
      {list.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('contacts.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contacts.name')}</th>
              <th scope="col">{t('contacts.relation')}</th>
              <th scope="col">{t('contacts.reach')}</th>
              <th scope="col">{t('contacts.notes')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id} {...recordProps(c.id, highlighted)}>
                <td>
                  {c.masked ? hidden : c.name}{' '}
                  {c.confidential ? <span className="badge badge-warning">{t('confidential')}</span> : null}
                </td>
                <td>{c.relation}</td>
                <td>{c.masked ? hidden : (c.reach ?? '')}</td>
                <td className="pre-wrap">{c.masked ? hidden : (c.notes ?? '')}</td>
                <td className="row-actions">
                  <Button size="small" variant="ghost" disabled={c.masked} title={c.masked ? t('contacts.revealToEdit') : undefined} onClick={() => setEditing(c)} aria-label={t('contacts.editOne', { relation: c.relation })}>
                    {tc('actions.edit')}
                  </Button>
                  <Button size="small" variant="ghost" onClick={() => setDeleting(c)} aria-label={t('contacts.deleteOne', { relation: c.relation })}>
                    {tc('actions.delete')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing !== null ? (
        <ContactDialog personId={personId} contact={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => void contacts.reload()} />
      ) : null}
      {deleting ? (
        <ConfirmDelete
          what={deleting.masked ? t('contacts.what', { relation: deleting.relation }) : `${deleting.name ?? ''} (${deleting.relation})`}
          onConfirm={() => call('contacts.delete', { id: deleting.id })}
          onDeleted={() => void contacts.reload()}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
