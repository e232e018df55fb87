// The first run in jsdom with the typed stand-in bridge: the strength check waits for a pause in typing,
// the recovery key is shown once and held nowhere else, and Continue needs the box ticked.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import '../../../renderer/src/i18n';
import { FirstRunScreen } from '../../../renderer/src/features/unlock/FirstRunScreen';
import { useRecoveryKeyStep } from '../../../renderer/src/features/unlock/recoveryKeyStep';
import { installBridge, type TestBridge } from '../support/bridge';

const RECOVERY_KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX';
const PASSPHRASE = 'correct horse battery staple 42';
let bridge: TestBridge;

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge
    .answer('session.checkPassphrase', { ok: true, score: 4, reason: null, message: 'Strong passphrase.' })
    .answer('session.createVault', { recoveryKey: RECOVERY_KEY, userId: 'u1' })
    .answer('session.status', { vaultExists: true, unlocked: true, user: null, retryAfterSeconds: 0, keysErased: false });
});

afterEach(() => {
  cleanup();
  // Every call the screen made had an answer the test chose.
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
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
    expect(bridge.inputsOf('session.checkPassphrase')).toHaveLength(1);

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
    expect(JSON.stringify(bridge.calls)).not.toContain('ABCD');
    expect(JSON.stringify({ ...localStorage })).not.toContain('ABCD');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('ABCD');
  });
});
