// The check of attached files as the audit screen shows it: quiet when every file hashes as recorded,
// a loud alert naming each damaged file from its code otherwise, in English and Russian.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { VaultIntegrity } from '../../../db/api';
import { i18n } from '../../../renderer/src/i18n';
import { FileCheckResult } from '../../../renderer/src/features/audit/FileCheck';

afterEach(cleanup);
afterEach(() => i18n.changeLanguage('en'));

const SHA = 'ab'.repeat(32);

const sound: VaultIntegrity = { ok: true, problems: [], attachmentsChecked: 3, attachmentProblems: [] };

const damaged: VaultIntegrity = {
  ok: false,
  problems: ['SQLite words that are not shown'],
  attachmentsChecked: 3,
  attachmentProblems: [
    { code: 'attachment_hash_mismatch', attachmentId: 'a1', caseId: 'c1', fileName: 'приговор.pdf', size: 1200, sha256: SHA, storedSize: 1200 },
    { code: 'attachment_incomplete', attachmentId: 'a2', caseId: 'c1', fileName: 'letter.jpg', size: 500, sha256: SHA, storedSize: 0 },
  ],
};

describe('FileCheckResult', () => {
  it('says quietly that every file was checked', () => {
    render(<FileCheckResult integrity={sound} />);
    expect(screen.getByRole('status').textContent).toBe('Database sound; 3 attached files checked, each SHA-256 as recorded at intake.');
  });

  it('names each damaged file and why, and counts the database’s findings without quoting them', () => {
    render(<FileCheckResult integrity={damaged} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The vault is damaged or was changed behind the app’s back.');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('приговор.pdf — its bytes were changed after intake (the SHA-256 does not match)');
    expect(items[0]).toContain(`recorded 1200 bytes, SHA-256 ${SHA.slice(0, 16)}…; found 1200 bytes`);
    expect(items[1]).toContain('letter.jpg — parts of it are missing or cut');
    expect(alert.textContent).toContain('The database’s own check found 1 problem.');
    expect(alert.textContent).not.toContain('SQLite words');
  });

  it('speaks Russian', async () => {
    await i18n.changeLanguage('ru');
    render(<FileCheckResult integrity={damaged} />);
    expect(screen.getByRole('alert').textContent).toContain('содержимое изменено после приёма (SHA-256 не совпадает)');
    cleanup();
    render(<FileCheckResult integrity={sound} />);
    expect(screen.getByRole('status').textContent).toContain('проверено 3 вложенных файла');
  });
});
