// Who signs a session's audit entries: the member's own Ed25519 key (the one member_keys records
// for them) after a passphrase unlock, the recovery signing key after a recovery-key unlock.
import { afterEach, describe, expect, it } from 'vitest';

import { recoveryKeysOf } from '../../../db/vault/key-pairs';
import { KeyRing } from '../../../db/vault/key-ring';
import { parseRecoveryKey } from '../../../db/vault/recovery-key';
import { vaultFiles } from '../../../db/vault/vault-files';
import { unlockWithPassphrase, unlockWithRecoveryKey, type AccessRuntime } from '../../../db/backend/vault-access';
import { createTestVault, USER_PASSPHRASE, type TestVault } from '../support/test-vault';
import { join } from 'node:path';

let v: TestVault | null = null;
afterEach(() => {
  v?.close();
  v = null;
});

describe('the session signer', () => {
  it('is the member key for a passphrase unlock and the recovery key for a recovery unlock', () => {
    v = createTestVault();
    const dana = v.signInAs('caseworker', 'dana');
    v.call('session.lock', {});
    const rt: AccessRuntime = {
      files: vaultFiles(v.vaultDir),
      stateDir: v.stateDir,
      migrationsDir: join(__dirname, '../../../db/migrations'),
      kdfTargetMs: 1,
      clock: () => new Date(),
    };
    const member = unlockWithPassphrase(rt, 'dana', USER_PASSPHRASE);
    const recorded = member.sqlite.prepare('SELECT sign_public FROM member_keys WHERE user_id = ? AND retired_at IS NULL').get(dana.id) as { sign_public: string };
    expect(member.signer?.publicKey).toBe(recorded.sign_public);
    const signature = member.signer?.sign(Buffer.from('entry'));
    expect(signature?.length).toBe(64);
    member.close();
    expect(() => member.signer?.sign(Buffer.from('entry'))).toThrow(); // destroyed with the session

    const recovery = unlockWithRecoveryKey(rt, 'admin', v.recoveryKey);
    const expected = recoveryKeysOf(parseRecoveryKey(v.recoveryKey)).signPublic.toString('base64');
    expect(recovery.signer?.publicKey).toBe(expected);
    expect(KeyRing.load(rt.files.keyRing).recovery.signPublic).toBe(expected);
    recovery.close();
  });
});
