// The signed, anchored audit log against an attacker who holds the raw database key: they open the
// vault's file directly, drop the guard triggers and change the log; verify must name each change.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { appendAudit, hashOf, type StoredEntry } from '../../../db/backend/audit-log';
import type { SessionUser } from '../../../db/backend/context';
import { headSigningBytes, type AuditHead } from '../../../db/vault/audit-anchor';
import { generateMemberKeys, signBytes } from '../../../db/vault/key-pairs';
import { openCase } from '../support/fixtures';
import { openRawDatabase } from '../support/raw-database';
import { createSignedVault, type SignedVault } from '../support/signed-vault';
import { USER_PASSPHRASE } from '../support/test-vault';

let v: SignedVault;
let attacker: Database.Database | null = null;
afterEach(() => {
  attacker?.close();
  attacker = null;
  v?.close();
});

/** The attacker's connection: the raw key, and the triggers that refuse UPDATE and DELETE dropped. */
function breakIn(): Database.Database {
  attacker = openRawDatabase(v.vaultDir, v.recoveryKey);
  attacker.exec('DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;');
  return attacker;
}

function lastSeq(db: Database.Database): number {
  return (db.prepare('SELECT max(seq) AS n FROM audit_entries').get() as { n: number }).n;
}

/** Recomputes every hash and link from `from` on, as someone without any member's key can. */
function rehashFrom(db: Database.Database, from: number): void {
  const rows = db.prepare('SELECT * FROM audit_entries WHERE seq >= ? ORDER BY seq').all(from) as StoredEntry[];
  let previous = (db.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(from - 1) as { hash: string } | undefined)?.hash ?? '0'.repeat(64);
  const update = db.prepare('UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const hash = hashOf({ ...row, prev_hash: previous });
    update.run(previous, hash, row.seq);
    previous = hash;
  }
}

function readAnchor(): AuditHead {
  return JSON.parse(readFileSync(v.headFile, 'utf8')) as AuditHead;
}

/** A vault with an administrator and a caseworker who both wrote, and `extra` settings changes. */
function busyVault(extra = 10): SignedVault {
  v = createSignedVault();
  v.addMember('bob', 'caseworker');
  openCase(v, { name: 'Кабиров Ержан' });
  v.signInAsAdmin();
  for (let i = 0; i < extra; i++) v.call('settings.update', { staleCaseDays: 100 + i });
  return v;
}

describe('an untouched signed log', () => {
  it('verifies with every entry signed by a member and the head anchored by the last writer', () => {
    busyVault(150);
    const r = v.verify();
    const total = lastSeq(v.sqlite);
    expect(r).toMatchObject({ ok: true, checked: total, firstBad: null, problems: [], unanchoredTail: 0 });
    // Signed from its first entry: the vault was made with key pairs.
    expect(r.legacyUnsigned).toBe(0);
    expect(r.anchor).toMatchObject({ count: total, signer: { userName: 'admin', member: true, recovery: false } });
    expect(v.sqlite.prepare('SELECT count(*) AS n FROM audit_entries WHERE signer_key IS NULL OR signature IS NULL').get()).toEqual({ n: 0 });
  });
});

describe('tampering by someone holding the raw database key', () => {
  it('names an edited entry', () => {
    busyVault();
    const db = breakIn();
    const seq = lastSeq(db) - 3;
    db.prepare("UPDATE audit_entries SET changes = '{}' WHERE seq = ?").run(seq);
    const r = v.verify();
    expect(r.ok).toBe(false);
    expect(r.firstBad).toEqual({ seq, reason: 'entry_edited' });
    expect(r.problems).toEqual([{ code: 'entry_edited', seq, through: seq }]);
  });

  it('names a deleted entry in the middle', () => {
    busyVault();
    const db = breakIn();
    const seq = lastSeq(db) - 4;
    db.prepare('DELETE FROM audit_entries WHERE seq = ?').run(seq);
    const r = v.verify();
    expect(r.problems).toEqual([{ code: 'entry_missing', seq, through: seq }]);
  });

  it('names entries cut off the end, from the anchored head', () => {
    busyVault();
    const db = breakIn();
    const total = lastSeq(db);
    db.prepare('DELETE FROM audit_entries WHERE seq > ?').run(total - 3);
    const r = v.verify();
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([{ code: 'tail_truncated', seq: total - 2, through: total }]);
    // Later writes do not bless the shortened log with a new head, and new entries in the cut
    // entries' places do not hide the cut: the head's entry now has another hash.
    for (const days of [300, 301, 302]) v.call('settings.update', { staleCaseDays: days });
    expect(readAnchor().count).toBe(total);
    expect(lastSeq(v.sqlite)).toBe(total);
    expect(v.verify().problems).toEqual([{ code: 'chain_rehashed', seq: total, through: total }]);
  });

  it('names an edit whose chain was re-hashed after it', () => {
    busyVault();
    const db = breakIn();
    const total = lastSeq(db);
    const seq = total - 5;
    db.prepare("UPDATE audit_entries SET changes = '{\"staleCaseDays\":[1,2]}' WHERE seq = ?").run(seq);
    rehashFrom(db, seq);
    const r = v.verify();
    expect(r.firstBad).toEqual({ seq, reason: 'chain_rehashed' });
    expect(r.problems).toEqual([
      { code: 'chain_rehashed', seq, through: total },
      { code: 'chain_rehashed', seq: total, through: total },
    ]);
  });

  it('names a log whose signatures were stripped and re-hashed into an "older, unsigned" one', () => {
    busyVault();
    const db = breakIn();
    db.exec('UPDATE audit_entries SET signer_key = NULL, signature = NULL');
    rehashFrom(db, 1);
    const r = v.verify();
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['anchor_invalid']);
  });

  it('names entries appended with a key no member holds, and a head re-anchored with it', () => {
    busyVault();
    const db = breakIn();
    const total = lastSeq(db);
    const stranger = v.signerOf(generateMemberKeys());
    const bob = v.userOf('bob');
    appendAudit(db, { action: 'case.close', tableName: 'cases' }, bob, new Date().toISOString(), stranger);
    appendAudit(db, { action: 'case.close', tableName: 'cases' }, bob, new Date().toISOString(), stranger);
    let r = v.verify();
    expect(r.problems).toEqual([{ code: 'signer_not_member', seq: total + 1, through: total + 2, signerKey: stranger.publicKey }]);
    expect(r.unanchoredTail).toBe(2);
    // Re-anchoring the longer log with the stranger's key is named too, with who signed it.
    const head = readAnchor();
    const hash = (db.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(total + 2) as { hash: string }).hash;
    const forged: AuditHead = {
      ...head,
      count: total + 2,
      hash,
      signerKey: stranger.publicKey,
      signature: stranger.sign(headSigningBytes(head.vaultId, total + 2, hash)).toString('base64'),
    };
    writeFileSync(v.headFile, JSON.stringify(forged));
    r = v.verify();
    expect(r.problems.map((p) => p.code)).toEqual(['signer_not_member', 'anchor_invalid']);
    expect(r.anchor?.signer).toMatchObject({ key: stranger.publicKey, member: false, userName: null });
  });

  it('names entries signed with a revoked member’s key after the revocation', () => {
    busyVault();
    const bob = v.userOf('bob');
    v.call('users.revoke', { userId: bob.id });
    const db = breakIn();
    const revokedAt = lastSeq(db);
    appendAudit(db, { action: 'case.close', tableName: 'cases' }, bob, new Date().toISOString(), v.signerOf(v.keysOf('bob')));
    const r = v.verify();
    expect(r.problems).toEqual([{ code: 'signer_not_member', seq: revokedAt + 1, through: revokedAt + 1, signerKey: v.keysOf('bob').signPublic.toString('base64') }]);
  });

  it('names a member’s key used for an entry in another member’s name', () => {
    busyVault();
    const db = breakIn();
    const total = lastSeq(db);
    const admin: SessionUser = v.userOf('admin');
    appendAudit(db, { action: 'settings.update', tableName: 'settings' }, admin, new Date().toISOString(), v.signerOf(v.keysOf('bob')));
    expect(v.verify().problems).toEqual([{ code: 'signer_not_user', seq: total + 1, through: total + 1, signerKey: v.keysOf('bob').signPublic.toString('base64') }]);
  });

  it('names a key given by a member who is not an administrator', () => {
    busyVault();
    const db = breakIn();
    const total = lastSeq(db);
    const bob = v.userOf('bob');
    const accomplice = generateMemberKeys();
    appendAudit(
      db,
      { action: 'user.add', tableName: 'users', recordId: bob.id, changes: { name: 'x', role: 'administrator', keys: { box: accomplice.boxPublic.toString('base64'), sign: accomplice.signPublic.toString('base64') } } },
      bob,
      new Date().toISOString(),
      v.signerOf(v.keysOf('bob')),
    );
    appendAudit(db, { action: 'case.close' }, bob, new Date().toISOString(), v.signerOf(accomplice));
    expect(v.verify().problems.map((p) => [p.code, p.seq])).toEqual([
      ['signer_not_member', total + 1],
      ['signer_not_member', total + 2],
    ]);
  });

  it('names an unsigned entry after the log began to be signed', () => {
    busyVault();
    const db = breakIn();
    const total = lastSeq(db);
    // appendAudit itself refuses an unsigned entry on a signed log; the attacker writes the row by hand.
    const last = db.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(total) as { hash: string };
    const row = { seq: total + 1, at: new Date().toISOString(), user_id: null, user_name: null, action: 'x', table_name: null, record_id: null, changes: null, prev_hash: last.hash, signer_key: null };
    db.prepare('INSERT INTO audit_entries (seq, at, action, prev_hash, hash) VALUES (?, ?, ?, ?, ?)').run(row.seq, row.at, row.action, row.prev_hash, hashOf(row));
    expect(v.verify().problems).toEqual([{ code: 'entry_unsigned', seq: total + 1, through: total + 1 }]);
  });
});

describe('tampering with the anchored head', () => {
  it('names a shorter head with a bad signature, and one signed by a non-member', () => {
    busyVault();
    const head = readAnchor();
    const db = breakIn();
    const shorter = head.count - 3;
    const hash = (db.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(shorter) as { hash: string }).hash;
    writeFileSync(v.headFile, JSON.stringify({ ...head, count: shorter, hash }));
    let r = v.verify();
    expect(r.problems).toEqual([{ code: 'anchor_invalid', seq: shorter, through: shorter, signerKey: head.signerKey }]);

    const stranger = generateMemberKeys();
    const signature = signBytes(stranger.signPrivate, headSigningBytes(head.vaultId, shorter, hash)).toString('base64');
    writeFileSync(v.headFile, JSON.stringify({ ...head, count: shorter, hash, signerKey: stranger.signPublic.toString('base64'), signature }));
    r = v.verify();
    expect(r.problems).toEqual([{ code: 'anchor_invalid', seq: shorter, through: shorter, signerKey: stranger.signPublic.toString('base64') }]);
    expect(r.anchor?.signer.member).toBe(false);

    writeFileSync(v.headFile, 'not json');
    expect(v.verify().problems).toEqual([{ code: 'anchor_invalid', seq: 0, through: 0 }]);
  });

  it('reports who re-anchored when a member signs a shorter head over a cut log', () => {
    busyVault();
    const db = breakIn();
    const total = lastSeq(db);
    db.prepare('DELETE FROM audit_entries WHERE seq > ?').run(total - 2);
    const head = readAnchor();
    const hash = (db.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(total - 2) as { hash: string }).hash;
    const bob = v.keysOf('bob');
    const signature = signBytes(bob.signPrivate, headSigningBytes(head.vaultId, total - 2, hash)).toString('base64');
    writeFileSync(v.headFile, JSON.stringify({ ...head, count: total - 2, hash, signerKey: bob.signPublic.toString('base64'), signature }));
    const r = v.verify();
    // Only a member's key can do this, and the head says whose it was.
    expect(r.ok).toBe(true);
    expect(r.anchor).toMatchObject({ count: total - 2, signer: { userName: 'bob', member: true } });
  });

  it('names a deleted head file, and does not write a new one over the gap', () => {
    busyVault();
    rmSync(v.headFile);
    expect(v.verify().problems).toEqual([{ code: 'anchor_missing', seq: 0, through: 0 }]);
    v.call('settings.update', { staleCaseDays: 500 });
    expect(existsSync(v.headFile)).toBe(false);
    expect(v.verify().problems.map((p) => p.code)).toEqual(['anchor_missing']);
    // An empty or garbled file is unreadable rather than missing.
    writeFileSync(v.headFile, '');
    expect(v.verify().problems).toEqual([{ code: 'anchor_invalid', seq: 0, through: 0 }]);
  });
});

describe('re-anchoring', () => {
  it('lets an administrator accept a cut log, with an entry saying what was replaced and the head saying who', () => {
    busyVault();
    v.call('session.unlock', { userName: 'bob', passphrase: USER_PASSPHRASE });
    const refused = v.result('audit.reanchor', {});
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    v.signInAsAdmin();
    const db = breakIn();
    const total = lastSeq(db);
    db.prepare('DELETE FROM audit_entries WHERE seq > ?').run(total - 3);
    const found = v.call('audit.reanchor', {});
    expect(found.problems).toEqual([{ code: 'tail_truncated', seq: total - 2, through: total }]);
    const after = v.verify();
    expect(after).toMatchObject({ ok: true, unanchoredTail: 0, anchor: { signer: { userName: 'admin', member: true } } });
    const entry = v.call('audit.list', { action: 'audit.reanchor' }).rows[0];
    expect(entry?.changes).toEqual({
      previous: { count: total, hash: expect.any(String), signerKey: v.keysOf('admin').signPublic.toString('base64'), at: expect.any(String) },
      problems: [{ code: 'tail_truncated', seq: total - 2, through: total }],
    });
  });
});

describe('the crash window', () => {
  it('counts entries committed before a crash kept their head from being written as not yet anchored', () => {
    busyVault();
    const before = readFileSync(v.headFile);
    openCase(v, { name: 'Садыков Алмаз' });
    const written = readAnchor().count;
    // The crash: the call's entries committed, its head was never written.
    writeFileSync(v.headFile, before);
    const anchored = readAnchor().count;
    let r = v.verify();
    expect(r).toMatchObject({ ok: true, problems: [], unanchoredTail: written - anchored });
    expect(written - anchored).toBeGreaterThan(1);
    // The next call's head covers them.
    v.call('settings.update', { staleCaseDays: 400 });
    r = v.verify();
    expect(r).toMatchObject({ ok: true, unanchoredTail: 0 });
    expect(readAnchor().count).toBe(lastSeq(v.sqlite));
  });
});

describe('a session without a signer on a signed log', () => {
  it('is refused before it writes anything', () => {
    busyVault(0);
    const total = lastSeq(v.sqlite);
    // Every member session signs; a writer holding no key (code that forgot the signer, or a raw
    // connection using the backend's own append) is refused before the entry is written.
    let refused: unknown = null;
    try {
      appendAudit(v.sqlite, { action: 'case.close', tableName: 'cases' }, v.userOf('bob'), new Date().toISOString(), null);
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ code: 'INTERNAL', details: { reason: 'audit_signer_missing' } });
    expect(lastSeq(v.sqlite)).toBe(total);
  });
});
