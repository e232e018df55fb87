import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { createBackend } from '../../../db/backend/backend';
import { rawDatabaseKey } from '../support/raw-key';
import { rotateBackups } from '../../../db/vault/backups';
import { findPlaintext } from '../support/files';
import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../support/test-vault';

let v: TestVault | null = null;
let dir = '';
afterEach(() => {
  v?.close();
  v = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function openWithKey(file: string, vaultDir: string, recoveryKey: string): Database.Database {
  const db = new Database(file, { readonly: true });
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${rawDatabaseKey(vaultDir, recoveryKey).toString('hex')}'"`);
  return db;
}

describe('backups', () => {
  it('writes a verified, encrypted copy that opens with the vault key', () => {
    v = createTestVault();
    v.call('users.add', { name: 'saule', displayName: 'Сауле Абдыкадырова', role: 'staff', passphrase: 'violet thunder marble canyon 7' });
    const made = v.call('backup.create', {});
    expect(made).toMatchObject({ verified: true, bytes: expect.any(Number) });
    expect(findPlaintext(made.file, ['SQLite format 3', 'Сауле', 'users'])).toEqual([]);
    const copy = openWithKey(made.file, v.vaultDir, v.recoveryKey);
    expect(copy.prepare('SELECT display_name AS n FROM users WHERE name = ?').get('saule')).toEqual({ n: 'Сауле Абдыкадырова' });
    copy.close();
    expect(v.call('audit.list', { action: 'backup.create' }).total).toBe(1);
  });

  it('makes one automatic backup a day at unlock', () => {
    v = createTestVault({ today: '2026-03-01' });
    const backups = () => readdirSync(join(v?.vaultDir ?? '', 'backups')).filter((f) => f.includes('-auto-') && f.endsWith('.db'));
    expect(backups()).toHaveLength(1);
    v.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    expect(backups()).toHaveLength(1);
    v.setToday('2026-03-02');
    v.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    expect(backups()).toHaveLength(2);
  });

  it('rotates automatic backups and keeps hand-made ones', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-rotate-'));
    const auto = ['20260101-000000', '20260102-000000', '20260103-000000'].map((t) => `habeas-${t}-auto-abcdef.db`);
    for (const f of [...auto, 'habeas-20250101-000000-manual-abcdef.db']) writeFileSync(join(dir, f), 'x');
    rotateBackups(dir, 2);
    expect(readdirSync(dir).sort()).toEqual(['habeas-20250101-000000-manual-abcdef.db', auto[1], auto[2]].sort());
  });
});

describe('migrations at unlock', () => {
  function vaultWithMigrations(migrationsDir: string) {
    return createBackend({ vaultDir: join(dir, 'vault'), stateDir: join(dir, 'state'), migrationsDir, kdfTargetMs: 1 });
  }

  function addMigration(migrationsDir: string, tag: string, sql: string): void {
    writeFileSync(join(migrationsDir, `${tag}.sql`), sql);
    const journalFile = join(migrationsDir, 'meta', '_journal.json');
    type Entry = { idx: number; version: string; when: number; tag: string; breakpoints: boolean };
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Entry[] };
    const last = journal.entries[journal.entries.length - 1];
    journal.entries.push({ idx: journal.entries.length, version: last?.version ?? '6', when: (last?.when ?? 0) + 1000, tag, breakpoints: true });
    writeFileSync(journalFile, JSON.stringify(journal));
  }

  it('backs up first, then applies a new migration in one transaction', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-migrate-'));
    const migrations = join(dir, 'migrations');
    cpSync('db/migrations', migrations, { recursive: true });
    const first = vaultWithMigrations(migrations);
    const created = first.call('session.createVault', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    if (!created.ok) throw new Error(created.error.message);
    first.close();

    addMigration(migrations, '9000_add_watchlist', 'CREATE TABLE watchlist (id text PRIMARY KEY);');
    const second = vaultWithMigrations(migrations);
    expect(second.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }).ok).toBe(true);
    second.close();

    const backupsDir = join(dir, 'vault', 'backups');
    const migrationBackups = readdirSync(backupsDir).filter((f) => f.includes('-migration-'));
    expect(migrationBackups).toHaveLength(1);
    const recoveryKey = (created.value as { recoveryKey: string }).recoveryKey;
    const before = openWithKey(join(backupsDir, migrationBackups[0] ?? ''), join(dir, 'vault'), recoveryKey);
    expect(before.prepare("SELECT name FROM sqlite_master WHERE name = 'watchlist'").get()).toBeUndefined();
    before.close();
    const after = openWithKey(join(dir, 'vault', 'habeas.db'), join(dir, 'vault'), recoveryKey);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'watchlist'").get()).toEqual({ name: 'watchlist' });
    after.close();
  });

  it('leaves the database as it was when a migration fails', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-migrate-'));
    const migrations = join(dir, 'migrations');
    cpSync('db/migrations', migrations, { recursive: true });
    const first = vaultWithMigrations(migrations);
    const created = first.call('session.createVault', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    first.close();
    addMigration(migrations, '9001_broken', 'CREATE TABLE half_done (id text);\n--> statement-breakpoint\nALTER TABLE no_such_table ADD x text;');
    const second = vaultWithMigrations(migrations);
    const r = second.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    expect(r.ok ? null : r.error.code).toBe('CORRUPT');
    second.close();
    if (!created.ok) throw new Error('no vault');
    const db = openWithKey(join(dir, 'vault', 'habeas.db'), join(dir, 'vault'), (created.value as { recoveryKey: string }).recoveryKey);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });
});
