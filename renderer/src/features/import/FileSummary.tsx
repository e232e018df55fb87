// What imports.inspect found in the file, with the guesses the user may correct: the encoding and
// delimiter of a CSV, the sheet of a workbook. A change inspects the file again.
import { useTranslation } from 'react-i18next';

import { IMPORT_ENCODINGS, type ImportEncoding, type ImportInspection } from '../../../../db/api';
import { SelectField, type Option } from '../../components/Field';
import { inspect, useImport } from './importStore';

/** Delimiters people actually use in spreadsheets exported from Excel, LibreOffice and databases. */
const DELIMITERS = [
  { value: ',', key: 'comma' },
  { value: ';', key: 'semicolon' },
  { value: '\t', key: 'tab' },
  { value: '|', key: 'pipe' },
] as const;

export function FileSummary({ inspection }: { inspection: ImportInspection }) {
  const { t, i18n } = useTranslation('import');
  const options = useImport((s) => s.options);
  const inspecting = useImport((s) => s.inspecting);
  const delimiterKey = DELIMITERS.find((d) => d.value === inspection.delimiter)?.key;
  const delimiterOptions: Option[] = DELIMITERS.map((d) => ({ value: d.value, label: t(`file.delimiters.${d.key}`) }));
  // A delimiter we have no name for still shows as itself, so the select never lies about it.
  if (inspection.delimiter !== null && !delimiterKey) delimiterOptions.push({ value: inspection.delimiter, label: `“${inspection.delimiter}”` });

  return (
    <div className="import-file-summary">
      <h3 className="import-subheading">{t('file.summary')}</h3>
      <dl className="import-facts">
        <div>
          <dt>{t('file.format')}</dt>
          <dd>{t(`file.formats.${inspection.format}`)}</dd>
        </div>
        {inspection.encoding ? (
          <div>
            <dt>{t('file.encoding')}</dt>
            <dd>{t(`file.encodings.${inspection.encoding}`)}</dd>
          </div>
        ) : null}
        {inspection.delimiter !== null ? (
          <div>
            <dt>{t('file.delimiter')}</dt>
            <dd>{delimiterKey ? t(`file.delimiters.${delimiterKey}`) : inspection.delimiter}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('file.rows')}</dt>
          <dd>{inspection.rowCount.toLocaleString(i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('file.columns')}</dt>
          <dd>{inspection.headers.length.toLocaleString(i18n.language)}</dd>
        </div>
      </dl>
      <div className="form-grid">
        {inspection.format === 'csv' ? (
          <>
            <SelectField
              label={t('file.encoding')}
              hint={t('file.encodingHint')}
              value={inspection.encoding ?? ''}
              disabled={inspecting}
              options={IMPORT_ENCODINGS.map((e) => ({ value: e, label: t(`file.encodings.${e}`) }))}
              onChange={(e) => void inspect({ ...options, encoding: e.target.value as ImportEncoding })}
            />
            <SelectField
              label={t('file.delimiter')}
              hint={t('file.delimiterHint')}
              value={inspection.delimiter ?? ''}
              disabled={inspecting}
              options={delimiterOptions}
              onChange={(e) => void inspect({ ...options, delimiter: e.target.value })}
            />
          </>
        ) : null}
        {inspection.format === 'xlsx' && inspection.sheets.length > 0 ? (
          <SelectField
            label={t('file.sheet')}
            value={inspection.sheet ?? ''}
            disabled={inspecting}
            options={inspection.sheets.map((s) => ({ value: s, label: s }))}
            onChange={(e) => void inspect({ ...options, sheet: e.target.value })}
          />
        ) : null}
      </div>
    </div>
  );
}
