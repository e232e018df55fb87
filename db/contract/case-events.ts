// Contract slice: case events, everything else on a case's timeline (transfers, visits, health
// reports, hunger strikes, ill-treatment allegations, family contact, status changes) and notes,
// which are case events of kind 'note'. Pure zod and types: the renderer imports this.
import { z } from 'zod';

import { ALL_ROLES, id, method, nonEmpty, optionalText, partialDate, type Role, type Stamped } from './core';
import { CASE_EVENT_KINDS, type CaseEventKind, type DatePrecision } from '../../shared/vocabulary';

export interface CaseEvent extends Stamped {
  caseId: string;
  kind: CaseEventKind;
  date: string;
  datePrecision: DatePrecision;
  title: string;
  body: string | null;
  confidential: boolean;
  authorId: string | null;
  authorName: string | null;
  /** Shown to staff without its title and body because it is confidential. */
  redacted: boolean;
}

const writers: readonly Role[] = ['caseworker', 'supervisor', 'administrator'];

export const caseEventsApi = {
  'caseEvents.create': method<CaseEvent>()({
    input: z.object({
      caseId: id,
      kind: z.enum(CASE_EVENT_KINDS),
      /** Left out, the event is dated today: most notes are written as things happen. */
      date: partialDate.optional(),
      title: nonEmpty(300),
      body: optionalText(50000),
      confidential: z.boolean().default(false),
    }),
    access: writers,
    effect: 'write',
  }),
  'caseEvents.update': method<CaseEvent>()({
    input: z.object({
      id,
      kind: z.enum(CASE_EVENT_KINDS).optional(),
      date: partialDate.optional(),
      title: nonEmpty(300).optional(),
      body: optionalText(50000),
      confidential: z.boolean().optional(),
    }),
    access: writers,
    effect: 'write',
  }),
  'caseEvents.delete': method<{ id: string }>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'caseEvents.list': method<CaseEvent[]>()({
    input: z.object({ caseId: id, kinds: z.array(z.enum(CASE_EVENT_KINDS)).max(CASE_EVENT_KINDS.length).optional() }),
    access: ALL_ROLES,
    effect: 'read',
  }),
} as const;
