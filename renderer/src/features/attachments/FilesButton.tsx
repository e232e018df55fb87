// "Files (n)" on a court event, sentence, advocacy action or note: opens the case's file panel
// narrowed to that record, where editors add files to it. Staff see it only when there is a file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { belongsTo, useCaseAttachments, type AttachmentRecord } from './CaseAttachments';
import { AttachmentsPanel } from './AttachmentsPanel';
import { useCanEditAttachments } from './permissions';

export function FilesButton({ record }: { record: AttachmentRecord }) {
  const { t } = useTranslation('attachments');
  const { t: tc } = useTranslation();
  const files = useCaseAttachments();
  const canEdit = useCanEditAttachments();
  const [open, setOpen] = useState(false);
  if (!files) return null;
  const count = (files.list ?? []).filter((a) => belongsTo(a, record)).length;
  if (count === 0 && !canEdit) return null;
  return (
    <>
      <Button size="small" variant="ghost" onClick={() => setOpen(true)} aria-label={`${t('files.count', { count })}: ${record.label}`}>
        {t('files.count', { count })}
      </Button>
      {open ? (
        <Dialog open onOpenChange={setOpen} title={t('files.title', { label: record.label })} wide>
          <AttachmentsPanel record={record} />
          <div className="form-actions">
            <Button variant="primary" onClick={() => setOpen(false)}>
              {tc('actions.close')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
