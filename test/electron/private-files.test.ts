// Downloads the page makes (the report's CSV) end owner-only once complete; unfinished ones are left alone.
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';

import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { getPath: () => tmpdir() } }));
vi.mock('electron-log/main', () => ({ default: { info: vi.fn(), warn: vi.fn(), error: vi.fn() } }));

import { guardDownloads } from '../../electron/private-files';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function download(file: string) {
  const item = Object.assign(new EventEmitter(), { getSavePath: () => file });
  return item;
}

describe('guardDownloads', () => {
  it('makes a completed download 0600 and leaves a cancelled one as it is', async () => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-download-'));
    const session = new EventEmitter();
    guardDownloads(session as never);
    const done = join(dir, 'report.csv');
    const cancelled = join(dir, 'cancelled.csv');
    for (const f of [done, cancelled]) {
      writeFileSync(f, 'a,b\n');
      chmodSync(f, 0o644);
    }
    const first = download(done);
    const second = download(cancelled);
    session.emit('will-download', {}, first);
    session.emit('will-download', {}, second);
    first.emit('done', {}, 'completed');
    second.emit('done', {}, 'cancelled');
    await vi.waitFor(() => expect((statSync(done).mode & 0o777).toString(8)).toBe('600'));
    expect((statSync(cancelled).mode & 0o777).toString(8)).toBe('644');
  });
});
