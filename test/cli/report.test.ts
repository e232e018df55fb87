// `habeas report` on the hand-built report fixture: one CSV run (labelled in Russian) through the
// real command line, checked figure by figure against reports.country, and its audit entry. One run, since each
// starts a process and unlocks the vault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CountryReport } from '../../db/api';
import { buildReportFixture, PERIOD } from '../db/features/reports/report-fixture';
import { createTestVault, USER_PASSPHRASE, type TestVault } from '../db/support/test-vault';
import { runCli, type CliRun } from './run-cli';

let v: TestVault;
let expected: CountryReport;
let run: CliRun;

beforeAll(() => {
  v = createTestVault();
  buildReportFixture(v);
  v.signInAs('staff');
  expected = v.call('reports.country', PERIOD);
  // The command line opens the vault itself; the test's own session must let go first.
  v.backend.close();
  run = runCli(['report', '--vault', v.vaultDir, '--user', 'staff', '--from', PERIOD.from, '--to', PERIOD.to, '--format', 'csv', '--lang', 'ru'], {
    HABEAS_PASSPHRASE: USER_PASSPHRASE,
    HABEAS_STATE_DIR: v.stateDir,
  });
}, 120_000);
afterAll(() => v.close());

describe('habeas report', () => {
  it('prints the same figures as reports.country, as CSV, and audits the export', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\uFEFF')).toBe(true);
    const lines = run.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,group,key,current,previous,change,country,group_label,label,current_text,previous_text,change_text');
    expect(lines[1]?.startsWith('Код страны,Ключ группы,Ключ показателя,Этот период,')).toBe(true);
    const machine = lines.map((l) => l.split(',').slice(0, 6).join(','));
    const figureLines = machine.slice(2).filter((l) => !/,\((no_date|coarse_date)\),/.test(l) && !l.includes(',people_detained_at_end,'));
    const fromReport = expected.sections.flatMap((s) =>
      s.groups.flatMap((g) => g.figures.map((f) => [s.countryCode, g.group, f.key, f.current ?? '', f.previous ?? '', f.change ?? ''].join(','))),
    );
    expect(figureLines).toEqual(fromReport);
    expect(lines).toContain('KZ,sentences,median_years,6.25,,,Казахстан,Вынесенные приговоры,"Медианный срок, лет",6 лет 3 месяца,,');
    expect(machine).toContain('UZ,sentences,(coarse_date),1,1,0');
    expect(machine).toContain('UZ,sentences,(no_date),0,0,0');
    expect(run.stdout).not.toMatch(/Bota|Gulnara/);
    const entry = v.sqlite
      .prepare("SELECT user_name AS user, changes FROM audit_entries WHERE action = 'report.export' ORDER BY seq DESC LIMIT 1")
      .get() as { user: string; changes: string } | undefined;
    expect(entry?.user).toBe('staff');
    expect(JSON.parse(entry?.changes ?? '{}')).toEqual({
      format: 'csv',
      options: { countryCode: 'all', from: PERIOD.from, to: PERIOD.to, includeConfidentialNames: false },
    });
  });
});
