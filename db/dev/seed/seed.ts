// Synthetic demonstration data (development only: db/dev/dev-api.ts adds it for the CLI and tests). seed.generate writes a chunk of
// realistic cases straight into the tables inside the dispatcher's transaction (one audit entry
// per chunk); the demo staff it assigns cases to are rows without key-ring slots, so nobody can
// sign in as them until an administrator resets their passphrase (users.resetPassphrase).
import type Database from 'better-sqlite3';
import { and, isNull, sql } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import type { SeedCounts, seedApi } from './seed-contract';
import type { Role } from '../../contract/core';
import * as schema from '../../schema';
import { newId } from '../../features/common/records';
import { newCaseReference } from '../../features/cases/case-reference';
import { seedCase, seedOtherReferral } from './seed-case';
import type { SeedEnv, SeedSinks, SeedStaff, SeedTables } from './seed-env';
import { inserter } from '../../features/common/bulk-insert';

/** The demo team: sign-in names, display names and roles. */
export const DEMO_STAFF: readonly { name: string; displayName: string; role: Role }[] = [
  { name: 'demo.aigerim', displayName: 'Aigerim Nurlanova (demo)', role: 'caseworker' },
  { name: 'demo.timur', displayName: 'Timur Yusupov (demo)', role: 'caseworker' },
  { name: 'demo.dilnoza', displayName: 'Dilnoza Karimova (demo)', role: 'caseworker' },
  { name: 'demo.marat', displayName: 'Marat Sadykov (demo)', role: 'supervisor' },
  { name: 'demo.olga', displayName: 'Olga Lebedeva (demo)', role: 'supervisor' },
];

/** Finds the demo staff, creating the missing ones; revoked ones get no new cases. */
function demoStaff(ctx: ServiceContext): { staff: SeedStaff; created: number } {
  const caseworkers: string[] = [];
  const supervisors: string[] = [];
  let created = 0;
  for (const member of DEMO_STAFF) {
    const row = ctx.db
      .select({ id: schema.users.id, active: schema.users.active })
      .from(schema.users)
      .where(and(sql`lower(${schema.users.name}) = ${member.name}`, isNull(schema.users.deletedAt)))
      .get();
    let id = row?.active ? row.id : null;
    if (!row) {
      id = newId();
      const now = ctx.now();
      ctx.db.insert(schema.users).values({ id, createdAt: now, updatedAt: now, deletedAt: null, ...member, active: true }).run();
      created += 1;
    }
    if (id) (member.role === 'supervisor' ? supervisors : caseworkers).push(id);
  }
  // If every demo caseworker or supervisor was revoked, the caller takes their cases.
  return { staff: { caseworkers: caseworkers.length ? caseworkers : [ctx.user.id], supervisors: supervisors.length ? supervisors : [ctx.user.id] }, created };
}

const TABLES: SeedTables = {
  people: schema.people,
  nameVariants: schema.nameVariants,
  professions: schema.personProfessions,
  contacts: schema.contacts,
  referrals: schema.referrals,
  cases: schema.cases,
  episodes: schema.detentionEpisodes,
  courtEvents: schema.courtEvents,
  sentences: schema.sentences,
  charges: schema.charges,
  advocacy: schema.advocacyActions,
  wgad: schema.wgadPetitions,
  caseEvents: schema.caseEvents,
};
const TABLE_KEYS = Object.keys(TABLES) as (keyof SeedTables)[];

/**
 * Holds one case's rows and writes them parents first. Writing a child before its parent would
 * need deferred foreign keys, and while a deferred violation is outstanding SQLite scans the
 * child tables on every parent insert (unindexed ones in full): quadratic, minutes at 10,000 cases.
 */
function caseWriter(sqlite: Database.Database): { sinks: SeedSinks; flush(): void; counts: Record<keyof SeedTables, number> } {
  const counts = Object.fromEntries(TABLE_KEYS.map((k) => [k, 0])) as Record<keyof SeedTables, number>;
  const held = TABLE_KEYS.map((key) => ({ key, write: inserter(sqlite, TABLES[key]) as (row: unknown) => void, rows: [] as unknown[] }));
  const sinks = Object.fromEntries(held.map((h) => [h.key, (row: unknown) => h.rows.push(row)])) as unknown as SeedSinks;
  return {
    sinks,
    counts,
    flush() {
      for (const h of held) {
        for (const row of h.rows) h.write(row);
        counts[h.key] += h.rows.length;
        h.rows.length = 0;
      }
    },
  };
}

export const seedHandlers: HandlersFor<typeof seedApi> = {
  'seed.generate': (ctx, input) => {
    // New rows land in indexes all over the file; a larger page cache for this transaction saves
    // decrypting the same pages again and again. Put back afterwards: the app's memory stays small.
    const cache = ctx.sqlite.pragma('cache_size', { simple: true }) as number;
    ctx.sqlite.pragma('cache_size = -131072');
    const { staff, created } = demoStaff(ctx);
    const writer = caseWriter(ctx.sqlite);
    const env: SeedEnv = { seed: input.seed, today: ctx.today(), now: ctx.now(), settings: ctx.settings.all(), staff, sinks: writer.sinks, newId,
      // Each case's rows are written before the next is made, so earlier references count as taken.
      reference: (countryCode, openedOn, rng) => newCaseReference(ctx.sqlite, countryCode, openedOn, (n) => rng.int(0, n - 1)) };
    const from = input.offset;
    const to = input.offset + input.cases - 1;
    try {
      for (let i = from; i <= to; i++) {
        seedCase(env, i);
        seedOtherReferral(env, i);
        writer.flush();
      }
    } finally {
      ctx.sqlite.pragma(`cache_size = ${cache}`);
    }
    const c = writer.counts;
    const counts: SeedCounts = {
      users: created,
      people: c.people,
      nameVariants: c.nameVariants,
      contacts: c.contacts,
      referrals: c.referrals,
      cases: c.cases,
      episodes: c.episodes,
      charges: c.charges,
      courtEvents: c.courtEvents,
      sentences: c.sentences,
      advocacyActions: c.advocacy,
      wgadPetitions: c.wgad,
      caseEvents: c.caseEvents,
    };
    ctx.audit({ action: 'seed.generate', changes: { seed: input.seed, from, to, counts } });
    return { from, to, counts };
  },
};
