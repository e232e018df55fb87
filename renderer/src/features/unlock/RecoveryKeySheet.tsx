// First run, step two: the recovery key, shown once, large and grouped, with what it is for. The
// person confirms they have stored it before the app opens; Print puts the title, date and key alone on paper.
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/Field';

export function RecoveryKeySheet({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const { t, i18n } = useTranslation('unlock');
  const [stored, setStored] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const groups = recoveryKey.split('-');
  const created = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());

  // Focus the heading so a screen reader starts reading this new step from the top.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="recovery-sheet" aria-labelledby={headingId}>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {t('recoveryKey.title')}
      </h1>
      <p className="recovery-print-only">{t('recoveryKey.printCreated', { date: created })}</p>
      <p className="no-print">{t('recoveryKey.intro')}</p>
      <p className="no-print">{t('recoveryKey.store')}</p>
      <p className="recovery-key-label">{t('recoveryKey.label')}</p>
      <p className="recovery-key" translate="no" data-testid="recovery-key">
        {/* Spaces between the groups, so a copy reads "ABCD EFGH …" (any spacing is accepted back). */}
        {groups.map((group, i) => (
          <Fragment key={i}>
            {i > 0 ? ' ' : null}
            <span className="recovery-key-group">{group}</span>
          </Fragment>
        ))}
      </p>
      <div className="no-print">
        <CheckboxField label={t('recoveryKey.stored')} checked={stored} onChange={(e) => setStored(e.target.checked)} hint={t('recoveryKey.storedHint')} />
        <div className="form-actions">
          <Button onClick={() => window.print()}>{t('recoveryKey.print')}</Button>
          <Button variant="primary" onClick={onContinue} disabled={!stored}>
            {t('recoveryKey.continue')}
          </Button>
        </div>
      </div>
    </section>
  );
}
