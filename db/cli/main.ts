// The Habeas command line: `npm run cli -- <command> --vault DIR --user NAME ...`. It runs the
// same backend as the app, in-process, and goes through the same contract calls. One file per
// command; add a command by writing its file and registering it below.
import { Command, CommanderError } from 'commander';

import { registerAttachments } from './attachments';
import { registerBackup } from './backup';
import { describeFailure, usage } from './errors';
import { registerImport } from './import';
import { registerInit } from './init';
import { warn } from './output';
import { registerReport } from './report';
import { registerRotateKey } from './rotate-key';
import { registerSeed } from './seed';
import { registerTimeline } from './timeline';
import { registerVerify } from './verify';
import { registerWipe } from './wipe';

export function buildProgram(): Command {
  const program = new Command('habeas')
    .description('Habeas vault tools: create, seed, back up, verify, rotate the key of, report on, import into, read timelines and attachment lists from and erase the keys of an encrypted vault')
    .exitOverride()
    // Commander's own error text is replaced by our one-line format in run().
    .configureOutput({ outputError: () => undefined })
    .showHelpAfterError(false);
  registerInit(program);
  registerSeed(program);
  registerBackup(program);
  registerVerify(program);
  registerRotateKey(program);
  registerReport(program);
  registerImport(program);
  registerTimeline(program);
  registerAttachments(program);
  registerWipe(program);
  for (const command of program.commands) command.exitOverride().configureOutput({ outputError: () => undefined });
  return program;
}

export async function run(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return 0;
  } catch (e) {
    let failure = e;
    if (e instanceof CommanderError) {
      // Help and version are "errors" to commander; to the user they are answers.
      if (e.exitCode === 0) return 0;
      // A bare `habeas` prints the help to stderr; that is the whole answer.
      if (e.code === 'commander.help') return 2;
      failure = usage(e.message.replace(/^error:\s*/i, ''));
    }
    const { line, exitCode } = describeFailure(failure);
    warn(line);
    return exitCode;
  }
}

void run(process.argv).then((code) => {
  process.exitCode = code;
});
