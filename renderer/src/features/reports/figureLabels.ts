// Which words name a figure. Figure keys come from db/features/reports/report.ts: 'total', vocabulary values
// (channels, professions, detention types...), a few fixed words, and free text (facilities, charges)
// shown as recorded. This maps each (group, key) to a translation key or to the text itself.
import type { ReportGroupName } from '../../../../db/api';

export type FigureLabel = { text: string } | { key: string; values?: Record<string, string> };

/** The vocab.json group naming each group's keys; groups of free text have none. */
const VOCAB_GROUP: Partial<Record<ReportGroupName, string>> = {
  referrals_by_channel: 'channel',
  referrals_by_profession: 'profession',
  referrals_decided: 'referralStatus',
  detained_by_type: 'detentionType',
  arrests: 'detentionType',
  releases_by_reason: 'releaseReason',
  advocacy_by_type: 'advocacyType',
  wgad_opinions: 'wgadOutcome',
};

const WGAD_CATEGORY = /^(I|II|III|IV|V)$/;

export function figureLabel(group: ReportGroupName, key: string): FigureLabel {
  if (key === 'total') return { key: `reports:figure.total.${group}` };
  if (key === '(none)') return { key: 'reports:figure.noProfession' };
  if (key === '(unknown)') return { key: group === 'detained_by_facility' ? 'reports:figure.unknownFacility' : 'reports:figure.unknownReason' };
  if (group === 'sentences') return { key: `reports:figure.sentences.${key}` };
  if (group === 'wgad_opinions' && WGAD_CATEGORY.test(key)) return { key: 'reports:figure.category', values: { category: key } };
  const vocab = VOCAB_GROUP[group];
  return vocab === undefined ? { text: key } : { key: `vocab:${vocab}.${key}` };
}
