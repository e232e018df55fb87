// The mapping step's rules: name and country are needed (mapped or fixed) before the next step;
// the mapping sent keeps fixed values only for unmapped fields; presets apply by header.
import { describe, expect, it } from 'vitest';

import type { ImportMapping } from '../../../db/api';
import { applyPreset, mappedTwice, mappingForCall, missingRequired } from '../../../renderer/src/features/import/mappingRules';

const mapping = (columns: ImportMapping['columns'], fixed: ImportMapping['fixed'] = {}): ImportMapping => ({ columns, fixed });

describe('missingRequired', () => {
  it('asks for name and country when neither is given', () => {
    expect(missingRequired(mapping({ 'Дата рождения': 'birthDate' }))).toEqual(['name', 'country']);
  });

  it('accepts a mapped name and a fixed country', () => {
    expect(missingRequired(mapping({ ФИО: 'name' }, { country: 'TJ' }))).toEqual([]);
  });

  it('does not count an ignored column or a blank fixed value', () => {
    expect(missingRequired(mapping({ ФИО: 'ignore', Страна: 'country' }, { name: '   ' }))).toEqual(['name']);
  });
});

describe('mappedTwice', () => {
  it('flags a field fed by two columns, except notes, which collect several', () => {
    expect(mappedTwice(mapping({ a: 'name', b: 'name', c: 'notes', d: 'notes', e: 'charges', f: 'charges' }))).toEqual(['name', 'charges']);
  });
});

describe('mappingForCall', () => {
  it('drops ignored columns, headers not in the file, and fixed values of mapped fields', () => {
    const sent = mappingForCall(mapping({ ФИО: 'name', Страна: 'country', Лишний: 'ignore', Старый: 'notes' }, { country: 'KZ', sex: ' male ', place: '' }), ['ФИО', 'Страна', 'Лишний']);
    expect(sent).toEqual({ columns: { ФИО: 'name', Страна: 'country' }, fixed: { sex: 'male' } });
  });
});

describe('applyPreset', () => {
  it('maps the headers the preset knows, keeps the rest, and adds its fixed values', () => {
    const applied = applyPreset(mapping({ ФИО: 'name', Заметки: 'notes' }, { sex: 'male' }), mapping({ ФИО: 'nameVariants', Статья: 'charges' }, { country: 'TJ' }), ['ФИО', 'Заметки', 'Статья']);
    expect(applied).toEqual({ columns: { ФИО: 'nameVariants', Заметки: 'notes', Статья: 'charges' }, fixed: { sex: 'male', country: 'TJ' } });
  });
});
