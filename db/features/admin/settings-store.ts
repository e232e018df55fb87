// Organisation settings kept inside the encrypted database, checked one key at a time against the
// contract's rules (db/contract/admin.ts): a bad stored value puts that key's default in force and is
// reported as a SettingProblem; every other key keeps its stored value. WGAD intervals live here.
import { eq } from 'drizzle-orm';

import type { Db } from '../../backend/context';
import { DEFAULT_SETTINGS, SETTING_KEYS, SETTING_RULES, settingRule, type SettingKey, type SettingProblem, type SettingsValues } from '../../contract/admin';
import { appealWindowsShape, DEFAULT_APPEAL_WINDOWS, type AppealWindows } from '../../contract/appeal-windows';
import { settings as settingsTable } from '../../schema';

export type { SettingKey, SettingsValues };
export { DEFAULT_SETTINGS };

export interface Settings {
  all(): SettingsValues;
  get<K extends SettingKey>(key: K): SettingsValues[K];
  /** The stored values that could not be used, one per key. */
  problems(): SettingProblem[];
  /** Appeal windows per country and court level: the stored table, or the defaults when none (or a bad one) is stored. */
  appealWindows(): AppealWindows;
}

/** The settings row holding the appeal-window table (a JSON object, not a number like the others). */
export const APPEAL_WINDOWS_KEY = 'appealWindows' as const;

const STORED_SHOWN = 100;

/** Why a stored value fails its key's rule, or null when it passes. */
function badValue(key: SettingKey, value: unknown): SettingProblem['reason'] | null {
  if (settingRule(key).safeParse(value).success) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not_number';
  return Number.isInteger(value) ? 'out_of_range' : 'not_whole';
}

interface Read {
  values: SettingsValues;
  problems: SettingProblem[];
}

function read(db: Db): Read {
  const values: SettingsValues = { ...DEFAULT_SETTINGS };
  const problems: SettingProblem[] = [];
  const known = new Set<string>(SETTING_KEYS);
  for (const row of db.select().from(settingsTable).all()) {
    // Keys this version does not know (a newer version's) are left alone.
    if (!known.has(row.key)) continue;
    const key = row.key as SettingKey;
    let value: unknown;
    let reason: SettingProblem['reason'] | null;
    try {
      value = JSON.parse(row.value) as unknown;
      reason = badValue(key, value);
    } catch {
      reason = 'unreadable';
    }
    if (reason === null) values[key] = value as number;
    else {
      const { min, max, fallback } = SETTING_RULES[key];
      problems.push({ code: 'SETTING_INVALID', key, reason, stored: row.value.slice(0, STORED_SHOWN), min, max, fallback });
    }
  }
  // In the contract's order of keys, whatever the order of the rows.
  problems.sort((a, b) => SETTING_KEYS.indexOf(a.key) - SETTING_KEYS.indexOf(b.key));
  return { values, problems };
}

export function readSettings(db: Db): Settings {
  return {
    all: () => read(db).values,
    get: (key) => read(db).values[key],
    problems: () => read(db).problems,
    appealWindows: () => readAppealWindows(db),
  };
}

function readAppealWindows(db: Db): AppealWindows {
  const row = db.select().from(settingsTable).where(eq(settingsTable.key, APPEAL_WINDOWS_KEY)).get();
  if (!row) return { ...DEFAULT_APPEAL_WINDOWS };
  try {
    const parsed = appealWindowsShape.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : { ...DEFAULT_APPEAL_WINDOWS };
  } catch {
    return { ...DEFAULT_APPEAL_WINDOWS };
  }
}

export function writeAppealWindows(db: Db, windows: AppealWindows, now: string): void {
  writeSetting(db, APPEAL_WINDOWS_KEY, windows, now);
}

export function writeSetting(db: Db, key: SettingKey | typeof APPEAL_WINDOWS_KEY, value: unknown, now: string): void {
  const json = JSON.stringify(value);
  const existing = db.select().from(settingsTable).where(eq(settingsTable.key, key)).get();
  if (existing) db.update(settingsTable).set({ value: json, updatedAt: now }).where(eq(settingsTable.key, key)).run();
  else db.insert(settingsTable).values({ key, value: json, updatedAt: now }).run();
}
