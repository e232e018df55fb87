// The backend's vocabulary words are copies of the renderer's (db/ may not import the renderer):
// every group they hold must equal vocab.json's, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { VOCAB_GROUPS, VOCAB_WORDS } from '../../../../db/features/common/vocab-words';

const vocab = (language: string): Record<string, Record<string, string>> =>
  JSON.parse(readFileSync(join(__dirname, '../../../../renderer/src/i18n/locales', language, 'vocab.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('vocabulary words for documents', () => {
  it.each(['en', 'ru'] as const)('match the renderer catalogue in %s', (language) => {
    const catalogue = vocab(language);
    for (const group of VOCAB_GROUPS) expect(VOCAB_WORDS[language][group]).toEqual(catalogue[group]);
  });
});
