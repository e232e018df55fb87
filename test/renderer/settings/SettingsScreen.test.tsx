// Role gating on the settings screen, with the typed stand-in bridge: a caseworker is not shown user
// management (and nothing asks for the users list); a FORBIDDEN answer is worded for people.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { SettingsValues } from '../../../db/api';
import '../../../renderer/src/i18n';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { useSession } from '../../../renderer/src/state/session';
import { installBridge, refusal, type TestBridge } from '../support/bridge';

const SETTINGS: SettingsValues = { idleLockMinutes: 0, wgadReplyDays: 60, wgadSourceCommentsDays: 30, wgadFollowUpDays: 180, appealWindowDays: 10, staleCaseDays: 90, upcomingDays: 30, backupsToKeep: 10 };
let bridge: TestBridge;

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge.answer('settings.get', SETTINGS).answer('users.list', []);
});

afterEach(() => {
  cleanup();
  // Every call the screen made had an answer the test chose.
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
});

function signIn(role: 'caseworker' | 'administrator') {
  useSession.setState({ phase: 'unlocked', user: { id: 'u1', name: 'dilnoza', displayName: 'Dilnoza Karimova', role } });
}

describe('SettingsScreen', () => {
  it('shows a caseworker their passphrase and read-only settings, and no user management', async () => {
    signIn('caseworker');
    render(<SettingsScreen />);
    await screen.findByText('Only an administrator can change these settings.');
    expect(screen.getByRole('heading', { name: 'Your passphrase' })).toBeTruthy();
    expect(screen.getByText('never')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Users' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Make a backup now' })).toBeNull();
    expect(bridge.inputsOf('users.list')).toEqual([]);
  });

  it('words a FORBIDDEN refusal for people rather than showing a code', async () => {
    signIn('administrator');
    bridge.fail('users.list', refusal('FORBIDDEN', 'Your role does not allow this action.'));
    render(<SettingsScreen />);
    await screen.findByText('Only an administrator can do this. Ask an administrator of your organisation.');
  });
});
