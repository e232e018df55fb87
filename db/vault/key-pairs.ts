// Members' key pairs with Node's own crypto: X25519 to seal the database key to a member, Ed25519
// to sign audit entries. Keys travel as raw 32-byte values (base64 in files); a sealed value is
// an ephemeral X25519 key, an AES-256-GCM nonce, tag and ciphertext, with the key made by HKDF.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

export interface MemberKeys {
  /** X25519 private key, raw 32 bytes. */
  boxPrivate: Buffer;
  boxPublic: Buffer;
  /** Ed25519 private seed, raw 32 bytes. */
  signPrivate: Buffer;
  signPublic: Buffer;
}

// PKCS#8 and SPKI headers of X25519 (1.3.101.110) and Ed25519 (1.3.101.112) keys, followed by the raw 32 bytes.
const PKCS8 = { x25519: '302e020100300506032b656e04220420', ed25519: '302e020100300506032b657004220420' };
const SPKI = { x25519: '302a300506032b656e032100', ed25519: '302a300506032b6570032100' };
type Curve = keyof typeof PKCS8;

const SEAL_INFO = 'habeas seal v1';
const EPHEMERAL = 32;
const NONCE = 12;
const TAG = 16;

function privateKeyOf(curve: Curve, raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new RangeError('A private key is 32 bytes.');
  return createPrivateKey({ key: Buffer.concat([Buffer.from(PKCS8[curve], 'hex'), raw]), format: 'der', type: 'pkcs8' });
}

function publicKeyOf(curve: Curve, raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new RangeError('A public key is 32 bytes.');
  return createPublicKey({ key: Buffer.concat([Buffer.from(SPKI[curve], 'hex'), raw]), format: 'der', type: 'spki' });
}

function rawPublic(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'der', type: 'spki' })).subarray(-32);
}

function rawPrivate(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'der', type: 'pkcs8' })).subarray(-32);
}

export function generateMemberKeys(): MemberKeys {
  const box = generateKeyPairSync('x25519');
  const signing = generateKeyPairSync('ed25519');
  return {
    boxPrivate: rawPrivate(box.privateKey),
    boxPublic: rawPublic(box.publicKey),
    signPrivate: rawPrivate(signing.privateKey),
    signPublic: rawPublic(signing.publicKey),
  };
}

/** The public halves of a member's keys, from the private ones. */
export function publicKeysOf(boxPrivate: Buffer, signPrivate: Buffer): { boxPublic: Buffer; signPublic: Buffer } {
  return {
    boxPublic: rawPublic(createPublicKey(privateKeyOf('x25519', boxPrivate))),
    signPublic: rawPublic(createPublicKey(privateKeyOf('ed25519', signPrivate))),
  };
}

/**
 * The recovery key pair from the 32 secret bytes of the recovery key: the bytes are the X25519
 * private key, and the Ed25519 seed is derived from them, so one printed key gives both.
 */
export function recoveryKeysOf(secret: Buffer): MemberKeys {
  const signPrivate = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'habeas recovery signing v1', 32));
  const boxPrivate = Buffer.from(secret);
  return { boxPrivate, signPrivate, ...publicKeysOf(boxPrivate, signPrivate) };
}

function sealKey(shared: Buffer, ephemeralPublic: Buffer, recipient: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, recipient]), SEAL_INFO, 32));
}

/** Seals a secret to an X25519 public key; `context` is bound in (authenticated, not stored). */
export function seal(recipientPublic: Buffer, secret: Buffer, context: string): Buffer {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = rawPublic(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyOf('x25519', recipientPublic) });
  const key = sealKey(shared, ephemeralPublic, recipientPublic);
  shared.fill(0);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  key.fill(0);
  return Buffer.concat([ephemeralPublic, nonce, cipher.getAuthTag(), body]);
}

/** Opens a sealed secret with the recipient's private key; null when it was not sealed to it or was changed. */
export function openSealed(recipientPrivate: Buffer, sealed: Buffer, context: string): Buffer | null {
  if (sealed.length < EPHEMERAL + NONCE + TAG) return null;
  const ephemeralPublic = sealed.subarray(0, EPHEMERAL);
  const nonce = sealed.subarray(EPHEMERAL, EPHEMERAL + NONCE);
  const tag = sealed.subarray(EPHEMERAL + NONCE, EPHEMERAL + NONCE + TAG);
  const body = sealed.subarray(EPHEMERAL + NONCE + TAG);
  let key: Buffer | null = null;
  try {
    const privateKey = privateKeyOf('x25519', recipientPrivate);
    const shared = diffieHellman({ privateKey, publicKey: publicKeyOf('x25519', ephemeralPublic) });
    key = sealKey(shared, ephemeralPublic, rawPublic(createPublicKey(privateKey)));
    shared.fill(0);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  } finally {
    key?.fill(0);
  }
}

/** The Ed25519 key objects of raw keys, for callers that sign or check many times with one key (importing costs more than signing). */
export const signingPrivateKey = (raw: Buffer): KeyObject => privateKeyOf('ed25519', raw);
export const signingPublicKey = (raw: Buffer): KeyObject => publicKeyOf('ed25519', raw);

export function signBytes(signPrivate: Buffer, data: Buffer): Buffer {
  return sign(null, data, privateKeyOf('ed25519', signPrivate));
}

export function verifySignature(signPublic: Buffer, data: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, data, publicKeyOf('ed25519', signPublic), signature);
  } catch {
    return false;
  }
}
