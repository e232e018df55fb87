// Nothing of the vault is readable without the key: no SQLite header, no table names, no names
// of people, in the database, its WAL, backups or the key ring.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

import { afterEach, describe, expect, it } from 'vitest';

import { findPlaintext, listFiles } from '../support/files';
import { createTestVault, type TestVault } from '../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

const NAMES = ['Ильяшев', 'Gulnara Bazhkenova', 'Кабиров', 'Qobirov', 'Ilyashev'];
const NEEDLES = ['SQLite format 3', 'CREATE TABLE', 'referrals', 'detention_episodes', 'audit_entries', ...NAMES];

function sqliteTempFiles(): string[] {
  return readdirSync(tmpdir()).filter((f) => f.startsWith('etilqs_'));
}

describe('encryption at rest', () => {
  it('leaves no plaintext in any vault file while open, after lock and in backups', () => {
    const tempBefore = sqliteTempFiles();
    v = createTestVault();
    // Store sensitive strings through the real backend: user display names ...
    for (const [i, name] of NAMES.entries()) {
      v.call('users.add', { name: `user${i}`, displayName: name, role: 'caseworker', passphrase: 'violet thunder marble canyon 7' });
    }
    // ... and people, their spellings, a source and a note: the most sensitive records.
    const referral = v.call('referrals.create', {
      receivedOn: '2026-01-10',
      channel: 'family',
      countryCode: 'KZ',
      person: { name: 'Ильяшев Марат', nameVariants: [{ name: 'Qobirov Erjan' }] },
      sourceDescription: 'Gulnara Bazhkenova, sister',
      summary: 'Кабиров was moved to the colony',
    });
    const { caseId } = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
    if (caseId) v.call('caseEvents.create', { caseId, kind: 'note', date: '2026-01', title: 'Visit by Ilyashev lawyer', body: 'Кабиров' });
    v.call('backup.create', {});
    // While open (WAL present) ...
    const openFiles = listFiles(v.vaultDir);
    expect(openFiles.some((f) => f.endsWith('-wal'))).toBe(true);
    for (const file of openFiles) expect({ file, found: findPlaintext(file, NEEDLES) }).toEqual({ file, found: [] });
    // ... and after lock.
    v.call('session.lock', {});
    const files = listFiles(v.vaultDir);
    expect(files.some((f) => f.includes('backups'))).toBe(true);
    for (const file of files) expect({ file, found: findPlaintext(file, NEEDLES) }).toEqual({ file, found: [] });
    expect(sqliteTempFiles()).toEqual(tempBefore);
  });

  it('really does hold the data, readable with the key', () => {
    v = createTestVault();
    v.call('users.add', { name: 'ilyashev', displayName: NAMES[0] ?? '', role: 'staff', passphrase: 'violet thunder marble canyon 7' });
    const row = v.sqlite.prepare('SELECT display_name AS n FROM users WHERE name = ?').get('ilyashev') as { n: string };
    expect(row.n).toBe('Ильяшев');
  });
});
