// When the shell restarted the backend worker, the window is on the lock screen and says why; when
// the shell gave the worker up, the window shows that nothing more can work until Habeas restarts.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { i18n } from '../../../renderer/src/i18n';
import { App } from '../../../renderer/src/app/App';
import { useSession } from '../../../renderer/src/state/session';
import { installBridge, type TestBridge } from '../support/bridge';

let bridge: TestBridge;
const LOCKED = { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: false };
const UNLOCKED = { vaultExists: true, unlocked: true, user: { id: 'u1', name: 'dilnoza', displayName: 'Dilnoza', role: 'caseworker' as const }, retryAfterSeconds: 0, keysErased: false };

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  useSession.setState({ phase: 'loading', user: null, lockReason: null });
});

afterEach(async () => {
  cleanup();
  bridge.reset();
  await i18n.changeLanguage('en');
});

describe('backend restart in the window', () => {
  it('shows the lock screen with the reason after session.locked backend_restarted, in English and Russian', async () => {
    bridge.answer('session.status', LOCKED);
    render(<App />);
    await screen.findByRole('heading', { name: 'Habeas is locked' });
    expect(screen.queryByText(/was started again/)).toBeNull();
    act(() => bridge.emit('session.locked', { reason: 'backend_restarted' }));
    expect((await screen.findByText(/was started again, so the vault was locked/)).getAttribute('role')).toBe('status');
    await act(() => i18n.changeLanguage('ru'));
    expect(screen.getByText(/была запущена снова, поэтому хранилище заблокировано/)).toBeTruthy();
  });

  it('forgets the reason after the next unlock', async () => {
    bridge.answer('session.status', LOCKED);
    render(<App />);
    act(() => bridge.emit('session.locked', { reason: 'backend_restarted' }));
    await screen.findByText(/was started again/);
    bridge.answer('session.status', UNLOCKED);
    await act(() => useSession.getState().refresh());
    expect(useSession.getState().lockReason).toBeNull();
  });

  it('shows the stopped screen once the shell gave the backend up, and stays there', async () => {
    bridge.answer('session.status', LOCKED);
    render(<App />);
    await screen.findByRole('heading', { name: 'Habeas is locked' });
    act(() => bridge.emit('backend.stopped', { restarts: 5 }));
    expect(await screen.findByRole('heading', { name: 'Habeas has stopped' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Habeas is locked' })).toBeNull();
    await act(() => useSession.getState().refresh());
    await waitFor(() => expect(useSession.getState().phase).toBe('stopped'));
  });
});
