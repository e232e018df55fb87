// Owner-only modes on a real vault whatever the umask: run with umask 000, under which SQLite and
// Node would create everything readable and writable by all, the database, its WAL and SHM, the key
// ring, the unlock policy, every backup and the state files are 0600 and the folders 0700.
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createBackend } from '../../../db/backend/backend';
import { devBackendOptions } from '../../../db/dev/dev-api';
import { ADMIN_PASSPHRASE, createTestVault, failure, type TestVault } from '../support/test-vault';

let v: TestVault | null = null;
let umask = 0;
beforeEach(() => {
  umask = process.umask(0o000);
});
afterEach(() => {
  process.umask(umask);
  v?.close();
  v = null;
});

const mode = (file: string) => statSync(file).mode & 0o777;

function modesOf(vault: TestVault): Record<string, number> {
  const out: Record<string, number> = { vault: mode(vault.vaultDir), backups: mode(join(vault.vaultDir, 'backups')) };
  for (const name of readdirSync(vault.vaultDir)) if (name !== 'backups') out[name] = mode(join(vault.vaultDir, name));
  for (const name of readdirSync(join(vault.vaultDir, 'backups'))) out[`backups/${name}`] = mode(join(vault.vaultDir, 'backups', name));
  return out;
}

describe('file modes', () => {
  it('are owner-only for every file a vault writes, under umask 000', () => {
    v = createTestVault();
    v.call('backup.create', {});
    v.call('erasure.setPolicy', { eraseAfterFailedUnlocks: 5 });
    // Writes go through the WAL: it and the SHM exist while the vault is open.
    const files = modesOf(v);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['habeas.db', 'habeas.db-wal', 'habeas.db-shm', 'keyring.json', 'unlock-policy.json']));
    // Two backups, each with the signed head of its audit log beside it.
    expect(Object.keys(files).filter((f) => f.startsWith('backups/'))).toHaveLength(4);
    for (const [name, bits] of Object.entries(files)) {
      expect(bits.toString(8), name).toBe(name === 'vault' || name === 'backups' ? '700' : '600');
    }
    v.call('session.lock', {});
    failure(() => v?.call('session.unlock', { userName: 'admin', passphrase: 'not the passphrase at all' }));
    expect(mode(join(v.stateDir, 'unlock-attempts.json')).toString(8)).toBe('600');
  });

  it('narrows an older vault made readable by others when the backend starts', () => {
    v = createTestVault();
    v.call('backup.create', {});
    v.backend.close();
    chmodSync(v.vaultDir, 0o755);
    chmodSync(join(v.vaultDir, 'backups'), 0o755);
    for (const name of readdirSync(v.vaultDir)) if (name !== 'backups') chmodSync(join(v.vaultDir, name), 0o644);
    for (const name of readdirSync(join(v.vaultDir, 'backups'))) chmodSync(join(v.vaultDir, 'backups', name), 0o644);

    const restarted = createBackend({ ...devBackendOptions, vaultDir: v.vaultDir, stateDir: v.stateDir, kdfTargetMs: 1 });
    try {
      for (const [name, bits] of Object.entries(modesOf(v))) {
        expect(bits.toString(8), name).toBe(name === 'vault' || name === 'backups' ? '700' : '600');
      }
      expect(restarted.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }).ok).toBe(true);
      expect(mode(join(v.vaultDir, 'habeas.db-wal')).toString(8)).toBe('600');
    } finally {
      restarted.close();
    }
  });
});
