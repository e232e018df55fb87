// Role gating on the settings screen, with the typed stand-in bridge: a caseworker is not shown user
// management (and nothing asks for the users list); a FORBIDDEN answer is worded for people; a
// stored setting the backend could not use is named in words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { SettingsValues } from '../../../db/api';
import { i18n } from '../../../renderer/src/i18n';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { useSession } from '../../../renderer/src/state/session';
import { installBridge, refusal, type TestBridge } from '../support/bridge';

const SETTINGS: SettingsValues = { idleLockMinutes: 0, wgadReplyDays: 60, wgadSourceCommentsDays: 30, wgadFollowUpDays: 180, appealWindowDays: 10, staleCaseDays: 90, upcomingDays: 30, backupsToKeep: 10, manualBackupsToKeep: 10, caseworkersOwnCasesOnly: 0 };
let bridge: TestBridge;

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge
    .answer('settings.get', SETTINGS)
    .answer('users.list', [])
    .answer('settings.problems', [])
    .answer('backup.list', { backups: [], folder: '/vault/backups' })
    .answer('erasure.policy', { eraseAfterFailedUnlocks: null })
    .answer('settings.appealWindows', { KZ: { verdict: 15 }, UZ: { verdict: 10 } })
    .answer('countries.list', [
      { code: 'KZ', nameEn: 'Kazakhstan', nameRu: 'Казахстан', focus: true },
      { code: 'UZ', nameEn: 'Uzbekistan', nameRu: 'Узбекистан', focus: true },
      { code: 'FR', nameEn: 'France', nameRu: 'Франция', focus: false },
    ])
    .answer('templates.list', []);
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
    expect(screen.getByText('Caseworkers see only their own cases and those shared with them').nextElementSibling?.textContent).toBe('off');
    expect(screen.queryByRole('heading', { name: 'Users' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Make a backup now' })).toBeNull();
    expect(bridge.inputsOf('users.list')).toEqual([]);
  });

  it('turns "caseworkers see only their own cases" on with a checkbox and saves it as 1', async () => {
    signIn('administrator');
    bridge.answer('settings.update', (input) => ({ ...SETTINGS, ...input }));
    render(<SettingsScreen />);
    const box = await screen.findByRole('checkbox', { name: 'Caseworkers see only their own cases and those shared with them' });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(bridge.inputsOf('settings.update')).toHaveLength(1));
    expect(bridge.inputsOf('settings.update')[0]).toMatchObject({ caseworkersOwnCasesOnly: 1, idleLockMinutes: 0 });
  });

  it('words a FORBIDDEN refusal for people rather than showing a code', async () => {
    signIn('administrator');
    bridge.fail('users.list', refusal('FORBIDDEN', 'Your role does not allow this action.'));
    render(<SettingsScreen />);
    await screen.findByText('Only an administrator can do this. Ask an administrator of your organisation.');
  });

  it('names a stored value the backend could not use, in English and Russian, and lets the default be saved', async () => {
    signIn('administrator');
    bridge.answer('settings.problems', [{ code: 'SETTING_INVALID', key: 'idleLockMinutes', reason: 'out_of_range', stored: '999', min: 0, max: 240, fallback: 10 }]);
    render(<SettingsScreen />);
    await screen.findByText(
      'The stored value of “Lock after inactivity (minutes)” (999) could not be used: it is outside 0 to 240. The default, 10, is in force until a new value is saved.',
    );
    const save = await screen.findByRole('button', { name: 'Save settings' });
    expect((save as HTMLButtonElement).disabled).toBe(false);
    cleanup();
    await i18n.changeLanguage('ru');
    try {
      render(<SettingsScreen />);
      await screen.findByText(
        'Сохранённое значение «Блокировать при бездействии (минут)» (999) нельзя использовать: оно вне диапазона от 0 до 240. Пока не сохранено новое значение, действует значение по умолчанию — 10.',
      );
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('SettingsScreen: backups and the erase policy', () => {
  const AUTO = { name: 'habeas-20260301-090000-auto-a1b2c3.db', kind: 'auto' as const, bytes: 3 * 1024 * 1024, madeAt: '2026-03-01T09:00:00.000Z' };
  const MANUAL = { name: 'habeas-20260302-100000-manual-d4e5f6.db', kind: 'manual' as const, bytes: 512 * 1024, madeAt: '2026-03-02T10:00:00.000Z' };

  it('lists the backups with their kind and size, and deletes one after a confirmation', async () => {
    signIn('administrator');
    bridge.queue('backup.list', { ok: true, value: { backups: [MANUAL, AUTO], folder: '/vault/backups' } }, { ok: true, value: { backups: [AUTO], folder: '/vault/backups' } });
    bridge.answer('backup.delete', MANUAL);
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await screen.findByText('Made on request');
    expect(screen.getByText('Automatic (daily)')).toBeTruthy();
    expect(screen.getByText('Folder: /vault/backups')).toBeTruthy();
    const deletes = screen.getAllByRole('button', { name: /^Delete the backup of / });
    expect(deletes).toHaveLength(2);
    await user.click(deletes[0] as HTMLElement);
    await screen.findByRole('dialog', { name: 'Delete this backup?' });
    await user.click(screen.getByRole('button', { name: 'Delete the backup' }));
    expect(bridge.inputsOf('backup.delete')).toEqual([{ name: MANUAL.name }]);
    await waitFor(() => expect(screen.queryByText('Made on request')).toBeNull());
  });

  it('turns on erasing after N failed unlocks and refuses a count out of range', async () => {
    signIn('administrator');
    bridge.answer('erasure.setPolicy', (input) => ({ eraseAfterFailedUnlocks: input.eraseAfterFailedUnlocks }));
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const box = await screen.findByRole('checkbox', { name: "Erase this laptop's keys after repeated failed unlocks" });
    const count = screen.getByRole('textbox', { name: 'Failed unlocks in a row' });
    expect(count).toHaveProperty('disabled', true);
    await user.click(box);
    await user.clear(count);
    await user.type(count, '2');
    const section = screen.getByRole('region', { name: 'Erase keys after failed unlocks' });
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    await screen.findByText('Enter a whole number from 3 to 100.');
    expect(bridge.inputsOf('erasure.setPolicy')).toEqual([]);
    await user.clear(count);
    await user.type(count, '7{Enter}');
    await waitFor(() => expect(bridge.inputsOf('erasure.setPolicy')).toEqual([{ eraseAfterFailedUnlocks: 7 }]));
  });
});

describe('SettingsScreen: appeal windows', () => {
  it('shows the table read-only to a caseworker, with the sources and the warning to check them', async () => {
    signIn('caseworker');
    render(<SettingsScreen />);
    const table = await screen.findByRole('table', { name: 'Appeal windows' });
    const kz = within(table).getByRole('row', { name: /Kazakhstan/ });
    expect(await within(kz).findByText('15 days')).toBeTruthy();
    expect(within(kz).getByText('not set')).toBeTruthy();
    expect(screen.getByText(/Check each figure against the current code before relying on it/)).toBeTruthy();
    expect(screen.getByText(/art\. 415/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save appeal windows' })).toBeNull();
  });

  it('lets an administrator set a cassation window and refuses a figure out of range', async () => {
    signIn('administrator');
    bridge.answer('settings.updateAppealWindows', (input) => input.windows);
    render(<SettingsScreen />);
    const cassation = await screen.findByRole('spinbutton', { name: 'Kazakhstan: Cassation after an appeal decision (days)' });
    await userEvent.type(cassation, '0');
    fireEvent.click(screen.getByRole('button', { name: 'Save appeal windows' }));
    await screen.findByText('Each figure must be a whole number of days from 1 to 3650, or left empty.');
    expect(bridge.inputsOf('settings.updateAppealWindows')).toEqual([]);
    await userEvent.clear(cassation);
    await userEvent.type(cassation, '180');
    fireEvent.click(screen.getByRole('button', { name: 'Save appeal windows' }));
    await waitFor(() => expect(bridge.inputsOf('settings.updateAppealWindows')).toHaveLength(1));
    expect(bridge.inputsOf('settings.updateAppealWindows')[0]).toEqual({ windows: { KZ: { verdict: 15, appeal: 180 }, UZ: { verdict: 10 } } });
  });
});
