// `npm run bench -- [--cases N] [--vault DIR]`: times the calls caseworkers wait on, through the
// real backend on an encrypted vault, and the same calls on an unencrypted copy of the same
// database, and prints figures (median, p95, ratio); then the time of a database key rotation
// (on a vault it seeded itself, or with --rotate), and the write and read speed of a 100 MiB
// attachment. No thresholds: figures only.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

import { openEncryptedDatabase } from '../../db/vault/database-file';
import { KeyRing } from '../../db/vault/key-ring';
import { vaultFiles } from '../../db/vault/vault-files';
import { attachmentFigures } from './attachments';
import { seedDossierCase } from '../db/features/documents/support/dossier-case';
import { openBenchVault } from './bench-vault';
import { operations } from './operations';
import { plainCaller } from './plain-backend';
import { makePlainCopy, openPlain } from './plain-copy';
import { summarise, table, timeOnce, type Row } from './stats';

const WARM_UP = 3;
const log = (line: string): void => void process.stdout.write(`${line}\n`);

function main(): void {
  const wall = performance.now();
  const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, vault: { type: 'string' }, rotate: { type: 'boolean', default: false } } });
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a whole number ≥ 1');
  const bench = openBenchVault({ ...(values.vault ? { vault: values.vault } : {}), cases, log });
  const files = vaultFiles(bench.vaultDir);
  // The master key for the plain comparison copy, unwrapped with the bench user's passphrase.
  const key = KeyRing.load(files.keyRing).unwrapMember(bench.userName, bench.passphrase)?.databaseKey;
  if (!key) throw new Error('The passphrase does not open this vault.');
  const scratch = mkdtempSync(join(tmpdir(), 'habeas-bench-plain-'));
  try {
    if (bench.seeded) log(`Seeding: ${bench.seeded.cases} cases in ${(bench.seeded.ms / 1000).toFixed(1)} s = ${Math.round((bench.seeded.cases / bench.seeded.ms) * 1000)} cases/s`);
    // A case as full as a long-running one (200 timeline entries), in both copies, for the dossier.
    const dossierCase = seedDossierCase(bench).caseId;
    const plainFile = join(scratch, 'plain.db');
    const copyMs = timeOnce(() => makePlainCopy(files.database, key, plainFile));
    log(`Database ${(statSync(files.database).size / 2 ** 20).toFixed(1)} MiB; plain copy made in ${(copyMs / 1000).toFixed(1)} s`);

    const rows: Row[] = [];
    const lockThenUnlock = () => {
      bench.call('session.lock', {});
      return timeOnce(() => bench.call('session.unlock', { userName: bench.userName, passphrase: bench.passphrase }));
    };
    // The first unlock of a day also writes the automatic backup; it is shown on its own.
    if (bench.openingUnlockMs !== null) {
      rows.push({ operation: 'first unlock (may include daily backup)', encrypted: summarise([bench.openingUnlockMs]), plain: null });
    }
    rows.push({ operation: 'session.unlock (total)', encrypted: summarise(Array.from({ length: 5 }, lockThenUnlock)), plain: null });
    const ring = KeyRing.load(files.keyRing);
    rows.push({
      operation: '  of which Argon2id + unwrap',
      encrypted: summarise(Array.from({ length: 5 }, () => timeOnce(() => ring.unwrapMember(bench.userName, bench.passphrase)?.databaseKey?.fill(0)))),
      plain: null,
    });
    const openEnc: number[] = [];
    const openPlainMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      openEnc.push(timeOnce(() => openEncryptedDatabase(files.database, key, { readonly: true }).close()));
      openPlainMs.push(timeOnce(() => {
        const db = openPlain(plainFile);
        db.pragma('quick_check');
        db.close();
      }));
    }
    rows.push({ operation: '  open + quick_check (raw key)', encrypted: summarise(openEnc), plain: summarise(openPlainMs) });

    const user = bench.backend.status().user;
    if (!user) throw new Error('not unlocked');
    const plain = openPlain(plainFile);
    const plainCall = plainCaller(plain, user);
    const caseIds = plain.prepare('SELECT id FROM cases WHERE deleted_at IS NULL').pluck().all() as string[];
    for (const op of operations(caseIds, new Date().toISOString().slice(0, 10), dossierCase)) {
      try {
        for (let i = 0; i < WARM_UP; i++) {
          bench.callUnchecked(op.method, op.input(10_000 + i));
          if (!op.encryptedOnly) plainCall(op.method, op.input(10_000 + i));
        }
      } catch (e) {
        // A method still being written elsewhere should not cost the other figures.
        log(`Skipped ${op.name}: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      // Alternating the two sides spreads any drift in machine load evenly over both.
      const enc: number[] = [];
      const pla: number[] = [];
      for (let i = 0; i < op.runs; i++) {
        enc.push(timeOnce(() => bench.callUnchecked(op.method, op.input(i))));
        if (!op.encryptedOnly) pla.push(timeOnce(() => plainCall(op.method, op.input(i))));
      }
      rows.push({ operation: op.name, encrypted: summarise(enc), plain: op.encryptedOnly ? null : summarise(pla) });
    }
    plain.close();
    log('');
    log(table(rows));
    if (!values.vault || values.rotate) rotation(bench, files.database);
    const attachTo = caseIds[0];
    if (attachTo) attachmentFigures(bench, attachTo, log);
  } finally {
    key.fill(0);
    bench.backend.close();
    rmSync(scratch, { recursive: true, force: true });
    if (!values.vault) rmSync(dirname(bench.vaultDir), { recursive: true, force: true });
  }
  log(`\nTotal wall time ${((performance.now() - wall) / 1000).toFixed(1)} s`);
}

/** One key rotation (copy, rekey, verify, seal, swap), timed stage by stage from the progress events. */
function rotation(bench: ReturnType<typeof openBenchVault>, database: string): void {
  const mib = statSync(database).size / 2 ** 20;
  bench.call('session.lock', {});
  bench.call('session.unlock', { userName: bench.userName, passphrase: bench.passphrase });
  const marks: [string, number][] = [];
  const stop = bench.onProgress((label) => marks.push([label, performance.now()]));
  const started = performance.now();
  const result = bench.call('vault.rotateKey', {});
  const total = performance.now() - started;
  stop();
  log(`\nKey rotation of a ${mib.toFixed(1)} MiB vault (epoch ${result.epoch}): ${(total / 1000).toFixed(1)} s`);
  marks.forEach(([label, at], i) => {
    const next = marks[i + 1]?.[1] ?? started + total;
    if (label !== 'done') log(`  ${label.padEnd(8)} ${((next - at) / 1000).toFixed(1)} s`);
  });
}

main();
