// Contacts, the most sensitive data in the vault: masked unless revealed, every reveal audited,
// never readable by staff, and never copied into the audit log.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, failure, MISSING_ID, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());


function audit(action: string): { record_id: string; changes: string; user_name: string }[] {
  return v.sqlite.prepare('SELECT record_id, changes, user_name FROM audit_entries WHERE action = ? ORDER BY seq').all(action) as {
    record_id: string;
    changes: string;
    user_name: string;
  }[];
}

function personWithContacts() {
  const person = v.call('people.create', { name: 'Кабиров Ержан' });
  const mother = v.call('contacts.create', {
    personId: person.id,
    name: 'Гульнара Кабирова',
    relation: 'mother',
    reach: 'Signal +7 701 555 0101',
    notes: 'Call after 18:00',
  });
  const lawyer = v.call('contacts.create', {
    personId: person.id,
    name: 'Aliya Serikova',
    relation: 'lawyer',
    reach: 'aliya@example.org',
    confidential: false,
  });
  return { person, mother, lawyer };
}

describe('contacts.list', () => {
  it('masks confidential contacts unless revealed', () => {
    v = createTestVault();
    v.signInAs('caseworker', 'aigerim');
    const { person, mother, lawyer } = personWithContacts();
    expect(mother).toMatchObject({ name: 'Гульнара Кабирова', confidential: true, masked: false });

    const masked = v.call('contacts.list', { personId: person.id });
    expect(masked).toEqual([
      { ...mother, name: null, reach: null, notes: null, masked: true },
      { ...lawyer, masked: false },
    ]);
    expect(audit('contact.reveal')).toHaveLength(0);

    const revealed = v.call('contacts.list', { personId: person.id, reveal: true });
    expect(revealed.map((c) => [c.name, c.reach, c.masked])).toEqual([
      ['Гульнара Кабирова', 'Signal +7 701 555 0101', false],
      ['Aliya Serikova', 'aliya@example.org', false],
    ]);
    // Only the confidential contact counts as revealed; the lawyer's details were never hidden.
    expect(audit('contact.reveal')).toEqual([{ record_id: mother.id, changes: JSON.stringify({ personId: person.id }), user_name: 'aigerim' }]);
  });

  it('is closed to staff entirely', () => {
    v = createTestVault();
    const { person } = personWithContacts();
    v.signInAs('staff');
    expect(failure(() => v.call('contacts.list', { personId: person.id })).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('contacts.list', { personId: person.id, reveal: true })).code).toBe('FORBIDDEN');
    expect(audit('contact.reveal')).toHaveLength(0);
  });

  it('answers NOT_FOUND for an unknown person', () => {
    v = createTestVault();
    expect(failure(() => v.call('contacts.list', { personId: MISSING_ID })).code).toBe('NOT_FOUND');
  });
});

describe('contacts.create', () => {
  it('is confidential by default and audited without the name or how to reach them', () => {
    v = createTestVault();
    const { mother } = personWithContacts();
    const [entry] = audit('contact.create');
    expect(entry?.record_id).toBe(mother.id);
    const all = JSON.stringify(v.sqlite.prepare('SELECT * FROM audit_entries').all());
    expect(all).not.toContain('Гульнара');
    expect(all).not.toContain('701 555');
    expect(JSON.parse(entry?.changes ?? '{}')).toMatchObject({ fields: ['name', 'relation', 'reach', 'confidential', 'notes'], confidential: true });
  });

  it('answers missing fields and unknown people', () => {
    v = createTestVault();
    const person = v.call('people.create', { name: 'A' });
    const e = failure(() => v.call('contacts.create', { personId: person.id, name: 'B', relation: ' ' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.details).toEqual({ reason: 'invalid_fields', fields: { relation: 'Required' }, issues: { relation: { reason: 'required', params: {} } } });
    expect(failure(() => v.call('contacts.create', { personId: MISSING_ID, name: 'B', relation: 'son' })).code).toBe('NOT_FOUND');
  });

  it('is refused to staff', () => {
    v = createTestVault();
    const person = v.call('people.create', { name: 'A' });
    v.signInAs('staff');
    expect(failure(() => v.call('contacts.create', { personId: person.id, name: 'B', relation: 'son' })).code).toBe('FORBIDDEN');
  });
});

describe('contacts.update and contacts.delete', () => {
  it('records which sensitive fields changed, not their values, and answers masked', () => {
    v = createTestVault();
    const { mother } = personWithContacts();
    const updated = v.call('contacts.update', { id: mother.id, reach: 'Telegram @gulnara_k', relation: 'mother (legal guardian)' });
    expect(updated).toMatchObject({ relation: 'mother (legal guardian)', reach: null, masked: true });
    const changes = JSON.parse(audit('contact.update')[0]?.changes ?? '{}') as Record<string, unknown>;
    expect(changes).toEqual({ reach: 'changed', relation: ['mother', 'mother (legal guardian)'] });
    const revealed = v.call('contacts.list', { personId: mother.personId, reveal: true });
    expect(revealed[0]?.reach).toBe('Telegram @gulnara_k');
  });

  it('can make a contact public, after which lists show it', () => {
    v = createTestVault();
    const { person, mother } = personWithContacts();
    v.call('contacts.update', { id: mother.id, confidential: false });
    expect(v.call('contacts.list', { personId: person.id })[0]).toMatchObject({ name: 'Гульнара Кабирова', masked: false });
  });

  it('hides a deleted contact and refuses to touch it again', () => {
    v = createTestVault();
    const { person, mother } = personWithContacts();
    const deleted = v.call('contacts.delete', { id: mother.id });
    expect(deleted.id).toBe(mother.id);
    expect(v.call('contacts.list', { personId: person.id, reveal: true }).map((c) => c.relation)).toEqual(['lawyer']);
    expect(failure(() => v.call('contacts.update', { id: mother.id, name: 'X' })).code).toBe('NOT_FOUND');
    expect(failure(() => v.call('contacts.delete', { id: mother.id })).code).toBe('NOT_FOUND');
    expect(audit('contact.delete')).toHaveLength(1);
  });
});
