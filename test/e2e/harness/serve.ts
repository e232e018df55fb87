// `npm run serve:test -- --vault DIR [--state DIR] [--port N]`: serves the built renderer with a
// real backend on the given vault (new or made by `cli init` / `cli seed`) and prints the URL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { startHarness } from './server';

const { values } = parseArgs({
  options: { vault: { type: 'string' }, state: { type: 'string' }, port: { type: 'string' } },
});
if (!values.vault) {
  process.stderr.write('usage: npm run serve:test -- --vault DIR [--state DIR] [--port N]\n');
  process.exit(2);
}
// Not top-level await: without "type": "module" in package.json, tsx runs this file as CommonJS.
async function main(vault: string): Promise<void> {
  const harness = await startHarness({
    vaultDir: resolve(vault),
    stateDir: resolve(values.state ?? mkdtempSync(join(tmpdir(), 'habeas-state-'))),
    port: values.port ? Number(values.port) : 0,
  });
  process.stdout.write(`Habeas test harness: ${harness.url}\n`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(values.vault).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
