// Where the user is in the wizard: "Step 2 of 5" in words, and the five steps as a list with the
// current one marked (aria-current) and the finished ones ticked.
import { useTranslation } from 'react-i18next';

import { STEP_COUNT, type ImportStep } from './importStore';

export const STEP_KEYS = ['file', 'mapping', 'review', 'dryRun', 'run'] as const;

export function StepIndicator({ step }: { step: ImportStep }) {
  const { t } = useTranslation('import');
  const name = t(`steps.${STEP_KEYS[step - 1] ?? 'file'}`);
  return (
    <div className="import-steps">
      <p className="import-steps-current">{t('steps.progress', { current: step, total: STEP_COUNT, name })}</p>
      <ol aria-label={t('steps.label')}>
        {STEP_KEYS.map((key, index) => {
          const number = index + 1;
          const state = number < step ? 'done' : number === step ? 'current' : 'todo';
          return (
            <li key={key} className={`import-step import-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="import-step-number" aria-hidden="true">
                {state === 'done' ? '✓' : number}
              </span>
              <span>{t(`steps.${key}`)}</span>
              {state === 'done' ? <span className="visually-hidden">{t('steps.finished')}</span> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
