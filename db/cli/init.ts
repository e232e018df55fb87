// `habeas init`: creates a vault with the named user as its administrator and shows the recovery
// key once. The key goes to stdout only; Habeas keeps no copy of it anywhere.
import type { Command } from 'commander';

import { CliError, usage } from './errors';
import { withVaultOptions, vaultTarget, type VaultOptions } from './options';
import { say } from './output';
import { readNewPassphrase } from './secrets';
import { callOn, openBackend } from './session';

interface InitOptions extends VaultOptions {
  displayName?: string;
}

export function registerInit(program: Command): void {
  withVaultOptions(program.command('init'))
    .description('create a new vault with USER as its administrator and print its recovery key')
    .option('--display-name <name>', 'name shown to colleagues (default: the user name)')
    .action(async (options: InitOptions) => {
      const target = vaultTarget(options);
      if (target.useRecoveryKey) throw usage('A new vault has no recovery key yet: leave out --recovery-key.');
      const backend = openBackend(target);
      try {
        if (callOn(backend, 'session.status', {}).vaultExists) throw new CliError('CONFLICT', `A vault already exists in ${target.vaultDir}.`);
        const passphrase = await readNewPassphrase(target.userName);
        const created = callOn(backend, 'session.createVault', {
          userName: target.userName,
          passphrase,
          ...(options.displayName ? { displayName: options.displayName } : {}),
        });
        say(`Vault created in ${target.vaultDir} with ${target.userName} as administrator.`);
        say();
        say('Recovery key (shown once, never stored by Habeas):');
        say();
        say(`    ${created.recoveryKey}`);
        say();
        say('Write it down and keep it offline, away from this computer. It opens the vault without');
        say('any passphrase, so anyone who holds it can read everything; without it, a lost key ring');
        say('or forgotten passphrases mean the data is lost.');
      } finally {
        backend.close();
      }
    });
}
