// The unlock screen's answers to refusals, with the typed stand-in bridge: a wrong passphrase is cleared
// and focused again; after too many attempts the button waits out the backend's delay; erasing the
// keys asks once and leaves only the recovery form.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import '../../../renderer/src/i18n';
import { UnlockScreen } from '../../../renderer/src/features/unlock/UnlockScreen';
import { useSession } from '../../../renderer/src/state/session';
import { installBridge, refusal, type TestBridge } from '../support/bridge';

let bridge: TestBridge;

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge.answer('session.status', { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: false });
  useSession.setState({ phase: 'locked', user: null, keysErased: false });
});

afterEach(() => {
  cleanup();
  // Every call the screen made had an answer the test chose.
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
});

describe('UnlockScreen', () => {
  it('clears and refocuses a wrong passphrase, then holds the button through the wait', async () => {
    const user = userEvent.setup();
    bridge.queue(
      'session.unlock',
      { ok: false, error: refusal('WRONG_PASSPHRASE', 'The user name or passphrase is not right.') },
      { ok: false, error: refusal('TOO_MANY_ATTEMPTS', 'Too many failed attempts.', { retryAfterSeconds: 1 }) },
    );
    render(<UnlockScreen />);
    const userName = screen.getByRole('textbox', { name: 'User name' });
    const passphrase = screen.getByLabelText('Passphrase');
    await waitFor(() => expect(document.activeElement).toBe(userName));
    await user.keyboard('admin');
    await user.type(passphrase, 'not it{Enter}');
    await screen.findByText('The user name or passphrase is not right. Check both and try again.');
    expect(passphrase).toHaveProperty('value', '');
    expect(userName).toHaveProperty('value', 'admin');
    expect(document.activeElement).toBe(passphrase);

    await user.type(passphrase, 'still not it{Enter}');
    await screen.findByText('You can try again in 1 second.');
    const unlock = screen.getByRole('button', { name: 'Unlock' });
    expect(unlock).toHaveProperty('disabled', true);
    await screen.findByText('You can try again now.', undefined, { timeout: 2500 });
    expect(unlock).toHaveProperty('disabled', false);
  });
});

describe("UnlockScreen: erase this laptop's keys", () => {
  it('asks once, erases with confirm: true, then offers only the recovery key', async () => {
    const user = userEvent.setup();
    render(<UnlockScreen />);
    await user.click(screen.getByRole('button', { name: "Erase this laptop's keys…" }));
    const dialog = await screen.findByRole('dialog', { name: "Erase this laptop's keys?" });
    expect(dialog.textContent).toContain('only with the recovery key');
    // Cancel first: nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bridge.inputsOf('session.eraseKeys')).toEqual([]);

    bridge.answer('session.eraseKeys', { erased: true, slotsRemoved: 3 });
    bridge.answer('session.status', { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: true });
    await user.click(screen.getByRole('button', { name: "Erase this laptop's keys…" }));
    await user.click(await screen.findByRole('button', { name: 'Erase the keys' }));
    expect(bridge.inputsOf('session.eraseKeys')).toEqual([{ confirm: true }]);
    await screen.findByRole('heading', { name: 'Unlock with the recovery key' });
    expect(screen.getByText("This laptop's keys were erased.")).toBeTruthy();
    // No way back to a passphrase, and nothing left to erase.
    expect(screen.queryByRole('button', { name: 'Use a passphrase instead' })).toBeNull();
    expect(screen.queryByRole('button', { name: "Erase this laptop's keys…" })).toBeNull();
  });

  it('words a refusal because the keys were erased and turns to the recovery form', async () => {
    const user = userEvent.setup();
    bridge.queue('session.unlock', { ok: false, error: refusal('CONFLICT', "This laptop's keys were erased.", { reason: 'keys_erased' }) });
    bridge.answer('session.status', { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: true });
    render(<UnlockScreen />);
    await user.type(screen.getByRole('textbox', { name: 'User name' }), 'admin');
    await user.type(screen.getByLabelText('Passphrase'), 'whatever it was{Enter}');
    await screen.findByRole('heading', { name: 'Unlock with the recovery key' });
    expect(screen.getByText(/No passphrase opens the vault on this laptop any more/)).toBeTruthy();
  });
});
