// The organisation's settings as the form shows them: grouped, each with the range the contract
// allows (read from the contract's schema, so the two cannot drift apart).
import { api, type SettingsValues } from '../../../../db/api';

export type SettingKey = keyof SettingsValues;

export interface SettingField {
  key: SettingKey;
  min: number;
  max: number;
  /** A yes/no setting stored as 0 or 1: shown as a checkbox. */
  toggle?: boolean;
}

const shape = api['settings.update'].input.shape;

function field(key: SettingKey): SettingField {
  const rule = shape[key].unwrap();
  return { key, min: rule.minValue ?? 0, max: rule.maxValue ?? Number.MAX_SAFE_INTEGER };
}

function toggle(key: SettingKey): SettingField {
  return { ...field(key), toggle: true };
}

export const SETTING_GROUPS: { key: 'security' | 'access' | 'deadlines'; fields: SettingField[] }[] = [
  { key: 'security', fields: [field('idleLockMinutes'), field('backupsToKeep'), field('manualBackupsToKeep')] },
  { key: 'access', fields: [toggle('caseworkersOwnCasesOnly')] },
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
