// A country select with the focus countries in their own group at the top; laid out like the
// shared fields (label, hint, error beside it) so it sits among them unnoticed.
import { useId, type Ref, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

import { useCountries } from '../../shared/countries';

interface CountryFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  placeholder: string;
  error?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
}

export function CountryField({ label, placeholder, error, id, ref, required, ...select }: CountryFieldProps) {
  const { t } = useTranslation('intake');
  const { countries } = useCountries();
  const auto = useId();
  const fieldId = id ?? auto;
  const focus = countries.filter((c) => c.focus);
  const rest = countries.filter((c) => !c.focus);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fieldId} className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <select
        id={fieldId}
        ref={ref}
        className="input select"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        {...select}
      >
        <option value="">{placeholder}</option>
        <optgroup label={t('country.focus')}>
          {focus.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('country.all')}>
          {rest.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
      </select>
      {error ? (
        <p id={`${fieldId}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
