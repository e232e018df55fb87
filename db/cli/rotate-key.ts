// `habeas rotate-key`: a new database key now (vault.rotateKey). The database is re-encrypted and
// the new key sealed to every active member and the recovery key; a new recovery key, when one had
// to be made, is printed once. Backups made before stay under the old key until re-encrypted.
import type { Command } from 'commander';

import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { formatCount, say } from './output';
import { withSession } from './session';

interface RotateOptions extends VaultOptions {
  reencryptBackups?: boolean;
}

export function registerRotateKey(program: Command): void {
  withVaultOptions(program.command('rotate-key'))
    .description('change the database key now and seal it to every active member (administrators only)')
    .option('--reencrypt-backups', 'also re-encrypt the backups made under older keys')
    .action(async (options: RotateOptions) => {
      await withSession(vaultTarget(options), (session) => {
        const started = Date.now();
        const result = session.call('vault.rotateKey', {});
        say(`Database key changed (epoch ${result.epoch}) in ${((Date.now() - started) / 1000).toFixed(1)} s; sealed to ${formatCount(result.sealedTo)} member(s).`);
        if (result.needPassphraseReset.length > 0) {
          say(`${formatCount(result.needPassphraseReset.length)} active user(s) have no key pair (not unlocked since the upgrade, or never given a passphrase) and cannot unlock until an administrator resets their passphrase.`);
        }
        if (result.recoveryKey) {
          say('The old recovery key no longer opens this vault. The new recovery key (write it down now; it is not shown again):');
          say(`  ${result.recoveryKey}`);
        }
        if (options.reencryptBackups) {
          const done = session.call('backup.reencryptOld', {});
          say(`Backups re-encrypted: ${formatCount(done.reencrypted)}; already current: ${formatCount(done.current)}; unreadable: ${formatCount(done.unreadable)}.`);
        } else if (result.oldBackups > 0) {
          say(`${formatCount(result.oldBackups)} older backup(s) can still be read with the old key; run again with --reencrypt-backups or delete them.`);
        }
      });
    });
}
