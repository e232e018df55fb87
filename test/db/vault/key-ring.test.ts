import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

import { afterEach, describe, expect, it } from 'vitest';

import { calibrateKdf, MIN_MEMORY_KIB, type KdfParams } from '../../../db/vault/kdf';
import { generateMemberKeys, recoveryKeysOf } from '../../../db/vault/key-pairs';
import { KeyRing } from '../../../db/vault/key-ring';
import { formatRecoveryKey, parseRecoveryKey } from '../../../db/vault/recovery-key';
import { checkPassphrase } from '../../../db/vault/passphrase-strength';

const cheap: KdfParams = { algorithm: 'argon2id', memoryKiB: MIN_MEMORY_KIB, iterations: 1, parallelism: 1 };
let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const member = () => generateMemberKeys();
const recoveryOf = () => recoveryKeysOf(randomBytes(32));

describe('key ring', () => {
  it('seals the database key to each member and names nobody in clear', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-ring-'));
    const key = randomBytes(32);
    const ring = KeyRing.create(key, recoveryOf(), cheap);
    const g = member();
    ring.setMember('Гульнара', 'first passphrase here', g, key);
    ring.setMember('dmitri.k', 'second passphrase here', member(), key);
    const file = join(dir, 'keyring.json');
    ring.save(file);
    const text = readFileSync(file, 'utf8');
    for (const secret of ['Гульнара', 'гульнара', 'dmitri', 'first passphrase', key.toString('hex'), key.toString('base64'), g.boxPrivate.toString('base64')]) {
      expect(text).not.toContain(secret);
    }
    expect(readdirSync(dir).sort()).toEqual(['keyring.json', 'keyring.recovery.json']); // no temporary file left behind
    const loaded = KeyRing.load(file);
    const opened = loaded.unwrapMember('ГУЛЬНАРА', 'first passphrase here');
    expect(opened?.databaseKey?.equals(key)).toBe(true);
    expect(opened?.keys.signPrivate.equals(g.signPrivate)).toBe(true);
    expect(loaded.unwrapMember('dmitri.k', 'first passphrase here')).toBeNull();
    expect(loaded.unwrapMember('nobody', 'first passphrase here')).toBeNull();
    expect(loaded.matchesKey(key)).toBe(true);
    expect(loaded.matchesKey(randomBytes(32))).toBe(false);
  });

  it('detects a tampered slot', () => {
    const key = randomBytes(32);
    const ring = KeyRing.create(key, recoveryOf(), cheap);
    ring.setMember('a', 'passphrase one two', member(), key);
    const data = ring.toJSON();
    const slot = data.slots[0];
    if (!slot) throw new Error('no slot');
    const bytes = Buffer.from(slot.wrapped, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    slot.wrapped = bytes.toString('base64');
    dir = mkdtempSync(join(tmpdir(), 'habeas-ring-'));
    const file = join(dir, 'ring.json');
    writeFileSync(file, JSON.stringify(data));
    expect(KeyRing.load(file).unwrapMember('a', 'passphrase one two')).toBeNull();
  });

  it('keeps fields it does not know (another part of the app may store a policy there) and erases members but not recovery', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-ring-'));
    const key = randomBytes(32);
    const recovery = recoveryOf();
    const ring = KeyRing.create(key, recovery, cheap);
    ring.setMember('a', 'passphrase one two', member(), key);
    const file = join(dir, 'ring.json');
    writeFileSync(file, JSON.stringify({ ...ring.toJSON(), policy: { eraseAfterFailures: 5 } }));
    const loaded = KeyRing.load(file);
    loaded.eraseMembers();
    loaded.save(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { policy?: unknown; slots: unknown[] };
    expect(saved.policy).toEqual({ eraseAfterFailures: 5 });
    expect(saved.slots).toEqual([]);
    expect(KeyRing.load(file).openRecovery(recovery.boxPrivate).databaseKey?.equals(key)).toBe(true);
  });

  it('refuses a damaged ring file with CORRUPT', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-ring-'));
    const file = join(dir, 'ring.json');
    writeFileSync(file, '{"format":"habeas-keyring","version":2');
    expect(() => KeyRing.load(file)).toThrow(expect.objectContaining({ code: 'CORRUPT' }));
  });
});

describe('Argon2id calibration', () => {
  it('never goes below 64 MiB and spends more iterations for a longer target', () => {
    const fast = calibrateKdf(1);
    const slow = calibrateKdf(250);
    expect(fast.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(slow.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(slow.iterations).toBeGreaterThan(fast.iterations);
  });
});

describe('recovery key', () => {
  it('round-trips any key and forgives case, spaces and O/0 I/1 confusions', () => {
    for (let i = 0; i < 50; i += 1) {
      const key = randomBytes(32);
      const text = formatRecoveryKey(key);
      expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(parseRecoveryKey(text).equals(key)).toBe(true);
      expect(parseRecoveryKey(` ${text.toLowerCase().replace(/-/g, ' ')} `).equals(key)).toBe(true);
      expect(parseRecoveryKey(text.replace(/0/g, 'O').replace(/1/g, 'I')).equals(key)).toBe(true);
    }
  });
  it('rejects text of the wrong length with VALIDATION', () => {
    expect(() => parseRecoveryKey('ABCD-EFGH')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('passphrase strength', () => {
  it.each([
    ['short1', false],
    ['aaaaaaaaaaaaaaaa', false],
    ['password123456', false],
    ['qwertyuiop1234', false],
    ['my name is admin and more', false],
    ['correct horse battery staple 42', true],
    ['синий трамвай идёт к морю', true],
  ])('%s → ok %s', (p, ok) => {
    expect(checkPassphrase(p, 'admin').ok).toBe(ok);
  });
});
