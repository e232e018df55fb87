// One field's values in the review: raw → stored value, how it was recognised, how many rows have
// it, and the user's choice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportField, ImportValueReview } from '../../../../db/api';
import { Button } from '../../components/Button';
import { useCountries } from '../../shared/countries';
import { fieldKind } from './importFields';
import { showPartialDate } from '../../../../shared/partial-date';
import { usePlanText } from './planText';
import { formatSentenceTerm } from './sentenceTerms';
import { ValueOverride } from './ValueOverride';

/** Values shown before "Show all": a file of 1,000 people has 1,000 birth dates, mostly fine. */
const FIRST_VALUES = 20;

export function ValueReviewTable({ field, values }: { field: ImportField; values: ImportValueReview[] }) {
  const { t, i18n } = useTranslation('import');
  const [expanded, setExpanded] = useState(false);
  const { t: tv } = useTranslation('vocab');
  const { nameOf } = useCountries();
  const { note } = usePlanText();
  const kind = fieldKind(field);
  const label = t(`field.${field}`);
  // Values come sorted, unrecognised first: those are always shown.
  const needed = values.filter((v) => v.status === 'unrecognised').length;
  const visible = expanded ? values : values.slice(0, Math.max(FIRST_VALUES, needed));

  /** The stored value as the user knows it: a vocabulary label or a country's name. */
  const shown = (v: ImportValueReview & { value: string }) => {
    const { value } = v;
    if (v.sentence) return formatSentenceTerm(v.sentence, i18n.language, { life: t('review.life'), ends: (date) => t('review.ends', { date }) });
    if (kind.kind === 'vocab') return value.split('; ').map((v) => (kind.values.includes(v) ? tv(`${kind.group}.${v}`) : v)).join('; ');
    if (kind.kind === 'country') return nameOf(value);
    if (kind.kind === 'date') return showPartialDate(value, i18n.language);
    return value;
  };

  const warned = (v: ImportValueReview) => v.note !== null && !v.overridden;

  return (
    <section className="import-review-field" aria-label={label}>
      <h3 className="import-subheading">{label}</h3>
      <table className="table import-review">
        <caption className="visually-hidden">{t('review.caption', { field: label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.raw')}</th>
            <th scope="col">{t('review.value')}</th>
            <th scope="col">{t('review.status')}</th>
            <th scope="col" className="num">
              {t('review.rows')}
            </th>
            <th scope="col">{t('review.choice')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((v) => (
            <tr key={v.raw} className={v.status === 'unrecognised' && !v.overridden ? 'import-unrecognised' : undefined}>
              <th scope="row" className="import-raw">
                {v.raw}
              </th>
              <td>
                {v.value === null ? <span className="muted">{t('review.leftEmpty')}</span> : shown({ ...v, value: v.value })}
                {/* Read, but not as written: the warning goes with the value it is about. */}
                {warned(v) && v.note ? <p className="import-review-note">{note(v.note)}</p> : null}
              </td>
              <td>
                {warned(v) ? (
                  <span className="badge import-status-warning">{t('review.statuses.warning')}</span>
                ) : (
                  <span className={`badge import-status-${v.overridden ? 'overridden' : v.status}`}>{t(v.overridden ? 'review.overridden' : `review.statuses.${v.status}`)}</span>
                )}
              </td>
              <td className="num">{v.rows.toLocaleString(i18n.language)}</td>
              <td>
                <ValueOverride field={field} raw={v.raw} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length < values.length ? (
        <Button size="small" variant="ghost" className="import-show-all" onClick={() => setExpanded(true)}>
          {t('review.showAll', { count: values.length, formatted: values.length.toLocaleString(i18n.language), field: label })}
        </Button>
      ) : null}
    </section>
  );
}
