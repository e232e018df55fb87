// People through the contract on a real encrypted vault: spellings in several scripts, partial birth
// dates, professions, confidentiality, role checks and soft deletion guarded by open cases.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, failure, MISSING_ID, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());


function auditRows(action: string): { record_id: string; changes: string }[] {
  return v.sqlite.prepare('SELECT record_id, changes FROM audit_entries WHERE action = ? ORDER BY seq').all(action) as {
    record_id: string;
    changes: string;
  }[];
}

function openCaseFor(personId: string): string {
  const referral = v.call('referrals.create', { personId, receivedOn: '2026-01-05', channel: 'family', countryCode: 'KZ' });
  const { caseId } = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
  if (!caseId) throw new Error('no case opened');
  return caseId;
}

describe('people.create and people.get', () => {
  it('stores a person with spellings in several scripts, a partial birth date and professions', () => {
    v = createTestVault();
    const created = v.call('people.create', {
      name: 'Кабиров Ержан',
      nameVariants: [{ name: 'Kabirov Yerzhan' }, { name: 'Qobirov Erjan', script: 'latin' }, { name: 'Кабиров Е.' }],
      sex: 'male',
      birthDate: '1968-03',
      citizenship: 'kz',
      professions: ['journalist', 'blogger', 'journalist'],
      organisations: 'Adil Soz',
      confidentiality: 'confidential',
    });
    expect(created).toMatchObject({
      name: 'Кабиров Ержан',
      sex: 'male',
      birthDate: '1968-03',
      birthDatePrecision: 'month',
      citizenship: 'KZ',
      professions: ['blogger', 'journalist'],
      confidentiality: 'confidential',
      notes: null,
    });
    expect(created.nameVariants.map((n) => [n.name, n.script])).toEqual([
      ['Kabirov Yerzhan', 'latin'],
      ['Qobirov Erjan', 'latin'],
      ['Кабиров Е.', 'cyrillic'],
    ]);
    expect(v.call('people.get', { id: created.id })).toEqual(created);
    const [entry] = auditRows('person.create');
    expect(entry?.record_id).toBe(created.id);
    expect(entry?.changes).not.toContain('Adil Soz');
  });

  it('defaults sex to unknown and keeps a year-only birth date as a year', () => {
    v = createTestVault();
    const p = v.call('people.create', { name: '  Li Wei  ', birthDate: '1975' });
    expect(p).toMatchObject({ name: 'Li Wei', sex: 'unknown', birthDate: '1975', birthDatePrecision: 'year', professions: [] });
  });

  it('answers bad input with the fields to fix', () => {
    v = createTestVault();
    const e = failure(() => v.call('people.create', { name: '   ', birthDate: '2021-02-30', professions: ['astronaut' as 'other'] }));
    expect(e.code).toBe('VALIDATION');
    expect(e.details).toMatchObject({ fields: { name: 'Required', birthDate: 'No such date' } });
    expect(Object.keys((e.details as { fields: object }).fields)).toContain('professions.0');
    const country = failure(() => v.call('people.create', { name: 'A', citizenship: 'XX' }));
    expect(country.details).toEqual({
      reason: 'invalid_fields',
      fields: { citizenship: 'Unknown country code XX' },
      issues: { citizenship: { reason: 'unknown_country', params: { code: 'XX' } } },
    });
    const future = failure(() => v.call('people.create', { name: 'A', birthDate: '2027' }));
    expect(future.details).toMatchObject({ fields: { birthDate: 'This date is in the future' }, issues: { birthDate: { reason: 'future_date' } } });
  });

  it('lets staff read but not write, and answers NOT_FOUND for unknown people', () => {
    v = createTestVault();
    const p = v.call('people.create', { name: 'Nurlan' });
    v.signInAs('staff');
    expect(v.call('people.get', { id: p.id }).name).toBe('Nurlan');
    expect(failure(() => v.call('people.update', { id: p.id, name: 'X' })).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('people.create', { name: 'X' })).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('people.get', { id: MISSING_ID })).code).toBe('NOT_FOUND');
  });
});

describe('people.update', () => {
  it('replaces spellings and professions as sets, keeping unchanged spellings', () => {
    v = createTestVault();
    v.signInAs('caseworker');
    const p = v.call('people.create', {
      name: 'Kabirov',
      nameVariants: [{ name: 'Кабиров' }, { name: 'Qobirov' }],
      professions: ['lawyer'],
    });
    const kept = p.nameVariants.find((n) => n.name === 'Кабиров');
    const updated = v.call('people.update', {
      id: p.id,
      nameVariants: [{ name: 'Кабиров' }, { name: 'Кобиров' }],
      professions: ['human_rights_defender', 'civic_activist'],
      birthDate: '1980-07-14',
    });
    expect(updated.nameVariants.map((n) => n.name)).toEqual(['Кабиров', 'Кобиров']);
    expect(updated.nameVariants.find((n) => n.name === 'Кабиров')?.id).toBe(kept?.id);
    expect(updated.professions).toEqual(['civic_activist', 'human_rights_defender']);
    expect(updated).toMatchObject({ name: 'Kabirov', birthDate: '1980-07-14', birthDatePrecision: 'day' });
    // The dropped spelling is kept but hidden, so merging vaults later can still see it.
    const stored = v.sqlite.prepare("SELECT deleted_at FROM name_variants WHERE name = 'Qobirov'").get() as { deleted_at: string | null };
    expect(stored.deleted_at).not.toBeNull();
  });

  it('clears fields given as null and leaves fields not given alone', () => {
    v = createTestVault();
    const p = v.call('people.create', { name: 'Aziza', birthDate: '1990', citizenship: 'UZ', notes: 'Met her sister' });
    const updated = v.call('people.update', { id: p.id, birthDate: null, citizenship: null });
    expect(updated).toMatchObject({ birthDate: null, birthDatePrecision: null, citizenship: null, notes: 'Met her sister' });
  });

  it('audits what changed without copying free text, and marks the case as active', () => {
    v = createTestVault();
    const p = v.call('people.create', { name: 'Bakyt', notes: 'first note' });
    const caseId = openCaseFor(p.id);
    const before = v.call('cases.get', { id: caseId }).lastActivityAt;
    v.call('people.update', { id: p.id, sex: 'male', notes: 'secret details about the family', confidentiality: 'confidential' });
    const changes = JSON.parse(auditRows('person.update')[0]?.changes ?? '{}') as Record<string, unknown>;
    expect(changes).toEqual({ sex: ['unknown', 'male'], notes: 'changed', confidentiality: ['normal', 'confidential'] });
    expect(v.call('cases.get', { id: caseId }).lastActivityAt > before).toBe(true);
  });

  it('answers NOT_FOUND for an unknown person', () => {
    v = createTestVault();
    expect(failure(() => v.call('people.update', { id: MISSING_ID, name: 'X' })).code).toBe('NOT_FOUND');
  });
});

describe('people.delete', () => {
  it('refuses while the person has an open case, then hides the person and what hangs off them', () => {
    v = createTestVault();
    const p = v.call('people.create', { name: 'Dilnoza' });
    v.call('contacts.create', { personId: p.id, name: 'Her brother', relation: 'brother' });
    const caseId = openCaseFor(p.id);

    const refused = failure(() => v.call('people.delete', { id: p.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details).toEqual({ reason: 'person_delete_open_case', caseId });

    v.call('cases.close', { id: caseId, reason: 'released' });
    const deleted = v.call('people.delete', { id: p.id });
    expect(deleted.id).toBe(p.id);
    expect(failure(() => v.call('people.get', { id: p.id })).code).toBe('NOT_FOUND');
    expect(failure(() => v.call('cases.get', { id: caseId })).code).toBe('NOT_FOUND');
    expect(v.call('cases.list', {}).total).toBe(0);
    expect(v.call('referrals.list', { status: ['accepted'] }).total).toBe(0);
    expect(failure(() => v.call('contacts.list', { personId: p.id })).code).toBe('NOT_FOUND');
    // Soft deletion: the rows stay for audit and merging, marked deleted.
    const row = v.sqlite.prepare('SELECT deleted_at FROM people WHERE id = ?').get(p.id) as { deleted_at: string | null };
    expect(row.deleted_at).toBe(deleted.deletedAt);
    expect(JSON.parse(auditRows('person.delete')[0]?.changes ?? '{}')).toEqual({ contacts: 1, referrals: 1, closedCases: 1 });
  });

  it('answers NOT_FOUND when deleting twice', () => {
    v = createTestVault();
    const p = v.call('people.create', { name: 'Once' });
    v.call('people.delete', { id: p.id });
    expect(failure(() => v.call('people.delete', { id: p.id })).code).toBe('NOT_FOUND');
  });
});
