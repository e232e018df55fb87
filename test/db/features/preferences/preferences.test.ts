import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

describe('preferences', () => {
  it('remembers a choice per user across lock and unlock, without audit noise', () => {
    v = createTestVault();
    expect(v.call('preferences.get', { key: 'deadlines.horizon' })).toEqual({ key: 'deadlines.horizon', value: null, updatedAt: null });
    const auditBefore = v.call('audit.list', {}).total;
    v.call('preferences.set', { key: 'deadlines.horizon', value: '90' });
    v.call('preferences.set', { key: 'deadlines.horizon', value: 'all' });
    expect(v.call('audit.list', {}).total).toBe(auditBefore);
    v.signInAsAdmin();
    expect(v.call('preferences.get', { key: 'deadlines.horizon' })).toMatchObject({ value: 'all' });
    v.signInAs('caseworker');
    expect(v.call('preferences.get', { key: 'deadlines.horizon' })).toMatchObject({ value: null });
  });

  it('refuses an unknown key or a value of another shape, keeping what was stored', () => {
    v = createTestVault();
    v.call('preferences.set', { key: 'deadlines.horizon', value: '30' });
    const wrong = v.result('preferences.set', { key: 'deadlines.horizon', value: '45' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatchObject({ code: 'VALIDATION', details: { reason: 'preference_value_invalid' } });
    expect(v.result('preferences.set', { key: 'no.such.key', value: 1 } as never).ok).toBe(false);
    expect(v.call('preferences.get', { key: 'deadlines.horizon' })).toMatchObject({ value: '30' });
  });

  it('keeps saved case-list filters of the filter shape, at most 50, names at most 80 characters', () => {
    v = createTestVault();
    const filters = { countryCode: 'KZ', status: ['active'], detentionStatus: 'detained', profession: '', caseworkerId: '', search: 'Кабиров', sort: 'name', direction: 'asc' };
    const one = { id: 'f1', name: 'Held in Kazakhstan', filters };
    v.call('preferences.set', { key: 'cases.savedFilters', value: [one] });
    expect(v.call('preferences.get', { key: 'cases.savedFilters' }).value).toEqual([one]);
    const refused = (value: unknown) => v.result('preferences.set', { key: 'cases.savedFilters', value }).ok === false;
    expect(refused([{ ...one, name: 'x'.repeat(81) }])).toBe(true);
    expect(refused([{ ...one, name: '  ' }])).toBe(true);
    expect(refused([{ ...one, filters: { ...filters, status: ['lost'] } }])).toBe(true);
    expect(refused([{ ...one, filters: { ...filters, caseworkerId: 'not-an-id' } }])).toBe(true);
    expect(refused(Array.from({ length: 51 }, (_, i) => ({ ...one, id: `f${i}`, name: `F${i}` })))).toBe(true);
    expect(refused(Array.from({ length: 50 }, (_, i) => ({ ...one, id: `f${i}`, name: `F${i}` })))).toBe(false);
  });
});
