// A sentence's term in the case file, in English and Russian: a single term, a range ("3–8
// years", stored as the lower term and max_*), and life.
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { i18n } from '../../../../renderer/src/i18n';
import { useTermText } from '../../../../renderer/src/features/cases/case/sentenceText';

const single = { years: 7, months: 6, days: 0, life: false, maxYears: null, maxMonths: null, maxDays: null };
const range = { years: 3, months: 0, days: 0, life: false, maxYears: 8, maxMonths: 0, maxDays: 0 };
const mixed = { years: 4, months: 6, days: 0, life: false, maxYears: 8, maxMonths: 0, maxDays: 0 };

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('useTermText', () => {
  it('puts a range in words in English and Russian', async () => {
    const en = renderHook(() => useTermText()).result.current;
    expect(en(single)).toBe('7 years 6 months');
    expect(en(range)).toBe('3–8 years');
    expect(en(mixed)).toBe('4 years 6 months – 8 years');
    expect(en({ ...range, life: true })).toBe('Life');
    await i18n.changeLanguage('ru');
    const ru = renderHook(() => useTermText()).result.current;
    expect(ru(range)).toBe('3–8 лет');
    expect(ru(mixed)).toBe('4 года 6 месяцев – 8 лет');
  });
});
