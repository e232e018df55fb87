// Possible duplicates become one decision each: a pair of file rows reported on both rows is one
// pair, with the row's own birth date and country beside it; the bulk helpers decide by key.
import { describe, expect, it } from 'vitest';

import type { ImportDuplicate, ImportRowPlan } from '../../../db/api';
import { decisionOf, duplicatePairs, keepAllApart, keepRestApart, mergeAllNameCountry, mergeAllStrong } from '../../../renderer/src/features/import/duplicatePairs';

function dup(key: string, extra: Partial<ImportDuplicate>): ImportDuplicate {
  return { key, against: 'file', row: null, personId: null, name: '', birthDate: null, countryCode: null, strong: false, sameNameAndCountry: false, decision: null, ...extra };
}

function row(number: number, name: string, duplicates: ImportDuplicate[], birthDate: string | null = null): ImportRowPlan {
  return { row: number, action: 'create', reason: '', reasonCode: 'new', reasonParams: {}, name, birthDate, countryCode: birthDate ? 'TJ' : null, warnings: [], notes: [], duplicates, conflicts: [] };
}

describe('duplicatePairs', () => {
  const rows = [
    row(2, 'Иванов Иван', [dup('f:2-5', { row: 5, name: 'Иванов Иван Петрович', birthDate: '1980-03-04', countryCode: 'TJ', strong: true })], '1980-03-04'),
    row(3, 'Каримова Нигора', [dup('v:3', { against: 'vault', personId: 'p1', name: 'Karimova Nigora', decision: 'merge' })]),
    row(5, 'Иванов Иван Петрович', [dup('f:2-5', { row: 2, name: 'Иванов Иван', birthDate: '1980-03-04', countryCode: 'TJ', strong: true })]),
  ];

  it('lists each pair once, on the first row that reports it, with that row\'s own birth date and country', () => {
    const pairs = duplicatePairs(rows);
    expect(pairs.map((p) => [p.duplicate.key, p.row, p.rowBirthDate, p.rowCountryCode])).toEqual([
      ['f:2-5', 2, '1980-03-04', 'TJ'],
      ['v:3', 3, null, null],
    ]);
  });

  it('prefers the user’s decision over the backend’s, and decides in bulk by key', () => {
    const pairs = duplicatePairs(rows);
    const [first, second] = pairs;
    if (!first || !second) throw new Error('two pairs expected');
    expect(decisionOf(first, {})).toBeNull();
    expect(decisionOf(second, {})).toBe('merge');
    expect(decisionOf(second, { 'v:3': 'separate' })).toBe('separate');
    expect(keepAllApart(pairs)).toEqual({ 'f:2-5': 'separate', 'v:3': 'separate' });
    expect(mergeAllStrong(pairs)).toEqual({ 'f:2-5': 'merge' });
    expect(mergeAllNameCountry(pairs)).toEqual({ 'f:2-5': 'merge' });
    expect(keepRestApart(pairs, {})).toEqual({ 'f:2-5': 'separate' });
    expect(keepRestApart(pairs, { 'f:2-5': 'merge' })).toEqual({});
  });
});
