// The chosen file is checked in the window before a byte is read: over 25 MiB or empty is refused
// with a reason; otherwise its bytes arrive as base64 with its name and size.
import { describe, expect, it } from 'vitest';

import { IMPORT_MAX_BYTES } from '../../../db/api';
import { formatSize, readChosenFile } from '../../../renderer/src/features/import/readFile';

/** A stand-in for a File of any size, without allocating it. */
function fakeFile(name: string, size: number, bytes: Uint8Array = new Uint8Array(0)): File {
  let read = false;
  return {
    name,
    size,
    arrayBuffer: () => {
      read = true;
      return Promise.resolve(bytes.buffer.slice(0) as ArrayBuffer);
    },
    get wasRead() {
      return read;
    },
  } as unknown as File;
}

describe('readChosenFile', () => {
  it('refuses a file over the limit without reading it', async () => {
    const file = fakeFile('huge.csv', IMPORT_MAX_BYTES + 1);
    expect(await readChosenFile(file)).toBe('tooLarge');
    expect((file as unknown as { wasRead: boolean }).wasRead).toBe(false);
  });

  it('refuses an empty file', async () => {
    expect(await readChosenFile(fakeFile('empty.csv', 0))).toBe('empty');
  });

  it('reads a file at the limit’s edge as base64', async () => {
    const bytes = new TextEncoder().encode('ФИО;Страна\n');
    expect(await readChosenFile(fakeFile('list.csv', bytes.length, bytes))).toEqual({ fileName: 'list.csv', size: bytes.length, content: Buffer.from(bytes).toString('base64') });
  });

  it('says a read failure plainly', async () => {
    const file = { name: 'gone.csv', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) } as unknown as File;
    expect(await readChosenFile(file)).toBe('unreadable');
  });
});

describe('formatSize', () => {
  it('writes sizes as the language does', () => {
    expect(formatSize(450, 'en')).toBe('450 bytes');
    expect(formatSize(30 * 1024 * 1024, 'en')).toBe('30 MB');
    expect(formatSize(2.5 * 1024, 'ru')).toBe('2,5 кБ');
  });
});
