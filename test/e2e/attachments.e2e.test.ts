// Files on a case, through the UI on a seeded vault: a caseworker drops a PDF and a PNG at once
// and sees them listed with size and hash; the PDF is drawn from memory into a canvas (pixels and
// page count checked), the image shown from an object URL; a text file added to a note is exported
// through the warning and comes back byte for byte; staff see only the non-confidential file and no
// controls; the panel in Russian. No file's bytes are readable anywhere in the vault's folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { openApp, send, switchUser, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const CASEWORKER = { userName: 'aliya', passphrase: 'amber falcon river stone 19' };
const STAFF = { userName: 'stella', passphrase: 'quiet otter lantern meadow 77' };
/** Words that must never be readable in a vault file: they are inside the attached files. */
const MARKER_TXT = 'LETTER-FROM-KARAGANDA-COLONY-7731';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** A two-page PDF, each page one filled rectangle (no fonts, so nothing is fetched to draw it). */
function twoPagePdf(): Buffer {
  const page = (n: number, colour: string) => [
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents ${n + 1} 0 R >>`,
    `<< /Length ${`${colour} rg 40 40 220 120 re f`.length} >>\nstream\n${colour} rg 40 40 220 120 re f\nendstream`,
  ];
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>', ...page(3, '0.8 0.1 0.1'), ...page(5, '0.1 0.3 0.8')];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A small PNG: a 160×100 gradient. */
function smallPng(): Buffer {
  const width = 160;
  const height = 100;
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(255 - x, 120 + y, 80 + x);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** Drops files on the element as a user dragging them from the desktop would. */
async function dropFiles(page: Page, selector: string, files: { name: string; type: string; bytes: Buffer }[]) {
  await page.evaluate(
    ({ selector, files }) => {
      const target = document.querySelector(selector);
      if (!target) throw new Error(`Nothing to drop on: ${selector}`);
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { selector, files: files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })) },
  );
}

/** Every file under the folder, read whole. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [{ path, bytes: readFileSync(path) }];
  });
}

async function shot(e2e: E2E, name: string) {
  await e2e.page.waitForTimeout(150);
  await e2e.screenshot(name);
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

describe('attachments', () => {
  it('adds, views from memory, exports with a warning, withholds confidential files from staff, in both languages', async () => {
    app = await openApp();
    const { page } = app;
    await send(app, 'session.createVault', ADMIN);
    await send(app, 'seed.generate', { cases: 3 });
    await send(app, 'users.add', { name: CASEWORKER.userName, displayName: 'Aliya Caseworker', role: 'caseworker', passphrase: CASEWORKER.passphrase });
    await send(app, 'users.add', { name: STAFF.userName, displayName: 'Stella Nurlanova', role: 'staff', passphrase: STAFF.passphrase });
    const referral = await send(app, 'referrals.create', { receivedOn: '2022-02-20', channel: 'family', countryCode: 'KZ', consent: 'public', person: { name: 'Кабиров Ержан' } });
    const { caseId } = await send(app, 'referrals.decide', { id: referral.id, decision: 'accepted' });
    if (!caseId) throw new Error('Accepting the referral opened no case.');
    await send(app, 'caseEvents.create', { caseId, kind: 'note', date: '2023-04-02', title: 'Letter from the colony' });

    await switchUser(app, CASEWORKER);
    await page.goto(`${app.harness.url}#/cases/${caseId}?tab=files`);
    await page.getByRole('heading', { level: 2, name: 'Files' }).waitFor();
    await page.getByText('No files yet.').waitFor();

    // Two files at once, dropped on the panel: both confidential by default.
    const pdf = twoPagePdf();
    const png = smallPng();
    await dropFiles(page, '[data-testid="attachments-panel"]', [
      { name: 'verdict.pdf', type: 'application/pdf', bytes: pdf },
      { name: 'visit-photo.png', type: 'image/png', bytes: png },
    ]);
    await row(page, 'verdict.pdf').waitFor();
    await row(page, 'visit-photo.png').waitFor();
    const { createHash } = await import('node:crypto');
    const pdfHash = createHash('sha256').update(pdf).digest('hex');
    await expect.poll(() => row(page, 'verdict.pdf').innerText()).toContain(`${pdf.length} bytes`);
    expect(await row(page, 'verdict.pdf').innerText()).toContain(pdfHash.slice(0, 12));
    expect(await row(page, 'verdict.pdf').locator('code').getAttribute('title')).toBe(pdfHash);
    expect(await row(page, 'verdict.pdf').innerText()).toContain('Confidential');
    expect(await row(page, 'visit-photo.png').innerText()).toContain('Aliya Caseworker');
    // The photo is made visible to staff.
    await row(page, 'visit-photo.png').getByRole('button', { name: 'Edit: visit-photo.png' }).click();
    await page.getByRole('dialog').getByLabel('Confidential (staff do not see it)').uncheck();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => row(page, 'visit-photo.png').innerText()).not.toContain('Confidential');
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'attachments-panel-en');

    // The PDF, drawn into a canvas: the page count and non-blank pixels; the arrow key turns the page.
    await row(page, 'verdict.pdf').getByRole('button', { name: 'View: verdict.pdf' }).click();
    const viewer = page.getByRole('dialog', { name: 'verdict.pdf' });
    await viewer.getByText('Page 1 of 2').waitFor();
    await expect.poll(() => viewer.locator('.viewer-stage').getAttribute('data-rendered')).toBe('1');
    const inked = () =>
      viewer.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
        const context = canvas.getContext('2d');
        if (!context) return { inked: 0, red: 0, blue: 0 };
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let inked = 0;
        let red = 0;
        let blue = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
          if (r < 240 || g < 240 || b < 240) inked += 1;
          if (r > 150 && b < 80) red += 1;
          if (b > 150 && r < 80) blue += 1;
        }
        return { inked, red, blue };
      });
    const first = await inked();
    expect(first.inked).toBeGreaterThan(1000);
    expect(first.red).toBeGreaterThan(1000);
    expect(first.blue).toBe(0);
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'attachments-pdf-en');
    await viewer.locator('.viewer-stage').focus();
    await page.keyboard.press('ArrowRight');
    await viewer.getByText('Page 2 of 2').waitFor();
    await expect.poll(async () => (await inked()).blue).toBeGreaterThan(1000);
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    // The image, from an object URL made of the bytes in memory.
    await row(page, 'visit-photo.png').getByRole('button', { name: 'View: visit-photo.png' }).click();
    const image = page.getByRole('dialog', { name: 'visit-photo.png' }).getByRole('img', { name: 'visit-photo.png' });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    await shot(app, 'attachments-image-en');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // A text file on the note, through its "Files (0)" button; exported through the warning, byte for byte.
    await page.getByRole('tab', { name: /Notes & events/ }).click();
    await page.getByRole('button', { name: 'Files (0): Letter from the colony' }).click();
    const notePanel = page.getByRole('dialog', { name: 'Files of Letter from the colony' });
    const letter = Buffer.from(`${MARKER_TXT}\nДорогие мои, у меня всё хорошо.\n`, 'utf8');
    await notePanel.getByLabel('Add files…').setInputFiles([{ name: 'letter.txt', mimeType: 'text/plain', buffer: letter }]);
    await row(page, 'letter.txt').waitFor();
    expect(await row(page, 'letter.txt').getByRole('button', { name: 'View: letter.txt' }).count()).toBe(0);
    await row(page, 'letter.txt').getByRole('button', { name: 'Export…: letter.txt' }).click();
    const warning = page.getByRole('dialog', { name: 'Export letter.txt?' });
    await warning.getByText(/writes an unencrypted copy to the place you choose/).waitFor();
    expect(await warning.getByLabel('Remove metadata (EXIF, document author)').isChecked()).toBe(true);
    await shot(app, 'attachments-export-en');
    const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Export unencrypted copy' }).click()]);
    expect(download.suggestedFilename()).toBe('letter.txt');
    expect(readFileSync(await download.path()).equals(letter)).toBe(true);
    await warning.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Files (1): Letter from the colony' }).waitFor();
    await shot(app, 'attachments-note-en');

    // Nothing of any file is readable in the vault's folder or anywhere else the harness wrote.
    const vaultFiles = filesUnder(join(app.dir, 'vault'));
    expect(vaultFiles.length).toBeGreaterThan(0);
    for (const { path, bytes } of filesUnder(app.dir)) {
      if (path.includes(`${join(app.dir, 'screens')}`)) continue;
      expect({ path, leaks: [bytes.includes(MARKER_TXT), bytes.includes(pdf.subarray(0, 200)), bytes.includes(png.subarray(16, 80))] }).toEqual({ path, leaks: [false, false, false] });
    }

    // Staff: only the non-confidential photo, no controls to add, edit or delete.
    await switchUser(app, STAFF);
    await page.goto(`${app.harness.url}#/cases/${caseId}?tab=files`);
    await page.reload();
    await row(page, 'visit-photo.png').waitFor();
    expect(await page.getByText('verdict.pdf').count()).toBe(0);
    expect(await page.getByText('letter.txt').count()).toBe(0);
    expect(await page.getByLabel('Add files…').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete): / }).count()).toBe(0);

    // Russian, as the caseworker again.
    await switchUser(app, CASEWORKER);
    await page.reload();
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { level: 2, name: 'Файлы' }).waitFor();
    await page.getByRole('button', { name: 'Добавить файлы…' }).or(page.getByText('Добавить файлы…')).first().waitFor();
    await row(page, 'verdict.pdf').getByText('Конфиденциально').waitFor();
    await expect.poll(() => row(page, 'verdict.pdf').innerText()).toContain('байт');
    expect(await app.accessibilityProblems()).toEqual([]);
    await shot(app, 'attachments-panel-ru');
    await row(page, 'verdict.pdf').getByRole('button', { name: 'Открыть: verdict.pdf' }).click();
    await page.getByRole('dialog', { name: 'verdict.pdf' }).getByText('Страница 1 из 2').waitFor();
    await shot(app, 'attachments-pdf-ru');
    await page.keyboard.press('Escape');
    await row(page, 'visit-photo.png').getByRole('button', { name: 'Открыть: visit-photo.png' }).click();
    await page.getByRole('dialog', { name: 'visit-photo.png' }).getByRole('img').waitFor();
    await shot(app, 'attachments-image-ru');
    await page.getByRole('dialog', { name: 'visit-photo.png' }).getByRole('button', { name: 'Экспорт…' }).click();
    await page.getByRole('dialog', { name: 'Экспортировать visit-photo.png?' }).getByText(/незашифрованная копия/).waitFor();
    await shot(app, 'attachments-export-ru');

    expect(app.consoleErrors).toEqual([]);
  });
});
