// `habeas backup`: a verified encrypted backup (backup.create, kept in the vault's backups folder)
// copied to a file of the user's choice, e.g. on removable media. The copy is as encrypted as
// the vault: it opens only with the vault's key.
import { constants, copyFileSync, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Command } from 'commander';

import { makePrivateFile } from '../vault/file-modes';
import { backupHeadFile } from '../vault/audit-anchor';
import { CliError } from './errors';
import { vaultTarget, withVaultOptions, type VaultOptions } from './options';
import { formatBytes, say } from './output';
import { withSession } from './session';

interface BackupOptions extends VaultOptions {
  out: string;
  force?: boolean;
}

export function registerBackup(program: Command): void {
  withVaultOptions(program.command('backup'))
    .description('write a verified, encrypted backup and copy it to FILE (administrators only)')
    .requiredOption('--out <file>', 'where to put the copy')
    .option('--force', 'replace FILE if it exists')
    .action(async (options: BackupOptions) => {
      const out = resolve(options.out);
      // Checked before unlocking, so a typo costs nothing; the copy below re-checks atomically.
      if (existsSync(out) && !options.force) throw new CliError('CONFLICT', `${out} already exists; give --force to replace it.`);
      await withSession(vaultTarget(options), (session) => {
        const made = session.call('backup.create', {});
        try {
          copyFileSync(made.file, out, options.force ? 0 : constants.COPYFILE_EXCL);
        } catch (e) {
          const code = (e as { code?: unknown }).code;
          if (code === 'EEXIST') throw new CliError('CONFLICT', `${out} already exists; give --force to replace it.`);
          throw new CliError('INTERNAL', `The backup was made (${made.file}) but could not be copied to ${out}. Check the folder exists and has space.`);
        }
        // The copy holds the whole vault (encrypted): owner-only, whatever the umask or a replaced file's mode.
        makePrivateFile(out);
        // The signed head of the copy's audit log goes with it, so the copy's log can be checked wherever it is kept.
        const head = backupHeadFile(made.file);
        if (existsSync(head)) copyFileSync(head, backupHeadFile(out));
        say(`Backup written to ${out} (${formatBytes(statSync(out).size)}), encrypted and verified.`);
        say(`A copy stays in the vault's backups folder: ${made.file}`);
      });
    });
}
