// The first run in jsdom with a stand-in bridge: the strength check waits for a pause in typing,
// the recovery key is shown once and held nowhere else, and Continue needs the box ticked.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import '../../../renderer/src/i18n';
import { FirstRunScreen } from '../../../renderer/src/features/unlock/FirstRunScreen';
import { useRecoveryKeyStep } from '../../../renderer/src/features/unlock/recoveryKeyStep';

const RECOVERY_KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX';
const PASSPHRASE = 'correct horse battery staple 42';
const calls: { method: string; input: unknown }[] = [];

beforeAll(() => {
  const bridge = {
    call: (method: string, input: unknown) => {
      calls.push({ method, input });
      if (method === 'session.checkPassphrase') return Promise.resolve({ ok: true, value: { ok: true, score: 4, reason: null, message: 'Strong passphrase.' } });
      if (method === 'session.createVault') return Promise.resolve({ ok: true, value: { recoveryKey: RECOVERY_KEY, userId: 'u1' } });
      return Promise.resolve({ ok: true, value: { vaultExists: true, unlocked: true, user: null, retryAfterSeconds: 0 } });
    },
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true });
});

afterEach(() => {
  cleanup();
  calls.length = 0;
});

describe('FirstRunScreen', () => {
  it('checks strength once typing pauses, shows the key once, and forgets it on Continue', async () => {
    const user = userEvent.setup();
    render(<FirstRunScreen />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Administrator user name/ })));
    await user.keyboard('amina');
    await user.type(screen.getByLabelText(/^Passphrase/), PASSPHRASE);
    await screen.findByText('Strength: very strong.');
    // One question for the whole passphrase, not one per keystroke.
    expect(calls.filter((c) => c.method === 'session.checkPassphrase')).toHaveLength(1);

    await user.type(screen.getByLabelText(/^Repeat the passphrase/), `${PASSPHRASE}{Enter}`);
    await screen.findByRole('heading', { name: 'Your recovery key' });
    expect(useRecoveryKeyStep.getState().showing).toBe(true);
    expect(screen.getByTestId('recovery-key').textContent?.replace(/\s+/g, '-')).toBe(RECOVERY_KEY);
    const proceed = screen.getByRole('button', { name: 'Continue' });
    expect(proceed).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('checkbox', { name: 'I have stored the recovery key safely' }));
    await user.click(proceed);
    expect(useRecoveryKeyStep.getState().showing).toBe(false);
    expect(document.body.textContent).not.toContain('ABCD');
    // The key went to no call and no browser storage.
    expect(JSON.stringify(calls)).not.toContain('ABCD');
    expect(JSON.stringify({ ...localStorage })).not.toContain('ABCD');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('ABCD');
  });
});
