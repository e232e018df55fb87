// Signing off several cases at once with one comment: the supervisor read them in the queue and
// saw nothing to change. A case is signed off only if nothing changed on it since the queue showed
// it and no request for changes waits on it; the others come back as skipped, with a reason code.
import { and, inArray, isNull } from 'drizzle-orm';

import type { HandlersFor } from '../../backend/handler-map';
import type { reviewApi, SignOffManyResult } from '../../contract/review';
import { cases, reviews } from '../../schema';
import { stamp } from '../common/records';
import { caseVisible } from '../common/visibility';
import { casesWithOpenRequest } from './review-records';

export const signOffManyHandlers: HandlersFor<Pick<typeof reviewApi, 'review.signOffMany'>> = {
  'review.signOffMany': (ctx, input) => {
    const caseIds = [...new Set(input.caseIds)];
    const found = ctx.db
      .select({ id: cases.id, status: cases.status, lastActivityAt: cases.lastActivityAt })
      .from(cases)
      .where(and(inArray(cases.id, caseIds), isNull(cases.deletedAt), caseVisible(ctx, '"cases"."id"')))
      .all();
    const byId = new Map(found.map((c) => [c.id, c]));
    const openRequest = casesWithOpenRequest(ctx);
    const comment = input.comment === undefined || input.comment === '' ? null : input.comment;
    const now = ctx.now();
    const result: SignOffManyResult = { signedOff: [], skipped: [] };
    for (const caseId of caseIds) {
      const caseRow = byId.get(caseId);
      const reason =
        caseRow === undefined
          ? 'case_not_found'
          : caseRow.status === 'closed'
            ? 'case_closed'
            : input.expected[caseId] !== caseRow.lastActivityAt
              ? 'case_changed'
              : openRequest.has(caseId)
                ? 'open_change_request'
                : null;
      if (reason !== null || caseRow === undefined) {
        result.skipped.push({ caseId, reason: reason ?? 'case_not_found' });
        continue;
      }
      const row = { ...stamp(ctx), deletedAt: null, caseId, supervisorId: ctx.user.id, reviewedAt: now, verdict: 'signed_off' as const, comment, coversUntil: caseRow.lastActivityAt, answeredAt: null };
      ctx.db.insert(reviews).values(row).run();
      // One entry per review, as for a single sign-off; the comment's words stay out of the log.
      ctx.audit({
        action: 'review.signOffMany',
        tableName: 'reviews',
        recordId: row.id,
        changes: { caseId, verdict: 'signed_off', coversUntil: row.coversUntil, ...(comment === null ? {} : { comment: 'changed' }) },
      });
      result.signedOff.push(caseId);
    }
    if (result.signedOff.length === 0) {
      // Nothing written, but the attempt is on record (and the dispatcher audits every write call).
      ctx.audit({ action: 'review.signOffMany', tableName: 'reviews', changes: { signedOff: 0, skipped: result.skipped.length } });
    }
    return result;
  },
};
