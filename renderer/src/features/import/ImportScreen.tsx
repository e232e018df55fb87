// The import wizard at /import: a spreadsheet in five steps (file, columns, values, plan, import).
// Editors only; everything read from the file is dropped when the wizard is left or the vault locks.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { EDITORS } from '../../../../db/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../state/session';
import { DryRunStep } from './DryRunStep';
import { FileStep } from './FileStep';
import { blamedValue, resetImport, useImport } from './importStore';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { RunStep } from './RunStep';
import { StepIndicator } from './StepIndicator';
import './import.css';

export function ImportScreen() {
  const { t } = useTranslation('import');
  const allowed = useSession((s) => s.hasRole(...EDITORS));
  const step = useImport((s) => s.step);
  const error = useImport((s) => s.error);

  // Leaving the wizard forgets the file: its rows name detainees.
  useEffect(() => resetImport, []);

  if (!allowed) {
    return (
      <>
        <PageHeader title={t('title')} />
        <p className="import-refused" role="alert">
          {t('notAllowed')}
        </p>
      </>
    );
  }

  return (
    <div className="import-screen">
      <PageHeader title={t('title')}>
        <p className="muted import-lead">{t('lead')}</p>
      </PageHeader>
      <StepIndicator step={step} />
      {/* A value the backend could not read is shown on its row in the review instead. */}
      {step !== 5 && !(step === 3 && blamedValue(error)) ? <ErrorMessage error={error} /> : null}
      {step === 1 ? <FileStep /> : null}
      {step === 2 ? <MappingStep /> : null}
      {step === 3 ? <ReviewStep /> : null}
      {step === 4 ? <DryRunStep /> : null}
      {step === 5 ? <RunStep /> : null}
    </div>
  );
}
