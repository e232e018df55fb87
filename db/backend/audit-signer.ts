// Who signs the audit entries of a session: the unlocked member's Ed25519 key, or the vault's
// recovery key when the session was opened with it. The private key stays inside the closure.
import { signBytes } from '../vault/key-pairs';

export interface AuditSigner {
  /** Ed25519 public key, base64 of the raw 32 bytes: stored beside each entry it signs. */
  readonly publicKey: string;
  sign(data: Buffer): Buffer;
  /** Overwrites the private key; the signer cannot sign afterwards. */
  destroy(): void;
}

export function auditSigner(signPrivate: Buffer, signPublic: Buffer): AuditSigner {
  const secret = Buffer.from(signPrivate);
  let destroyed = false;
  return {
    publicKey: signPublic.toString('base64'),
    sign: (data) => {
      if (destroyed) throw new Error('This signer has been destroyed.');
      return signBytes(secret, data);
    },
    destroy: () => {
      destroyed = true;
      secret.fill(0);
    },
  };
}
