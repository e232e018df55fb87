// Step 1: choose the file. Its bytes go to imports.inspect; the user sees what Habeas made of it
// (format, encoding, delimiter, rows) and can correct the encoding, the delimiter or the sheet.
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useShallow } from '../../state/store';
import { chooseFile, goToStep, useImport } from './importStore';
import { FileSummary } from './FileSummary';
import { formatSize, readChosenFile, type FileProblem } from './readFile';
import { StepFrame } from './StepFrame';

export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.json';

export function FileStep() {
  const { t, i18n } = useTranslation('import');
  const inputId = useId();
  const { file, inspection, inspecting } = useImport(useShallow((s) => ({ file: s.file, inspection: s.inspection, inspecting: s.inspecting })));
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<{ kind: FileProblem; size: string } | null>(null);

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    setProblem(null);
    setReading(true);
    const read = await readChosenFile(chosen);
    setReading(false);
    if (typeof read === 'string') setProblem({ kind: read, size: formatSize(chosen.size, i18n.language) });
    else await chooseFile(read);
  };

  const busy = reading || inspecting;
  return (
    <StepFrame title={t('steps.file')} onNext={() => goToStep(2)} nextDisabled={!inspection || busy}>
      <div className="field import-file-field">
        <label htmlFor={inputId} className="field-label">
          {t('file.label')}
        </label>
        {/* The native button's words follow the system, not the app's language: it is hidden
            (still focusable and operable) behind a button-like label in our words. */}
        <div className="import-file-picker">
          <input
            id={inputId}
            type="file"
            className="import-file-input"
            accept={ACCEPTED_FILES}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => void onChange(e)}
          />
          <label htmlFor={inputId} className="btn btn-secondary import-file-button" aria-hidden="true">
            {t('file.choose')}
          </label>
          <span className="import-file-name">{file ? file.fileName : t('file.noneChosen')}</span>
        </div>
        <p id={`${inputId}-hint`} className="field-hint">
          {file ? t('file.chosen', { size: formatSize(file.size, i18n.language) }) : t('file.hint')}
        </p>
      </div>
      {problem ? (
        <div className="error-banner" role="alert">
          {t(`file.${problem.kind}`, { size: problem.size })}
        </div>
      ) : null}
      <p className="muted" role="status" aria-live="polite">
        {busy ? t('file.reading') : ''}
      </p>
      {inspection && file ? <FileSummary inspection={inspection} /> : null}
    </StepFrame>
  );
}
