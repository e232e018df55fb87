// A sentence's term in words ("7 years 3 months", "life") in the interface language.
import { useTranslation } from 'react-i18next';

interface Term {
  years: number;
  months: number;
  days: number;
  /** The upper term of a range ("3–8 years"); null or left out for a single term. */
  maxYears?: number | null;
  maxMonths?: number | null;
  maxDays?: number | null;
  life: boolean;
}

export function useTermText(): (term: Term) => string {
  const { t } = useTranslation('case');
  const words = (years: number, months: number, days: number) =>
    [
      years > 0 ? t('sentence.years', { count: years }) : null,
      months > 0 ? t('sentence.months', { count: months }) : null,
      days > 0 ? t('sentence.days', { count: days }) : null,
    ].filter((p) => p !== null).join(' ');
  return (term) => {
    if (term.life) return t('sentence.life');
    const lower = words(term.years, term.months, term.days);
    const ranged = term.maxYears != null || term.maxMonths != null || term.maxDays != null;
    if (ranged) {
      const [y, m, d] = [term.maxYears ?? 0, term.maxMonths ?? 0, term.maxDays ?? 0];
      // "3–8 years" when both ends are whole years; else "4 years 6 months – 8 years".
      if (term.months === 0 && term.days === 0 && m === 0 && d === 0 && term.years > 0) return `${term.years}–${t('sentence.years', { count: y })}`;
      return t('sentence.range', { from: lower || t('sentence.noTerm'), to: words(y, m, d) });
    }
    return lower || t('sentence.noTerm');
  };
}
