// Synthetic demonstration data and the vault integrity check. seed.generate writes a chunk of
// realistic cases straight into the tables inside the dispatcher's transaction (one audit entry
// per chunk); the demo staff it assigns cases to are rows without key-ring slots, so nobody can
// sign in as them until an administrator resets their passphrase (users.resetPassphrase).
import { and, isNull, sql } from 'drizzle-orm';

import type { ServiceContext } from '../backend/context';
import type { HandlersFor } from '../backend/handler-map';
import type { SeedCounts, seedApi } from '../contract/seed';
import type { Role } from '../contract/core';
import * as schema from '../schema';
import { newId } from './records';
import { seedCase, seedOtherReferral } from './seed-case';
import type { SeedEnv, SeedSinks, SeedStaff } from './seed-env';
import { inserter } from './seed-insert';

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

function sinksFor(ctx: ServiceContext): SeedSinks {
  const s = ctx.sqlite;
  return {
    people: inserter(s, schema.people),
    nameVariants: inserter(s, schema.nameVariants),
    professions: inserter(s, schema.personProfessions),
    contacts: inserter(s, schema.contacts),
    referrals: inserter(s, schema.referrals),
    cases: inserter(s, schema.cases),
    episodes: inserter(s, schema.detentionEpisodes),
    charges: inserter(s, schema.charges),
    courtEvents: inserter(s, schema.courtEvents),
    sentences: inserter(s, schema.sentences),
    advocacy: inserter(s, schema.advocacyActions),
    wgad: inserter(s, schema.wgadPetitions),
    caseEvents: inserter(s, schema.caseEvents),
  };
}

export const seedHandlers: HandlersFor<typeof seedApi> = {
  'seed.generate': (ctx, input) => {
    // Checked at commit instead of per row: a case row can then follow the episodes that decide
    // its detention status. Resets by itself when the transaction ends.
    ctx.sqlite.pragma('defer_foreign_keys = ON');
    const { staff, created } = demoStaff(ctx);
    const sinks = sinksFor(ctx);
    const env: SeedEnv = { seed: input.seed, today: ctx.today(), now: ctx.now(), settings: ctx.settings.all(), staff, sinks, newId };
    const from = input.offset;
    const to = input.offset + input.cases - 1;
    for (let i = from; i <= to; i++) {
      seedCase(env, i);
      seedOtherReferral(env, i);
    }
    const counts: SeedCounts = {
      users: created,
      people: sinks.people.count,
      nameVariants: sinks.nameVariants.count,
      contacts: sinks.contacts.count,
      referrals: sinks.referrals.count,
      cases: sinks.cases.count,
      episodes: sinks.episodes.count,
      charges: sinks.charges.count,
      courtEvents: sinks.courtEvents.count,
      sentences: sinks.sentences.count,
      advocacyActions: sinks.advocacy.count,
      wgadPetitions: sinks.wgad.count,
      caseEvents: sinks.caseEvents.count,
    };
    ctx.audit({ action: 'seed.generate', changes: { seed: input.seed, from, to, counts } });
    return { from, to, counts };
  },
  'vault.integrity': (ctx) => {
    const problems = (ctx.sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((line) => line !== 'ok');
    const dangling = ctx.sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
    for (const d of dangling) problems.push(`A row of ${d.table} (rowid ${d.rowid ?? '?'}) refers to a missing row of ${d.parent}.`);
    return { ok: problems.length === 0, problems };
  },
};
