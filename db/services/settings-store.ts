// Organisation settings kept inside the encrypted database, with defaults for every key.
// Intervals for WGAD deadlines live here, not in code (DOMAIN.md).
import { eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Db } from '../backend/context';
import { settings as settingsTable } from '../schema';

export const settingsShape = z.object({
  idleLockMinutes: z.number().int().min(0).max(240),
  wgadReplyDays: z.number().int().min(1).max(365),
  wgadSourceCommentsDays: z.number().int().min(1).max(365),
  wgadFollowUpDays: z.number().int().min(1).max(3650),
  appealWindowDays: z.number().int().min(1).max(365),
  staleCaseDays: z.number().int().min(1).max(3650),
  upcomingDays: z.number().int().min(1).max(365),
  backupsToKeep: z.number().int().min(1).max(100),
});

export type SettingsValues = z.infer<typeof settingsShape>;
export type SettingKey = keyof SettingsValues;

export const DEFAULT_SETTINGS: SettingsValues = {
  idleLockMinutes: 10,
  wgadReplyDays: 60,
  wgadSourceCommentsDays: 30,
  wgadFollowUpDays: 180,
  appealWindowDays: 10,
  staleCaseDays: 90,
  upcomingDays: 30,
  backupsToKeep: 10,
};

export interface Settings {
  all(): SettingsValues;
  get<K extends SettingKey>(key: K): SettingsValues[K];
}

export function readSettings(db: Db): Settings {
  const all = (): SettingsValues => {
    const stored: Record<string, unknown> = {};
    for (const row of db.select().from(settingsTable).all()) stored[row.key] = JSON.parse(row.value) as unknown;
    const merged = { ...DEFAULT_SETTINGS, ...stored };
    const parsed = settingsShape.safeParse(merged);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  };
  return { all, get: (key) => all()[key] };
}

export function writeSetting(db: Db, key: SettingKey, value: unknown, now: string): void {
  const json = JSON.stringify(value);
  const existing = db.select().from(settingsTable).where(eq(settingsTable.key, key)).get();
  if (existing) db.update(settingsTable).set({ value: json, updatedAt: now }).where(eq(settingsTable.key, key)).run();
  else db.insert(settingsTable).values({ key, value: json, updatedAt: now }).run();
}
