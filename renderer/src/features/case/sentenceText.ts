// A sentence's term in words ("7 years 3 months", "life") in the interface language.
import { useTranslation } from 'react-i18next';

interface Term {
  years: number;
  months: number;
  days: number;
  life: boolean;
}

export function useTermText(): (term: Term) => string {
  const { t } = useTranslation('case');
  return (term) => {
    if (term.life) return t('sentence.life');
    const parts = [
      term.years > 0 ? t('sentence.years', { count: term.years }) : null,
      term.months > 0 ? t('sentence.months', { count: term.months }) : null,
      term.days > 0 ? t('sentence.days', { count: term.days }) : null,
    ].filter((p) => p !== null);
    return parts.length > 0 ? parts.join(' ') : t('sentence.noTerm');
  };
}
