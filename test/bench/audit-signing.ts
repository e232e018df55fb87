// `npm run bench:audit -- [--calls N]`: what signing every audit entry and anchoring
// the head after every call cost on a bulk path (N referrals logged, one call each), against the
// same path on a vault whose log is not signed (no signature, no head file), and what verify costs
// on each log. Figures only, no thresholds.
import { parseArgs } from 'node:util';

import { createSignedVault } from '../db/support/signed-vault';
import { createTestVault, type TestVault } from '../db/support/test-vault';

const log = (line: string): void => void process.stdout.write(`${line}\n`);

function run(v: TestVault, calls: number): { totalMs: number; perCall: number[] } {
  const perCall: number[] = [];
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    v.call('referrals.create', {
      receivedOn: '2025-12-01',
      channel: 'family',
      countryCode: 'KZ',
      consent: 'none',
      person: { name: `Кабиров Ержан ${i}` },
    });
    perCall.push(performance.now() - t);
  }
  return { totalMs: performance.now() - started, perCall };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

function main(): void {
  const { values } = parseArgs({ options: { calls: { type: 'string', default: '1000' } } });
  const calls = Number(values.calls);
  for (const [label, make] of [
    ['unsigned (as before)', () => createTestVault()],
    ['signed + anchored', () => createSignedVault()],
  ] as const) {
    const v = make();
    try {
      const r = run(v, calls);
      const entries = (v.sqlite.prepare('SELECT count(*) AS n FROM audit_entries').get() as { n: number }).n;
      const t = performance.now();
      const verified = v.call('audit.verify', {});
      const verifyMs = performance.now() - t;
      const t2 = performance.now();
      v.call('audit.verify', {});
      const againMs = performance.now() - t2;
      log(
        `${label.padEnd(22)} ${calls} calls in ${(r.totalMs / 1000).toFixed(2)} s = ${(r.totalMs / calls).toFixed(2)} ms/call ` +
          `(median ${median(r.perCall).toFixed(2)}, p95 ${p95(r.perCall).toFixed(2)}); verify of ${entries} entries ${verifyMs.toFixed(0)} ms (again ${againMs.toFixed(0)} ms), ok=${verified.ok}`,
      );
    } finally {
      v.close();
    }
  }
}

main();
