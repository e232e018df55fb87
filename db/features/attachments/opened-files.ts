// The files this session has opened (attachments.open): a random token per opening, held in the
// backend's memory only and forgotten when the vault locks. An export without metadata keeps its
// stripped copy here, in memory, since it must never be written anywhere else.
import { randomBytes } from 'node:crypto';

export interface OpenedFile {
  attachmentId: string;
  /** The user who opened it: a token never serves another session's user. */
  userId: string;
  size: number;
  /** The stripped copy of an export; null reads the stored chunks. */
  copy: Buffer | null;
}

/** Openings kept at once, and of them stripped copies (up to 200 MiB each); the oldest go first, so memory stays bounded. */
const MAX_OPEN = 8;
const MAX_COPIES = 2;

export class OpenedFiles {
  private readonly byToken = new Map<string, OpenedFile>();

  add(file: OpenedFile): string {
    const token = randomBytes(24).toString('base64url');
    this.byToken.set(token, file);
    const copies = [...this.byToken].filter(([, f]) => f.copy !== null).map(([t]) => t);
    for (const old of copies.slice(0, Math.max(0, copies.length - MAX_COPIES))) this.forget(old);
    for (const old of [...this.byToken.keys()].slice(0, Math.max(0, this.byToken.size - MAX_OPEN))) this.forget(old);
    return token;
  }

  get(token: string, userId: string): OpenedFile | undefined {
    const file = this.byToken.get(token);
    return file?.userId === userId ? file : undefined;
  }

  forget(token: string): void {
    const file = this.byToken.get(token);
    file?.copy?.fill(0);
    this.byToken.delete(token);
  }

  /** Forgets every opening of one attachment (it was deleted). */
  forgetAttachment(attachmentId: string): void {
    for (const [token, file] of this.byToken) if (file.attachmentId === attachmentId) this.forget(token);
  }

  /** At lock: every token and copy goes. */
  clear(): void {
    for (const token of [...this.byToken.keys()]) this.forget(token);
  }
}
