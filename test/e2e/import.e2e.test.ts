// A caseworker imports a spreadsheet through the wizard: a semicolon CSV with Cyrillic names, a
// person listed twice, spelling variants of one vocabulary value, a partial date and a value
// Habeas cannot read. Country fixed for the file, the mapping saved as a preset, the unreadable
// value left empty, the repeated person merged; the people then exist, and the same file imported
// again (in Russian, through the preset) has nothing left to create. A workbook's sheet is
// chosen, a Windows-1251 CSV read again with another delimiter, and a file of 1,000 rows is
// planned with a virtualised row list; staff are kept out. A list written in English words has a
// country Habeas cannot read: it is mapped once and remembered, and the plan says why rows are
// skipped; the review shows it in English and Russian. A two-year census is decided in bulk:
// the pairs sharing name and country merged, the rest kept apart before the wizard goes on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { census, censusCsv } from '../db/features/import/census-fixture';
import { addUserAndSwitch, call, openApp, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const CASEWORKER = { userName: 'aziz', passphrase: 'quiet river under the old bridge 7' };

// Row 4 repeats row 2 (same name, day-precise birth date, same fixed country): a strong duplicate.
const CSV = [
  'ID;ФИО;Дата рождения;Пол;Мера пресечения;Дата ареста;Приговор',
  '101;Иванов Иван Петрович;04.03.1980;м;Pre-trial;2021;not sentenced',
  '102;Каримова Нигора;1975;ж;pre trial;03.2021;7 лет 6 месяцев',
  '103;Иванов Иван Петрович;04.03.1980;муж;СИЗО;2021-05;Not Sentenced',
  '104;Рахимов Азиз;1990-07-15;м;в розыске;2020;5 лет',
  '',
].join('\n');

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function stepIs(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor();
}

/** Waits until the plan is no longer being worked out again. */
async function planSettled(page: Page): Promise<void> {
  await page.locator('.import-plan-status').filter({ hasText: /./ }).waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForFunction(() => (document.querySelector('.import-plan-status')?.textContent ?? '') === '');
}

async function countOf(page: Page, label: string): Promise<string> {
  const term = page.locator('.import-count dt', { hasText: new RegExp(`^${label}$`) });
  return (await term.locator('xpath=following-sibling::dd').textContent()) ?? '';
}

describe('import wizard', () => {
  it('imports a CSV step by step, merges a repeated person, and finds nothing new the second time', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    await addUserAndSwitch(app, { ...CASEWORKER, displayName: 'Aziz Rahimov', role: 'caseworker' });
    const file = join(app.dir, 'prisoners-march.csv');
    writeFileSync(file, CSV, 'utf8');
    const problems: string[] = [];
    const check = async (step: string) => problems.push(...(await app?.accessibilityProblems() ?? []).map((p) => `${step}: ${p}`));

    await page.goto(`${app.harness.url}#/cases`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();

    // 1. The file: a semicolon CSV in UTF-8, five lines, one of them the header.
    await stepIs(page, 'Step 1 of 5: Choose file');
    await check('file, empty');
    // The native file input is hidden behind a label in the app's words; its focus shows on that label.
    await page.getByLabel('Spreadsheet file').focus();
    expect(await page.locator('.import-file-button').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.getByLabel('Spreadsheet file').setInputFiles(file);
    await page.getByRole('heading', { name: 'What Habeas found' }).waitFor();
    expect(await page.getByLabel('Delimiter').inputValue()).toBe(';');
    expect(await page.getByLabel('Encoding').inputValue()).toBe('utf-8');
    await check('file');
    await app.screenshot('import-1-file-en');
    await page.getByRole('button', { name: 'Next' }).click();

    // 2. Columns: guessed from the Russian headers; the country must be given before going on.
    await stepIs(page, 'Step 2 of 5: Map columns');
    // Each step opens with the focus on its heading, so the keyboard starts at its top.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Map columns');
    expect(await page.getByLabel('Habeas field for column ФИО').inputValue()).toBe('name');
    expect(await page.getByLabel('Habeas field for column Дата рождения').inputValue()).toBe('birthDate');
    await page.getByText(/To go on, map a column or give a fixed value below for: Country of the case/).waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await app.screenshot('import-2-mapping-blocked-en');
    await page.getByLabel('Fixed value: Country of the case').selectOption('TJ');
    await page.getByLabel('Save this mapping as').fill('Monthly list');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Mapping “Monthly list” saved.').waitFor();
    await check('mapping');
    await app.screenshot('import-2-mapping-en');
    await page.getByRole('button', { name: 'Next' }).click();

    // 3. Values: spelling variants recognised, the unreadable detention type left empty on purpose.
    await stepIs(page, 'Step 3 of 5: Review values');
    const detention = page.getByRole('region', { name: 'Type of detention' });
    const wanted = detention.getByRole('row', { name: /в розыске/ });
    await wanted.getByText('Not recognised', { exact: true }).waitFor();
    await detention.getByRole('row', { name: /pre trial/ }).getByText('Recognised', { exact: true }).waitFor();
    await wanted.getByLabel('Value to store for “в розыске”').selectOption({ label: 'Leave empty' });
    await wanted.getByText('Your choice', { exact: true }).waitFor();
    // A date Habeas cannot read is pointed out on its row, and holds the wizard until corrected.
    const born1975 = page.getByLabel('Value to store for “1975”');
    await born1975.fill('spring 1975');
    await page.getByRole('row', { name: /1975/ }).getByText('Habeas cannot read this date. Write it as YYYY, YYYY-MM or YYYY-MM-DD.').waitFor();
    expect(await born1975.getAttribute('aria-invalid')).toBe('true');
    await app.screenshot('import-3-review-error-en');
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await born1975.fill('1975-06');
    await page.getByRole('row', { name: /1975/ }).getByText('June 1975').waitFor();
    await planSettled(page);
    await check('review');
    await app.screenshot('import-3-review-en');
    await page.getByRole('button', { name: 'Next' }).click();

    // 4. The plan: the repeated person is a strong possible duplicate; merge it.
    await stepIs(page, 'Step 4 of 5: Check the plan');
    await page.getByRole('heading', { name: /possible duplicate/ }).waitFor();
    const duplicate = page.getByRole('group', { name: /Row \d: Иванов Иван Петрович/ });
    await duplicate.getByText('Strong match').waitFor();
    await duplicate.getByLabel('Merge: same person').check();
    await planSettled(page);
    expect(await countOf(page, 'To create')).toBe('3');
    await check('plan');
    await app.screenshot('import-4-plan-en');
    await page.getByRole('button', { name: 'Next' }).click();

    // 5. The import, then what it did.
    await stepIs(page, 'Step 5 of 5: Import');
    await check('run');
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    expect(await countOf(page, 'Created')).toBe('3');
    await check('done');
    await app.screenshot('import-5-done-en');
    const cases = await call<{ rows: { personName: string; countryCode: string }[] }>(app, 'cases.list', { limit: 50 });
    expect(cases.rows.map((c) => c.personName).sort()).toEqual(['Иванов Иван Петрович', 'Каримова Нигора', 'Рахимов Азиз']);
    expect(new Set(cases.rows.map((c) => c.countryCode))).toEqual(new Set(['TJ']));

    // The same file again, in Russian, through the saved mapping: nothing left to create.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('Language').selectOption('ru');
    await stepIs(page, 'Шаг 1 из 5: Выбор файла');
    await page.getByLabel('Файл таблицы').setInputFiles(file);
    await page.getByRole('heading', { name: 'Что нашёл Habeas' }).waitFor();
    await check('file, ru');
    await app.screenshot('import-1-file-ru');
    await page.getByRole('button', { name: 'Далее' }).click();
    await stepIs(page, 'Шаг 2 из 5: Столбцы');
    await page.getByText(/Чтобы продолжить, сопоставьте столбец или задайте общее значение для полей: Страна дела/).waitFor();
    await app.screenshot('import-2-mapping-blocked-ru');
    await page.getByLabel('Сопоставление', { exact: true }).selectOption('Monthly list');
    await page.getByRole('button', { name: 'Применить' }).click();
    expect(await page.getByLabel('Общее значение: Страна дела').inputValue()).toBe('TJ');
    await check('mapping, ru');
    await app.screenshot('import-2-mapping-ru');
    await page.getByRole('button', { name: 'Далее' }).click();
    await stepIs(page, 'Шаг 3 из 5: Проверка значений');
    await page.getByRole('region', { name: 'Вид содержания под стражей' }).getByText('Не распознано').waitFor();
    await planSettled(page);
    await check('review, ru');
    await app.screenshot('import-3-review-ru');
    await page.getByRole('button', { name: 'Далее' }).click();
    await stepIs(page, 'Шаг 4 из 5: Проверка плана');
    await planSettled(page);
    expect(await countOf(page, 'Будет создано')).toBe('0');
    // The backend's reasons and warnings arrive as codes and are shown in Russian.
    const rowsRu = page.getByRole('region', { name: 'По строкам' });
    await rowsRu.getByText('Уже импортирована, изменений нет.').first().waitFor();
    await rowsRu.getByText('Вид содержания под стражей: значение «в розыске» не распознано, поле оставлено пустым.').waitFor();
    await rowsRu.getByText('Приговор «not sentenced»: человек под стражей без приговора, приговор не записан.', { exact: true }).waitFor();
    await check('plan, ru');
    await app.screenshot('import-4-plan-ru');
    await page.getByRole('button', { name: 'Далее' }).click();
    await stepIs(page, 'Шаг 5 из 5: Импорт');
    await app.screenshot('import-5-run-ru');
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByRole('heading', { name: 'Импорт завершён' }).waitFor();
    expect(await countOf(page, 'Создано')).toBe('0');
    await check('done, ru');
    await app.screenshot('import-5-done-ru');
    const again = await call<{ total: number }>(app, 'cases.list', { limit: 50 });
    expect(again.total).toBe(3);

    expect(problems).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('reads a workbook’s chosen sheet, plans 1,000 rows in a virtualised list, and keeps staff out', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    const first = ['Азиз', 'Нигора', 'Тимур', 'Дилноза', 'Рустам', 'Гульнара', 'Бахтиёр', 'Зарина', 'Шерзод', 'Мадина', 'Фарход', 'Лола', 'Улугбек', 'Камила', 'Жасур', 'Севара', 'Анвар', 'Малика', 'Отабек', 'Феруза', 'Санжар', 'Нодира', 'Ильхом', 'Юлдуз', 'Акмал'];
    const last = ['Каримов', 'Рахимов', 'Юсупов', 'Ахмедов', 'Исмаилов', 'Назаров', 'Турсунов', 'Хамидов', 'Салимов', 'Бакиев', 'Усманов', 'Ташкентов', 'Мирзаев', 'Алиев', 'Сафаров', 'Шарипов', 'Абдуллаев', 'Холматов', 'Эргашев', 'Кадыров', 'Латипов', 'Нуриев', 'Облакулов', 'Пулатов', 'Раджабов', 'Собиров', 'Тошев', 'Умаров', 'Файзиев', 'Хасанов', 'Чориев', 'Юлдашев', 'Яхёев', 'Валиев', 'Гафуров', 'Давлатов', 'Жураев', 'Зокиров', 'Иноятов', 'Комилов'];
    const lines = ['Name,Country,Date of birth'];
    for (let i = 0; i < 1000; i++) {
      lines.push(`${last[i % last.length] ?? ''} ${first[Math.floor(i / last.length)] ?? ''},KZ,${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    }
    const file = join(app.dir, 'long-list.csv');
    writeFileSync(file, lines.join('\n'), 'utf8');

    // A workbook whose people are on its second sheet: the sheet is chosen and read again.
    const workbook = new ExcelJS.Workbook();
    const readme = workbook.addWorksheet('Readme');
    readme.addRow(['Note']);
    readme.addRow(['Exported from the partner database']);
    const sheet = workbook.addWorksheet('Prisoners');
    sheet.addRow(['Full name', 'Country']);
    sheet.addRow(['Юсупов Тимур', 'KZ']);
    const xlsx = join(app.dir, 'partner.xlsx');
    await workbook.xlsx.writeFile(xlsx);

    await page.goto(`${app.harness.url}#/import`);
    await page.getByLabel('Spreadsheet file').setInputFiles(xlsx);
    await page.getByRole('heading', { name: 'What Habeas found' }).waitFor();
    expect(await page.getByLabel('Sheet', { exact: true }).inputValue()).toBe('Readme');
    await page.getByLabel('Sheet', { exact: true }).selectOption('Prisoners');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByLabel('Habeas field for column Full name').inputValue()).toBe('name');
    await app.screenshot('import-2-mapping-xlsx-en');
    await page.getByRole('button', { name: 'Back' }).click();

    // A Windows-1251 CSV: the encoding is recognised; another delimiter reads the file again.
    const legacy = join(app.dir, 'legacy.csv');
    writeFileSync(legacy, iconv.encode('ФИО;Страна\r\nИванов Иван;TJ\r\n', 'win1251'));
    await page.getByLabel('Spreadsheet file').setInputFiles(legacy);
    await page.getByText('legacy.csv', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'What Habeas found' }).waitFor();
    expect(await page.getByLabel('Encoding').inputValue()).toBe('windows-1251');
    const columns = page.locator('.import-facts div', { hasText: 'Columns' }).locator('dd');
    expect(await columns.textContent()).toBe('2');
    await page.getByLabel('Delimiter').selectOption(',');
    await page.waitForFunction(() => [...document.querySelectorAll('.import-facts div')].some((d) => d.textContent === 'Columns1'));

    await page.getByLabel('Spreadsheet file').setInputFiles(file);
    await page.getByText('long-list.csv', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'What Habeas found' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await stepIs(page, 'Step 2 of 5: Map columns');
    await page.getByRole('button', { name: 'Next' }).click();
    await stepIs(page, 'Step 3 of 5: Review values');
    // A thousand birth dates: the first few, and the rest on request.
    const births = page.getByRole('region', { name: 'Date of birth' });
    await births.getByRole('button', { name: /^Show all [\d,]+ values of Date of birth$/ }).waitFor();
    expect(await births.getByRole('row').count()).toBe(21);
    await page.getByRole('button', { name: 'Next' }).click();
    await stepIs(page, 'Step 4 of 5: Check the plan');
    await planSettled(page);
    expect(await countOf(page, 'To create')).toBe('1,000');
    const list = page.getByRole('region', { name: 'Row by row' });
    expect(await list.getByRole('listitem').count()).toBeLessThan(60);
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await list.getByText('Row 1001', { exact: true }).waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('import-4-long-plan-en');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('import-4-long-plan-dark-en');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Show').selectOption('skip');
    await list.getByText('No rows to show.').waitFor();

    // Staff do not import: no menu entry, and a plain word on the screen itself.
    await call(app, 'users.add', { name: 'olga', displayName: 'Olga Petrova', role: 'staff', passphrase: 'lantern over the quiet harbour 9' });
    await call(app, 'session.lock', {});
    await call(app, 'session.unlock', { userName: 'olga', passphrase: 'lantern over the quiet harbour 9' });
    await page.goto(`${app.harness.url}#/import`);
    await page.getByText('Importing is for caseworkers, supervisors and administrators.', { exact: false }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).count()).toBe(0);
    expect(await page.getByLabel('Spreadsheet file').count()).toBe(0);
    await app.screenshot('import-staff-en');
    expect(app.consoleErrors).toEqual([]);
  });

  it('maps an unreadable country once, remembers it, and shows a sentence range as read with a warning', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    await addUserAndSwitch(app, { ...CASEWORKER, displayName: 'Aziz Rahimov', role: 'caseworker' });
    const file = join(app.dir, 'words.csv');
    writeFileSync(file, [
      'Name,Country,Status,Charges,Sentence',
      'Ahmet Şık,Turkey,Imprisoned,Anti-state,Six Years',
      'Nguyễn Văn Đài,Viet Nam,Released,Anti-state,3 to 8 years',
      'Rêzan Bārzānī,Kurdistan,Missing,Terrorism,',
      'Şiyar Kılıç,Kurdistan,Killed,Membership in a banned organisation,',
      ',Burma,Imprisoned,False news,',
      '',
    ].join('\n'), 'utf8');
    const problems: string[] = [];
    const check = async (step: string) => problems.push(...(await app?.accessibilityProblems() ?? []).map((p) => `${step}: ${p}`));
    await page.goto(`${app.harness.url}#/cases`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('Spreadsheet file').setInputFiles(file);
    await page.getByRole('heading', { name: 'What Habeas found' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await stepIs(page, 'Step 2 of 5: Map columns');
    expect(await page.getByLabel('Habeas field for column Status').inputValue()).toBe('status');
    await page.getByRole('button', { name: 'Next' }).click();

    await stepIs(page, 'Step 3 of 5: Review values');
    const countries = page.getByRole('region', { name: 'Country of the case' });
    const kurdistan = countries.getByRole('row', { name: /Kurdistan/ });
    await kurdistan.getByText('Not recognised', { exact: true }).waitFor();
    await countries.getByRole('row', { name: /Turkey/ }).getByRole('cell', { name: 'Türkiye', exact: true }).waitFor();
    const sentence = page.getByRole('region', { name: 'Sentence' });
    await sentence.getByRole('row', { name: /3 to 8 years/ }).getByText('3–8 years').waitFor();
    await sentence.getByRole('row', { name: /3 to 8 years/ }).getByText('Read with a warning').waitFor();
    await planSettled(page);
    await check('review, country unread');
    await app.screenshot('import-3-review-country-unread-en');
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText('Шаг 3 из 5: Проверка значений', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Страна дела' }).getByRole('row', { name: /Kurdistan/ }).getByText('Не распознано', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Приговор' }).getByText('3–8 лет').waitFor();
    await check('review, country unread, ru');
    await app.screenshot('import-3-review-country-unread-ru');
    await page.getByLabel('Язык').selectOption('en');
    await stepIs(page, 'Step 3 of 5: Review values');
    await kurdistan.getByLabel('Value to store for “Kurdistan”').selectOption('IQ');
    await kurdistan.getByLabel('Remember “Kurdistan” as this country for next imports').check();
    await planSettled(page);
    await check('review, country mapped');
    await app.screenshot('import-3-review-country-mapped-en');
    await page.getByRole('button', { name: 'Next' }).click();

    await stepIs(page, 'Step 4 of 5: Check the plan');
    await page.getByText('Skipped rows: no name 1').waitFor();
    expect(await countOf(page, 'To create')).toBe('4');
    await app.screenshot('import-4-plan-skipped-en');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Import finished').waitFor();
    const aliases = await call<{ alias: string; countryCode: string }[]>(app, 'imports.aliases.list', {});
    expect(aliases.map((a) => [a.alias, a.countryCode])).toEqual([['kurdistan', 'IQ']]);
    expect(problems).toEqual([]);
  });

  it('decides a census in bulk: merges the pairs sharing name and country, keeps the rest apart, in English and Russian', async () => {
    app = await openApp();
    const { page } = app;
    await call(app, 'session.createVault', ADMIN);
    await addUserAndSwitch(app, { ...CASEWORKER, displayName: 'Aziz Rahimov', role: 'caseworker' });
    const { rows, people } = census(40, 2, 7);
    const file = join(app.dir, 'census.csv');
    writeFileSync(file, censusCsv(rows), 'utf8');
    await page.goto(`${app.harness.url}#/import`);
    await page.getByLabel('Spreadsheet file').setInputFiles(file);
    await page.getByRole('heading', { name: 'What Habeas found' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await stepIs(page, 'Step 2 of 5: Map columns');
    await page.getByRole('button', { name: 'Next' }).click();
    await stepIs(page, 'Step 3 of 5: Review values');
    await planSettled(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await stepIs(page, 'Step 4 of 5: Check the plan');
    await planSettled(page);
    const next = page.getByRole('button', { name: 'Next' });
    expect(await next.isDisabled()).toBe(true);
    await page.getByText(/pairs are not decided: decide them, or keep the rest apart, to go on\./).waitFor();
    await page.getByRole('button', { name: /^Merge all \d+ pairs with the same name and country$/ }).click();
    await planSettled(page);
    expect(await countOf(page, 'To create')).toBe(String(people));
    await app.screenshot('import-4-bulk-en');
    const rest = page.getByRole('button', { name: /^Keep the \d+ undecided pairs? apart$/ });
    if (await rest.isEnabled()) await rest.click();
    await page.getByText(/^All \d+ pairs are decided\.$/).waitFor();
    await planSettled(page);
    expect(await next.isDisabled()).toBe(false);
    expect(await app.accessibilityProblems()).toEqual([]);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('button', { name: /^Объединить все пары с одинаковым именем и страной \(\d+\)$/ }).waitFor();
    await app.screenshot('import-4-bulk-ru');
    await page.getByRole('button', { name: 'Далее' }).click();
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByRole('heading', { name: 'Импорт завершён' }).waitFor();
    expect(await countOf(page, 'Создано')).toBe(String(people));
    await app.screenshot('import-5-bulk-done-ru');
    expect(app.consoleErrors).toEqual([]);
  });
});
