// Every figure key the backend can produce has words in both languages: vocabulary values through
// vocab.json, fixed keys through reports.json; free text (facilities, charges) is shown as recorded.
import { describe, expect, it } from 'vitest';

import {
  ADVOCACY_TYPES,
  DETENTION_TYPES,
  PROFESSIONS,
  REFERRAL_CHANNELS,
  RELEASE_REASONS,
  WGAD_CATEGORIES,
  type ReportGroupName,
} from '../../../db/api';
import { figureLabel } from '../../../renderer/src/features/reports/figureLabels';
import { catalogues } from '../../../renderer/src/i18n';

/** Every key db/features/reports/report.ts puts in each group (free-text groups by example). */
const KEYS: Record<ReportGroupName, readonly string[]> = {
  referrals_by_channel: ['total', ...REFERRAL_CHANNELS],
  referrals_by_profession: [...PROFESSIONS, '(none)'],
  referrals_decided: ['total', 'accepted', 'declined', 'referred_elsewhere'],
  detained_by_type: ['total', ...DETENTION_TYPES],
  detained_by_facility: ['Penal colony No. 1', '(unknown)'],
  arrests: ['total', ...DETENTION_TYPES],
  releases_by_reason: ['total', ...RELEASE_REASONS, '(unknown)'],
  sentences: ['count', 'life', 'total_years', 'median_years'],
  charges: ['УК РК 174'],
  advocacy_by_type: ['total', ...ADVOCACY_TYPES],
  wgad_petitions_submitted: ['total'],
  wgad_opinions: ['total', 'arbitrary', 'not_arbitrary', ...WGAD_CATEGORIES],
  overdue_tasks: ['total'],
};

function lookup(catalogue: Record<string, unknown> | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogue);
}

describe('figureLabel', () => {
  const all = catalogues();
  for (const language of ['en', 'ru'] as const) {
    it(`has ${language} words for every figure and group`, () => {
      const missing: string[] = [];
      for (const [group, keys] of Object.entries(KEYS) as [ReportGroupName, readonly string[]][]) {
        if (typeof lookup(all[language]?.reports, `group.${group}`) !== 'string') missing.push(`group.${group}`);
        for (const key of keys) {
          const label = figureLabel(group, key);
          if ('text' in label) continue;
          const [namespace = '', path = ''] = label.key.split(':');
          if (typeof lookup(all[language]?.[namespace], path) !== 'string') missing.push(`${group}/${key} → ${label.key}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('shows free text as recorded and fills in WGAD categories', () => {
    expect(figureLabel('detained_by_facility', 'Penal colony No. 1')).toEqual({ text: 'Penal colony No. 1' });
    expect(figureLabel('charges', 'УК РК 174')).toEqual({ text: 'УК РК 174' });
    expect(figureLabel('wgad_opinions', 'III')).toEqual({ key: 'reports:figure.category', values: { category: 'III' } });
    expect(figureLabel('detained_by_facility', '(unknown)')).toEqual({ key: 'reports:figure.unknownFacility' });
    expect(figureLabel('releases_by_reason', '(unknown)')).toEqual({ key: 'reports:figure.unknownReason' });
  });
});
