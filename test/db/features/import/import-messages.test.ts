// Every reason and note code has its English sentence, made from the params it is given, so the
// CLI's text and the renderer's codes cannot drift apart.
import { describe, expect, it } from 'vitest';

import { IMPORT_NOTE_CODES, IMPORT_REASON_CODES } from '../../../../db/api';
import { note, noteText, reasonText } from '../../../../db/features/import/import-messages';

describe('import messages', () => {
  it('gives each reason code an English sentence, interpolating its params', () => {
    for (const code of IMPORT_REASON_CODES) expect(reasonText({ code, params: { fields: 'sex', name: 'A B', row: 4 } })).toMatch(/^[A-Z].*\.$/);
    expect(reasonText({ code: 'changed', params: { fields: 'sentence, birthDate' } })).toBe('Imported before; changed: sentence, birthDate.');
    expect(reasonText({ code: 'mergedIntoRow', params: { row: 4 } })).toBe('Same person as row 4: added to that person.');
  });

  it('gives each note code an English sentence naming the field and the cell as written', () => {
    for (const code of IMPORT_NOTE_CODES) expect(noteText(note(code, 'birthDate', 'x', { date: '1985', values: 'a' }))).toMatch(/^[A-Z].*\.$/);
    expect(noteText(note('dateDayFirst', 'birthDate', '03.04.1985', { date: '1985-04-03' }))).toBe(
      'Date of birth "03.04.1985" was read day first, as 1985-04-03; check it is not month first.',
    );
    expect(noteText(note('professionsUnrecognised', 'professions', 'x', { values: 'astronaut; cook' }))).toBe('Professions "astronaut", "cook" were not recognised and are left out.');
    expect(noteText(note('futureDate', 'detentionStart', null, { date: '2097' }))).toBe('Arrest date 2097 is in the future and is left empty.');
  });
});
