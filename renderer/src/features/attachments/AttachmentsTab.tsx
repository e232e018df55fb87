// The Files tab of the case file: every file of the case, whichever record it belongs to; files
// added here belong to the case itself.
import { useTranslation } from 'react-i18next';

import { AttachmentsPanel } from './AttachmentsPanel';

export function AttachmentsTab() {
  const { t } = useTranslation('attachments');
  return (
    <section aria-labelledby="attachments-heading">
      <div className="section-head">
        <h2 id="attachments-heading">{t('heading')}</h2>
      </div>
      <p className="muted">{t('intro')}</p>
      <AttachmentsPanel record={null} />
    </section>
  );
}
