// Options every command takes: which vault, as whom, and where unlock attempts are counted.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

import { type Command, InvalidArgumentError } from 'commander';

export interface VaultOptions {
  vault: string;
  user: string;
  state?: string;
  recoveryKey?: boolean;
}

export interface VaultTarget {
  vaultDir: string;
  stateDir: string;
  userName: string;
  useRecoveryKey: boolean;
}

export function withVaultOptions(command: Command): Command {
  return command
    .requiredOption('--vault <dir>', 'folder of the vault')
    .requiredOption('--user <name>', 'user name to sign in as')
    .option('--state <dir>', 'folder for unlock-attempt counters (default: $HABEAS_STATE_DIR or ~/.habeas/state)')
    .option('--recovery-key', 'unlock with the recovery key ($HABEAS_RECOVERY_KEY or a prompt) instead of a passphrase');
}

export function vaultTarget(options: VaultOptions): VaultTarget {
  const state = options.state ?? process.env.HABEAS_STATE_DIR ?? join(homedir(), '.habeas', 'state');
  return {
    vaultDir: resolve(options.vault),
    stateDir: resolve(state),
    userName: options.user,
    useRecoveryKey: options.recoveryKey === true,
  };
}

/** Commander parser for counts: whole numbers within bounds, or a usage error. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`Give a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}
