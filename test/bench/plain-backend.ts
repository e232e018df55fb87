// A backend-like path over an unencrypted connection: the same zod parsing, the same service
// functions, one transaction per call and the same audit entry, but no encryption. It mirrors
// runService in db/backend/backend.ts, so the encrypted/plain ratio measures the cipher only.
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';

import { api, type MethodName } from '../../db/api';
import { appendAudit } from '../../db/backend/audit-log';
import type { ServiceContext, SessionUser } from '../../db/backend/context';
import * as schema from '../../db/schema';
import { serviceHandlers } from '../../db/features';
import { readSettings } from '../../db/features/admin/settings-store';
import { OpenedFiles } from '../../db/features/attachments/opened-files';

export type Call = (method: MethodName, input: unknown) => unknown;

export function plainCaller(sqlite: Database.Database, user: SessionUser): Call {
  const db = drizzle(sqlite, { schema });
  const refuse = (): never => {
    throw new Error('not available on the plain copy');
  };
  const openedFiles = new OpenedFiles();
  return (method, rawInput) => {
    const def = api[method];
    const input: unknown = def.input.parse(rawInput);
    const handler = serviceHandlers[method as keyof typeof serviceHandlers] as unknown as ((ctx: ServiceContext, input: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`${method} has no service`);
    const ctx: ServiceContext = {
      db,
      sqlite,
      user,
      now: () => new Date().toISOString(),
      today: () => new Date().toISOString().slice(0, 10),
      audit: (entry) => appendAudit(sqlite, entry, user, new Date().toISOString()),
      settings: readSettings(db),
      auditHeadFile: '',
      reanchor: refuse,
      keyRing: { addMember: refuse, replaceMember: refuse, changePassphrase: refuse, verifyPassphrase: refuse, forgetLegacy: refuse },
      keys: { rotate: refuse, known: refuse, backupsFolder: '' },
      backup: refuse,
      get vaultFiles(): never {
        return refuse();
      },
      openedFiles,
      emit: () => undefined,
      progress: () => undefined,
    };
    return sqlite.transaction(() => handler(ctx, input))();
  };
}
