// Who signs the audit entries of a session: the unlocked member's Ed25519 key, or the vault's
// recovery key when the session was opened with it. The private key stays inside the closure.
import { sign, type KeyObject } from 'node:crypto';

import { signingPrivateKey } from '../vault/key-pairs';

export interface AuditSigner {
  /** Ed25519 public key, base64 of the raw 32 bytes: stored beside each entry it signs. */
  readonly publicKey: string;
  sign(data: Buffer): Buffer;
  /** Overwrites the private key; the signer cannot sign afterwards. */
  destroy(): void;
}

export function auditSigner(signPrivate: Buffer, signPublic: Buffer): AuditSigner {
  const secret = Buffer.from(signPrivate);
  // Imported once: importing the key costs several times more than a signature, and every audit entry is signed.
  let key: KeyObject | null = signingPrivateKey(secret);
  return {
    publicKey: signPublic.toString('base64'),
    sign: (data) => {
      if (!key) throw new Error('This signer has been destroyed.');
      return sign(null, data, key);
    },
    destroy: () => {
      key = null;
      secret.fill(0);
    },
  };
}
