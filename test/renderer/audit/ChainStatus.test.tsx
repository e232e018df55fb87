// The audit chain's state as the audit screen shows it: quiet when intact, a loud alert naming each
// problem from its code when the log was tampered with (which no API call can do, so it is tested here).
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { AuditVerification } from '../../../db/api';
import { i18n } from '../../../renderer/src/i18n';
import { ChainStatus } from '../../../renderer/src/features/audit/ChainStatus';

afterEach(cleanup);
afterEach(() => i18n.changeLanguage('en'));

const intact: AuditVerification = {
  ok: true,
  checked: 42,
  firstBad: null,
  problems: [],
  legacyUnsigned: 3,
  unanchoredTail: 2,
  anchor: { count: 40, at: '2026-01-15T10:00:00.000Z', signer: { key: 'k', userId: 'u', userName: 'amina', recovery: false, member: true } },
};

const altered: AuditVerification = {
  ok: false,
  checked: 17,
  firstBad: { seq: 12, reason: 'entry_edited' },
  problems: [
    { code: 'entry_edited', seq: 12, through: 12 },
    { code: 'signer_not_member', seq: 15, through: 17, signerKey: 'QUJDREVGR0hJSktMTU5PUA==' },
    { code: 'tail_truncated', seq: 18, through: 20 },
  ],
  legacyUnsigned: 0,
  unanchoredTail: 0,
  anchor: { count: 20, at: '2026-01-15T10:00:00.000Z', signer: { key: 'r', userId: null, userName: null, recovery: true, member: true } },
};

describe('ChainStatus', () => {
  it('says quietly that an intact chain was verified, who anchored it and what is not anchored yet', () => {
    render(<ChainStatus verification={intact} />);
    expect(screen.getByRole('status').textContent).toBe('Audit chain verified: 42 entries, none altered.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Head anchored at entry 40 on 2026-01-15 10:00 by amina.')).toBeTruthy();
    expect(screen.getByText(/2 newest entries are not anchored yet/)).toBeTruthy();
    expect(screen.getByText('3 older entries were written before the log was signed.')).toBeTruthy();
  });

  it('raises an alert naming every problem when the chain is broken', () => {
    render(<ChainStatus verification={altered} />);
    const alert = screen.getByRole('alert');
    expect(alert.className).toBe('audit-chain-broken');
    expect(alert.textContent).toContain('The audit log has been altered.');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'No. 12 — changed after it was written (its hash does not match)',
      'Nos. 15–17 — signed by a key that was not a member’s at that point key QUJDREVGR0hJ…',
      'Nos. 18–20 — cut off the end of the log (the anchored head counts them)',
    ]);
    expect(alert.textContent).toContain('by the recovery key');
  });

  it('words the problems in Russian', async () => {
    await i18n.changeLanguage('ru');
    render(<ChainStatus verification={altered} />);
    expect(screen.getAllByRole('listitem')[2]?.textContent).toBe('№ 18–20 — удалена с конца журнала (закреплённая вершина их учитывает)');
  });
});
