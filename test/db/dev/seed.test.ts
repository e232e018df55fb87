// seed.generate and vault.integrity in-process on a real encrypted vault: counts, who may call
// them, and that the synthetic data obeys the rules the services enforce for real data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SeedGenerated } from '../../../db/dev/seed/seed-contract';
import { partialDateBounds } from '../../../shared/partial-date';
import { expectedRelease } from '../../../db/features/detention/sentence';
import { createTestVault, type TestVault } from '../support/test-vault';

let v: TestVault;
let first: SeedGenerated;
let second: SeedGenerated;

beforeAll(() => {
  v = createTestVault({ today: '2026-01-15' });
  first = v.call('seed.generate', { cases: 150, seed: 7 });
  second = v.call('seed.generate', { cases: 100, offset: 150, seed: 7 });
});
afterAll(() => v?.close());

const count = (sql: string): number => (v.sqlite.prepare(sql).get() as { n: number }).n;

describe('seed.generate', () => {
  it('writes the requested cases with their people, referrals and history', () => {
    expect(first.counts.cases).toBe(150);
    expect(second).toMatchObject({ from: 150, to: 249 });
    expect(count('SELECT count(*) AS n FROM cases')).toBe(250);
    expect(count("SELECT count(*) AS n FROM referrals WHERE status = 'accepted'")).toBe(250);
    expect(count("SELECT count(*) AS n FROM referrals WHERE status <> 'accepted'")).toBeGreaterThan(20);
    expect(count('SELECT count(*) AS n FROM cases WHERE id NOT IN (SELECT case_id FROM detention_episodes)')).toBe(0);
    expect(count('SELECT count(*) AS n FROM detention_episodes WHERE id NOT IN (SELECT episode_id FROM charges)')).toBe(0);
    expect(count("SELECT count(*) AS n FROM sentences WHERE change = 'appeal_reduced'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) AS n FROM wgad_petitions WHERE opinion_number LIKE 'Opinion No. %/%'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) AS n FROM name_variants WHERE script = 'cyrillic'")).toBeGreaterThan(50);
    expect(count("SELECT count(*) AS n FROM people WHERE confidentiality = 'confidential'")).toBeGreaterThan(5);
  });

  it('weights countries to Central Asia and gives every state its criminal code', () => {
    const focus = count("SELECT count(*) AS n FROM cases WHERE country_code IN ('KZ','KG','TJ','TM','UZ')");
    expect(focus / 250).toBeGreaterThan(0.55);
    expect(focus / 250).toBeLessThan(0.85);
    const codes = v.sqlite.prepare('SELECT DISTINCT c.country_code AS country, ch.code FROM charges ch JOIN detention_episodes e ON e.id = ch.episode_id JOIN cases c ON c.id = e.case_id').all() as { country: string; code: string }[];
    expect(codes).toContainEqual({ country: 'RU', code: 'УК РФ' });
  });

  it('creates the demo staff once, without key-ring slots', () => {
    expect(first.counts.users).toBe(5);
    expect(second.counts.users).toBe(0);
    const r = v.result('session.unlock', { userName: 'demo.timur', passphrase: 'anything at all here' });
    expect(r.ok).toBe(false);
    v.signInAsAdmin();
  });

  it('never lets one person’s detention episodes overlap, nor a release precede its arrest', () => {
    const rows = v.sqlite
      .prepare('SELECT person_id AS person, arrest_date AS arrest, release_date AS release FROM detention_episodes ORDER BY person_id, arrest_date')
      .all() as { person: string; arrest: string; release: string | null }[];
    for (let i = 0; i < rows.length; i++) {
      const e = rows[i];
      if (!e) continue;
      if (e.release) expect(partialDateBounds(e.release).last >= partialDateBounds(e.arrest).first).toBe(true);
      const next = rows[i + 1];
      if (next && next.person === e.person) {
        expect(e.release).not.toBeNull();
        expect(partialDateBounds(e.release ?? '9999').last < partialDateBounds(next.arrest).first).toBe(true);
      }
    }
  });

  it('stores the expected release the domain computes, and keeps detention status consistent', () => {
    const sentences = v.sqlite
      .prepare('SELECT start_date AS start, years, months, days, life, credit_days AS credit, expected_release AS release, expected_release_precision AS precision FROM sentences')
      .all() as { start: string | null; years: number; months: number; days: number; life: number; credit: number; release: string | null; precision: string | null }[];
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences) {
      const expected = expectedRelease({ start: s.start, years: s.years, months: s.months, days: s.days, creditDays: s.credit, life: s.life === 1 });
      expect({ release: s.release, precision: s.precision }).toEqual({ release: expected?.date ?? null, precision: expected?.precision ?? null });
    }
    expect(count("SELECT count(*) AS n FROM cases c WHERE detention_status = 'detained' AND NOT EXISTS (SELECT 1 FROM detention_episodes e WHERE e.case_id = c.id AND e.release_date IS NULL)")).toBe(0);
    expect(count("SELECT count(*) AS n FROM cases c WHERE detention_status = 'released' AND EXISTS (SELECT 1 FROM detention_episodes e WHERE e.case_id = c.id AND e.release_date IS NULL)")).toBe(0);
    expect(count("SELECT count(*) AS n FROM cases WHERE last_activity_at > '2026-01-15T10:00:01'")).toBe(0);
  });

  it('is deterministic: the same seed and case numbers give the same people', () => {
    const other = createTestVault({ today: '2026-01-15' });
    try {
      other.call('seed.generate', { cases: 40, offset: 150, seed: 7 });
      const names = (db: typeof v.sqlite) =>
        (db.prepare('SELECT p.name FROM cases c JOIN people p ON p.id = c.person_id ORDER BY p.name').all() as { name: string }[]).map((r) => r.name);
      const here = v.sqlite
        .prepare("SELECT p.name FROM cases c JOIN people p ON p.id = c.person_id WHERE c.id IN (SELECT id FROM cases ORDER BY rowid LIMIT 40 OFFSET 150) ORDER BY p.name")
        .all() as { name: string }[];
      expect(names(other.sqlite)).toEqual(here.map((r) => r.name));
    } finally {
      other.close();
    }
  });

  it('leaves one audit entry per call and a sound database', () => {
    expect(count("SELECT count(*) AS n FROM audit_entries WHERE action = 'seed.generate'")).toBe(2);
    expect(v.call('vault.integrity', {})).toEqual({ ok: true, problems: [], attachmentsChecked: 0, attachmentProblems: [] });
    expect(v.call('audit.verify', {}).ok).toBe(true);
  });

  it('is refused to a caseworker', () => {
    v.signInAs('caseworker');
    const r = v.result('seed.generate', { cases: 1 });
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    const integrity = v.result('vault.integrity', {});
    expect(integrity.ok ? null : integrity.error.code).toBe('FORBIDDEN');
    v.signInAsAdmin();
  });
});
