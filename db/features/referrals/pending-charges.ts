// Charges typed at intake, kept on the referral as JSON until acceptance makes them the charges of
// the case's first detention episode (referral-decision.ts).
import type { z } from 'zod';

import type { PendingCharge, pendingChargeInput } from '../../contract/referrals';
import { CHARGE_CATEGORIES } from '../../../shared/vocabulary';

type PendingChargeInput = z.output<typeof pendingChargeInput>;

/** The JSON kept on the referral; null when no charge was named. */
export function pendingChargesJson(charges: readonly PendingChargeInput[]): string | null {
  if (charges.length === 0) return null;
  const stored: PendingCharge[] = charges.map((c) => ({ code: c.code ?? null, article: c.article, text: c.text ?? null, category: c.category }));
  return JSON.stringify(stored);
}

/** Reads the charges kept on a referral; anything unreadable is left out rather than guessed. */
export function parsePendingCharges(json: string | null): PendingCharge[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  const out: PendingCharge[] = [];
  for (const v of parsed as Partial<Record<keyof PendingCharge, unknown>>[]) {
    if (typeof v.article !== 'string' || v.article === '') continue;
    const category = CHARGE_CATEGORIES.find((c) => c === v.category) ?? 'other';
    out.push({
      code: typeof v.code === 'string' && v.code !== '' ? v.code : null,
      article: v.article,
      text: typeof v.text === 'string' && v.text !== '' ? v.text : null,
      category,
    });
  }
  return out;
}
