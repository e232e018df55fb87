import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

const PASS = 'violet thunder marble canyon 7';

describe('audit log', () => {
  it('records every write with who and what, in a chain that verifies', () => {
    v = createTestVault();
    v.call('users.add', { name: 'erlan', displayName: 'Erlan', role: 'caseworker', passphrase: PASS });
    v.call('settings.update', { staleCaseDays: 120 });
    const { rows, total } = v.call('audit.list', {});
    expect(total).toBe(rows.length);
    expect(rows.map((r) => r.action)).toEqual(['settings.update', 'user.add', 'vault.create']);
    expect(rows[0]).toMatchObject({ userName: 'admin', tableName: 'settings', changes: { staleCaseDays: [90, 120] } });
    expect(JSON.stringify(rows)).not.toContain(PASS);
    expect(v.call('audit.verify', {})).toMatchObject({ ok: true, checked: total, firstBad: null, problems: [] });
    expect(v.call('audit.list', { action: 'user.add' }).rows).toHaveLength(1);
  });

  it('refuses UPDATE and DELETE on entries at the database level', () => {
    v = createTestVault();
    expect(() => v.sqlite.prepare("UPDATE audit_entries SET action = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => v.sqlite.prepare('DELETE FROM audit_entries WHERE seq = 1').run()).toThrow(/append-only/);
  });

  it('names the first entry changed after writing', () => {
    v = createTestVault();
    v.call('settings.update', { staleCaseDays: 100 });
    v.call('settings.update', { staleCaseDays: 110 });
    v.sqlite.exec('DROP TRIGGER audit_entries_no_update');
    v.sqlite.prepare("UPDATE audit_entries SET changes = '{}' WHERE action = 'settings.update' AND seq = (SELECT min(seq) FROM audit_entries WHERE action = 'settings.update')").run();
    const seq = (v.sqlite.prepare("SELECT min(seq) AS s FROM audit_entries WHERE action = 'settings.update'").get() as { s: number }).s;
    expect(v.call('audit.verify', {})).toMatchObject({ ok: false, firstBad: { seq, reason: 'entry_edited' } });
  });

  it('notices a removed entry', () => {
    v = createTestVault();
    v.call('settings.update', { staleCaseDays: 100 });
    v.call('settings.update', { staleCaseDays: 110 });
    v.sqlite.exec('DROP TRIGGER audit_entries_no_delete');
    v.sqlite.prepare('DELETE FROM audit_entries WHERE seq = 2').run();
    expect(v.call('audit.verify', {})).toMatchObject({ ok: false, firstBad: { seq: 2, reason: 'entry_missing' } });
  });

  it('is readable only by supervisors and administrators', () => {
    v = createTestVault();
    v.signInAs('caseworker');
    const r = v.result('audit.list', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    v.signInAs('supervisor');
    expect(v.call('audit.verify', {}).ok).toBe(true);
  });
});

describe('contract gate', () => {
  it('answers unknown methods, bad input and locked vaults with stable codes', () => {
    v = createTestVault();
    // The same answer the shell's IPC gate gives an unknown method (test/electron/ipc.test.ts).
    for (const method of ['no.such.method', '__proto__', 'toString']) {
      expect(v.backend.call(method, {})).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Unknown method.', details: { reason: 'unknown_method' } } });
    }
    const bad = v.backend.call('settings.update', { staleCaseDays: -5, extra: 'x' });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'VALIDATION', details: { fields: { staleCaseDays: expect.any(String) } } });
    const notObject = v.backend.call('users.list', 'DROP TABLE users');
    expect(notObject.ok ? null : notObject.error.code).toBe('VALIDATION');
    v.call('session.lock', {});
    const locked = v.backend.call('settings.get', {});
    expect(locked.ok ? null : locked.error.code).toBe('LOCKED');
  });

  it('rolls back a write that fails halfway, audit entry included', () => {
    v = createTestVault();
    const before = v.call('audit.list', {}).total;
    // users.add inserts the user, then fails on the weak passphrase: nothing may remain.
    const r = v.result('users.add', { name: 'halfway', displayName: 'Half', role: 'staff', passphrase: 'weak' });
    expect(r.ok).toBe(false);
    expect(v.call('users.list', { includeInactive: true }).map((u) => u.name)).not.toContain('halfway');
    expect(v.call('audit.list', {}).total).toBe(before);
  });
});
