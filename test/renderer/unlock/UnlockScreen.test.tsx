// The unlock screen's answers to refusals, with a stand-in bridge: a wrong passphrase is cleared
// and focused again; after too many attempts the button waits out the backend's delay.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import '../../../renderer/src/i18n';
import { UnlockScreen } from '../../../renderer/src/features/unlock/UnlockScreen';

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } };
const replies: Reply[] = [];

beforeAll(() => {
  const bridge = {
    call: (method: string) => {
      if (method === 'session.unlock') return Promise.resolve(replies.shift());
      return Promise.resolve({ ok: true, value: { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0 } });
    },
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true });
});

afterEach(() => {
  cleanup();
  replies.length = 0;
});

describe('UnlockScreen', () => {
  it('clears and refocuses a wrong passphrase, then holds the button through the wait', async () => {
    const user = userEvent.setup();
    replies.push(
      { ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'The user name or passphrase is not right.' } },
      { ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: 'Too many failed attempts.', details: { retryAfterSeconds: 1 } } },
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
