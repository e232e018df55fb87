// Files the shell writes for the user (the report's PDF, the CSV the page downloads) are
// owner-only, 0600, whatever the umask and whatever mode a replaced file had: they hold case data.
import { chmod } from 'node:fs/promises';

import type { Session } from 'electron';

import { logShellError } from './log';

export const PRIVATE_FILE_MODE = 0o600;

/** chmod on Windows only toggles read-only; there the folder's ACL decides. */
export async function makePrivate(file: string): Promise<void> {
  if (process.platform === 'win32') return;
  await chmod(file, PRIVATE_FILE_MODE);
}

/** Every finished download of the session (the report's CSV) becomes owner-only. */
export function guardDownloads(session: Pick<Session, 'on'>): void {
  session.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      if (state !== 'completed') return;
      makePrivate(item.getSavePath()).catch((error: unknown) => logShellError('could not make a download owner-only', error));
    });
  });
}
