// Gives cases their references (shared/case-reference.ts says what one looks like): a fresh one at
// every creation, checked against the unique index and drawn again on a clash, and one for every
// case an older release left without, at unlock. A reference, once given, is never changed.
import { randomInt } from 'node:crypto';

import type Database from 'better-sqlite3';

import { makeReference } from '../../../shared/case-reference';

/** A whole number in [0, n): node:crypto by default, the seeder's own generator for repeatable data. */
export type Draw = (n: number) => number;

// 32^5 codes per country and year: even 100,000 cases in one of them clash once in ~300 draws.
const MAX_ATTEMPTS = 50;

const takenStatements = new WeakMap<Database.Database, Database.Statement>();

function takenStatement(sqlite: Database.Database): Database.Statement {
  let statement = takenStatements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare('SELECT 1 FROM cases WHERE reference = ?').pluck();
    takenStatements.set(sqlite, statement);
  }
  return statement;
}

/**
 * A reference no case holds (deleted ones included: a reference is never reused). Rows written
 * earlier in the same transaction count, so a long import never hands one out twice.
 */
export function newCaseReference(sqlite: Database.Database, countryCode: string, openedOn: string, draw: Draw = randomInt): string {
  const taken = takenStatement(sqlite);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const reference = makeReference(countryCode, openedOn, draw);
    if (taken.get(reference) === undefined) return reference;
  }
  throw new Error('No free case reference was found.');
}

const referenceColumns = new WeakMap<Database.Database, boolean>();

/** Whether this database has the column yet: only migration tests hold a vault at a schema from before it. */
function hasReferenceColumn(sqlite: Database.Database): boolean {
  let has = referenceColumns.get(sqlite);
  if (has === undefined) {
    has = sqlite.prepare("SELECT 1 FROM pragma_table_info('cases') WHERE name = 'reference'").get() !== undefined;
    referenceColumns.set(sqlite, has);
  }
  return has;
}

/** Gives every case without a reference one (a vault from before references, a case synced from one); returns how many. */
export function fillCaseReferences(sqlite: Database.Database): number {
  if (!hasReferenceColumn(sqlite)) return 0;
  const missing = sqlite.prepare('SELECT id, country_code AS countryCode, opened_on AS openedOn FROM cases WHERE reference IS NULL ORDER BY rowid').all() as {
    id: string;
    countryCode: string;
    openedOn: string;
  }[];
  const update = sqlite.prepare('UPDATE cases SET reference = ? WHERE id = ? AND reference IS NULL');
  for (const c of missing) update.run(newCaseReference(sqlite, c.countryCode, c.openedOn), c.id);
  return missing.length;
}
