// Fixed values: one value for every row, for fields no column provides. The country is always
// offered while unmapped (a file about one country rarely has a country column); others on request.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { IMPORT_FIELDS, type ImportField } from '../../../../db/api';
import { Button } from '../../components/Button';
import { FieldValueControl } from './FieldValueControl';
import { setMapping, useImport } from './importStore';
import { mappedFields } from './mappingRules';

const ALWAYS_OFFERED: readonly ImportField[] = ['country'];

export function FixedValues() {
  const { t } = useTranslation('import');
  const addId = useId();
  const mapping = useImport((s) => s.mapping);
  const [extra, setExtra] = useState<ImportField[]>([]);
  const [toAdd, setToAdd] = useState<ImportField | ''>('');

  const mapped = mappedFields(mapping);
  const withValue = IMPORT_FIELDS.filter((f) => mapping.fixed[f] !== undefined);
  const shown = IMPORT_FIELDS.filter((f) => !mapped.has(f) && (ALWAYS_OFFERED.includes(f) || extra.includes(f) || withValue.includes(f)));
  const addable = IMPORT_FIELDS.filter((f) => !mapped.has(f) && !shown.includes(f));

  const setFixed = (field: ImportField, value: string | undefined) => {
    const fixed = { ...mapping.fixed };
    if (value === undefined) delete fixed[field];
    else fixed[field] = value;
    setMapping({ ...mapping, fixed });
  };

  const add = () => {
    if (toAdd === '') return;
    setExtra([...extra, toAdd]);
    setToAdd('');
  };

  const remove = (field: ImportField) => {
    setExtra(extra.filter((f) => f !== field));
    setFixed(field, undefined);
  };

  return (
    <section className="import-fixed" aria-labelledby={`${addId}-title`}>
      <h3 id={`${addId}-title`} className="import-subheading">
        {t('fixed.title')}
      </h3>
      <p className="muted">{t('fixed.intro')}</p>
      {shown.length > 0 ? (
        <ul className="import-fixed-list">
          {shown.map((field) => (
            <li key={field} className="import-fixed-row">
              <label htmlFor={`${addId}-${field}`} className="field-label">
                {t(`field.${field}`)}
              </label>
              <FieldValueControl
                id={`${addId}-${field}`}
                field={field}
                label={t('fixed.valueFor', { field: t(`field.${field}`) })}
                placeholder={t('fixed.choose')}
                value={mapping.fixed[field] ?? ''}
                onChange={(value) => setFixed(field, value === '' ? undefined : value)}
              />
              {ALWAYS_OFFERED.includes(field) ? (
                <span />
              ) : (
                <Button size="small" variant="ghost" onClick={() => remove(field)} aria-label={t('fixed.remove', { field: t(`field.${field}`) })}>
                  {t('fixed.removeShort')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {addable.length > 0 ? (
        <div className="import-inline">
          <label htmlFor={`${addId}-add`}>{t('fixed.addFor')}</label>
          <select id={`${addId}-add`} className="input select compact" value={toAdd} onChange={(e) => setToAdd(e.target.value as ImportField | '')}>
            <option value="">{t('fixed.chooseField')}</option>
            {addable.map((f) => (
              <option key={f} value={f}>
                {t(`field.${f}`)}
              </option>
            ))}
          </select>
          <Button size="small" onClick={add} disabled={toAdd === ''}>
            {t('fixed.add')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
