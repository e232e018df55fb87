// The decision dialogs list each active colleague once, sorted by the interface language's
// collation, ignoring case.
import { describe, expect, it } from 'vitest';

import type { User } from '../../../db/api';
import { colleagueList } from '../../../renderer/src/features/referrals/colleagues';

const user = (id: string, displayName: string, over: Partial<User> = {}): User => ({
  id,
  displayName,
  name: displayName.toLowerCase().replace(/\s/g, '.'),
  role: 'caseworker',
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('colleagueList', () => {
  it('keeps each user once and only the active ones', () => {
    const sofia = user('1', 'Sofia Petrova', { role: 'supervisor' });
    const list = colleagueList([sofia, user('2', 'Aziz Rahimov'), sofia, user('3', 'Old Account', { active: false })], 'en');
    expect(list.map((u) => u.id)).toEqual(['2', '1']);
  });

  it('sorts ignoring case, Cyrillic by the Russian alphabet', () => {
    const names = (language: string, ...display: string[]) => colleagueList(display.map((d, i) => user(String(i), d)), language).map((u) => u.displayName);
    expect(names('en', 'sofia', 'Bakhyt', 'admin', 'Aziz')).toEqual(['admin', 'Aziz', 'Bakhyt', 'sofia']);
    expect(names('ru', 'Ёлкин', 'евгений', 'Жанна', 'Дина')).toEqual(['Дина', 'евгений', 'Ёлкин', 'Жанна']);
  });
});
