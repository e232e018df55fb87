// The plan's reasons and warnings follow the UI's language: every reason and note code has a
// message in both catalogues, params are interpolated (field labels, dates, quoted cells), and a
// code the catalogue lacks falls back to the backend's English text.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { IMPORT_NOTE_CODES, IMPORT_REASON_CODES, type ImportConflict, type ImportReasonCode, type ImportRowPlan } from '../../../db/api';
import { catalogues, i18n } from '../../../renderer/src/i18n';
import { usePlanText } from '../../../renderer/src/features/import/planText';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const planOf = (catalogue: unknown): Record<string, Record<string, string>> =>
  ((catalogue ?? {}) as { plan?: Record<string, Record<string, string>> }).plan ?? {};

function row(extra: Partial<ImportRowPlan>): ImportRowPlan {
  return {
    row: 2, action: 'create', reason: 'New person and case.', reasonCode: 'new', reasonParams: {}, name: 'A', birthDate: null, countryCode: null,
    warnings: [], notes: [], duplicates: [], conflicts: [], ...extra,
  };
}

function Plan({ rows }: { rows: ImportRowPlan[] }) {
  const text = usePlanText();
  return (
    <ul>
      {rows.map((r) => (
        <li key={r.row}>
          <p>{text.reason(r)}</p>
          {text.warnings(r).map((w) => <p key={w}>{w}</p>)}
        </li>
      ))}
    </ul>
  );
}

describe('plan text', () => {
  it('has every reason and note code in the English and Russian catalogues', () => {
    const all = catalogues();
    for (const language of ['en', 'ru']) {
      const plan = planOf(all[language]?.import);
      for (const code of IMPORT_REASON_CODES) expect({ language, code, has: Boolean(plan.reason?.[code]) }).toEqual({ language, code, has: true });
      for (const code of IMPORT_NOTE_CODES) expect({ language, code, has: Boolean(plan.note?.[code]) }).toEqual({ language, code, has: true });
    }
  });

  it('shows reasons and warnings in Russian, with field labels, dates and the cell as written', async () => {
    await i18n.changeLanguage('ru');
    render(
      <Plan
        rows={[
          row({
            reasonCode: 'changed', reasonParams: { fields: 'sentence, birthDate' }, reason: 'Imported before; changed: sentence, birthDate.',
            warnings: ['Date of birth "03.04.1985" was read day first, as 1985-04-03; check it is not month first.', 'Professions "astronaut" were not recognised and are left out.'],
            notes: [
              { code: 'dateDayFirst', field: 'birthDate', raw: '03.04.1985', params: { date: '1985-04-03' } },
              { code: 'professionsUnrecognised', field: 'professions', raw: 'журналист; astronaut', params: { values: 'astronaut' } },
            ],
          }),
        ]}
      />,
    );
    expect(screen.getByText('Уже импортирована; изменилось: Приговор, Дата рождения.')).toBeTruthy();
    expect(screen.getByText(/^Дата рождения: «03\.04\.1985» прочитано как 3 апреля 1985/)).toBeTruthy();
    expect(screen.getByText('Профессии «astronaut» не распознаны и не записаны.')).toBeTruthy();
  });

  it('names the values of a status conflict in words, in English and Russian', async () => {
    const conflict: ImportConflict = { code: 'newer', field: 'status', kept: 'killed', other: 'imprisoned' };
    function Conflict() {
      return <p>{usePlanText().conflict(conflict)}</p>;
    }
    render(<Conflict />);
    expect(screen.getByText(/this newer row’s “Killed” becomes current; the earlier “Imprisoned” is kept/)).toBeTruthy();
    cleanup();
    await i18n.changeLanguage('ru');
    render(<Conflict />);
    expect(screen.getByText(/текущим становится «Убит\(а\)» из этой, более новой строки, а прежнее «В заключении»/)).toBeTruthy();
  });

  it('falls back to the English text for a code the catalogue does not know', async () => {
    await i18n.changeLanguage('ru');
    render(<Plan rows={[row({ reasonCode: 'fromTheFuture' as ImportReasonCode, reason: 'A reason from a newer backend.' })]} />);
    expect(screen.getByText('A reason from a newer backend.')).toBeTruthy();
  });
});
