// Missed appeal windows on a real vault: listed as missed until dismissed with a reason (audited,
// shown on the case), the appeal-window table in settings, and the Deadlines horizon.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';
import { auditFor, failure, openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

/** Today is 2026-01-15; a Kazakhstan case whose verdict of 2025-12-01 was never appealed. */
function setUp() {
  v = createTestVault({ today: '2026-01-15' });
  v.signInAs('caseworker', 'cw');
  const mine = openCase(v, { detention: { arrestDate: '2025-01-10', detentionType: 'pre_trial' } });
  const [episode] = v.call('episodes.list', { caseId: mine.caseId });
  if (!episode) throw new Error('no episode');
  const verdict = v.call('courtEvents.create', { episodeId: episode.id, date: '2025-12-01', kind: 'verdict' });
  return { mine, episode, verdict };
}

const windows = () => v.call('tasks.deadlines', { scope: 'mine' }).filter((d) => d.kind === 'appeal_window');

describe('missed appeal windows', () => {
  it('lists a window that closed unappealed as missed and overdue, from the country default', () => {
    const { verdict } = setUp();
    // Kazakhstan's default: 15 days after the verdict.
    expect(windows().map((d) => [d.recordId, d.due, d.standing, d.facts])).toEqual([
      [verdict.id, '2025-12-16', 'overdue', { kind: 'appeal_window', level: 'verdict', decidedOn: '2025-12-01', missed: true, key: `appeal:${verdict.id}` }],
    ]);
  });

  it('drops it once an appeal is recorded', () => {
    const { episode } = setUp();
    v.call('courtEvents.create', { episodeId: episode.id, date: '2025-12-10', kind: 'appeal' });
    expect(windows()).toEqual([]);
  });

  it('dismisses it with a reason, audited and listed on the case, and refuses a second dismissal', () => {
    const { mine, verdict } = setUp();
    const key = `appeal:${verdict.id}`;
    expect(failure(() => v.call('deadlines.dismiss', { caseId: mine.caseId, key, reason: '  ' })).code).toBe('VALIDATION');
    const made = v.call('deadlines.dismiss', { caseId: mine.caseId, key, reason: 'The family chose not to appeal.' });
    expect(made).toMatchObject({ caseId: mine.caseId, key, reason: 'The family chose not to appeal.', dismissedByName: 'cw' });
    expect(windows()).toEqual([]);
    expect(v.call('deadlines.dismissals', { caseId: mine.caseId }).map((d) => d.key)).toEqual([key]);
    expect(auditFor(v, made.id).map((a) => a.action)).toEqual(['deadline.dismiss']);
    const again = failure(() => v.call('deadlines.dismiss', { caseId: mine.caseId, key, reason: 'Again' }));
    expect([again.code, (again.details as { reason?: string }).reason]).toEqual(['CONFLICT', 'deadline_already_dismissed']);
  });

  it("refuses a key naming another case's court event, and staff", () => {
    const { verdict } = setUp();
    const other = openCase(v, { name: 'Other Person' });
    expect(failure(() => v.call('deadlines.dismiss', { caseId: other.caseId, key: `appeal:${verdict.id}`, reason: 'x' })).code).toBe('NOT_FOUND');
    v.signInAs('staff', 'st');
    expect(failure(() => v.call('deadlines.dismiss', { caseId: other.caseId, key: `appeal:${verdict.id}`, reason: 'x' })).code).toBe('FORBIDDEN');
  });

  it("lists one case's reminders for anyone who may see the case", () => {
    const { mine, verdict } = setUp();
    v.signInAs('staff', 'st');
    expect(v.call('tasks.deadlines', { scope: 'mine', caseId: mine.caseId }).map((d) => d.recordId)).toContain(verdict.id);
  });
});

describe('appeal windows in settings', () => {
  it('answers the defaults, and administrators replace the table (audited)', () => {
    const { verdict } = setUp();
    expect(v.call('settings.appealWindows', {}).KZ).toEqual({ verdict: 15 });
    expect(failure(() => v.call('settings.updateAppealWindows', { windows: { KZ: { verdict: 30 } } })).code).toBe('FORBIDDEN');
    v.signInAsAdmin();
    const saved = v.call('settings.updateAppealWindows', { windows: { KZ: { verdict: 60 }, UZ: { verdict: 10 } } });
    expect(saved).toEqual({ KZ: { verdict: 60 }, UZ: { verdict: 10 } });
    expect(failure(() => v.call('settings.updateAppealWindows', { windows: { KZ: { verdict: 0 } } })).code).toBe('VALIDATION');
    expect(auditFor(v, 'appealWindows').map((a) => a.action)).toEqual(['settings.updateAppealWindows']);
    v.signInAs('caseworker', 'cw');
    // 60 days from 2025-12-01: open again, no longer missed.
    expect(windows().map((d) => [d.recordId, d.due, d.standing])).toEqual([[verdict.id, '2026-01-30', 'upcoming']]);
  });
});

describe('the deadlines horizon', () => {
  it('reaches 30 days, 90 days or every reminder', () => {
    setUp();
    const letter = (due: string) => v.call('tasks.create', { title: `Due ${due}`, dueOn: due });
    const near = letter('2026-02-01');
    const mid = letter('2026-03-20');
    const far = letter('2027-06-01');
    const ids = (horizon: '30' | '90' | 'all') => v.call('tasks.deadlines', { scope: 'mine', horizon }).map((d) => d.recordId);
    expect(ids('30')).toContain(near.id);
    expect(ids('30')).not.toContain(mid.id);
    expect(ids('90')).toEqual(expect.arrayContaining([near.id, mid.id]));
    expect(ids('90')).not.toContain(far.id);
    expect(ids('all')).toEqual(expect.arrayContaining([near.id, mid.id, far.id]));
    expect(v.call('tasks.deadlines', { scope: 'mine', horizon: 'all' }).find((d) => d.recordId === far.id)?.standing).toBe('upcoming');
  });
});
