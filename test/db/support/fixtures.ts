// Cases to test against, opened the way the app opens them: a referral logged and accepted.
import type { Input } from '../../../db/api';
import type { Consent } from '../../../shared/vocabulary';
import type { TestVault } from './test-vault';

export interface OpenedCase {
  caseId: string;
  personId: string;
  referralId: string;
}

export interface CaseOptions {
  name?: string;
  consent?: Consent;
  receivedOn?: string;
  detention?: Input<'referrals.create'>['detention'];
  /** Sign-in name of the caseworker who accepts it (the caller by default). */
  caseworkerId?: string;
}

export function openCase(v: TestVault, options: CaseOptions = {}): OpenedCase {
  const referral = v.call('referrals.create', {
    receivedOn: options.receivedOn ?? '2025-12-01',
    channel: 'family',
    countryCode: 'KZ',
    consent: options.consent ?? 'none',
    person: { name: options.name ?? 'Кабиров Ержан' },
    ...(options.detention ? { detention: options.detention } : {}),
  });
  const decided = v.call('referrals.decide', {
    id: referral.id,
    decision: 'accepted',
    ...(options.caseworkerId ? { caseworkerId: options.caseworkerId } : {}),
  });
  if (decided.caseId === null) throw new Error('acceptance opened no case');
  return { caseId: decided.caseId, personId: referral.personId, referralId: referral.id };
}

export { failure } from './test-vault';

export interface AuditRow {
  action: string;
  table_name: string | null;
  record_id: string | null;
  changes: string | null;
}

export function auditFor(v: TestVault, recordId: string): AuditRow[] {
  return v.sqlite
    .prepare('SELECT action, table_name, record_id, changes FROM audit_entries WHERE record_id = ? ORDER BY seq')
    .all(recordId) as AuditRow[];
}

export function detentionStatus(v: TestVault, caseId: string): string {
  return (v.sqlite.prepare('SELECT detention_status AS s FROM cases WHERE id = ?').get(caseId) as { s: string }).s;
}
