// Both languages are complete: every namespace exists in English and Russian with the same keys,
// no value is empty, and interpolation placeholders match between the two.
import { describe, expect, it } from 'vitest';

import { catalogues } from '../../../renderer/src/i18n';

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of leaves(value as Tree, path)) out.set(k, v);
    else out.set(path, String(value));
  }
  return out;
}

/** Plural suffixes differ by language (Russian has _few and _many); compare the base keys. */
function base(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const all = catalogues();
  const en = all.en ?? {};
  const ru = all.ru ?? {};

  it('has the same namespaces in both languages', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(5);
  });

  for (const namespace of Object.keys(en)) {
    it(`${namespace}: same keys, nothing empty, same placeholders`, () => {
      const english = leaves((en[namespace] ?? {}));
      const russian = leaves((ru[namespace] ?? {}));
      expect([...new Set([...russian.keys()].map(base))].sort()).toEqual([...new Set([...english.keys()].map(base))].sort());
      for (const [key, value] of [...english, ...russian]) expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
      for (const [key, value] of english) {
        const other = russian.get(key) ?? russian.get(`${base(key)}_many`) ?? russian.get(`${base(key)}_other`);
        if (other !== undefined) expect({ key, p: placeholders(other) }).toEqual({ key, p: placeholders(value) });
      }
    });
  }
});
