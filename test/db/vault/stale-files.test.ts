// Leftovers of interrupted writes on a real vault: stale half-written backups and temporary key
// ring and state files go when the backend starts and before an unlock; fresh ones (a write that
// may still be under way) and real backups stay.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createBackend } from '../../../db/backend/backend';
import { devBackendOptions } from '../../../db/dev/dev-api';
import { STALE_AFTER_MS } from '../../../db/vault/stale-files';
import { fingerprint } from '../support/files';
import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../support/test-vault';

let v: TestVault | null = null;
afterEach(() => {
  v?.close();
  v = null;
});

/** Writes a file and dates it `ageMs` in the past. */
function leave(file: string, ageMs: number, body = 'left over'): string {
  writeFileSync(file, body);
  const at = new Date(Date.now() - ageMs);
  utimesSync(file, at, at);
  return file;
}

const OLD = STALE_AFTER_MS + 60_000;

describe('stale leftovers', () => {
  it('are removed when the backend starts; fresh ones and real backups stay', () => {
    v = createTestVault();
    v.call('backup.create', {});
    v.call('backup.create', {});
    const backups = join(v.vaultDir, 'backups');
    const realBackups = fingerprint(backups);
    expect(Object.keys(realBackups)).toHaveLength(6); // the day's automatic one and two manual ones, each with its signed head
    mkdirSync(v.stateDir, { recursive: true });
    const stale = [
      leave(join(backups, 'habeas-20260110-100000-auto-abc123.db.partial'), OLD),
      leave(join(backups, 'habeas-20260111-100000-manual-def456.db.partial'), OLD),
      leave(join(v.vaultDir, 'keyring.json.0a1b2c3d4e5f.tmp'), OLD, '{"slots":[]}'),
      leave(join(v.vaultDir, 'habeas-20260109-100000-manual-aaa111.db.partial'), OLD),
      leave(join(v.stateDir, 'unlock-attempts.json.0a1b2c3d.tmp'), OLD, '{}'),
    ];
    const fresh = leave(join(backups, 'habeas-20260115-100000-manual-0f0f0f.db.partial'), 1000);
    // Not ours: left alone whatever its age.
    const stranger = leave(join(backups, 'notes.txt.partial'), OLD);
    v.backend.close();

    const restarted = createBackend({ ...devBackendOptions, vaultDir: v.vaultDir, stateDir: v.stateDir, kdfTargetMs: 1 });
    try {
      for (const file of stale) expect(existsSync(file), file).toBe(false);
      expect(existsSync(fresh)).toBe(true);
      expect(existsSync(stranger)).toBe(true);
      const { [fresh]: _fresh, [stranger]: _stranger, ...rest } = fingerprint(backups);
      expect(rest).toEqual(realBackups);
      // The vault opens as before.
      expect(restarted.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }).ok).toBe(true);
    } finally {
      restarted.close();
    }
  });

  it('are removed before an unlock of a backend that was already running', () => {
    v = createTestVault();
    v.call('session.lock', {});
    const partial = leave(join(v.vaultDir, 'backups', 'habeas-20260112-100000-auto-aaaaaa.db.partial'), OLD);
    v.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
    expect(existsSync(partial)).toBe(false);
    expect(readdirSync(join(v.vaultDir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
