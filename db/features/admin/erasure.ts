// The "erase this laptop's keys after N failed unlocks" policy. It lives in a small file beside the
// key ring (db/vault/unlock-policy.ts) because it must be read while the vault is locked.
import type { HandlersFor } from '../../backend/handler-map';
import type { erasureApi } from '../../contract/erasure';
import { readUnlockPolicy, writeUnlockPolicy } from '../../vault/unlock-policy';

export const erasureHandlers: HandlersFor<typeof erasureApi> = {
  'erasure.policy': (ctx) => readUnlockPolicy(ctx.vaultFiles.dir),
  'erasure.setPolicy': (ctx, input) => {
    const before = readUnlockPolicy(ctx.vaultFiles.dir);
    // Audited first: when the file cannot be written, the transaction takes the entry back.
    ctx.audit({ action: 'erasure.setPolicy', changes: { eraseAfterFailedUnlocks: [before.eraseAfterFailedUnlocks, input.eraseAfterFailedUnlocks] } });
    writeUnlockPolicy(ctx.vaultFiles.dir, { eraseAfterFailedUnlocks: input.eraseAfterFailedUnlocks });
    return readUnlockPolicy(ctx.vaultFiles.dir);
  },
};
