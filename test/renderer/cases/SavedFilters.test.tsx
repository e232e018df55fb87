// Saved filters on the case list: saving the filters set under a name (stored with preferences.set),
// applying one with the keyboard, renaming and deleting, names refused when empty or taken, and a
// saved caseworker who left the team left out with a word saying so.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Country, SavedCaseFilter, User } from '../../../db/api';
import '../../../renderer/src/i18n';
import { SavedFilters } from '../../../renderer/src/features/cases/SavedFilters';
import { DEFAULT_FILTERS, useCaseFilters } from '../../../renderer/src/features/cases/caseFilters';
import { applicable, nameProblem } from '../../../renderer/src/features/cases/savedFilters';
import { useSavedFilters } from '../../../renderer/src/features/cases/savedFilters';
import { useReferenceData } from '../../../renderer/src/shared/referenceData';
import { installBridge, type TestBridge } from '../support/bridge';

const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const COUNTRIES: Country[] = [{ code: 'KZ', nameEn: 'Kazakhstan', nameRu: 'Казахстан', focus: true }];
const AIGERIM: User = { id: '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a70', name: 'aigerim', displayName: 'Aigerim', role: 'caseworker', active: true, ...STAMP };
const GONE = '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a71';

let bridge: TestBridge;
let stored: unknown = null;

function saved(id: string, name: string, over: Partial<SavedCaseFilter['filters']> = {}): SavedCaseFilter {
  return { id, name, filters: { ...DEFAULT_FILTERS, ...over } };
}

beforeEach(() => {
  stored = null;
  bridge = installBridge();
  bridge.answer('countries.list', COUNTRIES);
  bridge.answer('users.list', [AIGERIM, { ...AIGERIM, id: GONE, name: 'gone', displayName: 'Gone', active: false }]);
  bridge.answer('preferences.get', () => ({ key: 'cases.savedFilters' as const, value: stored, updatedAt: null }));
  bridge.answer('preferences.set', (input) => {
    stored = input.value;
    return { key: 'cases.savedFilters' as const, value: stored, updatedAt: '2026-01-02T00:00:00.000Z' };
  });
  useSavedFilters.getState().reset();
  useReferenceData.getState().reset();
  useCaseFilters.getState().reset();
});

afterEach(() => {
  cleanup();
  expect(bridge.unanswered).toEqual([]);
});

describe('applicable', () => {
  it('keeps what is known and names what it dropped', () => {
    const known = { caseworkers: new Set([AIGERIM.id]), countries: new Set(['KZ']) };
    expect(applicable(saved('a', 'Mine', { caseworkerId: AIGERIM.id, countryCode: 'KZ' }), known).dropped).toEqual([]);
    const r = applicable(saved('b', 'Old', { caseworkerId: GONE, countryCode: 'XK', status: ['active'] }), known);
    expect(r.dropped).toEqual(['caseworkerId', 'countryCode']);
    expect(r.filters).toMatchObject({ caseworkerId: '', countryCode: '', status: ['active'] });
  });

  it('refuses empty, too long, taken names and a fifty-first filter', () => {
    const list = [saved('a', 'Detained in KZ')];
    expect(nameProblem(list, '  ')).toBe('empty');
    expect(nameProblem(list, 'x'.repeat(81))).toBe('tooLong');
    expect(nameProblem(list, 'detained in kz')).toBe('taken');
    expect(nameProblem(list, 'Detained in KZ', 'a')).toBeNull();
    expect(nameProblem(Array.from({ length: 50 }, (_, i) => saved(String(i), `F${i}`)), 'New')).toBe('full');
  });
});

describe('SavedFilters', () => {
  it('saves the filters set under a name, applies it from the keyboard, renames and deletes it', async () => {
    const user = userEvent.setup();
    useCaseFilters.getState().set({ countryCode: 'KZ', status: ['active'], detentionStatus: 'detained' });
    render(<SavedFilters />);
    expect(await screen.findByText(/None yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save this filter…' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Give the filter a name')).toBeTruthy();
    await user.type(screen.getByLabelText('Name for this filter'), 'Detained in KZ{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved “Detained in KZ”.'));
    expect(stored).toEqual([{ id: expect.any(String), name: 'Detained in KZ', filters: { ...DEFAULT_FILTERS, countryCode: 'KZ', status: ['active'], detentionStatus: 'detained' } }]);

    useCaseFilters.getState().reset();
    const apply = screen.getByRole('button', { name: 'Detained in KZ' });
    await waitFor(() => expect(apply).toHaveProperty('disabled', false));
    apply.focus();
    await user.keyboard('{Enter}');
    expect(useCaseFilters.getState()).toMatchObject({ countryCode: 'KZ', status: ['active'], detentionStatus: 'detained' });
    expect(screen.getByRole('status').textContent).toBe('Applied “Detained in KZ”.');

    await user.click(screen.getByRole('button', { name: 'Rename the saved filter “Detained in KZ”' }));
    const field = screen.getByLabelText('New name for “Detained in KZ”');
    await user.clear(field);
    await user.type(field, 'Kazakhstan, held{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kazakhstan, held' })).toBeTruthy());
    expect((stored as SavedCaseFilter[]).map((f) => f.name)).toEqual(['Kazakhstan, held']);

    await user.click(screen.getByRole('button', { name: 'Delete the saved filter “Kazakhstan, held”' }));
    await waitFor(() => expect(stored).toEqual([]));
    expect(screen.getByRole('status').textContent).toBe('Deleted “Kazakhstan, held”.');
  });

  it('applies what it can of a filter naming a caseworker who left, and says what it dropped', async () => {
    stored = [saved('old', 'Gone’s cases', { caseworkerId: GONE, status: ['monitoring'] })];
    const user = userEvent.setup();
    render(<SavedFilters />);
    const apply = await screen.findByRole('button', { name: 'Gone’s cases' });
    await waitFor(() => expect(apply).toHaveProperty('disabled', false));
    await user.click(apply);
    expect(useCaseFilters.getState()).toMatchObject({ caseworkerId: '', status: ['monitoring'] });
    expect(screen.getByRole('status').textContent).toBe('Applied “Gone’s cases” without its caseworker: no longer available.');
  });

  it('puts the list back and says so when the vault refuses to store it', async () => {
    bridge.fail('preferences.set', { code: 'INTERNAL', message: 'x' });
    const user = userEvent.setup();
    render(<SavedFilters />);
    await user.click(await screen.findByRole('button', { name: 'Save this filter…' }));
    await user.type(screen.getByLabelText('Name for this filter'), 'Any{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The saved filters could not be stored. Nothing was changed.'));
    expect(screen.queryByRole('button', { name: 'Any' })).toBeNull();
  });
});
