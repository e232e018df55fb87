// Every backup carries the signed head of its own audit log beside it, and checking a backup
// checks its log against that head: a copy whose log was cut or rewritten is named.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { backupHeadFile, type AuditHead } from '../../../db/vault/audit-anchor';
import { rotateBackups, verifyBackupAudit } from '../../../db/vault/backups';
import { rawDatabaseKey } from '../support/raw-database';
import { createSignedVault, type SignedVault } from '../support/signed-vault';
import { createTestVault, migrationsBefore, type TestVault } from '../support/test-vault';

const scratches: string[] = [];

let v: SignedVault | TestVault | null = null;
afterEach(() => {
  v?.close();
  for (const s of scratches.splice(0)) rmSync(s, { recursive: true, force: true });
  v = null;
});

function openCopy(file: string, vault: TestVault): Database.Database {
  const db = new Database(file);
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${rawDatabaseKey(vault.vaultDir, vault.recoveryKey).toString('hex')}'"`);
  return db;
}

describe('the head beside a backup', () => {
  it('is the copy’s own head, signed, private to the user, and the copy verifies against it', () => {
    const s = createSignedVault();
    v = s;
    for (let i = 0; i < 5; i++) s.call('settings.update', { staleCaseDays: 100 + i });
    const countBefore = (s.sqlite.prepare('SELECT max(seq) AS n FROM audit_entries').get() as { n: number }).n;
    const made = s.call('backup.create', {});
    const sidecar = backupHeadFile(made.file);
    expect(statSync(sidecar).mode & 0o777).toBe(0o600);
    const head = JSON.parse(readFileSync(sidecar, 'utf8')) as AuditHead;
    // backup.create's own entry comes after the copy, so the copy's head is the log before it.
    expect(head).toMatchObject({ count: countBefore, signerKey: s.keysOf('admin').signPublic.toString('base64') });
    const key = rawDatabaseKey(s.vaultDir, s.recoveryKey);
    expect(verifyBackupAudit(made.file, key)).toMatchObject({ ok: true, checked: countBefore, unanchoredTail: 0, anchor: { count: countBefore } });
  });

  it('names a backup whose log was cut, or whose head was removed', () => {
    const s = createSignedVault();
    v = s;
    for (let i = 0; i < 5; i++) s.call('settings.update', { staleCaseDays: 100 + i });
    const made = s.call('backup.create', {});
    const key = rawDatabaseKey(s.vaultDir, s.recoveryKey);
    const copy = openCopy(made.file, s);
    const count = (copy.prepare('SELECT max(seq) AS n FROM audit_entries').get() as { n: number }).n;
    copy.exec('DROP TRIGGER audit_entries_no_delete');
    copy.prepare('DELETE FROM audit_entries WHERE seq > ?').run(count - 2);
    copy.close();
    expect(verifyBackupAudit(made.file, key).problems).toEqual([{ code: 'tail_truncated', seq: count - 1, through: count }]);
    writeFileSync(backupHeadFile(made.file), '{}');
    expect(verifyBackupAudit(made.file, key).problems.map((p) => p.code)).toEqual(['anchor_invalid']);
  });

  it('goes with its backup when automatic backups rotate', () => {
    const s = createSignedVault();
    v = s;
    const folder = `${s.vaultDir}/backups`;
    const first = s.call('backup.create', {}).file;
    // An older automatic backup beside the one made at creation: keeping one removes it.
    const renamed = first.replace(/habeas-\d{8}-\d{6}-manual-/, 'habeas-20000101-000000-auto-');
    writeFileSync(renamed, readFileSync(first));
    writeFileSync(backupHeadFile(renamed), readFileSync(backupHeadFile(first)));
    rotateBackups(folder, 1);
    expect(existsSync(renamed)).toBe(false);
    expect(existsSync(backupHeadFile(renamed))).toBe(false);
  });

  it('is not written for a vault whose log is not signed yet', () => {
    // A database still at a schema before signatures (migration 0011) keeps an unsigned log.
    const scratch = mkdtempSync(join(tmpdir(), 'habeas-unsigned-'));
    scratches.push(scratch);
    v = createTestVault({ migrationsDir: migrationsBefore('0011', scratch) });
    const made = v.call('backup.create', {});
    expect(existsSync(backupHeadFile(made.file))).toBe(false);
    const r = verifyBackupAudit(made.file, rawDatabaseKey(v.vaultDir, v.recoveryKey));
    expect(r).toMatchObject({ ok: true, anchor: null });
    expect(r.legacyUnsigned).toBe(r.checked);
  });
});
