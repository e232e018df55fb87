// Announces that the plan is being worked out again (after an override or a decision), politely,
// so the user knows the counts below are about to change.
import { useTranslation } from 'react-i18next';

import { useImport } from './importStore';

export function PlanStatus() {
  const { t } = useTranslation('import');
  const planning = useImport((s) => s.planning);
  return (
    <p className="muted import-plan-status" role="status" aria-live="polite">
      {planning ? t('wizard.planning') : ''}
    </p>
  );
}
