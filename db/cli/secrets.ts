// Passphrases and recovery keys reach the command line from the environment (for scripts) or a
// hidden prompt in a terminal; never from arguments, which other users can read in the process list.
import { read } from 'read';

import { CliError, usage } from './errors';

export const PASSPHRASE_ENV = 'HABEAS_PASSPHRASE';
export const RECOVERY_KEY_ENV = 'HABEAS_RECOVERY_KEY';

async function prompt(question: string): Promise<string> {
  try {
    // Prompts go to stderr so that stdout carries only results (init's recovery key).
    const answer = await read({ prompt: question, silent: true, replace: '', output: process.stderr });
    return String(answer);
  } catch {
    throw new CliError('CANCELLED', 'Cancelled.');
  }
}

async function secret(envName: string, question: string, what: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) throw usage(`No ${what}: set ${envName} or run the command in a terminal.`);
  const answer = await prompt(question);
  if (answer === '') throw usage(`No ${what} given.`);
  return answer;
}

export function readPassphrase(userName: string): Promise<string> {
  return secret(PASSPHRASE_ENV, `Passphrase for ${userName}: `, 'passphrase');
}

export function readRecoveryKey(): Promise<string> {
  return secret(RECOVERY_KEY_ENV, 'Recovery key: ', 'recovery key');
}

/** A new passphrase: from the environment as is, or typed twice in a terminal. */
export async function readNewPassphrase(userName: string): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await readPassphrase(userName);
  const again = await prompt('Type it again: ');
  if (again !== first) throw usage('The two passphrases differ.');
  return first;
}
