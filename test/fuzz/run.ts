// `npm run fuzz -- [--seed N] [--calls N] [--cases N] [--slow-calls N] [--dir DIR]`: seeded calls over every
// method of the contract on a new encrypted vault in a temporary folder (see fuzz.ts). Exits 1 on a
// crash, a non-contract error, an invalid row or an error text holding a stored value.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';

import { reportLines, runFuzz } from './fuzz';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    calls: { type: 'string', default: '100000' },
    cases: { type: 'string', default: '60' },
    'slow-calls': { type: 'string', default: '100' },
    dir: { type: 'string' },
  },
});
const whole = (name: string, text: string | undefined, min: number): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return n;
};
const log = (line: string): void => void process.stdout.write(`${line}\n`);

const report = runFuzz({
  seed: whole('seed', values.seed, 0),
  calls: whole('calls', values.calls, 1),
  cases: whole('cases', values.cases, 1),
  slowMethodCalls: whole('slow-calls', values['slow-calls'], 1),
  // A RAM disk where there is one: the figures are about the backend, not the disk's fsync.
  dir: values.dir ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir()),
  log,
});
for (const line of reportLines(report)) log(line);
const failed = report.crashes.length + report.nonContract.length + report.invalidRows.length + report.leaks.length;
process.exitCode = failed > 0 ? 1 : 0;
