// One step's frame: its heading (focused when the step opens, so keyboard and screen reader users
// start at the top of it), its content, and Back / Next at the bottom.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';

interface StepFrameProps {
  title: string;
  children: ReactNode;
  onBack?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
  nextLabel?: string;
  nextDisabled?: boolean;
  /** Why Next is disabled, shown beside it. */
  blocker?: ReactNode;
}

export function StepFrame({ title, children, onBack, onNext, nextLabel, nextDisabled = false, blocker }: StepFrameProps) {
  const { t } = useTranslation('import');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="import-step-body" aria-labelledby="import-step-title">
      <h2 id="import-step-title" ref={heading} tabIndex={-1} className="import-step-title">
        {title}
      </h2>
      {children}
      {onBack || onNext ? (
        <div className="import-wizard-nav">
          {onBack ? <Button onClick={onBack}>{t('wizard.back')}</Button> : <span />}
          <div className="import-wizard-next">
            {blocker ? <span className="import-blocker">{blocker}</span> : null}
            {onNext ? (
              <Button variant="primary" onClick={onNext} disabled={nextDisabled}>
                {nextLabel ?? t('wizard.next')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
