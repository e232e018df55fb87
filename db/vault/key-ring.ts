// The key ring file beside the database (version 2). Each member's slot holds their key pairs,
// wrapped under a key derived from user name and passphrase together, and the database key sealed
// to their public key. A slot is found by a locator from the same derivation, so the file names
// nobody and a user-name guess costs as much as a passphrase guess. Writes are atomic.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { z } from 'zod';

import { ServiceError } from '../backend/errors';
import { writeJsonAtomically } from './atomic-file';
import { deriveKey, type KdfParams } from './kdf';
import { openSealed, seal, type MemberKeys } from './key-pairs';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const kdfShape = z.object({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int().min(65536),
  iterations: z.number().int().min(1).max(1000),
  parallelism: z.number().int().min(1).max(16),
});
/** A slot of the first key ring format: the master key wrapped under the passphrase, found by HMAC of the name. */
const legacySlotShape = z.object({ tag: b64, kdf: kdfShape, salt: b64, iv: b64, ciphertext: b64, authTag: b64 });
const ringV1Shape = z.object({
  format: z.literal('habeas-keyring'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  tagSalt: b64,
  keyCheck: b64,
  slots: z.array(legacySlotShape),
});
const slotShape = z.object({
  locator: b64,
  boxPublic: b64,
  signPublic: b64,
  iv: b64,
  /** AES-256-GCM of boxPrivate || signPrivate under the wrapping key. */
  wrapped: b64,
  authTag: b64,
  /** The database key of this epoch sealed to boxPublic. */
  envelope: b64,
});
const recoveryShape = z.object({ boxPublic: b64, signPublic: b64, envelope: b64, legacy: z.literal(true).optional() });
/** A rotation under way: the new key sealed to each remaining member and to the recovery key. */
const pendingShape = z.object({
  epoch: z.number().int().min(2),
  keyCheck: b64,
  envelopes: z.array(z.object({ boxPublic: b64, envelope: b64 })),
  recovery: recoveryShape,
});
const ringShape = z
  .object({
    format: z.literal('habeas-keyring'),
    version: z.literal(2),
    vaultId: z.string().uuid(),
    epoch: z.number().int().min(1),
    /** HMAC of vaultId|epoch under the database key: checks a key without opening the database. */
    keyCheck: b64,
    kdf: kdfShape,
    salt: b64,
    recovery: recoveryShape,
    slots: z.array(slotShape),
    /** Slots of the first format not yet upgraded (their users have not unlocked since). */
    legacySlots: z.object({ tagSalt: b64, slots: z.array(legacySlotShape) }).optional(),
    pending: pendingShape.optional(),
  })
  // Fields other parts of the app keep in the ring (such as an erasure policy) survive a rewrite.
  .passthrough();

export type KeySlot = z.infer<typeof slotShape>;
export type LegacySlot = z.infer<typeof legacySlotShape>;
export type KeyRingData = z.infer<typeof ringShape>;
export type PendingRotation = z.infer<typeof pendingShape>;
export type RecoveryBlock = z.infer<typeof recoveryShape>;
type KeyRingV1 = z.infer<typeof ringV1Shape>;

export function normaliseUserName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

export function keyCheckOf(key: Buffer, vaultId: string, epoch: number): string {
  return createHmac('sha256', key).update(`habeas key check v2|${vaultId}|${epoch}`).digest('base64');
}

/** The key check of a version 1 ring. */
function legacyKeyCheckOf(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('habeas key check v1').digest('base64');
}

export function envelopeContext(vaultId: string, epoch: number): string {
  return `${vaultId}|${epoch}`;
}

const b = (s: string) => Buffer.from(s, 'base64');
const s64 = (x: Buffer) => x.toString('base64');

function sameBase64(a: string, c: string): boolean {
  const x = b(a);
  const y = b(c);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The private keys a slot opened to, with the database key its envelope held (null when sealed to another epoch). */
export interface UnwrappedMember {
  keys: MemberKeys;
  slot: KeySlot;
  databaseKey: Buffer | null;
  /** The new key of a rotation under way, when one was sealed to this member. */
  pendingKey: Buffer | null;
}

export class KeyRing {
  private constructor(
    private data: KeyRingData,
    /** Set for a ring read from a version 1 file until it is upgraded. */
    private v1: KeyRingV1 | null = null,
  ) {}

  /** A new version 2 ring for a new database key, sealed to the recovery key pair. */
  static create(databaseKey: Buffer, recovery: { boxPublic: Buffer; signPublic: Buffer }, kdf: KdfParams, options: { vaultId?: string; legacyRecovery?: boolean } = {}): KeyRing {
    const vaultId = options.vaultId ?? randomUUID();
    return new KeyRing({
      format: 'habeas-keyring',
      version: 2,
      vaultId,
      epoch: 1,
      keyCheck: keyCheckOf(databaseKey, vaultId, 1),
      kdf,
      salt: s64(randomBytes(16)),
      recovery: {
        boxPublic: s64(recovery.boxPublic),
        signPublic: s64(recovery.signPublic),
        envelope: s64(seal(recovery.boxPublic, databaseKey, envelopeContext(vaultId, 1))),
        ...(options.legacyRecovery ? { legacy: true as const } : {}),
      },
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
    const v2 = ringShape.safeParse(parsed);
    if (v2.success) return new KeyRing(v2.data);
    const v1 = ringV1Shape.safeParse(parsed);
    if (v1.success) return KeyRing.fromV1(v1.data);
    throw new ServiceError('CORRUPT', 'The key ring file is damaged or unreadable. Unlock with the recovery key instead.', { reason: 'key_ring_damaged' });
  }

  /** A version 1 ring, held as legacy slots of a placeholder v2 ring until upgrade() is called. */
  private static fromV1(v1: KeyRingV1): KeyRing {
    const placeholder: KeyRingData = {
      format: 'habeas-keyring',
      version: 2,
      vaultId: v1.vaultId,
      epoch: 1,
      keyCheck: '',
      kdf: v1.slots[0]?.kdf ?? { algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 },
      salt: '',
      recovery: { boxPublic: '', signPublic: '', envelope: '' },
      slots: [],
      legacySlots: { tagSalt: v1.tagSalt, slots: v1.slots },
    };
    return new KeyRing(placeholder, v1);
  }

  get vaultId(): string {
    return this.data.vaultId;
  }

  get epoch(): number {
    return this.data.epoch;
  }

  get isVersion1(): boolean {
    return this.v1 !== null;
  }

  get slotCount(): number {
    return this.data.slots.length + (this.data.legacySlots?.slots.length ?? 0);
  }

  get recovery(): RecoveryBlock {
    return this.data.recovery;
  }

  get pending(): PendingRotation | null {
    return this.data.pending ?? null;
  }

  get hasLegacySlots(): boolean {
    return (this.data.legacySlots?.slots.length ?? 0) > 0;
  }

  /** Locator (stored) and wrapping key (never stored) of a user name and passphrase: one Argon2id derivation. */
  locate(userName: string, passphrase: string): { locator: string; wrappingKey: Buffer } {
    const out = deriveKey(`${normaliseUserName(userName)}\0${passphrase}`, b(this.data.salt), this.data.kdf, 64);
    const locator = s64(out.subarray(0, 32));
    const wrappingKey = Buffer.from(out.subarray(32));
    out.fill(0);
    return { locator, wrappingKey };
  }

  matchesKey(key: Buffer, epoch = this.data.epoch, check = this.data.keyCheck): boolean {
    if (this.v1) return sameBase64(this.v1.keyCheck, legacyKeyCheckOf(key));
    return sameBase64(check, keyCheckOf(key, this.data.vaultId, epoch));
  }

  /** Adds or replaces the slot of a member: their private keys under the passphrase, the database key sealed to them. */
  setMember(userName: string, passphrase: string, keys: MemberKeys, databaseKey: Buffer): void {
    const { locator, wrappingKey } = this.locate(userName, passphrase);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
    cipher.setAAD(this.slotAad(locator, keys.boxPublic, keys.signPublic));
    const plain = Buffer.concat([keys.boxPrivate, keys.signPrivate]);
    const wrapped = Buffer.concat([cipher.update(plain), cipher.final()]);
    plain.fill(0);
    wrappingKey.fill(0);
    const boxPublic = s64(keys.boxPublic);
    const slot: KeySlot = {
      locator,
      boxPublic,
      signPublic: s64(keys.signPublic),
      iv: s64(iv),
      wrapped: s64(wrapped),
      authTag: s64(cipher.getAuthTag()),
      envelope: s64(seal(keys.boxPublic, databaseKey, envelopeContext(this.data.vaultId, this.data.epoch))),
    };
    this.data.slots = [...this.data.slots.filter((s) => s.locator !== locator && s.boxPublic !== boxPublic), slot];
  }

  /** Removes every slot holding this public key (a replaced or revoked key pair). */
  removeMemberByBox(boxPublic: string): boolean {
    const before = this.data.slots.length;
    this.data.slots = this.data.slots.filter((s) => s.boxPublic !== boxPublic);
    return this.data.slots.length !== before;
  }

  /**
   * Opens the slot of a user name and passphrase: one derivation whether or not such a slot
   * exists. Null when there is none or it does not open.
   */
  unwrapMember(userName: string, passphrase: string): UnwrappedMember | null {
    const { locator, wrappingKey } = this.locate(userName, passphrase);
    try {
      const slot = this.data.slots.find((s) => sameBase64(s.locator, locator));
      if (!slot) return null;
      const decipher = createDecipheriv('aes-256-gcm', wrappingKey, b(slot.iv));
      decipher.setAAD(this.slotAad(locator, b(slot.boxPublic), b(slot.signPublic)));
      decipher.setAuthTag(b(slot.authTag));
      const plain = Buffer.concat([decipher.update(b(slot.wrapped)), decipher.final()]);
      if (plain.length !== 64) return null;
      const keys: MemberKeys = {
        boxPrivate: Buffer.from(plain.subarray(0, 32)),
        signPrivate: Buffer.from(plain.subarray(32)),
        boxPublic: b(slot.boxPublic),
        signPublic: b(slot.signPublic),
      };
      plain.fill(0);
      const databaseKey = openSealed(keys.boxPrivate, b(slot.envelope), envelopeContext(this.data.vaultId, this.data.epoch));
      const pending = this.data.pending;
      const sealedNew = pending?.envelopes.find((e) => e.boxPublic === slot.boxPublic);
      const pendingKey = pending && sealedNew ? openSealed(keys.boxPrivate, b(sealedNew.envelope), envelopeContext(this.data.vaultId, pending.epoch)) : null;
      return { keys, slot, databaseKey: databaseKey && this.matchesKey(databaseKey) ? databaseKey : null, pendingKey };
    } catch {
      return null;
    } finally {
      wrappingKey.fill(0);
    }
  }

  /** The database key from a legacy (version 1) slot, found by the HMAC tag of the user name; null otherwise. */
  unwrapLegacy(userName: string, passphrase: string): Buffer | null {
    const legacy = this.data.legacySlots;
    if (!legacy) return null;
    const tag = legacyTag(legacy.tagSalt, userName);
    const slot = legacy.slots.find((s) => s.tag === tag);
    if (!slot) return null;
    const wrappingKey = deriveKey(passphrase, b(slot.salt), slot.kdf);
    try {
      const decipher = createDecipheriv('aes-256-gcm', wrappingKey, b(slot.iv));
      decipher.setAAD(Buffer.from(`${this.data.vaultId}|${tag}|${slot.kdf.memoryKiB}|${slot.kdf.iterations}|${slot.kdf.parallelism}`));
      decipher.setAuthTag(b(slot.authTag));
      const key = Buffer.concat([decipher.update(b(slot.ciphertext)), decipher.final()]);
      return key.length === 32 ? key : null;
    } catch {
      return null;
    } finally {
      wrappingKey.fill(0);
    }
  }

  hasLegacySlot(userName: string): boolean {
    const legacy = this.data.legacySlots;
    return !!legacy && legacy.slots.some((s) => s.tag === legacyTag(legacy.tagSalt, userName));
  }

  removeLegacySlot(userName: string): boolean {
    const legacy = this.data.legacySlots;
    if (!legacy) return false;
    const tag = legacyTag(legacy.tagSalt, userName);
    const before = legacy.slots.length;
    legacy.slots = legacy.slots.filter((s) => s.tag !== tag);
    if (legacy.slots.length === 0) delete this.data.legacySlots;
    return legacy.slots.length !== before;
  }

  /**
   * Turns a version 1 ring into version 2 at epoch 1: the database key stays, the recovery pair
   * is derived from the old recovery key (which was the database key itself) and marked legacy.
   */
  upgrade(databaseKey: Buffer, recovery: { boxPublic: Buffer; signPublic: Buffer }, kdf: KdfParams): void {
    if (!this.v1) return;
    const fresh = KeyRing.create(databaseKey, recovery, kdf, { vaultId: this.v1.vaultId, legacyRecovery: true });
    this.data = { ...fresh.data, legacySlots: { tagSalt: this.v1.tagSalt, slots: [...this.v1.slots] } };
    this.v1 = null;
  }

  /** The database key sealed to the recovery key (and the pending one, during a rotation). */
  openRecovery(boxPrivate: Buffer): { databaseKey: Buffer | null; pendingKey: Buffer | null } {
    const ctx = envelopeContext(this.data.vaultId, this.data.epoch);
    const current = this.data.recovery.envelope ? openSealed(boxPrivate, b(this.data.recovery.envelope), ctx) : null;
    const pending = this.data.pending;
    const next = pending ? openSealed(boxPrivate, b(pending.recovery.envelope), envelopeContext(this.data.vaultId, pending.epoch)) : null;
    return { databaseKey: current && this.matchesKey(current) ? current : null, pendingKey: next };
  }

  /** Records a rotation under way: the new key sealed to each listed member and to the recovery public key. */
  beginRotation(newKey: Buffer, memberBoxes: string[], recovery: { boxPublic: Buffer; signPublic: Buffer; legacy?: boolean }): number {
    const epoch = this.data.epoch + 1;
    const ctx = envelopeContext(this.data.vaultId, epoch);
    this.data.pending = {
      epoch,
      keyCheck: keyCheckOf(newKey, this.data.vaultId, epoch),
      envelopes: memberBoxes.map((box) => ({ boxPublic: box, envelope: s64(seal(b(box), newKey, ctx)) })),
      recovery: {
        boxPublic: s64(recovery.boxPublic),
        signPublic: s64(recovery.signPublic),
        envelope: s64(seal(recovery.boxPublic, newKey, ctx)),
        ...(recovery.legacy ? { legacy: true as const } : {}),
      },
    };
    return epoch;
  }

  /** True when this key is the new key of the rotation under way. */
  isPendingKey(key: Buffer): boolean {
    const p = this.data.pending;
    return !!p && this.matchesKey(key, p.epoch, p.keyCheck);
  }

  /**
   * The database now opens with the new key: the ring moves to the new epoch. Slots of members
   * the new key was not sealed to (revoked or replaced) and every legacy slot are dropped.
   */
  finishRotation(): void {
    const p = this.data.pending;
    if (!p) return;
    const sealed = new Map(p.envelopes.map((e) => [e.boxPublic, e.envelope]));
    this.data.slots = this.data.slots.filter((s) => sealed.has(s.boxPublic)).map((s) => ({ ...s, envelope: sealed.get(s.boxPublic) ?? '' }));
    this.data.epoch = p.epoch;
    this.data.keyCheck = p.keyCheck;
    this.data.recovery = p.recovery;
    delete this.data.legacySlots;
    delete this.data.pending;
  }

  /** The database still opens with the old key: the rotation never happened. */
  abandonRotation(): void {
    delete this.data.pending;
  }

  /** Drops every member's slot (an erased laptop); the recovery block stays, so the recovery key still opens the vault. */
  eraseMembers(): number {
    const removed = this.slotCount;
    this.data.slots = [];
    delete this.data.legacySlots;
    return removed;
  }

  /**
   * Writes the recovery copy (the ring without members' slots: enough for the recovery key when
   * keyring.json is lost), then the ring itself, each to a temporary file flushed to disk and
   * renamed over the old one.
   */
  save(file: string): void {
    if (this.v1) throw new ServiceError('INTERNAL', 'A key ring must be upgraded before it is written.', { reason: 'internal_failure' });
    const { legacySlots: _legacy, ...rest } = this.data;
    writeJsonAtomically(recoveryCopyOf(file), { ...rest, slots: [] }, { indent: 1 });
    writeJsonAtomically(file, this.data, { indent: 1 });
  }

  toJSON(): KeyRingData {
    return structuredClone(this.data);
  }

  private slotAad(locator: string, boxPublic: Buffer, signPublic: Buffer): Buffer {
    return Buffer.from(`habeas slot v2|${this.data.vaultId}|${locator}|${s64(boxPublic)}|${s64(signPublic)}`);
  }
}

/** The file beside the ring holding its recovery block alone. */
export function recoveryCopyOf(ringFile: string): string {
  return ringFile.replace(/(\.json)?$/, '.recovery.json');
}

function legacyTag(tagSalt: string, userName: string): string {
  return createHmac('sha256', b(tagSalt)).update(normaliseUserName(userName)).digest('base64');
}

