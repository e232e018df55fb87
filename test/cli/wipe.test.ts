// `habeas wipe` end to end on a real vault: refuses without a terminal unless --yes, erases the
// key ring's member slots and the unlock counters, after which only the recovery key opens the
// vault; and `habeas backup` copies are owner-only.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PASSPHRASE, runCli } from './run-cli';

const KEY_LINE = /^\s+((?:[0-9A-Z]{4}-){12}[0-9A-Z]{4})$/m;

let dir: string;
let vault: string;
let env: Record<string, string>;
let recoveryKey = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'habeas-wipe-'));
  vault = join(dir, 'vault');
  env = { HABEAS_PASSPHRASE: PASSPHRASE, HABEAS_STATE_DIR: join(dir, 'state') };
  const init = runCli(['init', '--vault', vault, '--user', 'admin'], env);
  expect(init.status).toBe(0);
  recoveryKey = KEY_LINE.exec(init.stdout)?.[1] ?? '';
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const slots = () => (JSON.parse(readFileSync(join(vault, 'keyring.json'), 'utf8')) as { slots: unknown[] }).slots.length;

describe('habeas wipe', () => {
  it('writes backup copies owner-only, also over a file that was readable by others', () => {
    const out = join(dir, 'copy.habeas');
    writeFileSync(out, 'older copy');
    chmodSync(out, 0o644);
    const r = runCli(['backup', '--out', out, '--force', '--vault', vault, '--user', 'admin'], env);
    expect(r.status).toBe(0);
    expect((statSync(out).mode & 0o777).toString(8)).toBe('600');
  });

  it('asks first and, with no terminal to ask in, refuses unless --yes; nothing is erased', () => {
    const r = runCli(['wipe', '--vault', vault], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--yes.*\(USAGE\)/);
    expect(slots()).toBe(1);
  });

  it('refuses a folder without a vault', () => {
    const r = runCli(['wipe', '--vault', join(dir, 'nothing-here'), '--yes'], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\(NOT_FOUND\)$/m);
  });

  it('erases with --yes: the passphrase stops working, the recovery key still opens the vault', () => {
    // A failed unlock leaves a counter in the state folder; the wipe removes it.
    expect(runCli(['verify', '--vault', vault, '--user', 'admin'], { ...env, HABEAS_PASSPHRASE: 'not it at all 123' }).status).toBe(1);
    expect(existsSync(join(dir, 'state', 'unlock-attempts.json'))).toBe(true);

    const r = runCli(['wipe', '--vault', vault, '--yes'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Erased 1 passphrase slot from the key ring/);
    expect(slots()).toBe(0);
    expect(existsSync(join(dir, 'state', 'unlock-attempts.json'))).toBe(false);

    const refused = runCli(['verify', '--vault', vault, '--user', 'admin'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/keys were erased.*\(CONFLICT\)$/m);
    const withKey = runCli(['verify', '--vault', vault, '--user', 'admin', '--recovery-key'], { ...env, HABEAS_PASSPHRASE: '', HABEAS_RECOVERY_KEY: recoveryKey });
    expect(withKey.status).toBe(0);
    expect(withKey.stdout).toMatch(/Database: ok/);
  });
});
