// `habeas wipe`: erases this laptop's keys (every member's slot in the key ring and the unlock
// counters) so that the vault opens only with the recovery key kept elsewhere. Asks once, in a
// terminal, unless --yes is given. Needs no passphrase: it must work when no one can unlock.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Command } from 'commander';
import { read } from 'read';

import { CliError, usage } from './errors';
import { say } from './output';
import { callOn, openBackend } from './session';

interface WipeOptions {
  vault: string;
  state?: string;
  yes?: boolean;
}

async function confirmed(vaultDir: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw usage('No terminal to ask in: give --yes to erase the keys without asking.');
  let answer: string;
  try {
    answer = String(
      await read({
        prompt: `Erase this laptop's keys for the vault in ${vaultDir}? Afterwards only the recovery key opens it. Type "erase" to go on: `,
        output: process.stderr,
      }),
    );
  } catch {
    throw new CliError('CANCELLED', 'Cancelled.');
  }
  return answer.trim().toLowerCase() === 'erase';
}

export function registerWipe(program: Command): void {
  program
    .command('wipe')
    .description("erase this laptop's keys: every passphrase stops working, only the recovery key opens the vault")
    .requiredOption('--vault <dir>', 'folder of the vault')
    .option('--state <dir>', 'folder of the unlock-attempt counters (default: $HABEAS_STATE_DIR or ~/.habeas/state)')
    .option('--yes', 'erase without asking')
    .action(async (options: WipeOptions) => {
      const vaultDir = resolve(options.vault);
      const stateDir = resolve(options.state ?? process.env.HABEAS_STATE_DIR ?? join(homedir(), '.habeas', 'state'));
      const backend = openBackend({ vaultDir, stateDir, userName: '', useRecoveryKey: false });
      try {
        if (!callOn(backend, 'session.status', {}).vaultExists) throw new CliError('NOT_FOUND', `There is no vault in ${vaultDir}.`);
        if (options.yes !== true && !(await confirmed(vaultDir))) throw new CliError('CANCELLED', 'Nothing was erased.');
        const erased = callOn(backend, 'session.eraseKeys', { confirm: true });
        say(`Erased ${erased.slotsRemoved} passphrase slot${erased.slotsRemoved === 1 ? '' : 's'} from the key ring of ${vaultDir}.`);
        say('No passphrase opens this vault on this laptop any more; unlock it with the recovery key (--recovery-key).');
      } finally {
        backend.close();
      }
    });
}
