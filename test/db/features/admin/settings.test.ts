// Organisation settings on a real vault, checked one key at a time: a bad stored value (an
// out-of-range idle lock, a fraction, a word, broken JSON) puts only that key's default in force and
// is reported with a stable code and its key; every other stored value, the WGAD reply days and the
// backup count among them, is kept and used. Saving a good value clears the problem.
import { afterEach, describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS, SETTING_KEYS, SETTING_RULES } from '../../../../db/contract/admin';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../../db/features/tasks/deadlines';
import { createTestVault, failure, type TestVault } from '../../support/test-vault';
import { openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

/** Writes a stored value as text, the way an older version or a hand edit may have left it. */
const store = (key: string, text: string): void => {
  const changed = v.sqlite.prepare('UPDATE settings SET value = ? WHERE key = ?').run(text, key).changes;
  if (changed === 0) v.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-01-15T10:00:00.000Z')").run(key, text);
};

describe('settings read one key at a time', () => {
  it('keeps the WGAD reply days and backup count when the idle-lock value is out of range', () => {
    v = createTestVault();
    v.signInAsAdmin();
    v.call('settings.update', { wgadReplyDays: 90, backupsToKeep: 3, staleCaseDays: 45 });
    store('idleLockMinutes', '999');

    expect(v.call('settings.get', {})).toEqual({ ...DEFAULT_SETTINGS, wgadReplyDays: 90, backupsToKeep: 3, staleCaseDays: 45 });
    expect(v.call('settings.problems', {})).toEqual([
      { code: 'SETTING_INVALID', key: 'idleLockMinutes', reason: 'out_of_range', stored: '999', min: 0, max: 240, fallback: 10 },
    ]);
    // The good values are the ones in force: a WGAD petition transmitted on 1 Nov is due 90 days on.
    const { caseId } = openCase(v);
    const petition = v.call('advocacy.create', { caseId, type: 'wgad_petition', date: '2025-09-01', status: 'submitted', wgad: { transmittedOn: '2025-11-01' } });
    expect(petition.wgad?.replyDue).toBe('2026-01-30');
    // And so after the next unlock.
    v.call('session.lock', {});
    v.signInAsAdmin();
    expect(v.call('settings.get', {})).toMatchObject({ idleLockMinutes: 10, wgadReplyDays: 90, backupsToKeep: 3 });
  });

  it.each([
    ['2.5', 'not_whole'],
    ['"ten"', 'not_number'],
    ['null', 'not_number'],
    ['{not json', 'unreadable'],
    ['-1', 'out_of_range'],
  ] as const)('reports a stored %s as %s, for its key alone', (text, reason) => {
    v = createTestVault();
    v.signInAsAdmin();
    v.call('settings.update', { wgadReplyDays: 75 });
    store('backupsToKeep', text);
    expect(v.call('settings.get', {})).toMatchObject({ backupsToKeep: 10, wgadReplyDays: 75 });
    expect(v.call('settings.problems', {})).toEqual([
      { code: 'SETTING_INVALID', key: 'backupsToKeep', reason, stored: text, min: 1, max: 100, fallback: 10 },
    ]);
  });

  it('reports every bad key, and leaves keys it does not know alone', () => {
    v = createTestVault();
    v.signInAsAdmin();
    store('idleLockMinutes', '999');
    store('upcomingDays', '0');
    store('aSettingOfANewerVersion', '"x"');
    expect(v.call('settings.problems', {}).map((p) => [p.key, p.reason])).toEqual([
      ['idleLockMinutes', 'out_of_range'],
      ['upcomingDays', 'out_of_range'],
    ]);
    expect(v.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('clears a problem when a good value is saved, even one equal to the default, and audits the stored text', () => {
    v = createTestVault();
    v.signInAsAdmin();
    store('idleLockMinutes', '999');
    expect(v.call('settings.update', { idleLockMinutes: 10 }).idleLockMinutes).toBe(10);
    expect(v.call('settings.problems', {})).toEqual([]);
    expect(v.sqlite.prepare("SELECT value FROM settings WHERE key = 'idleLockMinutes'").get()).toEqual({ value: '10' });
    const audit = v.sqlite.prepare("SELECT changes FROM audit_entries WHERE action = 'settings.update' ORDER BY seq DESC LIMIT 1").get() as { changes: string };
    expect(JSON.parse(audit.changes)).toEqual({ idleLockMinutes: ['999', 10] });
  });

  it('refuses a bad value at the boundary with the key in the details, storing nothing', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const error = failure(() => v.call('settings.update', { idleLockMinutes: 999, wgadReplyDays: 90 }));
    expect(error).toMatchObject({ code: 'VALIDATION', details: { fields: { idleLockMinutes: expect.any(String) as unknown } } });
    expect(v.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('is one shape: the defaults, the deadline rules and the contract input all come from SETTING_RULES', () => {
    for (const key of SETTING_KEYS) {
      expect(DEFAULT_SETTINGS[key]).toBe(SETTING_RULES[key].fallback);
      expect(DEFAULT_SETTINGS[key]).toBeGreaterThanOrEqual(SETTING_RULES[key].min);
      expect(DEFAULT_SETTINGS[key]).toBeLessThanOrEqual(SETTING_RULES[key].max);
    }
    for (const [key, value] of Object.entries(DEFAULT_DEADLINE_SETTINGS)) expect(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]).toBe(value);
    // A new vault stores every key with its default, and reports nothing.
    v = createTestVault();
    v.signInAsAdmin();
    const rows = v.sqlite.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[];
    const stored = Object.fromEntries(rows.filter((r) => (SETTING_KEYS as string[]).includes(r.key)).map((r) => [r.key, JSON.parse(r.value) as unknown]));
    expect(stored).toEqual(DEFAULT_SETTINGS);
    expect(v.call('settings.problems', {})).toEqual([]);
  });
});
