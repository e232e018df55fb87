// The value review in jsdom with a stand-in bridge: an unreadable country is mapped once and can be
// remembered for later imports (sent as `aliases` with the plan); a sentence range is shown in words
// from the numbers the backend sends, marked as read with a warning, never "Recognised"; the plan's
// skipped rows are broken down by reason.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { ImportPlan, ImportValueReview } from '../../../db/api';
import { i18n } from '../../../renderer/src/i18n';
import { SkipReasons } from '../../../renderer/src/features/import/DryRunStep';
import { resetImport, useImport } from '../../../renderer/src/features/import/importStore';
import { ReviewStep } from '../../../renderer/src/features/import/ReviewStep';

const calls: { method: string; input: Record<string, unknown> }[] = [];
const kurdistan: ImportValueReview = { field: 'country', raw: 'Kurdistan', value: null, status: 'unrecognised', rows: 320, overridden: false, note: null, sentence: null };
const range: ImportValueReview = {
  field: 'sentence', raw: '3 to 8 years', value: '3 y to 8 y', status: 'normalised', rows: 12, overridden: false,
  note: { code: 'sentenceRange', field: 'sentence', raw: '3 to 8 years', params: {} },
  sentence: { kind: 'term', years: 3, months: 0, days: 0, max: { years: 8, months: 0, days: 0 } },
};
const counts = { created: 1000, updated: 0, skipped: 337, possibleDuplicates: 0, skippedBy: { countryUnrecognised: 320, noName: 17 } };
const plan: ImportPlan = { fileName: 'list.csv', fileHash: 'h', counts, rows: [], values: [kurdistan, range] };

beforeAll(() => {
  const bridge = {
    call: (method: string, input: Record<string, unknown>) => {
      calls.push({ method, input });
      if (method === 'countries.list') return Promise.resolve({ ok: true, value: [{ code: 'IQ', nameEn: 'Iraq', nameRu: 'Ирак', focus: false }] });
      if (method === 'imports.dryRun') return Promise.resolve({ ok: true, value: plan });
      return Promise.resolve({ ok: true, value: [] });
    },
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true });
});

beforeEach(() => {
  calls.length = 0;
  resetImport();
  useImport.setState({
    step: 3,
    file: { fileName: 'list.csv', size: 10, content: 'YQ==' },
    inspection: { format: 'csv', encoding: 'utf-8', delimiter: ',', sheets: [], sheet: null, headers: ['Country'], rowCount: 1337, sample: [], suggested: { columns: {}, fixed: {} }, guesses: [], fileHash: 'h' },
    mapping: { columns: { Country: 'country' }, fixed: {} },
    plan,
  });
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('value review', () => {
  it('maps an unreadable country once and remembers it for next imports', async () => {
    const user = userEvent.setup();
    render(<ReviewStep />);
    expect(screen.getByText('Not recognised')).toBeTruthy();
    expect(screen.queryByLabelText('Remember “Kurdistan” as this country for next imports')).toBeNull();
    await waitFor(() => expect(screen.getByRole('option', { name: 'Iraq' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText('Value to store for “Kurdistan”'), 'IQ');
    await user.click(screen.getByLabelText('Remember “Kurdistan” as this country for next imports'));
    expect(useImport.getState().aliases).toEqual({ Kurdistan: 'IQ' });
    await waitFor(() => expect(calls.some((c) => c.method === 'imports.dryRun' && JSON.stringify(c.input.aliases) === '{"Kurdistan":"IQ"}')).toBe(true), { timeout: 2000 });
    // Back to automatic: nothing left to remember.
    await user.selectOptions(screen.getByLabelText('Value to store for “Kurdistan”'), '');
    expect(useImport.getState().aliases).toEqual({});
  });

  it('shows a range in words from numbers, as read with a warning, in English and Russian', async () => {
    render(<ReviewStep />);
    expect(screen.getByText('3–8 years')).toBeTruthy();
    expect(screen.getByText('Read with a warning')).toBeTruthy();
    expect(screen.getByText(/“3 to 8 years” is a range/)).toBeTruthy();
    await i18n.changeLanguage('ru');
    await waitFor(() => expect(screen.getByText('3–8 лет')).toBeTruthy());
    expect(screen.getByText('С предупреждением')).toBeTruthy();
  });

  it('breaks the skipped rows down by reason, largest first', async () => {
    render(<SkipReasons counts={counts} />);
    expect(screen.getByText('Skipped rows: country not recognised 320, no name 17')).toBeTruthy();
    cleanup();
    await i18n.changeLanguage('ru');
    render(<SkipReasons counts={counts} />);
    expect(screen.getByText('Пропущенные строки: страна не распознана: 320, нет имени: 17')).toBeTruthy();
  });
});
