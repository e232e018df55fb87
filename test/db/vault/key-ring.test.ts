import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

import { afterEach, describe, expect, it } from 'vitest';

import { calibrateKdf, MIN_MEMORY_KIB, type KdfParams } from '../../../db/vault/kdf';
import { KeyRing } from '../../../db/vault/key-ring';
import { formatRecoveryKey, parseRecoveryKey } from '../../../db/vault/recovery-key';
import { checkPassphrase } from '../../../db/vault/passphrase-strength';

const cheap: KdfParams = { algorithm: 'argon2id', memoryKiB: MIN_MEMORY_KIB, iterations: 1, parallelism: 1 };
let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('key ring', () => {
  it('wraps the master key per user and names nobody in clear', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-ring-'));
    const key = randomBytes(32);
    const ring = KeyRing.create(key);
    ring.setSlot('Гульнара', 'first passphrase here', key, cheap);
    ring.setSlot('dmitri.k', 'second passphrase here', key, cheap);
    const file = join(dir, 'keyring.json');
    ring.save(file);
    const text = readFileSync(file, 'utf8');
    for (const secret of ['Гульнара', 'гульнара', 'dmitri', 'first passphrase', key.toString('hex'), key.toString('base64')]) {
      expect(text).not.toContain(secret);
    }
    expect(readdirSync(dir)).toEqual(['keyring.json']); // no temporary file left behind
    const loaded = KeyRing.load(file);
    expect(loaded.unwrap('ГУЛЬНАРА', 'first passphrase here')?.equals(key)).toBe(true);
    expect(loaded.unwrap('dmitri.k', 'first passphrase here')).toBeNull();
    expect(loaded.unwrap('nobody', 'first passphrase here')).toBeNull();
    expect(loaded.matchesMasterKey(key)).toBe(true);
    expect(loaded.matchesMasterKey(randomBytes(32))).toBe(false);
  });

  it('detects a tampered slot', () => {
    const key = randomBytes(32);
    const ring = KeyRing.create(key);
    ring.setSlot('a', 'passphrase one two', key, cheap);
    const data = ring.toJSON();
    const slot = data.slots[0];
    if (!slot) throw new Error('no slot');
    const bytes = Buffer.from(slot.ciphertext, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    slot.ciphertext = bytes.toString('base64');
    dir = mkdtempSync(join(tmpdir(), 'habeas-ring-'));
    const file = join(dir, 'ring.json');
    writeFileSync(file, JSON.stringify(data));
    expect(KeyRing.load(file).unwrap('a', 'passphrase one two')).toBeNull();
  });

  it('refuses a damaged ring file with CORRUPT', () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-ring-'));
    const file = join(dir, 'ring.json');
    writeFileSync(file, '{"format":"habeas-keyring","version":1');
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
