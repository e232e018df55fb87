// The vault's integrity check (vault.integrity): SQLite's page-by-page check and its foreign-key check.
import type { HandlersFor } from '../../backend/handler-map';
import type { vaultApi } from '../../contract/vault';

export const vaultHandlers: HandlersFor<Pick<typeof vaultApi, 'vault.integrity'>> = {
  'vault.integrity': (ctx) => {
    const problems = (ctx.sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((line) => line !== 'ok');
    const dangling = ctx.sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
    for (const d of dangling) problems.push(`A row of ${d.table} (rowid ${d.rowid ?? '?'}) refers to a missing row of ${d.parent}.`);
    return { ok: problems.length === 0, problems };
  },
};
