// Shared bits of the import tests: the committed copies of the shared public data files, files as
// the import receives them (base64), and row counts of the tables an import writes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { TestVault } from '../support/test-vault';

export const FIXTURES = resolve(__dirname, '..', '..', 'fixtures', 'import');
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
