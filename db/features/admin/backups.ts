// The backups in the vault's backups folder: made on request (then the oldest manual ones beyond
// the organisation's limit are deleted), listed, and deleted one by one. Every change is audited.
import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import type { BackupMade } from '../../contract/admin';
import type { backupsApi } from '../../contract/backups';
import { deleteBackup, listBackups, rotateBackups } from '../../vault/backups';

export function createManualBackup(ctx: ServiceContext): BackupMade {
  const made = ctx.backup('manual');
  const removed = rotateBackups(ctx.vaultFiles.backups, ctx.settings.get('manualBackupsToKeep'), ['manual']);
  ctx.audit({ action: 'backup.create', changes: { bytes: made.bytes, ...(removed.length ? { rotatedOut: removed.length } : {}) } });
  return { file: made.file, bytes: made.bytes, verified: true as const };
}

export const backupsHandlers: HandlersFor<typeof backupsApi> = {
  'backup.list': (ctx) => ({ backups: listBackups(ctx.vaultFiles.backups), folder: ctx.vaultFiles.backups }),
  'backup.delete': (ctx, input) => {
    const gone = deleteBackup(ctx.vaultFiles.backups, input.name);
    ctx.audit({ action: 'backup.delete', changes: { name: gone.name, kind: gone.kind, bytes: gone.bytes } });
    return gone;
  },
};
