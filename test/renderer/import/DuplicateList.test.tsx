// The duplicate card sets the row's own birth date and country beside the other side's, also for
// a person already in the vault (where no mirror report of the pair exists), in the UI's language;
// the plan step decides pairs in bulk and does not go on while any pair is undecided.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { ImportPlan, ImportRowPlan } from '../../../db/api';
import { i18n } from '../../../renderer/src/i18n';
import { DryRunStep } from '../../../renderer/src/features/import/DryRunStep';
import { DuplicateList } from '../../../renderer/src/features/import/DuplicateList';
import { resetImport, useImport } from '../../../renderer/src/features/import/importStore';
import { installBridge } from '../support/bridge';

beforeAll(() => {
  const countries = [{ code: 'TJ', nameEn: 'Tajikistan', nameRu: 'Таджикистан', focus: true }, { code: 'UZ', nameEn: 'Uzbekistan', nameRu: 'Узбекистан', focus: true }];
  installBridge().answer('countries.list', countries);
});

afterEach(async () => {
  cleanup();
  resetImport();
  await i18n.changeLanguage('en');
});

const row: ImportRowPlan = {
  row: 3, action: 'create', reason: 'New person and case.', reasonCode: 'new', reasonParams: {}, name: 'Каримова Нигора',
  birthDate: '1975-06', countryCode: 'TJ', warnings: [], notes: [],
  duplicates: [{ key: 'row:3~person:p1', against: 'vault', row: null, personId: 'p1', name: 'Karimova Nigora', birthDate: '1975', countryCode: 'UZ', strong: false, sameNameAndCountry: false, decision: null }],
  conflicts: [],
};

describe('DuplicateList', () => {
  it('shows both sides’ birth date and country, in Russian', async () => {
    await i18n.changeLanguage('ru');
    render(<DuplicateList rows={[row]} />);
    const card = screen.getByRole('group', { name: /Каримова Нигора/ });
    expect(within(card).getByText(/июнь 1975/i)).toBeTruthy();
    expect(within(card).getByText(/^1975$|: 1975$/)).toBeTruthy();
    expect(await within(card).findByText(/Таджикистан/)).toBeTruthy();
    expect(within(card).getByText(/Узбекистан/)).toBeTruthy();
  });
});

describe('the duplicate step in bulk', () => {
  const pair = (row: number, other: number, extra: Partial<ImportRowPlan['duplicates'][number]>): ImportRowPlan => ({
    row, action: 'create', reason: '', reasonCode: 'new', reasonParams: {}, name: `Person ${row}`, birthDate: null, countryCode: 'TR', warnings: [], notes: [], conflicts: [],
    duplicates: [{ key: `row:${row}~row:${other}`, against: 'file', row: other, personId: null, name: `Person ${other}`, birthDate: null, countryCode: 'TR', strong: false, sameNameAndCountry: false, decision: null, ...extra }],
  });
  const rows = [pair(10, 2, { sameNameAndCountry: true }), pair(11, 3, { sameNameAndCountry: true }), pair(12, 4, {}), pair(13, 5, { strong: true })];
  const plan: ImportPlan = { fileName: 'census.csv', fileHash: 'h', counts: { created: 4, updated: 0, skipped: 0, possibleDuplicates: 4, skippedBy: {} }, rows, values: [] };

  it('merges the pairs sharing name and country, counts what is left, and goes on only once the rest are kept apart', async () => {
    useImport.setState({ step: 4, plan, planning: false, decisions: {} });
    render(<DryRunStep />);
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('4 pairs are not decided: decide them, or keep the rest apart, to go on.')).toBeTruthy();
    expect(screen.getByText('4 of 4 pairs not decided yet')).toBeTruthy();
    const user = userEvent.setup();
    // The strong pair counts too: the same rule as --merge-duplicates=name-country.
    await user.click(screen.getByRole('button', { name: 'Merge all 3 pairs with the same name and country' }));
    expect(useImport.getState().decisions).toEqual({ 'row:10~row:2': 'merge', 'row:11~row:3': 'merge', 'row:13~row:5': 'merge' });
    expect(screen.getByText('1 of 4 pairs not decided yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep the 1 undecided pair apart' }));
    expect(useImport.getState().decisions['row:12~row:4']).toBe('separate');
    expect(useImport.getState().decisions['row:10~row:2']).toBe('merge');
    expect(screen.getByText('All 4 pairs are decided.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(false));
  });

  it('says the same in Russian', async () => {
    await i18n.changeLanguage('ru');
    useImport.setState({ step: 4, plan, planning: false, decisions: {} });
    render(<DryRunStep />);
    expect(screen.getByRole('button', { name: 'Объединить все пары с одинаковым именем и страной (3)' })).toBeTruthy();
    expect(screen.getByText('Не решено: 4 из 4')).toBeTruthy();
    expect(screen.getByText(/Пар без решения: 4\./)).toBeTruthy();
  });
});
