// The command line end to end on a real encrypted vault in a temporary folder: init, seed,
// backup, verify, and the ways it must refuse. Few invocations, since each unlock costs Argon2.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openWithRecoveryKey, PASSPHRASE, runCli, type CliRun } from './run-cli';

const KEY_LINE = /^\s+((?:[0-9A-Z]{4}-){12}[0-9A-Z]{4})$/m;

let dir: string;
let vault: string;
let env: Record<string, string>;
let recoveryKey: string;

const as = (...args: string[]): string[] => [...args, '--vault', vault, '--user', 'admin'];
const count = (table: string, where = '1'): number => {
  const db = openWithRecoveryKey(join(vault, 'habeas.db'), recoveryKey);
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const caseNames = (vaultDir: string, key: string, limit: number): string[] => {
  const db = openWithRecoveryKey(join(vaultDir, 'habeas.db'), key);
  try {
    const rows = db.prepare('SELECT p.name FROM cases c JOIN people p ON p.id = c.person_id ORDER BY c.rowid LIMIT ?').all(limit);
    return (rows as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};
const expectFailure = (r: CliRun, code: string, exitCode = 1): void => {
  expect(r.status).toBe(exitCode);
  expect(r.stderr.trim()).toMatch(new RegExp(`^habeas: .+ \\(${code}\\)$`));
  expect(r.stderr).not.toContain(PASSPHRASE);
  expect(r.stderr).not.toMatch(/\n\s+at /);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'habeas-cli-'));
  vault = join(dir, 'vault');
  env = { HABEAS_PASSPHRASE: PASSPHRASE, HABEAS_STATE_DIR: join(dir, 'state') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('habeas command line', () => {
  it('init creates the vault and prints the recovery key once, with a warning', () => {
    const r = runCli(as('init'), env);
    expect(r.status).toBe(0);
    const match = KEY_LINE.exec(r.stdout);
    expect(match).not.toBeNull();
    recoveryKey = match?.[1] ?? '';
    expect(r.stdout).toMatch(/keep it offline/i);
    expect(r.stdout).not.toContain(PASSPHRASE);
    expect(readFileSync(join(vault, 'keyring.json'), 'utf8')).not.toContain(recoveryKey);
  });

  it('refuses a second init, a weak passphrase, a bad count and a missing vault', () => {
    expectFailure(runCli(as('init'), env), 'CONFLICT');
    const weak = runCli(['init', '--vault', join(dir, 'weak'), '--user', 'admin'], { ...env, HABEAS_PASSPHRASE: 'password1' });
    expectFailure(weak, 'WEAK_PASSPHRASE');
    expect(existsSync(join(dir, 'weak', 'habeas.db'))).toBe(false);
    expectFailure(runCli(as('seed', '--cases', 'many'), env), 'USAGE', 2);
    expectFailure(runCli(['verify', '--vault', join(dir, 'nowhere'), '--user', 'admin'], env), 'NOT_FOUND');
  });

  it('seed fills the vault with cases, detention, courts, sentences and advocacy', () => {
    const r = runCli(as('seed', '--cases', '200', '--seed', '5'), env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Added 200 synthetic cases/);
    expect(r.stderr).toMatch(/200 of 200 cases \(100%\)/);
    expect(count('cases')).toBe(200);
    expect(count('detention_episodes')).toBeGreaterThanOrEqual(200);
    expect(count('charges')).toBeGreaterThanOrEqual(200);
    expect(count('sentences')).toBeGreaterThan(100);
    expect(count('advocacy_actions')).toBeGreaterThan(200);
    expect(count('advocacy_actions', "type = 'wgad_petition'")).toBeGreaterThan(0);
    expect(count('wgad_petitions', 'reply_due IS NOT NULL')).toBeGreaterThan(0);
    expect(count('audit_entries', "action = 'seed.generate'")).toBe(1);
  });

  it('gives the same people for the same seed in another vault', () => {
    const other = join(dir, 'other');
    const init = runCli(['init', '--vault', other, '--user', 'admin'], env);
    const otherKey = KEY_LINE.exec(init.stdout)?.[1] ?? '';
    expect(runCli(['seed', '--cases', '20', '--seed', '5', '--vault', other, '--user', 'admin'], env).status).toBe(0);
    expect(caseNames(other, otherKey, 20)).toEqual(caseNames(vault, recoveryKey, 20));
  });

  it('backup copies a verified encrypted backup that reveals no names, and will not overwrite', () => {
    const out = join(dir, 'copy.habeas');
    const r = runCli(as('backup', '--out', out), env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(out);
    expect(r.stdout).toMatch(/\d+(\.\d)? (KiB|MiB)/);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
    for (const name of caseNames(vault, recoveryKey, 50)) {
      for (const part of name.split(' ')) if (part.length >= 4) expect(bytes.includes(Buffer.from(part, 'utf8'))).toBe(false);
    }
    expectFailure(runCli(as('backup', '--out', out), env), 'CONFLICT');
    expect(existsSync(out)).toBe(true);
  });

  it('verify passes on a sound vault, with a passphrase or the recovery key', () => {
    const r = runCli(as('verify'), env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Database: ok/);
    expect(r.stdout).toMatch(/Audit log: ok/);
    const withKey = runCli(as('verify', '--recovery-key'), { ...env, HABEAS_PASSPHRASE: undefined, HABEAS_RECOVERY_KEY: recoveryKey });
    expect(withKey.status).toBe(0);
  });

  it('refuses a wrong passphrase without echoing it', () => {
    const r = runCli(as('verify'), { ...env, HABEAS_PASSPHRASE: `${PASSPHRASE}!` });
    expectFailure(r, 'WRONG_PASSPHRASE');
    expect(r.stderr).not.toContain(`${PASSPHRASE}!`);
  });

  it('verify fails once an audit entry has been edited behind the app’s back', () => {
    const db = openWithRecoveryKey(join(vault, 'habeas.db'), recoveryKey);
    try {
      // What someone holding the key could do: remove the guard triggers, then rewrite history.
      db.exec('DROP TRIGGER audit_entries_no_update');
      db.prepare("UPDATE audit_entries SET action = 'nothing.happened' WHERE seq = 2").run();
    } finally {
      db.close();
    }
    const r = runCli(as('verify'), env);
    expect(r.stdout).toMatch(/Audit log: ALTERED/);
    expect(r.stdout).toMatch(/entry 2: changed after it was written/);
    expectFailure(r, 'CORRUPT');
  });
});
