// The CSV's words are copies of the renderer's catalogues (db/ may not import the renderer): every
// group title, figure label and vocabulary word the CSV uses must equal the screen's, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { REPORT_GROUPS, REPORT_LANGUAGES } from '../../../../db/contract/reports';
import { REPORT_WORDS } from '../../../../db/features/reports/report-labels';

const catalogue = (language: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '../../../../renderer/src/i18n/locales', language, `${name}.json`), 'utf8')) as Record<string, unknown>;

describe('report CSV words', () => {
  it.each(REPORT_LANGUAGES)('match the renderer catalogues in %s', (language) => {
    const words = REPORT_WORDS[language];
    const reports = catalogue(language, 'reports') as { group: Record<string, string>; figure: Record<string, unknown>; people: Record<string, string> };
    const vocab = catalogue(language, 'vocab') as Record<string, Record<string, string>>;
    expect(Object.keys(words.group).sort()).toEqual([...REPORT_GROUPS].sort());
    expect(words.group).toEqual(reports.group);
    const { total, noProfession, unknownFacility, unknownReason, category, sentences } = reports.figure;
    expect({ total, noProfession, unknownFacility, unknownReason, category, sentences }).toEqual({
      total: words.total, noProfession: words.noProfession, unknownFacility: words.unknownFacility, unknownReason: words.unknownReason,
      category: words.category, sentences: words.sentences,
    });
    expect(words.confidential).toBe(reports.people.confidential);
    for (const [group, values] of Object.entries(words.vocab)) expect(values).toEqual(vocab[group]);
  });
});
