// Key pairs: sealing opens only for its recipient and context, signatures check only with the signer's key.
import { randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { auditSigner } from '../../../db/backend/audit-signer';
import { generateMemberKeys, openSealed, publicKeysOf, recoveryKeysOf, seal, verifySignature } from '../../../db/vault/key-pairs';

describe('member key pairs', () => {
  it('seals a secret that only the recipient opens, and only in the same context', () => {
    const alice = generateMemberKeys();
    const bob = generateMemberKeys();
    const secret = randomBytes(32);
    const sealed = seal(alice.boxPublic, secret, 'vault-1|epoch-1');
    expect(openSealed(alice.boxPrivate, sealed, 'vault-1|epoch-1')?.equals(secret)).toBe(true);
    expect(openSealed(bob.boxPrivate, sealed, 'vault-1|epoch-1')).toBeNull();
    expect(openSealed(alice.boxPrivate, sealed, 'vault-1|epoch-2')).toBeNull();
    const changed = Buffer.from(sealed);
    changed.writeUInt8(changed.readUInt8(changed.length - 1) ^ 1, changed.length - 1);
    expect(openSealed(alice.boxPrivate, changed, 'vault-1|epoch-1')).toBeNull();
    expect(openSealed(alice.boxPrivate, sealed.subarray(0, 20), 'vault-1|epoch-1')).toBeNull();
    // Each seal uses a fresh ephemeral key.
    expect(seal(alice.boxPublic, secret, 'c').equals(seal(alice.boxPublic, secret, 'c'))).toBe(false);
  });

  it('derives the public halves from the private ones', () => {
    const keys = generateMemberKeys();
    const pub = publicKeysOf(keys.boxPrivate, keys.signPrivate);
    expect(pub.boxPublic.equals(keys.boxPublic)).toBe(true);
    expect(pub.signPublic.equals(keys.signPublic)).toBe(true);
  });

  it('makes the same recovery key pair from the same secret, and a different one from another', () => {
    const secret = randomBytes(32);
    const a = recoveryKeysOf(secret);
    const b = recoveryKeysOf(Buffer.from(secret));
    expect(a.boxPublic.equals(b.boxPublic)).toBe(true);
    expect(a.signPublic.equals(b.signPublic)).toBe(true);
    expect(recoveryKeysOf(randomBytes(32)).boxPublic.equals(a.boxPublic)).toBe(false);
    const sealed = seal(a.boxPublic, Buffer.from('db key'), 'x');
    expect(openSealed(b.boxPrivate, sealed, 'x')?.toString()).toBe('db key');
  });

  it('signs so that only the signer public key verifies, and a destroyed signer no longer signs', () => {
    const keys = generateMemberKeys();
    const other = generateMemberKeys();
    const signer = auditSigner(keys.signPrivate, keys.signPublic);
    const data = Buffer.from('entry hash');
    const signature = signer.sign(data);
    expect(verifySignature(keys.signPublic, data, signature)).toBe(true);
    expect(verifySignature(other.signPublic, data, signature)).toBe(false);
    expect(verifySignature(keys.signPublic, Buffer.from('entry hasH'), signature)).toBe(false);
    expect(verifySignature(keys.signPublic, data, Buffer.alloc(3))).toBe(false);
    signer.destroy();
    expect(() => signer.sign(data)).toThrow();
  });
});
