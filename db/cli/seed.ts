// `habeas seed`: fills a vault with synthetic cases for trials, training and benchmarks, through
// seed.generate in chunks, each chunk one transaction and one audit entry. Chunks of 5,000 rather
// than 1,000: every chunk rewrites index pages spread over the whole file, so fewer chunks write
// less (100,000 cases here: 1,213 cases/s against 834 cases/s).
import type { Command } from 'commander';

import { SEED_MAX_CASES_PER_CALL, type SeedCounts } from '../dev/seed/seed-contract';
import { vaultTarget, wholeNumber, withVaultOptions, type VaultOptions } from './options';
import { formatCount, formatSeconds, Progress, say } from './output';
import { withSession } from './session';

interface SeedOptions extends VaultOptions {
  cases: number;
  seed: number;
  offset: number;
  chunk: number;
}

const EMPTY: SeedCounts = {
  users: 0, people: 0, nameVariants: 0, contacts: 0, referrals: 0, cases: 0, episodes: 0, charges: 0,
  courtEvents: 0, sentences: 0, advocacyActions: 0, wgadPetitions: 0, caseEvents: 0,
};

const LABELS: Record<keyof SeedCounts, string> = {
  users: 'demo users', people: 'people', nameVariants: 'name spellings', contacts: 'contacts', referrals: 'referrals',
  cases: 'cases', episodes: 'detention episodes', charges: 'charges', courtEvents: 'court events', sentences: 'sentences',
  advocacyActions: 'advocacy actions', wgadPetitions: 'WGAD petitions', caseEvents: 'case events',
};

export function registerSeed(program: Command): void {
  withVaultOptions(program.command('seed'))
    .description('add realistic synthetic cases (administrators only)')
    .requiredOption('--cases <n>', 'number of cases to add', wholeNumber(1, 10_000_000))
    .option('--seed <s>', 'random seed: the same seed gives the same data', wholeNumber(0, 2 ** 31 - 1), 1)
    .option('--offset <n>', 'number of the first case; to add more to a seeded vault, give the count already added', wholeNumber(0, 10_000_000), 0)
    .option('--chunk <n>', 'cases per transaction', wholeNumber(1, SEED_MAX_CASES_PER_CALL), SEED_MAX_CASES_PER_CALL)
    .action(async (options: SeedOptions) => {
      await withSession(vaultTarget(options), (session) => {
        const totals: SeedCounts = { ...EMPTY };
        const progress = new Progress(options.cases, 'cases');
        const started = performance.now();
        for (let done = 0; done < options.cases; ) {
          const cases = Math.min(options.chunk, options.cases - done);
          const made = session.call('seed.generate', { cases, offset: options.offset + done, seed: options.seed });
          for (const key of Object.keys(totals) as (keyof SeedCounts)[]) totals[key] += made.counts[key];
          done += cases;
          progress.update(done);
        }
        progress.finish();
        const ms = performance.now() - started;
        say(`Added ${formatCount(options.cases)} synthetic cases (seed ${options.seed}) in ${formatSeconds(ms)}, ${formatCount(Math.round((options.cases / ms) * 1000))} cases/s:`);
        for (const key of Object.keys(LABELS) as (keyof SeedCounts)[]) say(`  ${LABELS[key].padEnd(20)}${formatCount(totals[key]).padStart(12)}`);
        if (totals.users > 0) {
          say('The demo users (demo.*) have no passphrase and cannot sign in until an administrator resets it.');
        }
      });
    });
}
