// Every reason the backend can give has words in both languages: each ERROR_REASONS value in
// common:errorReasons and each FIELD_REASONS value under its catalogue key, with no stale words
// left over. Real refusals, made by the backend's own helpers, are worded from their reason and
// params (dates as people say them) and never from the English message; an unknown reason falls
// back to the generic text of its code.
import { renderHook } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';

import { ERROR_REASONS, FIELD_REASONS, type ApiError } from '../../../db/api';
import { conflict, fieldDetails, invalid, toApiError } from '../../../db/backend/errors';
import { fieldInvalid } from '../../../db/features/common/record-checks';
import { catalogues, i18n, setLanguage } from '../../../renderer/src/i18n';
import { useErrorText } from '../../../renderer/src/components/ErrorMessage';
import { FIELD_REASON_KEYS, serverFieldMessages, useFieldMessage } from '../../../renderer/src/shared/fieldMessages';

type Tree = { [key: string]: unknown };

function lookup(language: string, key: string): unknown {
  const [namespace = '', path = ''] = key.split(':');
  let node: unknown = catalogues()[language]?.[namespace];
  for (const part of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Tree)[part] : undefined;
  return node;
}

afterAll(async () => {
  await setLanguage('en');
});

describe('reason words', () => {
  for (const language of ['en', 'ru']) {
    it(`${language}: words every error reason, and only those`, () => {
      const missing = ERROR_REASONS.filter((r) => {
        const text = lookup(language, `common:errorReasons.${r}`);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(missing).toEqual([]);
      const known: readonly string[] = ERROR_REASONS;
      expect(Object.keys(lookup(language, 'common:errorReasons') as Tree).filter((k) => !known.includes(k))).toEqual([]);
    });

    it(`${language}: words every field reason`, () => {
      const missing = FIELD_REASONS.filter((r) => {
        const text = lookup(language, FIELD_REASON_KEYS[r]);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(missing).toEqual([]);
    });
  }

  it('words a refusal from its reason and params, never from its message', async () => {
    const overlap = toApiError(
      invalid('The release (1 March 2021) cannot be before the arrest (2 May 2022).', {
        reason: 'release_before_arrest',
        params: { arrestDate: '2022-05-02', releaseDate: '2021-03' },
        ...fieldDetails({ releaseDate: ['Before the arrest date', 'before_arrest', { date: '2022-05-02' }] }),
      }),
    );
    await setLanguage('ru');
    let text = renderHook(() => useErrorText()).result.current;
    expect(text(overlap)).toBe('Освобождение (март 2021) не может быть раньше задержания (2 мая 2022).');
    const ruField = renderHook(() => useFieldMessage()).result.current;
    expect(ruField(serverFieldMessages(overlap).releaseDate)).toBe('Раньше даты задержания (2 мая 2022)');
    await setLanguage('en');
    text = renderHook(() => useErrorText()).result.current;
    // The message here is deliberately different from the catalogue's: the screen must not use it.
    expect(text(overlap)).toBe('The release (March 2021) cannot be before the arrest (2 May 2022).');
    const reopen = toApiError(conflict('Some English the screen never shows.', { reason: 'other_case_open', caseId: 'x' }));
    expect(text(reopen)).toBe(i18n.t('common:errorReasons.other_case_open'));
    expect(text(reopen)).not.toContain('English');
  });

  it('falls back to the words of the code for a reason it does not know, or none', () => {
    const text = renderHook(() => useErrorText()).result.current;
    const newer: ApiError = { code: 'CONFLICT', message: 'A reason from a newer backend.', details: { reason: 'from_the_future' } };
    expect(text(newer)).toBe(i18n.t('common:errors.CONFLICT'));
    const gone: ApiError = { code: 'NOT_FOUND', message: 'Gone.' };
    expect(text(gone)).toBe(i18n.t('common:errors.NOT_FOUND'));
    // A field with no reason the catalogue knows gets the generic words, not the backend's.
    const field = renderHook(() => useFieldMessage()).result.current;
    const odd = toApiError(fieldInvalid('closedOn', 'Backend words', 'invalid'));
    expect(field(serverFieldMessages(odd).closedOn)).toBe('Not accepted');
    expect(field(serverFieldMessages({ details: { fields: { closedOn: 'Backend words' } } }).closedOn)).toBe('Not accepted');
  });
});
