// Rotating the database key on demand (vault.rotateKey) and re-encrypting the backups made under
// an older key (backup.reencryptOld). Both run outside a transaction: they rewrite whole files.
import type { HandlersFor } from '../../backend/handler-map';
import type { vaultApi } from '../../contract/vault';
import { reencryptBackups } from '../../vault/backups';

export const vaultKeyHandlers: HandlersFor<Pick<typeof vaultApi, 'vault.rotateKey' | 'backup.reencryptOld'>> = {
  'vault.rotateKey': (ctx) => ctx.keys.rotate('manual'),
  'backup.reencryptOld': (ctx) => {
    const keys = ctx.keys.known();
    try {
      const result = reencryptBackups(ctx.keys.backupsFolder, keys, {
        ...(ctx.keys.nativeBinding ? { nativeBinding: ctx.keys.nativeBinding } : {}),
        progress: (done, total) => ctx.progress(done, total, 'reencrypt'),
      });
      ctx.sqlite.transaction(() => ctx.audit({ action: 'backup.reencryptOld', changes: result }))();
      return result;
    } finally {
      for (const k of keys) k.fill(0);
    }
  },
};
