// Case references on a real vault: their form, one at every way a case is made (accepting a
// referral, an import of 2,000 rows, the seeder, repeatably), a fresh draw when one is taken, the
// fill at unlock for cases without one, that they never change, and finding a case by one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CASE_REFERENCE, normaliseReference, REFERENCE_ALPHABET, referenceQuery } from '../../../../shared/case-reference';
import { newCaseReference } from '../../../../db/features/cases/case-reference';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { fileInput } from '../import/import-support';

function openCase(v: TestVault, name: string, countryCode = 'KZ', decidedOn = '2025-07-01', confidential = false): string {
  const r = v.call('referrals.create', {
    receivedOn: '2024-01-01',
    channel: 'lawyer',
    countryCode,
    person: { name, ...(confidential ? { confidentiality: 'confidential' as const } : {}) },
  });
  const { caseId } = v.call('referrals.decide', { id: r.id, decision: 'accepted', decidedOn });
  if (!caseId) throw new Error('no case opened');
  return caseId;
}

const referenceOf = (v: TestVault, caseId: string): string | null => v.call('cases.get', { id: caseId }).reference;
const allReferences = (v: TestVault): (string | null)[] => v.sqlite.prepare('SELECT reference FROM cases ORDER BY rowid').pluck().all() as (string | null)[];

describe('the form of a reference', () => {
  it('is country, year and five Crockford characters; typed forms are read as written', () => {
    expect(CASE_REFERENCE.test('KZ-2026-7K3MQ')).toBe(true);
    for (const bad of ['KZ-2026-7K3MO', 'KZ-2026-7K3MI', 'KZ-2026-7K3ML', 'KZ-2026-7K3MU', 'KZ-26-7K3MQ', 'kz-2026-7k3mq']) expect(CASE_REFERENCE.test(bad)).toBe(false);
    expect(REFERENCE_ALPHABET).toHaveLength(32);
    expect(normaliseReference(' kz 2026 7k3mo ')).toBe('KZ-2026-7K3M0');
    expect(normaliseReference('kz-2026-il000')).toBe('KZ-2026-11000');
    expect(referenceQuery('kz-2026')).toEqual({ kind: 'prefix', prefix: 'KZ-2026' });
    expect(referenceQuery('7k3mq')).toEqual({ kind: 'code', code: '7K3MQ' });
    // Five letters are a name, not a code; other words are nothing to do with references.
    expect(referenceQuery('Aigul')).toBeNull();
    expect(referenceQuery('Rustam')).toBeNull();
  });
});

describe('references on cases opened from referrals', () => {
  let v: TestVault;
  beforeAll(() => {
    v = createTestVault();
    v.signInAs('caseworker');
  });
  afterAll(() => v.close());

  it('gives each case one from its country and year, shown wherever the case is', () => {
    const caseId = openCase(v, 'Abdullaev Rustam', 'KG', '2025-07-01');
    const reference = referenceOf(v, caseId);
    expect(reference).toMatch(/^KG-2025-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(v.call('cases.list', {}).rows.find((c) => c.caseId === caseId)?.reference).toBe(reference);
    const referral = v.call('referrals.list', { status: ['accepted'] }).rows.find((r) => r.caseId === caseId);
    expect(referral?.caseReference).toBe(reference);
  });

  it('never repeats one over many cases, and never changes one', () => {
    const ids = Array.from({ length: 120 }, (_, i) => openCase(v, `Person Number ${i}`, i % 2 ? 'KZ' : 'UZ'));
    const refs = ids.map((id) => referenceOf(v, id));
    expect(new Set(refs).size).toBe(120);
    for (const ref of refs) expect(ref).toMatch(CASE_REFERENCE);
    const [first] = ids;
    if (!first) throw new Error('no case');
    const before = referenceOf(v, first);
    v.call('cases.updateStatus', { id: first, status: 'monitoring' });
    v.call('cases.close', { id: first, reason: 'released' });
    v.call('cases.reopen', { id: first });
    expect(referenceOf(v, first)).toBe(before);
  });

  it('draws again when the reference drawn is taken', () => {
    const taken = referenceOf(v, openCase(v, 'Zhakupova Aigul', 'TJ', '2025-08-01')) ?? '';
    // A draw that gives the taken code first, then zeros.
    const code = [...taken.slice(-5)].map((ch) => REFERENCE_ALPHABET.indexOf(ch));
    const draw = () => code.shift() ?? 0;
    expect(newCaseReference(v.sqlite, 'TJ', '2025-08-01', draw)).toBe('TJ-2025-00000');
  });
});

describe('finding a case by its reference', () => {
  let v: TestVault;
  let caseId = '';
  let reference = '';
  beforeAll(() => {
    v = createTestVault();
    v.signInAs('caseworker');
    caseId = openCase(v, 'Кабиров Ержан', 'KZ', '2025-07-01', true);
    openCase(v, 'Someone Else', 'KZ', '2024-02-01');
    reference = referenceOf(v, caseId) ?? '';
  });
  afterAll(() => v.close());

  it('in the case list: whole, lower case, heard (O for 0), its start, or its code alone', () => {
    const found = (search: string) => v.call('cases.list', { search }).rows.map((r) => r.caseId);
    expect(found(reference)).toEqual([caseId]);
    expect(found(reference.toLowerCase())).toEqual([caseId]);
    expect(found(`${reference.slice(0, 8)}${reference.slice(8).replace(/0/g, 'O').replace(/1/g, 'l')}`)).toEqual([caseId]);
    expect(found('KZ-2025')).toEqual([caseId]);
    // The code alone finds it only when it holds a digit (five letters could be a name).
    if (/\d/.test(reference.slice(-5))) expect(found(reference.slice(-5))).toEqual([caseId]);
    expect(found('KZ-2023')).toEqual([]);
    // Names still match as before.
    expect(found('Кабиров')).toEqual([caseId]);
  });

  it('in the search palette, first, with the name withheld from staff', () => {
    const [hit] = v.call('search.query', { q: reference });
    expect(hit).toMatchObject({ kind: 'reference', caseId, text: reference, ranges: [[0, reference.length]], personName: 'Кабиров Ержан' });
    v.signInAs('staff');
    const [seen] = v.call('search.query', { q: reference });
    expect(seen).toMatchObject({ kind: 'reference', caseId, text: reference, personName: '' });
    expect(seen?.personNameWithheld).toBeTruthy();
    expect(v.call('cases.list', { search: reference }).rows.map((r) => r.reference)).toEqual([reference]);
  });
});

describe('references for cases made in bulk and for old cases', () => {
  let v: TestVault;
  beforeAll(() => {
    v = createTestVault({ today: '2026-01-15' });
    v.signInAs('caseworker');
  });
  afterAll(() => v.close());

  it('gives each of 2,000 imported rows its own', () => {
    const syllables = ['ba', 'ke', 'mi', 'no', 'ru', 'sa', 'ti', 'vo', 'ze', 'la', 'du', 'po', 'gi', 'he', 'ya', 'fu', 'ko', 'ne', 'ri', 'xo'];
    const word = (n: number) => Array.from({ length: 3 }, (_, k) => syllables[Math.floor(n / syllables.length ** k) % syllables.length] ?? '').join('');
    const name = (i: number) => `${word(i)[0]?.toUpperCase() ?? ''}${word(i).slice(1)} ${word(7999 - i)}ova`;
    const csv = ['Name,Country', ...Array.from({ length: 2000 }, (_, i) => `${name(i)},${i % 3 ? 'KZ' : 'RU'}`)].join('\n');
    const mapping = { columns: { Name: 'name' as const, Country: 'country' as const }, fixed: {} };
    const result = v.call('imports.run', { ...fileInput('many.csv', csv), mapping });
    expect(result.counts.created).toBe(2000);
    const refs = allReferences(v);
    expect(refs).toHaveLength(2000);
    expect(new Set(refs).size).toBe(2000);
    for (const ref of refs) expect(ref).toMatch(/^(KZ|RU)-2026-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('fills in cases without one at unlock, keeps the others, and says so in the audit log', () => {
    const before = allReferences(v);
    v.sqlite.prepare('UPDATE cases SET reference = NULL WHERE rowid IN (SELECT rowid FROM cases ORDER BY rowid LIMIT 25 OFFSET 100)').run();
    v.call('session.lock', {});
    v.signInAs('caseworker');
    const refs = allReferences(v);
    expect(refs.slice(0, 100)).toEqual(before.slice(0, 100));
    expect(refs.slice(125)).toEqual(before.slice(125));
    expect(refs.every((r) => r !== null && CASE_REFERENCE.test(r))).toBe(true);
    expect(new Set(refs).size).toBe(2000);
    v.signInAsAdmin();
    const [entry] = v.call('audit.list', { action: 'case.references.fill' }).rows;
    expect(entry?.changes).toEqual({ filled: 25 });
  });
});

describe('references from the seeder', () => {
  it('gives every seeded case one, the same for the same seed', () => {
    const made = () => {
      const v = createTestVault({ today: '2026-01-15' });
      v.call('seed.generate', { cases: 40, seed: 11 });
      const refs = v.sqlite.prepare('SELECT reference FROM cases ORDER BY opened_on, reference').pluck().all() as string[];
      v.close();
      return refs;
    };
    const first = made();
    expect(first).toHaveLength(40);
    expect(new Set(first).size).toBe(40);
    for (const ref of first) expect(ref).toMatch(CASE_REFERENCE);
    expect(made()).toEqual(first);
  });
});
