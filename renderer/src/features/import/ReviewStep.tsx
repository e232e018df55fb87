// Step 3: every distinct value of the fields Habeas normalises, as read and as it will be stored.
// Unrecognised values are marked and come first; the user may choose a value or leave it empty,
// and the plan is worked out again after each change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { IMPORT_FIELDS, type ImportField, type ImportValueReview } from '../../../../db/api';
import { CheckboxField } from '../../components/Field';
import { useShallow } from '../../state/store';
import { goToStep, useImport } from './importStore';
import { PlanStatus } from './PlanStatus';
import { StepFrame } from './StepFrame';
import { ValueReviewTable } from './ValueReviewTable';

/** The review grouped by field, in the order of the mapping's field list, unrecognised values first. */
export function groupReview(values: readonly ImportValueReview[]): { field: ImportField; values: ImportValueReview[] }[] {
  const order = { unrecognised: 0, normalised: 1, exact: 2 } as const;
  return IMPORT_FIELDS.map((field) => ({
    field,
    values: values.filter((v) => v.field === field).sort((a, b) => order[a.status] - order[b.status] || b.rows - a.rows || a.raw.localeCompare(b.raw)),
  })).filter((group) => group.values.length > 0);
}

export function ReviewStep() {
  const { t } = useTranslation('import');
  const { plan, planning, error } = useImport(useShallow((s) => ({ plan: s.plan, planning: s.planning, error: s.error })));
  const [onlyUnrecognised, setOnlyUnrecognised] = useState(false);
  const groups = plan ? groupReview(plan.values) : [];
  const unrecognised = plan ? plan.values.filter((v) => v.status === 'unrecognised' && !v.overridden).length : 0;

  return (
    <StepFrame title={t('steps.review')} onBack={() => goToStep(2)} onNext={() => goToStep(4)} nextDisabled={!plan || planning || error !== null}>
      <p className="muted">{t('review.intro')}</p>
      <PlanStatus />
      {plan ? (
        <>
          <p className={unrecognised > 0 ? 'import-attention' : 'muted'}>{unrecognised > 0 ? t('review.unrecognisedTotal', { count: unrecognised }) : t('review.allRecognised')}</p>
          {plan.values.length > 0 ? (
            <CheckboxField label={t('review.onlyUnrecognised')} checked={onlyUnrecognised} onChange={(e) => setOnlyUnrecognised(e.target.checked)} />
          ) : null}
          {groups.map((group) => {
            const shown = onlyUnrecognised ? group.values.filter((v) => v.status === 'unrecognised') : group.values;
            if (shown.length === 0) return null;
            return <ValueReviewTable key={group.field} field={group.field} values={shown} />;
          })}
        </>
      ) : null}
    </StepFrame>
  );
}
