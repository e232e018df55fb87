// The backups folder from the settings screen: listing, deleting one by name (and nothing that is
// not a backup of this folder), and the limit on manual backups applied after each one.
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, failure, type TestVault } from '../../support/test-vault';

let v: TestVault | null = null;
afterEach(() => {
  v?.close();
  v = null;
});

const folderOf = (vault: TestVault) => join(vault.vaultDir, 'backups');

describe('backup.list', () => {
  it('lists every backup newest first with its kind, size and time, and nothing else in the folder', () => {
    v = createTestVault({ today: '2026-02-01' });
    v.setToday('2026-02-03');
    const made = v.call('backup.create', {});
    writeFileSync(join(folderOf(v), 'habeas-20260202-100000-manual-abcdef.db.partial'), 'half');
    writeFileSync(join(folderOf(v), 'readme.txt'), 'not a backup');
    const { backups, folder } = v.call('backup.list', {});
    expect(folder).toBe(folderOf(v));
    expect(backups.map((b) => [b.kind, b.madeAt.slice(0, 10)])).toEqual([
      ['manual', '2026-02-03'],
      ['auto', '2026-02-01'],
    ]);
    expect(backups[0]).toMatchObject({ name: made.file.slice(folder.length + 1), bytes: made.bytes });
  });

  it('is for administrators only', () => {
    v = createTestVault();
    v.signInAs('supervisor', 'zhanna');
    expect(failure(() => v?.call('backup.list', {})).code).toBe('FORBIDDEN');
    expect(failure(() => v?.call('backup.delete', { name: 'x' })).code).toBe('FORBIDDEN');
  });
});

describe('backup.delete', () => {
  it('deletes one backup by name and records it in the audit log', () => {
    v = createTestVault();
    const made = v.call('backup.create', {});
    const name = made.file.slice(folderOf(v).length + 1);
    expect(v.call('backup.delete', { name })).toMatchObject({ name, kind: 'manual', bytes: made.bytes });
    expect(existsSync(made.file)).toBe(false);
    expect(v.call('backup.list', {}).backups.map((b) => b.kind)).toEqual(['auto']);
    expect(v.call('audit.list', { action: 'backup.delete' }).rows[0]?.changes).toEqual({ name, kind: 'manual', bytes: made.bytes });
    expect(failure(() => v?.call('backup.delete', { name })).code).toBe('NOT_FOUND');
  });

  it('refuses paths, other files and links, and deletes nothing', () => {
    v = createTestVault();
    const folder = folderOf(v);
    const outside = join(v.vaultDir, 'habeas-20260101-000000-manual-abcdef.db');
    writeFileSync(outside, 'outside the folder');
    mkdirSync(join(folder, 'habeas-20260102-000000-manual-abcdef.db'));
    symlinkSync(join(v.vaultDir, 'habeas.db'), join(folder, 'habeas-20260103-000000-manual-abcdef.db'));
    const before = readdirSync(folder).sort();
    for (const name of [
      '../habeas.db',
      '../habeas-20260101-000000-manual-abcdef.db',
      '../keyring.json',
      `${folder}/habeas-20260104-000000-manual-abcdef.db`,
      'readme.txt',
      'habeas-20260102-000000-manual-abcdef.db',
      'habeas-20260103-000000-manual-abcdef.db',
      'habeas-20260101-000000-other-abcdef.db',
    ]) {
      const refused = failure(() => v?.call('backup.delete', { name }));
      expect(refused.code, name).toBe('VALIDATION');
      expect(refused.details, name).toMatchObject({ reason: 'not_a_backup' });
    }
    expect(readdirSync(folder).sort()).toEqual(before);
    expect(existsSync(outside)).toBe(true);
    expect(existsSync(join(v.vaultDir, 'habeas.db'))).toBe(true);
    expect(v.call('audit.list', { action: 'backup.delete' }).total).toBe(0);
  });
});

describe('manual backups limit', () => {
  it('keeps the newest N manual backups after each one and leaves automatic ones alone', () => {
    v = createTestVault({ today: '2026-03-01' });
    v.call('settings.update', { manualBackupsToKeep: 2 });
    const names: string[] = [];
    for (const day of ['2026-03-02', '2026-03-03', '2026-03-04']) {
      v.setToday(day);
      names.push(v.call('backup.create', {}).file.slice(folderOf(v).length + 1));
    }
    const listed = v.call('backup.list', {}).backups;
    expect(listed.filter((b) => b.kind === 'manual').map((b) => b.name)).toEqual([names[2], names[1]]);
    expect(listed.filter((b) => b.kind === 'auto')).toHaveLength(1);
    expect(v.call('audit.list', { action: 'backup.create' }).rows[0]?.changes).toMatchObject({ rotatedOut: 1 });
  });

  it('keeps every one when set to 0', () => {
    v = createTestVault();
    v.call('settings.update', { manualBackupsToKeep: 0 });
    for (let i = 0; i < 3; i += 1) v.call('backup.create', {});
    expect(v.call('backup.list', {}).backups.filter((b) => b.kind === 'manual')).toHaveLength(3);
  });
});
