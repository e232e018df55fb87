// The key ring file beside the database: one slot per user, each holding the master key wrapped
// with AES-256-GCM under a key derived from that user's passphrase. Slots are found by a keyed
// hash of the user name, so the file names nobody in clear. Writes are atomic.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

import { z } from 'zod';

import { ServiceError } from '../backend/errors';
import { deriveKey, type KdfParams } from './kdf';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const slotShape = z.object({
  tag: b64,
  kdf: z.object({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int().min(65536),
    iterations: z.number().int().min(1).max(1000),
    parallelism: z.number().int().min(1).max(16),
  }),
  salt: b64,
  iv: b64,
  ciphertext: b64,
  authTag: b64,
});
const ringShape = z.object({
  format: z.literal('habeas-keyring'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  tagSalt: b64,
  /** HMAC of a fixed label under the master key: checks a recovery key without opening the database. */
  keyCheck: b64,
  slots: z.array(slotShape),
});

export type KeySlot = z.infer<typeof slotShape>;
export type KeyRingData = z.infer<typeof ringShape>;

export function normaliseUserName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

export function keyCheckOf(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('habeas key check v1').digest('base64');
}

export class KeyRing {
  private constructor(private data: KeyRingData) {}

  static create(masterKey: Buffer): KeyRing {
    return new KeyRing({
      format: 'habeas-keyring',
      version: 1,
      vaultId: randomUUID(),
      tagSalt: randomBytes(32).toString('base64'),
      keyCheck: keyCheckOf(masterKey),
      slots: [],
    });
  }

  static load(file: string): KeyRing {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new ServiceError('CORRUPT', 'The key ring file is damaged or unreadable. Unlock with the recovery key instead.', { reason: 'key_ring_damaged' });
    }
    const result = ringShape.safeParse(parsed);
    if (!result.success) {
      throw new ServiceError('CORRUPT', 'The key ring file is damaged or unreadable. Unlock with the recovery key instead.', { reason: 'key_ring_damaged' });
    }
    return new KeyRing(result.data);
  }

  get vaultId(): string {
    return this.data.vaultId;
  }

  get slotCount(): number {
    return this.data.slots.length;
  }

  tagFor(userName: string): string {
    return createHmac('sha256', Buffer.from(this.data.tagSalt, 'base64')).update(normaliseUserName(userName)).digest('base64');
  }

  hasSlot(userName: string): boolean {
    const tag = this.tagFor(userName);
    return this.data.slots.some((s) => s.tag === tag);
  }

  matchesMasterKey(masterKey: Buffer): boolean {
    const expected = Buffer.from(this.data.keyCheck, 'base64');
    const actual = Buffer.from(keyCheckOf(masterKey), 'base64');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  /** Adds or replaces the user's slot. */
  setSlot(userName: string, passphrase: string, masterKey: Buffer, kdf: KdfParams): void {
    const tag = this.tagFor(userName);
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const wrappingKey = deriveKey(passphrase, salt, kdf);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
    cipher.setAAD(this.aad(tag, kdf));
    const ciphertext = Buffer.concat([cipher.update(masterKey), cipher.final()]);
    wrappingKey.fill(0);
    const slot: KeySlot = {
      tag,
      kdf,
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      authTag: cipher.getAuthTag().toString('base64'),
    };
    this.data.slots = [...this.data.slots.filter((s) => s.tag !== tag), slot];
  }

  removeSlot(userName: string): boolean {
    const tag = this.tagFor(userName);
    const before = this.data.slots.length;
    this.data.slots = this.data.slots.filter((s) => s.tag !== tag);
    return this.data.slots.length !== before;
  }

  /**
   * Removes every member's slot, keeping all else (vault id, key check, tag salt): after saving, only
   * the recovery key opens the vault. Returns how many slots were removed.
   */
  eraseMembers(): number {
    const removed = this.data.slots.length;
    this.data.slots = [];
    return removed;
  }

  /**
   * The master key, or null when the passphrase is wrong or the user has no slot. A missing slot
   * still costs one derivation, so timing does not tell which user names exist.
   */
  unwrap(userName: string, passphrase: string): Buffer | null {
    const tag = this.tagFor(userName);
    const slot = this.data.slots.find((s) => s.tag === tag);
    const kdf = slot?.kdf ?? this.data.slots[0]?.kdf ?? { algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 };
    const salt = slot ? Buffer.from(slot.salt, 'base64') : randomBytes(16);
    const wrappingKey = deriveKey(passphrase, salt, kdf);
    if (!slot) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(slot.iv, 'base64'));
      decipher.setAAD(this.aad(tag, slot.kdf));
      decipher.setAuthTag(Buffer.from(slot.authTag, 'base64'));
      const key = Buffer.concat([decipher.update(Buffer.from(slot.ciphertext, 'base64')), decipher.final()]);
      return key.length === 32 ? key : null;
    } catch {
      return null;
    } finally {
      wrappingKey.fill(0);
    }
  }

  /** Writes to a temporary file, flushes it to disk and renames it over the old ring. */
  save(file: string): void {
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(this.data, null, 1));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    syncFolder(dirname(file));
  }

  toJSON(): KeyRingData {
    return structuredClone(this.data);
  }

  private aad(tag: string, kdf: KdfParams): Buffer {
    return Buffer.from(`${this.data.vaultId}|${tag}|${kdf.memoryKiB}|${kdf.iterations}|${kdf.parallelism}`);
  }
}

/** The rename is durable only once the folder entry is flushed (not possible on Windows). */
function syncFolder(folder: string): void {
  if (process.platform === 'win32' || !existsSync(folder)) return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
