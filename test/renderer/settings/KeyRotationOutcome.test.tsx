// The outcome of a key rotation as the administrator sees it: a new recovery key first (shown
// once, to be confirmed as stored), then who can unlock, who needs a reset, and the older backups
// still under the old key with the offer to re-encrypt them (in English and Russian).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { RotationResult } from '../../../db/api';
import { i18n } from '../../../renderer/src/i18n';
import { KeyRotationOutcome } from '../../../renderer/src/features/settings/KeyRotationOutcome';
import { installBridge, type TestBridge } from '../support/bridge';

const RESULT: RotationResult = {
  epoch: 2,
  sealedTo: 3,
  needPassphraseReset: ['0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b'],
  oldBackups: 4,
  recoveryKey: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX',
};
let bridge: TestBridge;
beforeAll(() => {
  bridge = installBridge();
});
afterEach(async () => {
  cleanup();
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
  await i18n.changeLanguage('en');
});

describe('KeyRotationOutcome', () => {
  it('shows the new recovery key once, then the outcome, and re-encrypts older backups on request', async () => {
    await i18n.changeLanguage('en');
    render(<KeyRotationOutcome result={RESULT} onGoToBackups={() => undefined} />);
    expect(screen.getByText('The old recovery key no longer opens this vault. Here is the new one; it is shown only now.')).toBeTruthy();
    expect(screen.getByTestId('recovery-key').textContent).toBe(RESULT.recoveryKey?.replace(/-/g, ' '));
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: /continue/i }));
    expect(screen.getByText('The database key was changed (key no. 2). 3 members can unlock with it.')).toBeTruthy();
    expect(screen.getByText(/1 active user has no key pair yet/)).toBeTruthy();
    expect(screen.getByText(/4 older backups can still be read with the old key/)).toBeTruthy();
    bridge.answer('backup.reencryptOld', { reencrypted: 4, current: 0, unreadable: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Re-encrypt older backups' }));
    await screen.findByText('4 backups re-encrypted under the new key. Backups that could not be opened: 0.');
    expect(screen.queryByText(/can still be read with the old key/)).toBeNull();
  });

  it('words the outcome in Russian with the right plural forms', async () => {
    await i18n.changeLanguage('ru');
    const { recoveryKey: _shown, ...withoutKey } = RESULT;
    render(<KeyRotationOutcome result={{ ...withoutKey, sealedTo: 2, oldBackups: 5 }} onGoToBackups={() => undefined} />);
    expect(screen.getByText('Ключ базы данных сменён (ключ № 2). Открыть хранилище могут 2 участника.')).toBeTruthy();
    expect(screen.getByText(/^5 старых резервных копий всё ещё можно прочитать старым ключом/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Перешифровать старые копии' })).toBeTruthy();
  });
});
