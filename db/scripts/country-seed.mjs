// Prints the SQL that seeds the countries table: ISO 3166-1 alpha-2 codes from i18n-iso-countries,
// English and Russian names from the CLDR data in Node's Intl. Run once when writing a migration;
// the output is committed in db/migrations, so nothing here runs in the app.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');

const FOCUS = new Set(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
const en = new Intl.DisplayNames(['en'], { type: 'region' });
const ru = new Intl.DisplayNames(['ru'], { type: 'region' });
const quote = (s) => `'${s.replaceAll("'", "''")}'`;

const rows = Object.keys(isoCountries.getAlpha2Codes())
  .sort()
  .map((code) => `(${quote(code)}, ${quote(en.of(code))}, ${quote(ru.of(code))}, ${FOCUS.has(code) ? 1 : 0})`);

process.stdout.write(`INSERT INTO countries (code, name_en, name_ru, focus) VALUES\n${rows.join(',\n')};\n`);
