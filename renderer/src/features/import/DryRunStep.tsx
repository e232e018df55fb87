// Step 4: the plan before anything is written: how many people will be created, updated or
// skipped, the possible duplicates to decide, and every row with its reason and warnings.
import { useTranslation } from 'react-i18next';

import type { ImportCounts } from '../../../../db/api';
import { useShallow } from '../../state/store';
import { decisionOf, duplicatePairs } from './duplicatePairs';
import { DuplicateList } from './DuplicateList';
import { goToStep, useImport } from './importStore';
import { PlanStatus } from './PlanStatus';
import { RowPlanList } from './RowPlanList';
import { StepFrame } from './StepFrame';

export const COUNT_KEYS = ['created', 'updated', 'skipped', 'possibleDuplicates'] as const satisfies readonly (keyof ImportCounts)[];

/** The four counts, as a plan ("To create") or as what was done ("Created"). */
export function PlanCounts({ counts, label, tense }: { counts: ImportCounts; label: string; tense: 'plan' | 'done' }) {
  const { t, i18n } = useTranslation('import');
  return (
    <dl className="import-counts" aria-label={label}>
      {COUNT_KEYS.map((key) => (
        <div key={key} className={`import-count${key === 'possibleDuplicates' && counts[key] > 0 ? ' import-count-alert' : ''}`}>
          <dt>{t(`counts.${tense}.${key}`)}</dt>
          <dd>{counts[key].toLocaleString(i18n.language)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Why rows are skipped, largest first: "Skipped rows: country not recognised 320, no name 17". */
export function SkipReasons({ counts }: { counts: ImportCounts }) {
  const { t, i18n } = useTranslation('import');
  const reasons = Object.entries(counts.skippedBy ?? {})
    .filter(([, n]) => (n ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([code, n]) => t('counts.skipReasonCount', { reason: i18n.exists(`import:counts.skipReason.${code}`) ? t(`counts.skipReason.${code}`) : code, count: (n ?? 0).toLocaleString(i18n.language) }));
  if (reasons.length === 0) return null;
  return <p className="import-skip-reasons">{t('counts.skippedBy', { reasons: reasons.join(', ') })}</p>;
}

export function DryRunStep() {
  const { t } = useTranslation('import');
  const { plan, planning, decisions } = useImport(useShallow((s) => ({ plan: s.plan, planning: s.planning, decisions: s.decisions })));
  // Going on past undecided pairs would keep them apart without the user saying so.
  const undecided = plan ? duplicatePairs(plan.rows).filter((p) => decisionOf(p, decisions) === null).length : 0;

  return (
    <StepFrame
      title={t('steps.dryRun')}
      onBack={() => goToStep(3)}
      onNext={() => goToStep(5)}
      nextDisabled={!plan || planning || undecided > 0}
      blocker={undecided > 0 ? t('duplicates.blocker', { count: undecided }) : undefined}
    >
      <p className="muted">{t('dryRun.intro')}</p>
      <PlanStatus />
      {plan ? (
        <>
          <PlanCounts counts={plan.counts} label={t('dryRun.countsLabel')} tense="plan" />
          <SkipReasons counts={plan.counts} />
          <DuplicateList rows={plan.rows} />
          <RowPlanList rows={plan.rows} />
        </>
      ) : null}
    </StepFrame>
  );
}
