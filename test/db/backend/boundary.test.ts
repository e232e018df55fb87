// Nothing a caller sends stops the dispatcher: BigInt, functions, symbols, cycles, class instances,
// over-deep or over-large values and lone surrogates are refused with VALIDATION (a reason and a
// path), nothing is stored, and the next call on the same backend works.
import { afterEach, describe, expect, it } from 'vitest';

import { openCase } from '../support/fixtures';
import { createTestVault, type TestVault } from '../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

function circular(): Record<string, unknown> {
  const data: Record<string, unknown> = { title: 'loop' };
  data.self = data;
  return data;
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

const LONE_HIGH = 'Ержан \uD800 Кабиров';
const LONE_LOW = '\uDC00';

/** [what, method, input, reason, path] */
function hostileCalls(caseId: string): [string, string, unknown, string, string][] {
  return [
    ['a BigInt draft', 'drafts.save', { formKey: 'note:new:c1', data: { amount: 10n } }, 'payload_unsupported_value', 'data.amount'],
    ['a circular draft', 'drafts.save', { formKey: 'note:new:c1', data: circular() }, 'payload_circular', 'data.self'],
    ['a function in a draft', 'drafts.save', { formKey: 'note:new:c1', data: { run: () => 1 } }, 'payload_unsupported_value', 'data.run'],
    ['a symbol in a draft', 'drafts.save', { formKey: 'note:new:c1', data: { s: Symbol('x') } }, 'payload_unsupported_value', 'data.s'],
    ['a deeply nested draft', 'drafts.save', { formKey: 'note:new:c1', data: nested(10_000) }, 'payload_too_deep', `data${'.next'.repeat(63)}`],
    ['a Map as input', 'cases.get', new Map([['id', caseId]]), 'payload_unsupported_value', ''],
    ['a Date as a field', 'cases.list', { limit: 5, since: new Date() }, 'payload_unsupported_value', 'since'],
    ['a typed array', 'search.query', { query: new Uint8Array(4) }, 'payload_unsupported_value', 'query'],
    ['a class instance', 'users.list', new (class Probe {})(), 'payload_unsupported_value', ''],
    ['a lone high surrogate in a name', 'referrals.create', { receivedOn: '2025-12-01', channel: 'family', countryCode: 'KZ', consent: 'none', person: { name: LONE_HIGH } }, 'invalid_unicode', 'person.name'],
    ['a lone low surrogate in a note', 'caseEvents.create', { caseId, kind: 'note', title: LONE_LOW, occurredOn: '2025-12-02' }, 'invalid_unicode', 'title'],
    ['a lone surrogate in a key', 'drafts.save', { formKey: 'note:new:c1', data: { [LONE_LOW]: 'x' } }, 'invalid_unicode', `data.${LONE_LOW}`],
    ['a BigInt to the unlock', 'session.unlock', { userName: 'admin', passphrase: 1n }, 'payload_unsupported_value', 'passphrase'],
    ['a huge array', 'cases.list', { ids: new Array(50_000_000) }, 'payload_too_large', 'ids'],
  ];
}

describe('the dispatcher boundary', () => {
  it('refuses every hostile payload with VALIDATION, a reason and a path, and keeps serving', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    const draftsBefore = v.sqlite.prepare('SELECT count(*) AS n FROM drafts').get();
    const peopleBefore = v.sqlite.prepare('SELECT count(*) AS n FROM people').get();
    for (const [what, method, input, reason, path] of hostileCalls(caseId)) {
      const result = v.backend.call(method, input);
      expect(result, what).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason, path } } });
      // The next call on the same backend still answers.
      expect(v.backend.call('cases.get', { id: caseId }), `after ${what}`).toMatchObject({ ok: true, value: { id: caseId } });
    }
    expect(v.sqlite.prepare('SELECT count(*) AS n FROM drafts').get()).toEqual(draftsBefore);
    expect(v.sqlite.prepare('SELECT count(*) AS n FROM people').get()).toEqual(peopleBefore);
    // Still unlocked, and a good draft saves.
    expect(v.call('drafts.save', { formKey: 'note:new:c1', data: { title: 'Visit' } })).toMatchObject({ updatedAt: expect.any(String) });
    expect(v.call('drafts.get', { formKey: 'note:new:c1' })).toMatchObject({ data: { title: 'Visit' } });
  });

  it('refuses a string of more than the size limit, and accepts well-formed text in any script', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const huge = 'x'.repeat(40_000_001);
    expect(v.backend.call('search.query', { query: huge })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'payload_too_large', path: 'query' } } });
    // Pairs of surrogates (emoji, rare CJK) are well-formed and pass.
    const { personId } = openCase(v, { name: 'Ержан 😀 𠀋 Taşkın' });
    expect(v.call('people.get', { id: personId })).toMatchObject({ name: 'Ержан 😀 𠀋 Taşkın' });
  });

  it('refuses a lone surrogate before the vault is even unlocked, and the unlock still works', () => {
    v = createTestVault();
    v.call('session.lock', {});
    expect(v.backend.call('session.unlock', { userName: `admin${LONE_LOW}`, passphrase: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { reason: 'invalid_unicode', path: 'userName' } },
    });
    expect(v.signInAsAdmin()).toMatchObject({ name: 'admin' });
  });
});
