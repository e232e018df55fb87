// `habeas rotate-key` on a real vault: the key changes (the old one opens nothing), the recovery
// key still opens the vault, and older backups are counted, then re-encrypted on request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { keyOpens } from '../../db/vault/database-file';
import { rawDatabaseKey } from '../db/support/raw-key';
import { PASSPHRASE, runCli } from './run-cli';

const KEY_LINE = /^\s+((?:[0-9A-Z]{4}-){12}[0-9A-Z]{4})$/m;
const dir = mkdtempSync(join(tmpdir(), 'habeas-cli-rotate-'));
const vault = join(dir, 'vault');
const env = { HABEAS_PASSPHRASE: PASSPHRASE, HABEAS_STATE_DIR: join(dir, 'state') };
const as = (...args: string[]): string[] => [...args, '--vault', vault, '--user', 'admin'];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('habeas rotate-key', () => {
  it('changes the key, counts the older backups and re-encrypts them when asked', () => {
    const init = runCli(as('init'), env);
    expect(init.status).toBe(0);
    const recoveryKey = KEY_LINE.exec(init.stdout)?.[1] ?? '';
    expect(runCli(as('backup', '--out', join(dir, 'copy.db')), env).status).toBe(0);
    const before = rawDatabaseKey(vault, recoveryKey);

    const first = runCli(as('rotate-key'), env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Database key changed \(epoch 2\) in [\d.]+ s; sealed to 1 member\(s\)\./);
    expect(first.stdout).toMatch(/\d+ older backup\(s\) can still be read with the old key/);
    expect(first.stdout).not.toMatch(KEY_LINE); // a new vault's recovery key never was a database key
    expect(keyOpens(join(vault, 'habeas.db'), before)).toBe(false);
    expect(keyOpens(join(dir, 'copy.db'), before)).toBe(true);

    const second = runCli(as('rotate-key', '--reencrypt-backups'), env);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/epoch 3/);
    expect(second.stdout).toMatch(/Backups re-encrypted: [1-9]\d*; already current: 0; unreadable: 0\./);
    expect(keyOpens(join(vault, 'habeas.db'), rawDatabaseKey(vault, recoveryKey))).toBe(true);
  });
});
