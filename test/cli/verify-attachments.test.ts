// The command line over attached files: `habeas attachments` lists a case's files with their hashes;
// `habeas verify` on a vault whose file chunk was changed with the raw key fails with CORRUPT and
// names the file, in English and in Russian.
import { afterEach, describe, expect, it } from 'vitest';

import { addAttachment } from '../db/support/attachments';
import { openCase } from '../db/support/fixtures';
import { ADMIN_PASSPHRASE, createTestVault, type TestVault } from '../db/support/test-vault';
import { runCli } from './run-cli';

let v: TestVault;
afterEach(() => v?.close());

describe('habeas verify', () => {
  it('names an attached file changed behind the app’s back', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    const a = addAttachment(v, Buffer.from('the verdict as received'), { caseId, fileName: 'verdict.txt' });
    v.sqlite.prepare('UPDATE attachment_chunks SET data = ? WHERE attachment_id = ?').run(Buffer.from('the verdict as rewritten'), a.id);
    v.sqlite.close();
    v.backend.close();
    const env = { HABEAS_PASSPHRASE: ADMIN_PASSPHRASE, HABEAS_STATE_DIR: v.stateDir };
    const listed = runCli(['attachments', '--vault', v.vaultDir, '--user', 'admin', '--case', caseId], env);
    expect(listed.status).toBe(0);
    expect(listed.stdout.trim().split('\t')).toEqual([a.addedAt.slice(0, 10), 'case', '23 bytes', a.sha256, '-', 'verdict.txt']);
    const en = runCli(['verify', '--vault', v.vaultDir, '--user', 'admin'], env);
    expect(en.stdout).toContain('Database: ok');
    expect(en.stdout).toContain('Attached files: 1 DAMAGED (1 checked)');
    expect(en.stdout).toContain(`"verdict.txt" (${a.id}, case ${caseId}): parts of it are missing or cut`);
    expect(en.status).toBe(1);
    expect(en.stderr).toMatch(/Attached files are damaged\. \(CORRUPT\)/);
    const ru = runCli(['verify', '--vault', v.vaultDir, '--user', 'admin', '--lang', 'ru'], env);
    expect(ru.stdout).toContain('«verdict.txt»');
    expect(ru.stdout).toContain('части файла отсутствуют или обрезаны');
  });
});
