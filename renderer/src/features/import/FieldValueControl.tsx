// The control for one fixed value (or one override in the value review): a country select, a
// vocabulary select, or a text box (dates with their partial-date hint).
import { useTranslation } from 'react-i18next';

import type { ImportField } from '../../../../db/api';
import { useCountries } from '../../shared/countries';
import { fieldKind } from './importFields';

interface FieldValueControlProps {
  field: ImportField;
  value: string;
  onChange: (value: string) => void;
  label: string;
  /** The empty option's text in selects. */
  placeholder: string;
  disabled?: boolean;
  id?: string;
  /** The id of the message saying what is wrong with the value, when something is. */
  errorId?: string | undefined;
  /** One more choice after the allowed values (the review's "leave empty"). */
  extraOption?: { value: string; label: string };
}

export function FieldValueControl({ field, value, onChange, label, placeholder, disabled = false, id, errorId, extraOption }: FieldValueControlProps) {
  const { t } = useTranslation('import');
  const { t: tv } = useTranslation('vocab');
  const { countries } = useCountries();
  const kind = fieldKind(field);

  if (kind.kind === 'text' || kind.kind === 'date') {
    return (
      <input
        id={id}
        className="input"
        aria-label={label}
        value={value}
        disabled={disabled}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        placeholder={kind.kind === 'date' ? t('dates.placeholder') : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <select id={id} className="input select" aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      <option value="">{placeholder}</option>
      {kind.kind === 'vocab'
        ? kind.values.map((v) => (
            <option key={v} value={v}>
              {tv(`${kind.group}.${v}`)}
            </option>
          ))
        : null}
      {kind.kind === 'country' ? (
        <>
          <optgroup label={t('countries.focus')}>
            {countries
              .filter((c) => c.focus)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('countries.all')}>
            {countries
              .filter((c) => !c.focus)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
          </optgroup>
        </>
      ) : null}
      {extraOption ? <option value={extraOption.value}>{extraOption.label}</option> : null}
    </select>
  );
}
