// Spreadsheet import (contract slice db/contract/imports.ts): inspect a file, plan it (dry run),
// run it in the dispatcher's one transaction, and the saved column mappings (presets). The audit
// entry of a run holds the file's name, hash, counts and mapping, never a cell's contents.
import { and, asc, eq, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { invalid, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import { importMapping, type ImportMapping, type ImportPreset, type ImportResult, type importsApi } from '../../contract/imports';
import { foldCountryName } from './rules/country-names';
import { guessColumns, guessMapping } from './rules/import-headers';
import { noteText, reasonText } from './import-messages';
import { readImportFile } from './files/read-file';
import { countries, countryAliases, importPresets } from '../../schema';
import { aliasesToRemember, planImport, type ImportPlanning, type PlanInput } from './import-plan';
import { updateFromRow } from './import-update';
import { mergeIntoPerson } from './import-join';
import { createFromRow, importWriter } from './import-write';
import { stamp } from '../common/records';

const SAMPLE_ROWS = 5;
const PROGRESS_EVERY = 50;

function toPreset(row: typeof importPresets.$inferSelect): ImportPreset {
  const mapping: ImportMapping = importMapping.parse(JSON.parse(row.mapping));
  return { name: row.name, mapping, updatedAt: row.updatedAt };
}

/** Stores the country names the user asked to remember, replacing an earlier answer for the same name. */
function rememberAliases(ctx: ServiceContext, input: PlanInput): void {
  const known = new Set(ctx.db.select({ code: countries.code }).from(countries).all().map((c) => c.code));
  for (const { alias, countryCode } of aliasesToRemember(input, known)) {
    const existing = ctx.db.select().from(countryAliases).where(eq(countryAliases.alias, alias)).get();
    if (existing?.countryCode === countryCode && existing.deletedAt === null) continue;
    if (existing) ctx.db.update(countryAliases).set({ countryCode, deletedAt: null, updatedAt: ctx.now() }).where(eq(countryAliases.id, existing.id)).run();
    else ctx.db.insert(countryAliases).values({ ...stamp(ctx), alias, countryCode }).run();
    // The alias is a country's name, not a person's: safe to audit.
    ctx.audit({ action: existing ? 'import.alias.update' : 'import.alias.create', tableName: 'country_aliases', changes: { alias, countryCode } });
  }
}

/**
 * Writes the planned rows in the plan's order (by year of record, then file order), so a merged
 * row finds its group's person made, and the newer rows of a person come after the older ones.
 */
function runPlan(ctx: ServiceContext, input: PlanInput, plan: ImportPlanning): ImportResult {
  const w = importWriter(ctx, input.fileName, plan.table.fileHash);
  const personByIndex = new Map<number, string>();
  const total = plan.rows.length;
  plan.order.forEach((i, done) => {
    const p = plan.rows[i];
    if (!p) return;
    if (p.action === 'create') personByIndex.set(i, createFromRow(w, p));
    else if (p.action === 'update' && p.existing) {
      updateFromRow(w, p, p.existing);
      personByIndex.set(i, p.existing.personId);
    } else if (p.action === 'update' && p.mergeInto) {
      const target = 'personId' in p.mergeInto ? p.mergeInto.personId : personByIndex.get(p.mergeInto.index);
      // Not met in practice (a group's first row is written first); the row would stand on its own.
      if (target === undefined) personByIndex.set(i, createFromRow(w, p));
      else {
        mergeIntoPerson(w, p, target);
        personByIndex.set(i, target);
      }
    }
    if ((done + 1) % PROGRESS_EVERY === 0 || done + 1 === total) ctx.progress(done + 1, total, 'rows');
  });
  rememberAliases(ctx, input);
  ctx.audit({
    action: 'import.run',
    tableName: 'import_rows',
    changes: { fileName: input.fileName, fileHash: w.fileHash, format: plan.table.format, rows: total, counts: plan.counts, mapping: input.mapping },
  });
  const conflicts = plan.rows.flatMap((p) => p.conflicts.map((c) => ({ row: p.row, ...c })));
  return { fileName: input.fileName, fileHash: w.fileHash, counts: plan.counts, personIds: [...new Set(personByIndex.values())], conflicts };
}

export const importsHandlers: HandlersFor<typeof importsApi> = {
  'imports.inspect': (_ctx, input) => {
    const table = readImportFile(input);
    const sample = table.rows.slice(0, SAMPLE_ROWS).map((cells) => Object.fromEntries(table.headers.map((h, i) => [h, cells[i] ?? ''])));
    return {
      format: table.format, encoding: table.encoding, delimiter: table.delimiter, sheets: table.sheets, sheet: table.sheet,
      headers: table.headers, rowCount: table.rows.length, sample, suggested: guessMapping(table.headers), guesses: guessColumns(table.headers),
      fileHash: table.fileHash,
    };
  },

  'imports.dryRun': (ctx, input) => {
    const plan = planImport(ctx, input);
    return {
      fileName: input.fileName, fileHash: plan.table.fileHash, counts: plan.counts, values: plan.values,
      rows: plan.rows.map((p) => ({
        row: p.row, action: p.action, reason: reasonText(p.reason), reasonCode: p.reason.code, reasonParams: p.reason.params, name: p.record.name,
        birthDate: p.record.birthDate, countryCode: p.record.country, warnings: p.notes.map(noteText), notes: p.notes, duplicates: p.duplicates,
        conflicts: p.conflicts,
      })),
    };
  },

  'imports.run': (ctx, input) => {
    const plan = planImport(ctx, input);
    // As seed.generate does: new rows land all over the file's indexes, and a larger page cache
    // for this transaction saves decrypting the same pages again. Put back afterwards.
    const cache = ctx.sqlite.pragma('cache_size', { simple: true }) as number;
    ctx.sqlite.pragma('cache_size = -65536');
    try {
      return runPlan(ctx, input, plan);
    } finally {
      ctx.sqlite.pragma(`cache_size = ${cache}`);
    }
  },

  'imports.aliases.list': (ctx) =>
    ctx.db.select().from(countryAliases).where(isNull(countryAliases.deletedAt)).orderBy(asc(countryAliases.alias)).all()
      .map((a) => ({ alias: a.alias, countryCode: a.countryCode, updatedAt: a.updatedAt })),

  'imports.aliases.delete': (ctx, input) => {
    const alias = foldCountryName(input.alias);
    const existing = ctx.db.select().from(countryAliases).where(and(eq(countryAliases.alias, alias), isNull(countryAliases.deletedAt))).get();
    if (!existing) throw notFound(`The country name "${input.alias}"`, { reason: 'country_alias_not_found', params: { alias: input.alias } });
    ctx.db.update(countryAliases).set({ deletedAt: ctx.now(), updatedAt: ctx.now() }).where(eq(countryAliases.id, existing.id)).run();
    ctx.audit({ action: 'import.alias.delete', tableName: 'country_aliases', recordId: existing.id, changes: { alias, countryCode: existing.countryCode } });
    return { alias };
  },

  'imports.presets.list': (ctx) => ctx.db.select().from(importPresets).orderBy(asc(importPresets.name)).all().map(toPreset),

  'imports.presets.save': (ctx, input) => {
    const mapping = JSON.stringify(input.mapping);
    const existing = ctx.db.select().from(importPresets).where(eq(importPresets.name, input.name)).get();
    if (existing) ctx.db.update(importPresets).set({ mapping, updatedAt: ctx.now(), deletedAt: null }).where(eq(importPresets.id, existing.id)).run();
    else ctx.db.insert(importPresets).values({ ...stamp(ctx), name: input.name, mapping }).run();
    ctx.audit({ action: existing ? 'import.preset.update' : 'import.preset.create', tableName: 'import_presets', changes: { name: input.name } });
    const row = ctx.db.select().from(importPresets).where(eq(importPresets.name, input.name)).get();
    if (!row) throw invalid('The preset could not be saved.', { reason: 'preset_not_saved' });
    return toPreset(row);
  },

  'imports.presets.delete': (ctx, input) => {
    const existing = ctx.db.select().from(importPresets).where(eq(importPresets.name, input.name)).get();
    if (!existing) throw notFound(`The preset "${input.name}"`, { reason: 'preset_not_found', params: { name: input.name } });
    ctx.db.delete(importPresets).where(eq(importPresets.id, existing.id)).run();
    ctx.audit({ action: 'import.preset.delete', tableName: 'import_presets', changes: { name: input.name } });
    return { name: input.name };
  },
};
