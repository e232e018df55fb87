// Contract slice: cases, the NGO's file on one person: the list, the detail, who works on it, its status.
import { z } from 'zod';

import { ALL_ROLES, countryCode, FIELD_MESSAGES, id, isoDate, method, pageInput, type Page, type Stamped } from './core';
import { EDITORS, type Person } from './people';
import type { PersonNameWithheld } from './need-to-know';
import type { Referral } from './referrals';
import {
  CASE_STATUSES,
  CLOSING_REASONS,
  DETENTION_STATUSES,
  PROFESSIONS,
  type CaseStatus,
  type ClosingReason,
  type DetentionStatus,
} from '../../shared/vocabulary';

export interface CaseSummary extends PersonNameWithheld {
  caseId: string;
  /** The case's reference (KZ-2026-7K3MQ); says nothing about the person, so shown to every role. Null only before the vault's first unlock on this release. */
  reference: string | null;
  personId: string;
  personName: string;
  /** The person is confidential: the name is given (caseworkers need it) but must be handled with care; staff get personNameWithheld instead. */
  confidential: boolean;
  countryCode: string;
  status: CaseStatus;
  detentionStatus: DetentionStatus;
  caseworkerId: string | null;
  caseworkerName: string | null;
  openedOn: string;
  lastActivityAt: string;
  /** With a name search: the parts of personName it matched, [start, end) UTF-16 offsets, to mark. */
  nameRanges?: [number, number][];
}

export interface CaseDetail extends Stamped {
  /** See CaseSummary.reference. */
  reference: string | null;
  personId: string;
  referralId: string | null;
  countryCode: string;
  openedOn: string;
  status: CaseStatus;
  closingReason: ClosingReason | null;
  closedOn: string | null;
  caseworkerId: string | null;
  caseworkerName: string | null;
  supervisorId: string | null;
  supervisorName: string | null;
  detentionStatus: DetentionStatus;
  lastActivityAt: string;
  person: Person;
  referral: Referral | null;
}

export const CASE_SORTS = ['name', 'openedOn', 'lastActivityAt', 'country'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const OPEN_CASE_STATUSES = ['active', 'monitoring'] as const;

export const caseListInput = z.object({
  countryCode: countryCode.optional(),
  status: z.array(z.enum(CASE_STATUSES)).min(1, 'Choose at least one status').optional(),
  detentionStatus: z.enum(DETENTION_STATUSES).optional(),
  profession: z.enum(PROFESSIONS).optional(),
  caseworkerId: id.optional(),
  /** Part of a name or of any spelling of it, or a case reference (whole, its start, or its five-character code). */
  search: z.string().trim().max(200, 'At most 200 characters').optional(),
  sort: z.enum(CASE_SORTS).default('lastActivityAt'),
  /** Defaults: names and countries A to Z, dates newest first. */
  direction: z.enum(['asc', 'desc']).optional(),
  ...pageInput.shape,
});

export const casesApi = {
  'cases.list': method<Page<CaseSummary>>()({ input: caseListInput, access: ALL_ROLES, effect: 'read' }),
  'cases.get': method<CaseDetail>()({ input: z.object({ id }), access: ALL_ROLES, effect: 'read' }),
  'cases.assign': method<CaseDetail>()({
    input: z
      .object({ id, caseworkerId: id.nullable().optional(), supervisorId: id.nullable().optional() })
      .refine((v) => v.caseworkerId !== undefined || v.supervisorId !== undefined, {
        path: ['caseworkerId'],
        message: FIELD_MESSAGES.assign_someone,
      }),
    access: EDITORS,
    effect: 'write',
  }),
  'cases.updateStatus': method<CaseDetail>()({
    input: z.object({ id, status: z.enum(OPEN_CASE_STATUSES) }),
    access: EDITORS,
    effect: 'write',
  }),
  'cases.close': method<CaseDetail>()({
    input: z.object({ id, reason: z.enum(CLOSING_REASONS), closedOn: isoDate.optional() }),
    access: EDITORS,
    effect: 'write',
  }),
  'cases.reopen': method<CaseDetail>()({
    input: z.object({ id, status: z.enum(OPEN_CASE_STATUSES).default('active') }),
    access: EDITORS,
    effect: 'write',
  }),
} as const;
