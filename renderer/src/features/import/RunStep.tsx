// Step 5: the import itself, all or nothing in one transaction, with progress from the backend's
// events; then what was done and the way to the cases. On failure nothing was written.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useShallow } from '../../state/store';
import { PlanCounts, SkipReasons } from './DryRunStep';
import { goToStep, resetImport, runImport, useImport } from './importStore';
import { usePlanText } from './planText';
import { StepFrame } from './StepFrame';

export function RunStep() {
  const { t } = useTranslation('import');
  const { plan, running, result, error } = useImport(useShallow((s) => ({ plan: s.plan, running: s.running, result: s.result, error: s.error })));
  const planText = usePlanText();

  if (result) {
    return (
      // Its own key: a new frame, so the focus moves to the summary's heading.
      <StepFrame key="done" title={t('run.doneTitle')}>
        <p role="status">{t('run.done', { fileName: result.fileName })}</p>
        <PlanCounts counts={result.counts} label={t('run.countsLabel')} tense="done" />
        <SkipReasons counts={result.counts} />
        {result.conflicts.length > 0 ? (
          <details className="import-conflicts">
            <summary>{t('run.conflicts', { count: result.conflicts.length })}</summary>
            <ul>
              {result.conflicts.map((c, i) => (
                <li key={i}>
                  {t('rows.row', { row: c.row })}: {planText.conflict(c)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <div className="import-inline">
          <Link to="/cases" className="btn btn-primary">
            {t('run.openCases')}
          </Link>
          <Button onClick={resetImport}>{t('run.another')}</Button>
        </div>
      </StepFrame>
    );
  }
  if (!plan) return null;

  return (
    <StepFrame title={t('steps.run')} onBack={running ? undefined : () => goToStep(4)}>
      <p>{t('run.ready', { fileName: plan.fileName, created: plan.counts.created, updated: plan.counts.updated, skipped: plan.counts.skipped })}</p>
      <SkipReasons counts={plan.counts} />
      <p className="muted">{t('run.allOrNothing')}</p>
      {error ? (
        <>
          <ErrorMessage error={error} />
          <p className="import-attention">{t('run.failed')}</p>
        </>
      ) : null}
      <ImportProgress />
      <Button variant="primary" onClick={() => void runImport()} busy={running}>
        {running ? t('run.running') : t('run.start')}
      </Button>
    </StepFrame>
  );
}

function ImportProgress() {
  const { t, i18n } = useTranslation('import');
  const { running, progress } = useImport(useShallow((s) => ({ running: s.running, progress: s.progress })));
  if (!running) return null;
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div className="import-progress">
      <div
        className="import-progress-track"
        role="progressbar"
        aria-label={t('run.progress')}
        aria-valuemin={0}
        aria-valuemax={total > 0 ? total : undefined}
        aria-valuenow={total > 0 ? done : undefined}
        aria-valuetext={total > 0 ? t('run.progressText', { done: done.toLocaleString(i18n.language), total: total.toLocaleString(i18n.language) }) : t('run.starting')}
      >
        <div className="import-progress-bar" style={{ width: `${fraction * 100}%` }} />
      </div>
      <p className="muted" aria-hidden="true">
        {total > 0 ? t('run.progressText', { done: done.toLocaleString(i18n.language), total: total.toLocaleString(i18n.language) }) : t('run.starting')}
      </p>
    </div>
  );
}
