// Where a file's bytes go: only into the encrypted database. No byte of a distinctive file is found
// in any file of the vault folder (database, -wal, -shm, backups, anything) or anything new in the
// temp folder; the bytes are in backups, come back after a manual restore and after a key rotation;
// verify names a file whose chunk was changed behind the app's back.
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

import { afterEach, describe, expect, it } from 'vitest';

import { attachmentLines } from '../../../../db/cli/attachment-text';
import { createBackend } from '../../../../db/backend/backend';
import { devBackendOptions } from '../../../../db/dev/dev-api';
import { addAttachment, readAttachment, sha256 } from '../../support/attachments';
import { openCase } from '../../support/fixtures';
import { openRaw, rawDatabaseKey } from '../../support/raw-key';
import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

/** 24 bytes, so its base64 repeats too and can be searched for as well. */
const PHRASE = 'HABEAS-ATTACH-MARKER-42!';
const MARKER_FILE = Buffer.from(PHRASE.repeat((64 * 1024) / PHRASE.length));
const PNG_TEXT = 'PNG-SECRET-TEXT-Zhanaozen-1611';

function markerPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])),
    chunk('tEXt', Buffer.from(`Comment\0${PNG_TEXT}`, 'latin1')),
    chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const NEEDLES = [Buffer.from(PHRASE), Buffer.from(Buffer.from(PHRASE).toString('base64')), Buffer.from(PNG_TEXT), Buffer.from(Buffer.from(PNG_TEXT).toString('hex'))];

/** Other programs' temp entries may vanish while they are read: those are skipped. */
function quietly<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
}

function filesUnder(path: string): string[] {
  const info = quietly(() => statSync(path), null);
  if (info?.isFile()) return [path];
  if (!info?.isDirectory()) return [];
  return quietly(() => readdirSync(path), [] as string[]).flatMap((name) => filesUnder(join(path, name)));
}

/** Every file under the paths holding one of the needles. */
function filesWithMarker(paths: string[]): string[] {
  return paths.flatMap(filesUnder).filter((file) => {
    const bytes = quietly(() => readFileSync(file), Buffer.alloc(0));
    return NEEDLES.some((needle) => bytes.includes(needle));
  });
}

function tempEntries(): Set<string> {
  return new Set(readdirSync(tmpdir()));
}

describe('bytes at rest', () => {
  it('are found in no file of the vault or the temp folder, and read back exactly', () => {
    const before = tempEntries();
    v = createTestVault();
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    const png = markerPng();
    const text = addAttachment(v, MARKER_FILE, { caseId, fileName: 'marker.txt', mediaType: 'text/plain' });
    const image = addAttachment(v, png, { caseId, fileName: 'marker.png', mediaType: 'image/png' });
    v.call('backup.create', {});
    expect(readAttachment(v, text.id).bytes.equals(MARKER_FILE)).toBe(true);
    expect(readAttachment(v, image.id, { purpose: 'export' }).bytes.equals(png)).toBe(true);
    expect(readAttachment(v, image.id, { purpose: 'export', stripMetadata: true }).bytes.includes(PNG_TEXT)).toBe(false);
    expect(v.call('vault.integrity', {})).toMatchObject({ ok: true, attachmentsChecked: 2, attachmentProblems: [] });

    const created = () => [...tempEntries()].filter((name) => !before.has(name)).map((name) => join(tmpdir(), name));
    // While the session is open (the -wal holds the newest pages), and again once it is locked.
    expect(filesUnder(v.vaultDir).some((f) => f.endsWith('-wal'))).toBe(true);
    expect(filesWithMarker([v.vaultDir, v.stateDir, ...created()])).toEqual([]);
    v.call('session.lock', {});
    expect(filesUnder(join(v.vaultDir, 'backups')).length).toBeGreaterThan(0);
    expect(filesWithMarker([v.dir, ...created()])).toEqual([]);
    // The scan does see the bytes where they are in the clear.
    const control = join(v.dir, 'control.bin');
    writeFileSync(control, Buffer.concat([Buffer.from('x'), MARKER_FILE.subarray(0, 100)]));
    expect(filesWithMarker([v.dir])).toEqual([control]);
  });
});

describe('backups and restore', () => {
  it('keep the files: a backup opened with the raw key holds them, and putting it in place gives them back', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    const kept = addAttachment(v, MARKER_FILE, { caseId, fileName: 'kept.txt' });
    const backup = v.call('backup.create', {});
    const raw = openRaw(backup.file, rawDatabaseKey(v.vaultDir, v.recoveryKey));
    try {
      expect(raw.prepare('SELECT size, sha256, state FROM attachments WHERE id = ?').get(kept.id)).toEqual({ size: MARKER_FILE.length, sha256: kept.sha256, state: 'stored' });
      const chunks = raw.prepare('SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq').pluck().all(kept.id) as Buffer[];
      expect(sha256(Buffer.concat(chunks))).toBe(kept.sha256);
    } finally {
      raw.close();
    }
    // Gone from the vault after the backup...
    v.call('attachments.delete', { id: kept.id });
    v.call('session.lock', {});
    v.backend.close();
    // ...and back after the README's manual restore: the backup in place of habeas.db, the app closed.
    for (const suffix of ['-wal', '-shm']) rmSync(join(v.vaultDir, `habeas.db${suffix}`), { force: true });
    copyFileSync(backup.file, join(v.vaultDir, 'habeas.db'));
    const restored = createBackend({ ...devBackendOptions, vaultDir: v.vaultDir, stateDir: v.stateDir, kdfTargetMs: 1 });
    try {
      const unlocked = restored.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE });
      expect(unlocked.ok).toBe(true);
      const opened = restored.call('attachments.open', { id: kept.id, purpose: 'export' });
      if (!opened.ok) throw new Error(JSON.stringify(opened.error));
      const { token } = opened.value as { token: string };
      const read = restored.call('attachments.read', { token, seq: 0 });
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect(Buffer.from((read.value as { data: string }).data, 'base64').equals(MARKER_FILE)).toBe(true);
    } finally {
      restored.close();
    }
  });

  it('survive a key rotation', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    const bytes = Buffer.concat([MARKER_FILE, markerPng()]);
    const a = addAttachment(v, bytes, { caseId });
    v.call('vault.rotateKey', {});
    expect(readAttachment(v, a.id).bytes.equals(bytes)).toBe(true);
    v.call('session.lock', {});
    v.signInAsAdmin();
    expect(readAttachment(v, a.id).bytes.equals(bytes)).toBe(true);
    expect(v.call('vault.integrity', {})).toMatchObject({ ok: true, attachmentsChecked: 1 });
  });
});

describe('verify', () => {
  it('names a file whose chunk was changed or removed behind the app’s back, in English and Russian', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    const changed = addAttachment(v, MARKER_FILE, { caseId, fileName: 'приговор.txt' });
    const cut = addAttachment(v, Buffer.from('short letter'), { caseId, fileName: 'letter.txt' });
    addAttachment(v, Buffer.from('untouched'), { caseId, fileName: 'fine.txt' });
    // What someone holding the key could do.
    const tampered = Buffer.from(MARKER_FILE);
    tampered.write('X', 100);
    v.sqlite.prepare('UPDATE attachment_chunks SET data = ? WHERE attachment_id = ? AND seq = 0').run(tampered, changed.id);
    v.sqlite.prepare('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(cut.id);

    const integrity = v.call('vault.integrity', {});
    expect(integrity.ok).toBe(false);
    expect(integrity.problems).toEqual([]);
    expect(integrity.attachmentsChecked).toBe(3);
    expect(integrity.attachmentProblems).toEqual([
      { code: 'attachment_hash_mismatch', attachmentId: changed.id, caseId, fileName: 'приговор.txt', size: MARKER_FILE.length, sha256: changed.sha256, storedSize: MARKER_FILE.length },
      { code: 'attachment_incomplete', attachmentId: cut.id, caseId, fileName: 'letter.txt', size: 12, sha256: cut.sha256, storedSize: 0 },
    ]);
    const en = attachmentLines(integrity, 'en').join('\n');
    expect(en).toContain('Attached files: 2 DAMAGED (3 checked)');
    expect(en).toContain(`"приговор.txt" (${changed.id}, case ${caseId}): its bytes were changed after intake`);
    expect(en).toContain('"letter.txt"');
    const ru = attachmentLines(integrity, 'ru').join('\n');
    expect(ru).toContain('ПОВРЕЖДЕНО 2');
    expect(ru).toContain('«приговор.txt»');
    expect(ru).toContain('SHA-256 не совпадает');
    expect(attachmentLines({ attachmentsChecked: 4, attachmentProblems: [] }, 'en')).toEqual(['Attached files: ok (4 checked)']);
  });
});
