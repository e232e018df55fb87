// The fuzzer: seeded calls over every method of db/api.ts on a real encrypted vault (seeded demo
// data plus records holding marker strings), with inputs made from each method's schema and then
// corrupted. It counts what the contract promises never happens: exceptions escaping call(),
// error codes outside the contract, rows left invalid, and error texts holding stored values.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type Database from 'better-sqlite3';

import { api, type MethodName } from '../../db/api';
import { createBackend, type Backend } from '../../db/backend/backend';
import { ERROR_CODES, type Result } from '../../db/contract/core';
import { devBackendOptions } from '../../db/dev/dev-api';
import { openEncryptedDatabase } from '../../db/vault/database-file';
import { seededRandom } from '../db/support/seeded-random';
import { corrupt, pick, valueFor, type ValueContext } from './schema-values';
import { rawDatabaseKey } from '../db/support/raw-key';

export interface FuzzOptions {
  seed: number;
  calls: number;
  /** Demo cases seeded before the run. */
  cases?: number;
  /** How many calls each of SLOW_METHODS gets at most (default 100); the rest are not limited. */
  slowMethodCalls?: number;
  /** Where the temporary vault goes (a RAM disk keeps fsync out of the figures). */
  dir?: string;
  log?: (line: string) => void;
}

export interface FuzzFinding {
  method: string;
  how: string;
  detail: string;
}

export interface FuzzReport {
  seed: number;
  calls: number;
  corrupted: number;
  ms: number;
  codes: Record<string, number>;
  /** Per method: calls made and INTERNAL answers. */
  methods: Record<string, { calls: number; ok: number; internal: number; ms: number }>;
  crashes: FuzzFinding[];
  nonContract: FuzzFinding[];
  leaks: FuzzFinding[];
  invalidRows: string[];
  /** Slow methods no longer called once they had their share, with the calls they got. */
  limited: Record<string, number>;
  relocks: number;
}

const ADMIN = 'admin';
/**
 * Methods that end or change the session (each then needs the administrator signed in again, a
 * full unlock) or run Argon2: called a tenth as often as the rest.
 */
/**
 * Methods that take tens or hundreds of milliseconds a call (Argon2, backups, whole-vault checks,
 * imports, reports, rebuilds): each is called at most slowMethodCalls times, so a run stays short
 * and is the same for the same seed on any machine.
 */
export const SLOW_METHODS: readonly string[] = [
  'backup.create', 'users.add', 'users.resetPassphrase', 'session.changePassphrase', 'session.unlock', 'session.unlockWithRecoveryKey',
  'session.checkPassphrase', 'session.createVault', 'audit.verify', 'vault.integrity', 'search.rebuild', 'settings.update',
  'imports.inspect', 'imports.dryRun', 'imports.run', 'reports.country', 'reports.exportCsv', 'tasks.syncRuleTasks',
  'advocacy.recomputeWgadDeadlines', 'review.deadlinesByCaseworker', 'tasks.deadlines', 'review.queue', 'documents.dossier',
  // a new database key: a whole-vault copy and rekey each time
  'vault.rotateKey', 'users.revoke', 'backup.reencryptOld', 'audit.reanchor', 'session.eraseKeys',
];

export const RARE_METHODS: readonly string[] = ['session.eraseKeys', 'vault.rotateKey', 'users.revoke', 'session.lock', 'session.unlock', 'session.unlockWithRecoveryKey', 'session.createVault', 'session.changePassphrase', 'session.checkPassphrase', 'users.add', 'users.resetPassphrase'];
const ADMIN_PASSPHRASE = 'correct horse battery staple 42';
/** Marker strings planted in stored records; an error text holding one (not sent in that call's input) leaks stored data. */
const MARKER = /QZMARK\d{3}/g;
const MARKED_TABLES: Record<string, string> = {
  people: 'people',
  contacts: 'contacts',
  referrals: 'referrals',
  cases: 'cases',
  detention_episodes: 'detention_episodes',
  charges: 'charges',
  court_events: 'court_events',
  sentences: 'sentences',
  advocacy_actions: 'advocacy_actions',
  case_events: 'case_events',
  tasks: 'tasks',
  users: 'users',
  reviews: 'reviews',
  import_presets: 'import_presets',
  detention_observations: 'detention_observations',
};

/** The table a bare `id` most likely names, from the method's prefix. */
const TABLE_OF_PREFIX: Record<string, string> = {
  people: 'people',
  contacts: 'contacts',
  referrals: 'referrals',
  cases: 'cases',
  episodes: 'detention_episodes',
  observations: 'detention_observations',
  charges: 'charges',
  courtEvents: 'court_events',
  sentences: 'sentences',
  advocacy: 'advocacy_actions',
  caseEvents: 'case_events',
  tasks: 'tasks',
  users: 'users',
  review: 'reviews',
  imports: 'import_presets',
  attachments: 'attachments',
};

function markerPlanting(call: (method: string, input: unknown) => Result<unknown>): void {
  const must = (method: string, input: unknown): Record<string, unknown> => {
    const r = call(method, input);
    if (!r.ok) throw new Error(`seeding ${method} failed: ${r.error.code} ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  for (let i = 0; i < 3; i++) {
    const referral = must('referrals.create', {
      receivedOn: '2025-12-01',
      channel: 'family',
      countryCode: 'KZ',
      consent: 'none',
      summary: `Summary QZMARK1${i}1`,
      person: { name: `Person QZMARK1${i}0`, ...(i === 2 ? { confidentiality: 'confidential' } : {}) },
    });
    const decided = must('referrals.decide', { id: referral.id, decision: 'accepted' });
    const caseId = decided.caseId as string;
    must('caseEvents.create', { caseId, kind: 'note', title: `Note QZMARK1${i}2`, body: `Body QZMARK1${i}3`, date: '2025-12-02' });
    must('contacts.create', { personId: referral.personId, name: `Contact QZMARK1${i}4`, relation: 'lawyer', reach: `+7 QZMARK1${i}5` });
    must('episodes.create', { caseId, arrestDate: '2025-11-20', detentionType: 'pre_trial', facility: `SIZO QZMARK1${i}6` });
  }
  // No marker in a colleague's display name: screens show it to every signed-in user, and refusals
  // such as an inactive caseworker name them by design (details.issues[…].params.name).
  must('users.add', { name: 'erlan', displayName: 'Erlan Kasymov', role: 'caseworker', passphrase: 'violet thunder marble canyon 7' });
}

interface FuzzVault {
  dir: string;
  backend: Backend;
  raw: Database.Database;
  recoveryKey: string;
  advance(ms: number): void;
  /** Another read-only connection to the vault's database. */
  open(): Database.Database;
}

function openFuzzVault(options: FuzzOptions): FuzzVault {
  const dir = mkdtempSync(join(options.dir ?? tmpdir(), 'habeas-fuzz-'));
  let now = new Date('2026-01-15T10:00:00.000Z').getTime();
  const backend = createBackend({
    ...devBackendOptions,
    vaultDir: join(dir, 'vault'),
    stateDir: join(dir, 'state'),
    migrationsDir: resolve(__dirname, '../../db/migrations'),
    kdfTargetMs: 1,
    clock: () => new Date((now += 1000)),
  });
  let recoveryKey = '';
  try {
    const created = backend.call('session.createVault', { userName: ADMIN, displayName: 'Administrator', passphrase: ADMIN_PASSPHRASE });
    if (!created.ok) throw new Error(`createVault failed: ${created.error.message}`);
    recoveryKey = (created.value as { recoveryKey: string }).recoveryKey;
    const seeded = backend.call('seed.generate', { cases: options.cases ?? 60, seed: options.seed });
    if (!seeded.ok) throw new Error(`seed.generate failed: ${seeded.error.message}`);
    markerPlanting((m, i) => backend.call(m, i));
  } catch (e) {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const open = () => openEncryptedDatabase(join(dir, 'vault', 'habeas.db'), rawDatabaseKey(join(dir, 'vault'), recoveryKey), { readonly: true });
  return { dir, backend, raw: open(), recoveryKey, advance: (ms) => void (now += ms), open };
}

function readIds(raw: Database.Database): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  const all: string[] = [];
  for (const table of Object.values(MARKED_TABLES)) {
    const rows = raw.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 400`).all() as { id: string }[];
    ids.set(table, rows.map((r) => r.id));
    all.push(...rows.map((r) => r.id));
  }
  ids.set('*', all);
  return ids;
}

/** Rows the domain never allows, after the run. */
export function invalidRows(raw: Database.Database): string[] {
  const found: string[] = [];
  const fk = raw.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[];
  for (const row of fk.slice(0, 20)) found.push(`foreign key: ${row.table} → ${row.parent}`);
  if (fk.length > 20) found.push(`… ${fk.length - 20} more foreign key failures`);
  const quick = raw.prepare('PRAGMA quick_check').pluck().all() as string[];
  if (quick.join() !== 'ok') found.push(`quick_check: ${quick.slice(0, 3).join('; ')}`);
  const count = (what: string, sql: string) => {
    const n = raw.prepare(sql).pluck().get() as number;
    if (n > 0) found.push(`${what}: ${n}`);
  };
  // A partial date's earliest and latest day: '2024' spans 2024-01-01 … 2024-12-31.
  const earliest = (c: string) => `(${c} || substr('-01-01', length(${c}) - 3))`;
  const latest = (c: string) => `(${c} || substr('-12-31', length(${c}) - 3))`;
  count('episodes released before their arrest', `SELECT count(*) FROM detention_episodes WHERE deleted_at IS NULL AND release_date IS NOT NULL AND arrest_date IS NOT NULL AND ${latest('release_date')} < ${earliest('arrest_date')}`);
  count('live cases of a missing or deleted person', 'SELECT count(*) FROM cases c LEFT JOIN people p ON p.id = c.person_id WHERE c.deleted_at IS NULL AND (p.id IS NULL OR p.deleted_at IS NOT NULL)');
  // Episodes, notes and the like of a deleted case stay as they were: every reader reaches them through a live case.
  count('episodes whose person is not the case’s person', 'SELECT count(*) FROM detention_episodes e JOIN cases c ON c.id = e.case_id WHERE e.person_id <> c.person_id');
  count('closed cases without a closing date, or open ones with one', "SELECT count(*) FROM cases WHERE deleted_at IS NULL AND ((status = 'closed') <> (closed_on IS NOT NULL))");
  count('sentences with negative terms', 'SELECT count(*) FROM sentences WHERE years < 0 OR months < 0 OR days < 0 OR credit_days < 0');
  count('accepted referrals without a case', "SELECT count(*) FROM referrals r WHERE r.status = 'accepted' AND r.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.referral_id = r.id)");
  count('stored text that is not well-formed Unicode', "SELECT count(*) FROM people WHERE name <> CAST(CAST(name AS BLOB) AS TEXT)");
  return found;
}

function errorText(result: Result<unknown>): string {
  if (result.ok) return '';
  try {
    return JSON.stringify(result.error);
  } catch {
    return String(result.error.message);
  }
}

function inputText(input: unknown): string {
  try {
    return JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
  } catch {
    // Circular: markers are never put in fuzzed inputs, so nothing is missed by not reading it.
    return '';
  }
}

export function runFuzz(options: FuzzOptions): FuzzReport {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const vault = openFuzzVault(options);
  const random = seededRandom(options.seed);
  const slowCalls = options.slowMethodCalls ?? 100;
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).join();
  const report: FuzzReport = {
    seed: options.seed,
    calls: 0,
    corrupted: 0,
    ms: 0,
    // No prototype: '__proto__' is one of the method names tried.
    codes: Object.create(null) as FuzzReport['codes'],
    methods: Object.create(null) as FuzzReport['methods'],
    crashes: [],
    nonContract: [],
    leaks: [],
    invalidRows: [],
    limited: {},
    relocks: 0,
  };
  const names = Object.keys(api) as MethodName[];
  const active = new Set<string>(names);
  const ctx: ValueContext = { random, ids: readIds(vault.raw), idTable: null };

  const relock = () => {
    // Put the administrator back in, whatever the last call did to the session (lock, failed unlock, passphrase reset).
    for (let attempt = 0; attempt < 5; attempt++) {
      const r = vault.backend.call('session.unlockWithRecoveryKey', { userName: ADMIN, recoveryKey: vault.recoveryKey });
      if (r.ok) return;
      if (r.error.code === 'TOO_MANY_ATTEMPTS') vault.advance((Number((r.error.details as { retryAfterSeconds?: number }).retryAfterSeconds ?? 60) + 1) * 1000);
      else throw new Error(`could not sign the administrator in again: ${r.error.code} ${r.error.message}`);
    }
    throw new Error('could not sign the administrator in again');
  };

  try {
    for (let i = 0; i < options.calls && active.size > 0; i++) {
      if (i > 0 && i % 5000 === 0) {
        ctx.ids = readIds(vault.raw);
        log(`  ${i} calls, ${Math.round((performance.now() - started) / 1000)} s`);
      }
      const status = vault.backend.status();
      if (!status.unlocked || status.user?.name !== ADMIN || status.user.role !== 'administrator') {
        report.relocks += 1;
        relock();
      }
      const unknown = random() < 0.005;
      let method = unknown ? pick(random, ['cases.nope', '__proto__', 'constructor', 'seed.generate', '']) : pick(random, [...active]);
      while (RARE_METHODS.includes(method) && random() < 0.9) method = pick(random, [...active]);
      ctx.idTable = TABLE_OF_PREFIX[method.split('.')[0] ?? ''] ?? null;
      const schema = unknown ? null : api[method as MethodName].input;
      let input: unknown = schema ? valueFor(schema, ctx) : {};
      let how = 'valid';
      if (random() < 0.5) {
        const broken = corrupt(input, random);
        input = broken.value;
        how = broken.how;
        report.corrupted += 1;
      }
      const stats = (report.methods[method] ??= { calls: 0, ok: 0, internal: 0, ms: 0 });
      const t0 = performance.now();
      let result: Result<unknown>;
      try {
        result = vault.backend.call(method, input);
      } catch (e) {
        report.crashes.push({ method, how, detail: e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e).slice(0, 300) });
        continue;
      } finally {
        stats.ms += performance.now() - t0;
        stats.calls += 1;
        report.calls += 1;
      }
      if (active.has(method) && stats.calls >= slowCalls && SLOW_METHODS.includes(method)) {
        active.delete(method);
        report.limited[method] = stats.calls;
      }
      if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
        report.nonContract.push({ method, how, detail: 'answer is not a Result' });
        continue;
      }
      if (result.ok) {
        stats.ok += 1;
        report.codes.OK = (report.codes.OK ?? 0) + 1;
        continue;
      }
      const { code, message } = result.error;
      report.codes[code] = (report.codes[code] ?? 0) + 1;
      if (code === 'INTERNAL') stats.internal += 1;
      if (!(ERROR_CODES as readonly string[]).includes(code) || typeof message !== 'string') {
        report.nonContract.push({ method, how, detail: `code ${String(code)}` });
      }
      const markers = errorText(result).match(MARKER) ?? [];
      if (markers.length > 0) {
        const sent = inputText(input);
        for (const marker of markers) if (!sent.includes(marker)) report.leaks.push({ method, how, detail: `${code} names ${marker}` });
      }
      if (Object.getOwnPropertyNames(Object.prototype).join() !== protoKeys) {
        report.crashes.push({ method, how, detail: 'Object.prototype was changed' });
        break;
      }
    }
    relock();
    const verified = vault.backend.call('audit.verify', {});
    if (!verified.ok) report.invalidRows.push(`audit.verify answered ${verified.error.code}`);
    else if (!(verified.value as { ok: boolean }).ok) report.invalidRows.push(`audit chain broken: ${JSON.stringify((verified.value as { firstBad: unknown }).firstBad)}`);
    const integrity = vault.backend.call('vault.integrity', {});
    if (!integrity.ok || !(integrity.value as { ok: boolean }).ok) report.invalidRows.push(`vault.integrity: ${JSON.stringify(integrity)}`);
    // Rows are checked on a connection opened after the backend closed: the long-lived reader's
    // cached full-text structure can look damaged to quick_check while the writer's is fine.
    vault.backend.close();
    const fresh = vault.open();
    try {
      report.invalidRows.push(...invalidRows(fresh));
    } finally {
      fresh.close();
    }
  } finally {
    vault.raw.close();
    vault.backend.close();
    rmSync(vault.dir, { recursive: true, force: true });
  }
  report.ms = performance.now() - started;
  return report;
}

/** The report as lines of text for the terminal. */
export function reportLines(report: FuzzReport): string[] {
  const lines = [
    `seed ${report.seed}: ${report.calls} calls (${report.corrupted} with corrupted input) over ${Object.keys(report.methods).length} methods in ${Math.round(report.ms / 1000)} s; administrator signed in again ${report.relocks} times`,
    `answers: ${Object.entries(report.codes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`,
    `crashes (exceptions escaping call()): ${report.crashes.length}`,
    ...report.crashes.slice(0, 10).map((f) => `  ${f.method} [${f.how}]: ${f.detail}`),
    `non-contract errors: ${report.nonContract.length}`,
    ...report.nonContract.slice(0, 10).map((f) => `  ${f.method} [${f.how}]: ${f.detail}`),
    `error texts holding stored values: ${report.leaks.length}`,
    ...report.leaks.slice(0, 10).map((f) => `  ${f.method} [${f.how}]: ${f.detail}`),
    `invalid rows afterwards: ${report.invalidRows.length}`,
    ...report.invalidRows.map((r) => `  ${r}`),
  ];
  const internal = Object.entries(report.methods).filter(([, s]) => s.internal > 0);
  lines.push(`methods answering INTERNAL: ${internal.length === 0 ? 'none' : internal.map(([m, s]) => `${m} ${s.internal}`).join(', ')}`);
  const slowest = Object.entries(report.methods).sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
  lines.push(`slowest methods (total ms / calls): ${slowest.map(([m, s]) => `${m} ${Math.round(s.ms)}/${s.calls}`).join(', ')}`);
  const limited = Object.entries(report.limited);
  lines.push(`slow methods limited: ${limited.length === 0 ? 'none' : limited.map(([m, n]) => `${m} after ${n} calls`).join(', ')}`);
  const neverOk = Object.entries(report.methods).filter(([m, s]) => s.ok === 0 && m in api).map(([m]) => m);
  lines.push(`methods never answering OK: ${neverOk.length === 0 ? 'none' : neverOk.join(', ')}`);
  const never = Object.keys(api).filter((m) => !(m in report.methods));
  if (never.length > 0) lines.push(`never called: ${never.join(', ')}`);
  return lines;
}
