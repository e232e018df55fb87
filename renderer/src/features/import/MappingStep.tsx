// Step 2: which Habeas field each column holds, fixed values for fields no column gives, and saved
// mappings (presets) for files that come in the same shape every month.
import { useTranslation } from 'react-i18next';

import { IMPORT_FIELDS, type ImportField } from '../../../../db/api';
import { useShallow } from '../../state/store';
import { FixedValues } from './FixedValues';
import { goToStep, setMapping, useImport } from './importStore';
import { mappedTwice, missingRequired } from './mappingRules';
import { PresetBar } from './PresetBar';
import { StepFrame } from './StepFrame';

const SAMPLES = 3;

export function MappingStep() {
  const { t } = useTranslation('import');
  const { inspection, mapping } = useImport(useShallow((s) => ({ inspection: s.inspection, mapping: s.mapping })));
  if (!inspection) return null;

  const missing = missingRequired(mapping);
  const twice = mappedTwice(mapping);
  const fieldList = (fields: ImportField[]) => fields.map((f) => t(`field.${f}`)).join(', ');
  const blocker = missing.length > 0 ? t('mapping.missing', { fields: fieldList(missing) }) : twice.length > 0 ? t('mapping.twice', { fields: fieldList(twice) }) : null;
  const fieldOptions = IMPORT_FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) }));

  const setColumn = (header: string, field: ImportField | 'ignore') => setMapping({ ...mapping, columns: { ...mapping.columns, [header]: field } });

  return (
    <StepFrame title={t('steps.mapping')} onBack={() => goToStep(1)} onNext={() => goToStep(3)} nextDisabled={blocker !== null} blocker={blocker}>
      <p className="muted">{t('mapping.intro')}</p>
      <PresetBar />
      <div className="import-table-wrap">
        <table className="table import-mapping">
          <caption className="visually-hidden">{t('mapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mapping.column')}</th>
              <th scope="col">{t('mapping.samples')}</th>
              <th scope="col">{t('mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {inspection.headers.map((header) => {
              const field = mapping.columns[header] ?? 'ignore';
              const samples = inspection.sample
                .map((row) => row[header] ?? '')
                .filter((cell) => cell.trim() !== '')
                .slice(0, SAMPLES);
              return (
                <tr key={header} className={field === 'ignore' ? 'import-ignored' : undefined}>
                  <th scope="row" className="import-header-cell">
                    {header}
                  </th>
                  <td>
                    {samples.length > 0 ? (
                      <ul className="import-samples">
                        {samples.map((cell, i) => (
                          <li key={i}>{cell}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">{t('mapping.noSample')}</span>
                    )}
                  </td>
                  <td>
                    <select
                      className="input select"
                      aria-label={t('mapping.fieldFor', { column: header })}
                      value={field}
                      onChange={(e) => setColumn(header, e.target.value as ImportField | 'ignore')}
                    >
                      <option value="ignore">{t('mapping.ignore')}</option>
                      {fieldOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FixedValues />
    </StepFrame>
  );
}
