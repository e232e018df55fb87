// The plan of an import, the same for the dry run and the run: each row's action (create,
// update, skip) and reason, its possible duplicates with the user's decisions, and the value
// review. A row is recognised on re-import by its source key (see sourceKeyOf) and compared by
// the hash of its normalised values, so an unchanged row is skipped and a changed one updated.
// Rows decided to be one person form a group written in year order, its first row making the
// person, each later one merged into it with its conflicts worked out here (import-merge.ts).
import { createHash } from 'node:crypto';

import { inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';

import type { ServiceContext } from '../../backend/context';
import { invalid } from '../../backend/errors';
import type { ImportAction, ImportConflict, ImportCounts, ImportDuplicate, ImportNote, ImportValueReview, importPlanInput } from '../../contract/imports';
import { addDays, partialDateBounds } from '../../../shared/partial-date';
import { note, type ImportReason } from './import-messages';
import { buildRecords, changedFields, type ImportRecord, type RecordRow } from './import-records';
import { countryIndex } from './import-values';
import { readImportFile } from './files/read-file';
import type { ImportTable } from './files/table';
import { foldCountryName } from './rules/country-names';
import { statusOutcome } from './rules/import-status';
import { countries, countryAliases, importRows, people } from '../../schema';
import { findDuplicates } from './import-duplicates';
import { merge, stateOf, vaultState, type MergeOutcome, type MergeState } from './import-merge';

export type PlanInput = z.output<typeof importPlanInput>;
export type ImportRowRecord = typeof importRows.$inferSelect;

export interface PlannedRow {
  row: number;
  action: ImportAction;
  /** Why; ImportRowPlan.reason is its English text (import-messages). */
  reason: ImportReason;
  record: ImportRecord;
  notes: ImportNote[];
  duplicates: ImportDuplicate[];
  sourceKey: string;
  rowHash: string;
  /** The earlier import of this row (update and unchanged skip). */
  existing: ImportRowRecord | null;
  /** Merge target: a vault person, or the person made for an earlier row (its index in rows). */
  mergeInto: { personId: string } | { index: number } | null;
  /** A merged row: how its facts meet the person's (conflicts, facts that become current). */
  merge: MergeOutcome | null;
  conflicts: ImportConflict[];
}

export interface ImportPlanning {
  table: ImportTable;
  rows: PlannedRow[];
  values: ImportValueReview[];
  counts: ImportCounts;
  /** Indexes into rows in the order they are written: by year of record, then file order. */
  order: number[];
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The row's identity across imports: its external id when mapped, else its name (as written,
 * case and spaces folded), birth date and country, plus how many earlier rows of the file had the
 * same identity (one prisoner listed under several categories). Hashed, so no name is stored twice.
 */
function sourceKeys(records: readonly ImportRecord[]): string[] {
  const seen = new Map<string, number>();
  return records.map((r) => {
    const plain = r.externalId
      ? `ext\u0000${r.country ?? ''}\u0000${r.externalId}`
      : `row\u0000${(r.name ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ')}\u0000${r.birthDate ?? ''}\u0000${r.country ?? ''}`;
    // The year of record tells one person's rows of several years apart; left out when not
    // mapped, so files imported before the field existed keep their keys.
    const base = r.observedOn === null ? plain : `${plain}\u0000year\u0000${r.observedOn}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return hash(`${base}\u0000${n}`);
  });
}

function existingImports(ctx: ServiceContext, keys: readonly string[]): Map<string, ImportRowRecord & { personGone: boolean }> {
  const out = new Map<string, ImportRowRecord & { personGone: boolean }>();
  for (let i = 0; i < keys.length; i += 500) {
    const found = ctx.db.select().from(importRows).where(inArray(importRows.sourceKey, keys.slice(i, i + 500))).all();
    const ids = [...new Set(found.map((f) => f.personId))];
    const live = new Set(
      ids.length ? ctx.db.select({ id: people.id, deletedAt: people.deletedAt }).from(people).where(inArray(people.id, ids)).all().filter((p) => p.deletedAt === null).map((p) => p.id) : [],
    );
    for (const f of found) out.set(f.sourceKey, { ...f, personGone: !live.has(f.personId) });
  }
  return out;
}

const DATED = ['birthDate', 'deathDate', 'detentionStart', 'observedOn'] as const;

/** A date after today is a typing slip (1997 written 2097): left empty with a warning, as the forms refuse it. */
function dropFutureDates(records: readonly RecordRow[], latest: string): void {
  for (const r of records) {
    for (const field of DATED) {
      const date = r.record[field];
      if (date === null || partialDateBounds(date).first <= latest) continue;
      r.record[field] = null;
      r.notes.push(note('futureDate', field, null, { date }));
    }
  }
}

const why = (code: ImportReason['code'], params: ImportReason['params'] = {}): ImportReason => ({ code, params });

function skipReason(r: { record: ImportRecord; countryUnrecognised: boolean }): ImportReason | null {
  if (!r.record.name) return why('noName');
  if (r.countryUnrecognised) return why('countryUnrecognised');
  if (!r.record.country) return why('noCountry');
  return null;
}

/** The aliases the input asks to remember, folded, each checked to name a country of the table. */
export function aliasesToRemember(input: PlanInput, known: ReadonlySet<string>): { alias: string; countryCode: string }[] {
  return Object.entries(input.aliases).map(([name, countryCode]) => {
    const alias = foldCountryName(name);
    if (alias === '') throw invalid(`The country name "${name}" has no letters to remember it by.`, { reason: 'alias_without_letters', params: { alias: name }, alias: name });
    if (!known.has(countryCode)) throw invalid(`"${countryCode}" for the country name "${name}" is not a known country code.`, { reason: 'alias_unknown_country', params: { alias: name, countryCode }, alias: name, countryCode });
    return { alias, countryCode };
  });
}

/** Warnings the row's status brings: a release with no date, a missing person's detention columns. */
function statusNotes(records: readonly RecordRow[]): void {
  for (const r of records) {
    const { status } = r.record;
    if (status === null) continue;
    const outcome = statusOutcome(status, r.record.deathDate);
    if (status === 'released' && r.record.observedOn === null) r.notes.push(note('releaseDateUnknown', 'status', null));
    const detention = r.record.detentionStart !== null || r.record.detentionType !== null || r.record.facility !== null || r.record.charges.length > 0 || r.record.sentence !== null;
    if (outcome.releaseReason === 'disappeared' && detention) r.notes.push(note('missingNotDetained', 'status', null, { status: 'Missing' }));
  }
}

export function planImport(ctx: ServiceContext, input: PlanInput): ImportPlanning {
  const table = readImportFile(input);
  const countryRows = ctx.db.select().from(countries).all();
  const remembered = ctx.db.select({ alias: countryAliases.alias, countryCode: countryAliases.countryCode }).from(countryAliases).where(isNull(countryAliases.deletedAt)).all();
  const asked = aliasesToRemember(input, new Set(countryRows.map((c) => c.code)));
  const index = countryIndex(countryRows, [...remembered, ...asked]);
  const { rows: records, values } = buildRecords(table, input.mapping, input.values, index);
  dropFutureDates(records, addDays(ctx.today(), 1));
  statusNotes(records);
  const keys = sourceKeys(records.map((r) => r.record));
  const before = existingImports(ctx, keys);
  const rows: PlannedRow[] = records.map((r, i) => {
    const sourceKey = keys[i] ?? '';
    const rowHash = hash(JSON.stringify(r.record));
    const base = { row: r.row, record: r.record, notes: r.notes, duplicates: [], sourceKey, rowHash, existing: null, mergeInto: null, merge: null, conflicts: [] };
    const unreadable = table.unreadable.get(r.row);
    const skip = unreadable ? why(unreadable) : skipReason(r);
    if (skip) return { ...base, action: 'skip', reason: skip };
    const existing = before.get(sourceKey);
    if (!existing) return { ...base, action: 'create', reason: why('new') };
    if (existing.personGone) return { ...base, existing, action: 'skip', reason: why('personDeleted') };
    if (existing.rowHash === rowHash) return { ...base, existing, action: 'skip', reason: why('unchanged') };
    const changed = changedFields(JSON.parse(existing.importedValues) as Partial<ImportRecord>, r.record);
    if (changed.length === 0) return { ...base, existing, action: 'skip', reason: why('nothingNew') };
    return { ...base, existing, action: 'update', reason: why('changed', { fields: changed.join(', ') }) };
  });
  const creating = rows.map((p) => {
    if (p.action !== 'create') return null;
    const { name, nameVariants, birthDate, country, citizenship } = p.record;
    return { names: [name ?? '', ...nameVariants], birthDate, countryCode: country, alsoKnownIn: citizenship ? [citizenship] : [] };
  });
  const found = findDuplicates(ctx, creating);
  const knownKeys = new Set<string>();
  rows.forEach((p, i) => {
    p.duplicates = (found[i] ?? []).map((d) => {
      const other = d.index === null ? null : rows[d.index];
      const key = d.against === 'file' ? `row:${p.row}~row:${other?.row ?? '?'}` : `row:${p.row}~person:${d.personId ?? '?'}`;
      knownKeys.add(key);
      // Two rows of one name in the same year of one list are more likely two people than one.
      const sameYear = other !== null && other !== undefined && p.record.observedOn !== null && p.record.observedOn === other.record.observedOn;
      return {
        key, against: d.against, row: other?.row ?? null, personId: d.personId, name: d.name, birthDate: d.birthDate, countryCode: d.countryCode,
        strong: d.strong, sameNameAndCountry: d.sameNameAndCountry && !sameYear, decision: input.decisions[key] ?? null,
      };
    });
  });
  const yearOf = (i: number) => rows[i]?.record.observedOn ?? '';
  const order = rows.map((_, i) => i).sort((a, b) => (yearOf(a) < yearOf(b) ? -1 : yearOf(a) > yearOf(b) ? 1 : a - b));
  joinGroups(ctx, rows, order);
  for (const key of Object.keys(input.decisions)) {
    if (!knownKeys.has(key)) throw invalid(`No possible duplicate is called "${key}" in this file. Run the dry run again and decide on the duplicates it lists.`, { reason: 'unknown_duplicate_key', params: { key }, key });
  }
  const counts: ImportCounts = { created: 0, updated: 0, skipped: 0, possibleDuplicates: 0, skippedBy: {} };
  for (const p of rows) {
    if (p.action === 'create') counts.created += 1;
    else if (p.action === 'update') counts.updated += 1;
    else {
      counts.skipped += 1;
      counts.skippedBy[p.reason.code] = (counts.skippedBy[p.reason.code] ?? 0) + 1;
    }
    // Kept apart: a row created on its own although it may be someone else (the first row of a
    // merged group reports the merge it made, not a duplicate).
    if (p.action === 'create' && p.duplicates.some((d) => d.decision !== 'merge')) counts.possibleDuplicates += 1;
  }
  return { table, rows, values, counts, order };
}

/**
 * The row indexes joined by merge decisions, each group with the vault person it joins (if any).
 * Merges join transitively: two rows kept apart from each other still become one person when both
 * are merged with a third (rare with the bulk rule, which pairs the same name and country).
 */
function groupsOf(rows: readonly PlannedRow[]): { members: Map<number, number[]>; vault: Map<number, { personId: string; name: string }> } {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    let at = i;
    for (let up = parent[at] ?? at; up !== at; up = parent[at] ?? at) at = up;
    parent[i] = at;
    return at;
  };
  const byRow = new Map(rows.map((p, i) => [p.row, i]));
  const vault = new Map<number, { personId: string; name: string }>();
  rows.forEach((p, i) => {
    for (const d of p.duplicates) {
      if (d.decision !== 'merge') continue;
      const j = d.against === 'file' && d.row !== null ? byRow.get(d.row) : undefined;
      if (j !== undefined) parent[find(i)] = find(j);
    }
  });
  const members = new Map<number, number[]>();
  rows.forEach((p, i) => {
    if (p.action !== 'create') return;
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });
  // A group joins the first vault person one of its rows was decided to be (in file order).
  for (const [root, list] of members) {
    for (const i of list) {
      const d = rows[i]?.duplicates.find((x) => x.decision === 'merge' && x.against === 'vault');
      if (d) {
        vault.set(root, { personId: d.personId ?? '', name: d.name });
        break;
      }
    }
  }
  return { members, vault };
}

/**
 * Turns merge decisions into actions: each group is written in `order` (by year of record), its
 * first row making the person unless the group joins a vault person, the others merged into it;
 * the conflicts each merged row brings are worked out on the way.
 */
function joinGroups(ctx: ServiceContext, rows: PlannedRow[], order: readonly number[]): void {
  const { members, vault } = groupsOf(rows);
  const rank = new Map(order.map((index, at) => [index, at]));
  for (const [root, list] of members) {
    const target = vault.get(root);
    if (list.length === 1 && !target) continue;
    const sorted = [...list].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    let state: MergeState | null = target ? vaultState(ctx, target.personId) : null;
    const first = sorted[0] ?? root;
    for (const i of sorted) {
      const p = rows[i];
      if (!p) continue;
      if (!state) {
        state = stateOf(p.record);
        continue;
      }
      p.merge = merge(state, p.record);
      p.conflicts = p.merge.conflicts;
      p.action = 'update';
      if (target) {
        p.mergeInto = { personId: target.personId };
        p.reason = why('mergedIntoVault', { name: target.name });
      } else {
        p.mergeInto = { index: first };
        p.reason = why('mergedIntoRow', { row: rows[first]?.row ?? '?' });
      }
    }
  }
}
