// Shared bits of the import tests: the committed copies of the shared public data files, files as
// the import receives them (base64), and row counts of the tables an import writes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { TestVault } from '../../support/test-vault';

export const FIXTURES = resolve(__dirname, '..', '..', '..', 'fixtures', 'import');
export const CHINA_CSV = resolve(FIXTURES, 'chinese-political-prisoners.csv');
export const RU_JSON = resolve(FIXTURES, 'ru-prisoners.json');

export const base64 = (bytes: Buffer | string): string => Buffer.from(bytes).toString('base64');

export function fileInput(fileName: string, bytes: Buffer | string) {
  return { fileName, content: base64(bytes) };
}

export const fixtureBytes = (path: string): Buffer => readFileSync(path);

const TABLES = ['people', 'name_variants', 'person_professions', 'cases', 'detention_episodes', 'detention_observations', 'charges', 'sentences', 'case_events', 'import_rows'];

export function tableCounts(v: TestVault): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, (v.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

/** The ru-prisoners.json entries as CSV rows: ФИО;Категория;Описание, one row per person per category. */
export interface RuPrisoner {
  name: string;
  category: string;
  description: string;
}

export function ruPrisoners(): RuPrisoner[] {
  const data = JSON.parse(readFileSync(RU_JSON, 'utf8')) as { category_name: string; prisoners: { name: string; description: string }[] }[];
  return data.flatMap((c) => c.prisoners.map((p) => ({ name: p.name, category: c.category_name, description: p.description })));
}

const csvCell = (s: string): string => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function ruCsv(rows: readonly RuPrisoner[], withCharges = false): string {
  const header = withCharges ? 'ФИО;Категория;Описание;Статьи' : 'ФИО;Категория;Описание';
  const lines = rows.map((r) => {
    const cells = [r.name, r.category, r.description];
    if (withCharges) cells.push(/\(ст\.[^)]*\)/u.exec(r.description)?.[0] ?? '');
    return cells.map(csvCell).join(';');
  });
  return [header, ...lines].join('\r\n') + '\r\n';
}

/** What the import wrote, without ids or timestamps, in a stable order. */
export function importedContents(v: TestVault): Record<string, unknown[]> {
  const all = (sql: string) => v.sqlite.prepare(sql).all();
  return {
    people: all('SELECT name, sex, organisations, confidentiality, notes FROM people ORDER BY name, organisations'),
    variants: all('SELECT p.name AS person, nv.name FROM name_variants nv JOIN people p ON p.id = nv.person_id ORDER BY 1, 2'),
    cases: all('SELECT p.name, c.country_code, c.status, c.detention_status FROM cases c JOIN people p ON p.id = c.person_id ORDER BY 1, 2, 3, 4'),
    episodes: all('SELECT p.name, e.facility, e.detention_type, e.arrest_date FROM detention_episodes e JOIN people p ON p.id = e.person_id ORDER BY 1, 2, 3'),
    observations: all(`SELECT p.name, o.observed_on, o.observed_on_precision, o.source FROM detention_observations o
      JOIN detention_episodes e ON e.id = o.episode_id JOIN people p ON p.id = e.person_id ORDER BY 1, 2`),
    sentences: all(`SELECT p.name, s.years, s.months, s.life, s.supersedes_id IS NOT NULL AS later, s.superseded_by_id IS NOT NULL AS earlier FROM sentences s
      JOIN detention_episodes e ON e.id = s.episode_id JOIN people p ON p.id = e.person_id ORDER BY 1, 2, 3, 4, 5`),
    charges: all('SELECT p.name, ch.code, ch.article FROM charges ch JOIN detention_episodes e ON e.id = ch.episode_id JOIN people p ON p.id = e.person_id ORDER BY 1, 2, 3'),
    notes: all('SELECT p.name, ev.kind, ev.title, ev.body FROM case_events ev JOIN cases c ON c.id = ev.case_id JOIN people p ON p.id = c.person_id ORDER BY 1, 2, 3, 4'),
  };
}
