// The Session menu's "Erase This Laptop's Keys…" reaches the window as the shell event
// erase.requested: the app opens the same one confirmation, whether the vault is locked or not.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import '../../../renderer/src/i18n';
import { App } from '../../../renderer/src/app/App';
import { installBridge, type TestBridge } from '../support/bridge';

let bridge: TestBridge;

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge.answer('session.status', { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: false });
});

afterEach(() => {
  cleanup();
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
});

describe('erase from the menu', () => {
  it('opens the confirmation on erase.requested, and erases only when confirmed', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { name: 'Habeas is locked' });
    expect(bridge.listeners('erase.requested')).toBe(1);
    act(() => bridge.emit('erase.requested', {}));
    const dialogs = await screen.findAllByRole('dialog', { name: "Erase this laptop's keys?" });
    expect(dialogs).toHaveLength(1);
    bridge.answer('session.eraseKeys', { erased: true, slotsRemoved: 1 });
    bridge.answer('session.status', { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: true });
    await user.click(screen.getByRole('button', { name: 'Erase the keys' }));
    await screen.findByRole('heading', { name: 'Unlock with the recovery key' });
    expect(bridge.inputsOf('session.eraseKeys')).toEqual([{ confirm: true }]);
  });
});
