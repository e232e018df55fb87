// User lists sort by the interface language's alphabet, ignoring case, by the shown name.
import { describe, expect, it } from 'vitest';

import { sortUsers } from '../../../renderer/src/shared/userOrder';

const user = (displayName: string, name = displayName.toLowerCase()) => ({ displayName, name });

describe('sortUsers', () => {
  it('ignores case and follows the locale', () => {
    const users = [user('zarina'), user('Aigerim'), user('Ёлкин'), user('bakhyt'), user('Ерлан'), user('Ёжиков'), user('Жанна')];
    expect(sortUsers(users, 'en').map((u) => u.displayName).slice(0, 3)).toEqual(['Aigerim', 'bakhyt', 'zarina']);
    // Russian collation puts Ё with Е, not after Я as code points would.
    expect(sortUsers(users, 'ru').map((u) => u.displayName).slice(0, 4)).toEqual(['Ёжиков', 'Ёлкин', 'Ерлан', 'Жанна']);
  });

  it('falls back on the sign-in name and orders equal names by it, leaving the input alone', () => {
    const users = [user('Dana', 'dana2'), user('', 'beta'), user('dana', 'dana1')];
    const sorted = sortUsers(users, 'en');
    expect(sorted.map((u) => u.name)).toEqual(['beta', 'dana1', 'dana2']);
    expect(users[0]?.name).toBe('dana2');
  });
});
