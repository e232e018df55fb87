// The audit screen's filters as the form holds them, and their translation into audit.list input:
// empty fields are left out, and the "to" day is inclusive (entries are stamped with full times).
import type { Input } from '../../../../db/api';

export interface AuditFilterValues {
  userId: string;
  tableName: string;
  action: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = { userId: '', tableName: '', action: '', from: '', to: '' };

/** Tables whose changes the audit log records, for the record filter. */
export const AUDITED_TABLES = [
  'referrals',
  'cases',
  'people',
  'contacts',
  'detention_episodes',
  'charges',
  'court_events',
  'sentences',
  'advocacy_actions',
  'wgad_petitions',
  'case_events',
  'attachments',
  'tasks',
  'reviews',
  'users',
  'settings',
] as const;

export function toListInput(filters: AuditFilterValues, limit: number, offset: number): Input<'audit.list'> {
  const input: Input<'audit.list'> = { limit, offset };
  if (filters.userId) input.userId = filters.userId;
  if (filters.tableName) input.tableName = filters.tableName;
  if (filters.action.trim()) input.action = filters.action.trim();
  if (filters.from) input.from = filters.from;
  if (filters.to) input.to = `${filters.to}T23:59:59.999Z`;
  return input;
}
