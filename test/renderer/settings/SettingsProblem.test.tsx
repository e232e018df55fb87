// Settings refusals worded from the reason code a real vault sends (details.reason), in English and
// Russian alike: rewording the backend's English message cannot change what the screen says.
import { renderHook } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import type { ApiError } from '../../../db/api';
import { createTestVault, type TestVault } from '../../db/support/test-vault';
import { setLanguage } from '../../../renderer/src/i18n';
import { useSettingsErrorText } from '../../../renderer/src/features/settings/SettingsProblem';

let v: TestVault;
afterEach(() => v?.close());
afterAll(async () => {
  await setLanguage('en');
});

function refusal(r: { ok: boolean; error?: ApiError }): ApiError {
  if (r.ok || !r.error) throw new Error('expected a refusal');
  return r.error;
}

describe('useSettingsErrorText', () => {
  it('words user-management refusals from their reason', async () => {
    v = createTestVault();
    const admin = v.signInAsAdmin();
    const self = refusal(v.result('users.revoke', { userId: admin.id }));
    const taken = refusal(v.result('users.add', { name: 'admin', displayName: 'Again', role: 'staff', passphrase: 'violet thunder marble canyon 7' }));
    await setLanguage('ru');
    const ru = renderHook(() => useSettingsErrorText()).result.current;
    expect(ru(self)).toBe('Нельзя отозвать собственный доступ; обратитесь к другому администратору.');
    expect(ru(taken)).toBe('Пользователь с таким именем уже есть.');
    await setLanguage('en');
    const en = renderHook(() => useSettingsErrorText()).result.current;
    expect(en({ ...self, message: 'Reworded by a later backend.' })).toBe('You cannot revoke yourself; ask another administrator.');
  });
});
