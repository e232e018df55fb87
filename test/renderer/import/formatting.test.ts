// Values shown in the review as people say them: partial dates honestly ("March 2021", "2019"),
// the backend's short sentence form as words, in English and Russian.
import { describe, expect, it } from 'vitest';

import { showPartialDate } from '../../../shared/partial-date';
import { formatSentence } from '../../../renderer/src/features/import/sentenceTerms';

const words = { life: 'Life', ends: (date: string) => `Ends ${date}` };

describe('showPartialDate', () => {
  it('keeps the precision it was given', () => {
    expect(showPartialDate('2019', 'en')).toBe('2019');
    expect(showPartialDate('2021-03', 'en')).toBe('March 2021');
    expect(showPartialDate('1980-03-04', 'en-GB')).toBe('4 March 1980');
    expect(showPartialDate('not a date', 'en')).toBe('not a date');
  });
});

describe('formatSentence', () => {
  it('spells out terms, life and end dates', () => {
    expect(formatSentence('7 y 6 m', 'en', words)).toBe('7 years 6 months');
    expect(formatSentence('5 y', 'ru', words)).toBe('5 лет');
    expect(formatSentence('18 d', 'en', words)).toBe('18 days');
    expect(formatSentence('life', 'en', words)).toBe('Life');
    expect(formatSentence('ends 2027-03', 'en', words)).toBe('Ends March 2027');
    expect(formatSentence('three winters', 'en', words)).toBe('three winters');
  });
});
