// The duplicate card sets the row's own birth date and country beside the other side's, also for
// a person already in the vault (where no mirror report of the pair exists), in the UI's language.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { ImportRowPlan } from '../../../db/api';
import { i18n } from '../../../renderer/src/i18n';
import { DuplicateList } from '../../../renderer/src/features/import/DuplicateList';
import { installBridge } from '../support/bridge';

beforeAll(() => {
  const countries = [{ code: 'TJ', nameEn: 'Tajikistan', nameRu: 'Таджикистан', focus: true }, { code: 'UZ', nameEn: 'Uzbekistan', nameRu: 'Узбекистан', focus: true }];
  installBridge().answer('countries.list', countries);
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const row: ImportRowPlan = {
  row: 3, action: 'create', reason: 'New person and case.', reasonCode: 'new', reasonParams: {}, name: 'Каримова Нигора',
  birthDate: '1975-06', countryCode: 'TJ', warnings: [], notes: [],
  duplicates: [{ key: 'row:3~person:p1', against: 'vault', row: null, personId: 'p1', name: 'Karimova Nigora', birthDate: '1975', countryCode: 'UZ', strong: false, decision: null }],
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
