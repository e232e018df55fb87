// Values shown in the review as people say them: partial dates honestly ("March 2021", "2019"),
// sentences the backend sends as numbers, in words, in English and Russian.
import { describe, expect, it } from 'vitest';

import { showPartialDate } from '../../../shared/partial-date';
import { formatSentenceTerm } from '../../../renderer/src/features/import/sentenceTerms';

const words = { life: 'Life', ends: (date: string) => `Ends ${date}` };

describe('showPartialDate', () => {
  it('keeps the precision it was given', () => {
    expect(showPartialDate('2019', 'en')).toBe('2019');
    expect(showPartialDate('2021-03', 'en')).toBe('March 2021');
    expect(showPartialDate('1980-03-04', 'en-GB')).toBe('4 March 1980');
    expect(showPartialDate('not a date', 'en')).toBe('not a date');
  });
});

describe('formatSentenceTerm', () => {
  const term = (years: number, months = 0, days = 0, max: { years: number; months: number; days: number } | null = null) => ({ kind: 'term' as const, years, months, days, max });
  it('spells out terms, ranges, life and end dates from numbers', () => {
    expect(formatSentenceTerm(term(7, 6), 'en', words)).toBe('7 years 6 months');
    expect(formatSentenceTerm(term(5), 'ru', words)).toBe('5 лет');
    expect(formatSentenceTerm(term(0, 0, 18), 'en', words)).toBe('18 days');
    expect(formatSentenceTerm(term(3, 0, 0, { years: 8, months: 0, days: 0 }), 'en', words)).toBe('3–8 years');
    expect(formatSentenceTerm(term(3, 0, 0, { years: 8, months: 0, days: 0 }), 'ru', words)).toBe('3–8 лет');
    expect(formatSentenceTerm(term(4, 6, 0, { years: 8, months: 0, days: 0 }), 'en', words)).toBe('4 years 6 months – 8 years');
    expect(formatSentenceTerm({ kind: 'life' }, 'en', words)).toBe('Life');
    expect(formatSentenceTerm({ kind: 'ends', date: '2027-03' }, 'en', words)).toBe('Ends March 2027');
  });
});
