// What the spreadsheet import remembers: one row per imported spreadsheet row (so a re-import
// recognises it and changes only what changed) and the saved column mappings (presets).
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { cases } from './cases';
import { recordColumns } from './columns';
import { people } from './people';

export const importRows = sqliteTable(
  'import_rows',
  {
    ...recordColumns,
    /** SHA-256 of the row's identity (external id, or name + birth date + country + occurrence): no names in clear. */
    sourceKey: text('source_key').notNull(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    caseId: text('case_id').references(() => cases.id),
    /** The records this row made, so an update changes them in place: JSON { episodeId, sentenceId, noteId, chargeIds }. */
    records: text('records').notNull().default('{}'),
    /** SHA-256 of the row's normalised values: equal means unchanged. */
    rowHash: text('row_hash').notNull(),
    /** The normalised values as imported, JSON, to tell which fields changed on the next import. */
    importedValues: text('imported_values').notNull(),
    fileHash: text('file_hash').notNull(),
    fileName: text('file_name').notNull(),
  },
  (t) => [uniqueIndex('import_rows_source_unique').on(t.sourceKey), index('import_rows_person_idx').on(t.personId)],
);

export const importPresets = sqliteTable(
  'import_presets',
  {
    ...recordColumns,
    name: text('name').notNull(),
    /** JSON of an ImportMapping. */
    mapping: text('mapping').notNull(),
  },
  (t) => [uniqueIndex('import_presets_name_unique').on(t.name)],
);
