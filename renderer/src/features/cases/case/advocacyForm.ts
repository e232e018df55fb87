// The advocacy form's values (text in) and their mapping to the contract's input (values out).
import { z } from 'zod';

import type { AdvocacyAction, AdvocacyStatus, AdvocacyType, WgadCategory, WgadOutcome } from '../../../../../db/api';
import { optionalFullDate, orNull, requiredFullDate, requiredText } from './formSupport';
import { isWgadType } from './wgad';

export const advocacySchema = z.object({
  type: requiredText,
  date: requiredFullDate,
  status: z.string(),
  target: z.string(),
  public: z.boolean(),
  response: z.string(),
  outcome: z.string(),
  followUpDue: optionalFullDate,
  wgad: z.object({
    submittedOn: optionalFullDate,
    transmittedOn: optionalFullDate,
    replyReceivedOn: optionalFullDate,
    sourceCommentsSentOn: optionalFullDate,
    opinionAdoptedOn: optionalFullDate,
    session: z.string(),
    opinionNumber: z.string(),
    categories: z.array(z.string()),
    /** The facts for each category, typed beside its checkbox. */
    categoryFacts: z.record(z.string(), z.string()),
    outcome: z.string(),
  }),
});
export type AdvocacyForm = z.infer<typeof advocacySchema>;

export function advocacyValues(action: AdvocacyAction | null, today: string): AdvocacyForm {
  const w = action?.wgad ?? null;
  return {
    type: action?.type ?? 'wgad_petition',
    date: action?.date ?? today,
    status: action?.status ?? 'planned',
    target: action?.target ?? '',
    public: action?.public ?? false,
    response: action?.response ?? '',
    outcome: action?.outcome ?? '',
    followUpDue: action?.followUpDue ?? '',
    wgad: {
      submittedOn: w?.submittedOn ?? '',
      transmittedOn: w?.transmittedOn ?? '',
      replyReceivedOn: w?.replyReceivedOn ?? '',
      sourceCommentsSentOn: w?.sourceCommentsSentOn ?? '',
      opinionAdoptedOn: w?.opinionAdoptedOn ?? '',
      session: w?.session ?? '',
      opinionNumber: w?.opinionNumber ?? '',
      categories: w?.categories ?? [],
      categoryFacts: Object.fromEntries(Object.entries(w?.categoryFacts ?? {}).map(([c, f]) => [c, f ?? ''])),
      outcome: w?.outcome ?? 'pending',
    },
  };
}

/** The fields shared by advocacy.create and advocacy.update. */
export function advocacyInput(v: AdvocacyForm) {
  const w = v.wgad;
  return {
    type: v.type as AdvocacyType,
    date: v.date.trim(),
    status: v.status as AdvocacyStatus,
    target: orNull(v.target),
    public: v.public,
    response: orNull(v.response),
    outcome: orNull(v.outcome),
    followUpDue: orNull(v.followUpDue),
    ...(isWgadType(v.type)
      ? {
          wgad: {
            submittedOn: orNull(w.submittedOn),
            transmittedOn: orNull(w.transmittedOn),
            replyReceivedOn: orNull(w.replyReceivedOn),
            sourceCommentsSentOn: orNull(w.sourceCommentsSentOn),
            opinionAdoptedOn: orNull(w.opinionAdoptedOn),
            session: orNull(w.session),
            opinionNumber: orNull(w.opinionNumber),
            categories: w.categories as WgadCategory[],
            // Facts go with a claimed category only; unticking one drops its facts.
            categoryFacts: Object.fromEntries(w.categories.map((c) => [c, w.categoryFacts[c] ?? ''])) as Partial<Record<WgadCategory, string>>,
            outcome: w.outcome as WgadOutcome,
          },
        }
      : {}),
  };
}
