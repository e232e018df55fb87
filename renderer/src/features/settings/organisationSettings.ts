// The organisation's settings as the form shows them: grouped, each with the range the contract
// allows (read from the contract's schema, so the two cannot drift apart).
import { api, type SettingsValues } from '../../../../db/api';

export type SettingKey = keyof SettingsValues;

export interface SettingField {
  key: SettingKey;
  min: number;
  max: number;
}

const shape = api['settings.update'].input.shape;

function field(key: SettingKey): SettingField {
  const rule = shape[key].unwrap();
  return { key, min: rule.minValue ?? 0, max: rule.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export const SETTING_GROUPS: { key: 'security' | 'deadlines'; fields: SettingField[] }[] = [
  { key: 'security', fields: [field('idleLockMinutes'), field('backupsToKeep'), field('manualBackupsToKeep')] },
  {
    key: 'deadlines',
    fields: [
      field('wgadReplyDays'),
      field('wgadSourceCommentsDays'),
      field('wgadFollowUpDays'),
      field('appealWindowDays'),
      field('staleCaseDays'),
      field('upcomingDays'),
    ],
  },
];
