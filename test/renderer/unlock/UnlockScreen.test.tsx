// The unlock screen's answers to refusals, with the typed stand-in bridge: a wrong passphrase is cleared
// and focused again; after too many attempts the button waits out the backend's delay.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import '../../../renderer/src/i18n';
import { UnlockScreen } from '../../../renderer/src/features/unlock/UnlockScreen';
import { installBridge, refusal, type TestBridge } from '../support/bridge';

let bridge: TestBridge;

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge.answer('session.status', { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: false });
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
