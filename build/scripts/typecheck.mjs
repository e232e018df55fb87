// Type checks every room under its own tsconfig.json, two at a time (one per core): the renderer
// with DOM and no Node types, db/ and electron/ with Node and no DOM, shared/ with neither.
// Incremental: unchanged rooms re-check in seconds. Exits non-zero when any room has errors.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The largest first, so the small ones fill the other core.
const ROOMS = ['test', 'renderer', 'db', 'electron', 'shared', '.'];
const cache = join(root, 'node_modules', '.cache', 'typecheck');
mkdirSync(cache, { recursive: true });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function check(room) {
  const name = room === '.' ? 'tools' : room;
  const started = Date.now();
  const args = [tsc, '-p', join(root, room, 'tsconfig.json'), '--noEmit', '--incremental', '--tsBuildInfoFile', join(cache, `${name}.tsbuildinfo`), '--pretty'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)\n${output}`);
      resolve(code === 0);
    });
  });
}

const queue = [...ROOMS];
const workers = Array.from({ length: Math.min(2, availableParallelism()) }, async () => {
  let ok = true;
  while (queue.length > 0) ok = (await check(queue.shift())) && ok;
  return ok;
});
const results = await Promise.all(workers);
process.exit(results.every(Boolean) ? 0 : 1);
