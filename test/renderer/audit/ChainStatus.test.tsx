// The audit chain's state as the audit screen shows it: quiet when intact, a loud alert naming the
// first bad entry when the log was tampered with (which no API call can do, so it is tested here).
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import '../../../renderer/src/i18n';
import { ChainStatus } from '../../../renderer/src/features/audit/ChainStatus';

afterEach(cleanup);

describe('ChainStatus', () => {
  it('says quietly that an intact chain was verified', () => {
    render(<ChainStatus verification={{ ok: true, checked: 42, firstBad: null }} />);
    expect(screen.getByRole('status').textContent).toBe('Audit chain verified: 42 entries, none altered.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('raises an alert with the first bad entry when the chain is broken', () => {
    render(<ChainStatus verification={{ ok: false, checked: 17, firstBad: { seq: 12, reason: 'contents changed after writing' } }} />);
    const alert = screen.getByRole('alert');
    expect(alert.className).toBe('audit-chain-broken');
    expect(alert.textContent).toContain('The audit log has been altered.');
    expect(alert.textContent).toContain('First bad entry: No. 12 — its contents were changed after it was written');
  });
});
