// Search on a real vault: a person found by any spelling, by charge, facility and note; exact-script
// hits ranked first; highlights; the index following updates and deletions; staff kept from the
// words of confidential notes; the rebuild agreeing with what the triggers wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SearchHit } from '../../../../db/api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTestVault, failure, migrationsBefore, restoreMigrations, type TestVault } from '../../support/test-vault';
import { insertEarlyCase } from '../../support/early-records';
import { openCase, type OpenedCase } from '../../support/fixtures';

const marked = (hit: SearchHit | undefined): string[] =>
  hit?.text ? hit.ranges.map(([a, b]) => (hit.text ?? '').slice(a, b)) : [];

describe('search.query', () => {
  let v: TestVault;
  let ilyashev: OpenedCase;
  let kabirov: OpenedCase;
  let other: OpenedCase;
  let episodeId: string;
  let chargeId: string;
  let secretNoteId: string;

  beforeAll(() => {
    v = createTestVault();
    v.signInAsAdmin();
    ilyashev = openCase(v, { name: 'Ильяшев Марат', detention: { detentionType: 'prison_colony', facility: 'ИК-3 Шымкент' } });
    v.call('people.update', { id: ilyashev.personId, nameVariants: [{ name: 'Iliashev Marat' }] });
    kabirov = openCase(v, { name: 'Kabirov Yerzhan' });
    other = openCase(v, { name: 'Кадыров Тимур' });
    const episode = v.call('episodes.list', { caseId: ilyashev.caseId })[0];
    episodeId = episode?.id ?? '';
    chargeId = v.call('charges.create', { episodeId, code: 'УК РК', article: '174 ч.2', text: 'Возбуждение розни' }).id;
    v.call('caseEvents.create', { caseId: kabirov.caseId, kind: 'visit', title: 'Lawyer visit', body: 'Beaten by guards in the quarantine block' });
    secretNoteId = v.call('caseEvents.create', { caseId: other.caseId, kind: 'note', title: 'Source', body: 'The informant is a guard called Bolat', confidential: true }).id;
  });
  afterAll(() => v.close());

  const search = (q: string, limit = 20) => v.call('search.query', { q, limit });
  const people = (q: string) => [...new Set(search(q).map((h) => h.personId))].sort();

  it('finds a person by any spelling, in either script', () => {
    for (const q of ['Ильяшев', 'ильяш', 'Ilyashev', 'Iliashev', "Il'yashev", 'ILYASH']) expect(people(q), q).toEqual([ilyashev.personId]);
    for (const q of ['Кабиров', 'kabirov', 'Кабиров Ержан', 'Yerzhan']) expect(people(q), q).toEqual([kabirov.personId]);
    // Han names are found by their characters (any part) and by the pinyin stored as a spelling.
    const han = openCase(v, { name: '伊力哈木·土赫提' });
    v.call('people.update', { id: han.personId, nameVariants: [{ name: 'Ilham Tohti' }] });
    for (const q of ['伊力哈木', '力哈', 'Ilham', 'tohti']) expect(people(q), q).toEqual([han.personId]);
    expect(marked(search('力哈')[0])).toEqual(['力哈']);
    // A near name is not the same name.
    expect(people('Кадыров')).toEqual([other.personId]);
  });

  it('finds cases by charge article and text, facility and note text, each naming its own record', () => {
    expect(search('174').map((h) => [h.kind, h.caseId, h.recordId])).toEqual([['charge', ilyashev.caseId, chargeId]]);
    expect(search('розни')[0]).toMatchObject({ kind: 'charge', personName: 'Ильяшев Марат', recordId: chargeId });
    expect(search('Shymkent')[0]).toMatchObject({ kind: 'facility', caseId: ilyashev.caseId, text: 'ИК-3 Шымкент', recordId: episodeId });
    const note = search('quarantine')[0];
    const visit = v.call('caseEvents.list', { caseId: kabirov.caseId }).find((e) => e.title === 'Lawyer visit');
    expect(note).toMatchObject({ kind: 'note', caseId: kabirov.caseId, personId: kabirov.personId, redacted: false, recordId: visit?.id });
    expect(marked(note)).toEqual(['quarantine']);
    // A name or spelling leads to the person's case, not to a record of its own.
    expect(search('Iliashev').map((h) => [h.kind, h.recordId])).toEqual([['variant', null], ['name', null]]);
  });

  it('ranks matches as written above transliterated ones, and marks what matched', () => {
    const hits = search('Iliashev');
    expect(hits.map((h) => [h.kind, h.exactScript])).toEqual([
      ['variant', true],
      ['name', false],
    ]);
    expect(marked(hits[0])).toEqual(['Iliashev']);
    expect(marked(hits[1])).toEqual(['Ильяшев']);
    expect(hits[1]?.caseId).toBe(ilyashev.caseId);
    expect(search('марат ильяшев')[0]?.ranges).toEqual([
      [0, 7],
      [8, 13],
    ]);
  });

  it('treats FTS operators and punctuation as text', () => {
    expect(search('"')).toEqual([]);
    expect(search('kabirov OR NEAR(x)')).toEqual([]);
    expect(search('*')).toEqual([]);
  });

  it('follows updates and deletions', () => {
    v.call('people.update', { id: kabirov.personId, name: 'Kabirova Aigul' });
    expect(people('Yerzhan')).toEqual([]);
    expect(people('Кабирова')).toEqual([kabirov.personId]);
    v.call('charges.update', { id: chargeId, article: '179' });
    expect(search('174')).toEqual([]);
    expect(search('179')[0]?.kind).toBe('charge');
    v.call('charges.delete', { id: chargeId });
    expect(search('179')).toEqual([]);
    v.call('episodes.update', { id: episodeId, facility: 'СИЗО-1 Алматы' });
    expect(search('Shymkent')).toEqual([]);
    expect(search('Almaty')[0]?.kind).toBe('facility');
    v.call('cases.close', { id: other.caseId, reason: 'released' });
    v.call('people.delete', { id: other.personId });
    expect(search('Кадыров')).toEqual([]);
    expect(search('informant')).toEqual([]);
    expect(v.call('caseEvents.list', { caseId: kabirov.caseId }).length).toBeGreaterThan(0);
    expect(secretNoteId).not.toBe('');
  });

  it('shows staff that a confidential note matches, but not its words', () => {
    const c = openCase(v, { name: 'Сериков Данияр' });
    v.call('caseEvents.create', { caseId: c.caseId, kind: 'note', title: 'Torture report', body: 'Burns on both arms', confidential: true });
    expect(search('burns')[0]).toMatchObject({ kind: 'note', text: 'Torture report\nBurns on both arms', redacted: false });
    v.signInAs('staff');
    const hit = search('burns')[0];
    expect(hit).toMatchObject({ kind: 'note', caseId: c.caseId, personName: 'Сериков Данияр', text: null, ranges: [], redacted: true });
    // Names stay readable to staff, as in the case list.
    expect(search('Serikov')[0]?.text).toBe('Сериков Данияр');
    expect(failure(() => v.call('search.rebuild', {})).code).toBe('FORBIDDEN');
    v.signInAsAdmin();
  });

  it('cuts long notes to a window around the match', () => {
    const c = openCase(v, { name: 'Nurlanov Azamat' });
    const body = `${'Nothing of note happened that day. '.repeat(10)}Then the hunger strike began. ${'More text follows. '.repeat(10)}`;
    v.call('caseEvents.create', { caseId: c.caseId, kind: 'hunger_strike', title: 'Day 1', body });
    const hit = search('hunger strike')[0];
    expect(hit?.text?.length).toBeLessThanOrEqual(162);
    expect(hit?.text?.startsWith('…')).toBe(true);
    expect(marked(hit)).toEqual(['hunger', 'strike']);
  });

  it('returns at most `limit` hits, all the as-written ones first when they are many', () => {
    for (let i = 0; i < 14; i += 1) openCase(v, { name: `Tursunov Bakhtiyor ${i}` });
    openCase(v, { name: 'Турсунов Бахтиёр' });
    const hits = search('Tursunov', 12);
    expect(hits).toHaveLength(12);
    expect(hits.every((h) => h.exactScript && h.text?.startsWith('Tursunov'))).toBe(true);
    expect(search('Tursunov', 100).at(-1)).toMatchObject({ text: 'Турсунов Бахтиёр', exactScript: false });
  });

  it('rebuilds to exactly what the triggers keep, and audits the rebuild', () => {
    const docs = () => v.sqlite.prepare('SELECT source, kind, person_id, case_id, confidential, original, keys FROM search_docs ORDER BY source').all();
    const before = docs();
    const { indexed } = v.call('search.rebuild', {});
    expect(indexed).toBe(before.length);
    expect(docs()).toEqual(before);
    expect(people('Ilyashev')).toEqual([ilyashev.personId]);
    const audit = v.sqlite.prepare("SELECT count(*) AS n FROM audit_entries WHERE action = 'search.rebuild'").get() as { n: number };
    expect(audit.n).toBe(1);
    // FTS5's own check of the index against search_docs: throws when they disagree.
    expect(() => v.sqlite.prepare("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });
});

describe('the migration on an existing vault', () => {
  it('fills the index from the records already there', () => {
    // A vault made before migration 0005, with a record in it; then every migration since.
    const scratch = mkdtempSync(join(tmpdir(), 'habeas-migrations-'));
    const migrationsDir = migrationsBefore('0005', scratch);
    const v = createTestVault({ migrationsDir });
    try {
      v.signInAsAdmin();
      const c = insertEarlyCase(v, 'Ильяшев Марат');
      expect(v.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'search_docs'").get()).toBeUndefined();
      v.call('session.lock', {});
      restoreMigrations(migrationsDir);
      v.signInAsAdmin();
      expect(v.call('search.query', { q: 'Ilyashev' })[0]).toMatchObject({ personId: c.personId, kind: 'name', caseId: c.caseId });
    } finally {
      v.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the index on a seeded vault', () => {
  it('is filled by the seed and finds seeded names across scripts through cases.list too', () => {
    const v = createTestVault();
    try {
      v.signInAsAdmin();
      v.call('seed.generate', { cases: 60 });
      const n = (v.sqlite.prepare("SELECT count(*) AS n FROM search_docs WHERE kind = 'name'").get() as { n: number }).n;
      const people = (v.sqlite.prepare('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL').get() as { n: number }).n;
      expect(n).toBe(people);
      const name = (v.sqlite.prepare('SELECT name FROM people LIMIT 1').get() as { name: string }).name;
      const surname = name.split(' ')[0] ?? '';
      expect(v.call('search.query', { q: surname }).length).toBeGreaterThan(0);
      expect(v.call('cases.list', { search: surname }).total).toBeGreaterThan(0);
    } finally {
      v.close();
    }
  });
});
