// Tasks and deadlines on a real vault: hand-typed tasks, the derived deadline list for "mine" and
// "all" with its role rule, and rule tasks that a re-run never duplicates or reopens.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';
import { auditFor, failure, openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

/** Today is 2026-01-15. A caseworker's case with one reminder of each main kind, and a supervisor's case. */
function setUp() {
  v = createTestVault({ today: '2026-01-15' });
  const supervisor = v.signInAs('supervisor', 'sup');
  const other = openCase(v, { name: 'Other Person' });
  v.call('advocacy.create', { caseId: other.caseId, type: 'wgad_petition', date: '2025-09-01', wgad: { transmittedOn: '2025-10-01' } });
  const caseworker = v.signInAs('caseworker', 'cw');
  const mine = openCase(v, { name: 'Ержан Кабиров', detention: { arrestDate: '2020-01-10', detentionType: 'pre_trial' } });
  const [episode] = v.call('episodes.list', { caseId: mine.caseId });
  if (!episode) throw new Error('no episode');
  const petition = v.call('advocacy.create', { caseId: mine.caseId, type: 'wgad_petition', date: '2025-10-01', wgad: { transmittedOn: '2025-12-01' } });
  const hearing = v.call('courtEvents.create', { episodeId: episode.id, date: '2026-01-20', kind: 'appeal' });
  const sentence = v.call('sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 5, startDate: '2020-01-10' });
  const letter = v.call('advocacy.create', { caseId: mine.caseId, type: 'letter_to_government', date: '2026-01-02', followUpDue: '2026-06-01' });
  const task = v.call('tasks.create', { title: 'Call the lawyer', dueOn: '2026-01-10', caseId: mine.caseId });
  return { supervisor, caseworker, mine, other, episode, petition, hearing, sentence, letter, task };
}

function ruleTaskCount(): number {
  return (v.sqlite.prepare("SELECT count(*) AS n FROM tasks WHERE source = 'rule'").get() as { n: number }).n;
}

describe('tasks.deadlines', () => {
  it("lists the caller's derived deadlines and open tasks, classified and sorted by due date", () => {
    const { mine, petition, hearing, sentence, task } = setUp();
    const list = v.call('tasks.deadlines', { scope: 'mine' });
    expect(list.map((d) => [d.kind, d.due, d.standing, d.recordId])).toEqual([
      ['release_unrecorded', '2025-01-10', 'overdue', sentence.id],
      ['task', '2026-01-10', 'overdue', task.id],
      ['hearing', '2026-01-20', 'upcoming', hearing.id],
      ['wgad_reply', '2026-01-30', 'upcoming', petition.id],
    ]);
    expect(list.every((d) => d.caseId === mine.caseId && d.personName === 'Ержан Кабиров')).toBe(true);
    expect(list[2]?.daysLeft).toBe(5);
    // Facts, not sentences: the screens word each reminder from these.
    expect(list.map((d) => d.facts)).toEqual([
      { kind: 'release_unrecorded', expectedRelease: '2025-01-10' },
      { kind: 'task', title: 'Call the lawyer' },
      { kind: 'hearing', courtEventKind: 'appeal' },
      { kind: 'wgad_reply' },
    ]);
  });

  it('reaches further ahead when asked', () => {
    const { letter, episode } = setUp();
    const later = v.call('sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 1, startDate: '2025-06-02' });
    expect(v.call('tasks.deadlines', { scope: 'mine' }).map((d) => d.recordId)).not.toContain(later.id);
    const list = v.call('tasks.deadlines', { scope: 'mine', upcomingDays: 200 });
    expect(list.slice(-2).map((d) => [d.kind, d.recordId, d.due, d.standing])).toEqual([
      ['advocacy_follow_up', letter.id, '2026-06-01', 'upcoming'],
      ['expected_release', later.id, '2026-06-02', 'upcoming'],
    ]);
  });

  it("shows every case's deadlines to supervisors only", () => {
    const { other } = setUp();
    expect(failure(() => v.call('tasks.deadlines', { scope: 'all' })).code).toBe('FORBIDDEN');
    v.signInAs('supervisor', 'sup');
    const all = v.call('tasks.deadlines', { scope: 'all' });
    expect(all[0]).toMatchObject({ kind: 'release_unrecorded' });
    expect(all.find((d) => d.caseId === other.caseId)).toMatchObject({ kind: 'wgad_reply', due: '2025-11-30', standing: 'overdue', personName: 'Other Person' });
    expect(v.call('tasks.deadlines', { scope: 'mine' }).map((d) => d.caseId)).toEqual([other.caseId]);
    v.signInAs('staff');
    expect(failure(() => v.call('tasks.deadlines', { scope: 'all' })).code).toBe('FORBIDDEN');
    expect(v.call('tasks.deadlines', { scope: 'mine' })).toEqual([]);
  });


  it('gives a case the same reminders in "mine" and "all", and none from a deleted episode or a closed case', () => {
    const { mine, hearing, sentence } = setUp();
    const dropped = openCase(v, { name: 'Dropped Episode', detention: { arrestDate: '2025-03-01', detentionType: 'pre_trial' } });
    const [wrong] = v.call('episodes.list', { caseId: dropped.caseId });
    if (!wrong) throw new Error('no episode');
    const lost = v.call('courtEvents.create', { episodeId: wrong.id, date: '2026-01-25', kind: 'trial_hearing' });
    v.call('episodes.delete', { id: wrong.id });
    const closed = openCase(v, { name: 'Closed Case', detention: { arrestDate: '2025-03-01', detentionType: 'pre_trial' } });
    const [closedEpisode] = v.call('episodes.list', { caseId: closed.caseId });
    if (!closedEpisode) throw new Error('no episode');
    v.call('courtEvents.create', { episodeId: closedEpisode.id, date: '2026-01-22', kind: 'trial_hearing' });
    v.call('cases.close', { id: closed.caseId, reason: 'released' });

    const reminders = (list: ReturnType<typeof v.call<'tasks.deadlines'>>) =>
      list.filter((d) => d.kind !== 'task').map((d) => [d.caseId, d.kind, d.recordId, d.due, d.standing]);
    const own = reminders(v.call('tasks.deadlines', { scope: 'mine' }));
    v.signInAs('supervisor', 'sup');
    const everyone = v.call('tasks.deadlines', { scope: 'all' });
    const cwCases = new Set([mine.caseId, dropped.caseId, closed.caseId]);
    expect(reminders(everyone.filter((d) => d.caseId !== null && cwCases.has(d.caseId)))).toEqual(own);
    expect(own.map((r) => r[2])).toEqual(expect.arrayContaining([hearing.id, sentence.id]));
    expect(everyone.map((d) => d.recordId)).not.toContain(lost.id);
    expect(everyone.map((d) => d.caseId)).not.toContain(closed.caseId);
  });
  it('flags a case with no activity for the configured number of days', () => {
    const { mine } = setUp();
    v.setToday('2026-05-01');
    const stale = v.call('tasks.deadlines', { scope: 'mine' }).find((d) => d.kind === 'stale_case');
    expect(stale).toMatchObject({ caseId: mine.caseId, recordId: mine.caseId, due: '2026-04-15', standing: 'overdue' });
  });
});

describe('tasks.syncRuleTasks', () => {
  it('makes one task per near reminder and never duplicates it', () => {
    const { caseworker, petition } = setUp();
    expect(v.call('tasks.syncRuleTasks', { scope: 'mine' })).toEqual({ created: 3, updated: 0, resolved: 0, unchanged: 0 });
    expect(v.call('tasks.syncRuleTasks', { scope: 'mine' })).toEqual({ created: 0, updated: 0, resolved: 0, unchanged: 3 });
    expect(ruleTaskCount()).toBe(3);
    const reply = v.call('tasks.list', { assigneeId: caseworker.id }).rows.find((t) => t.ruleKey === `wgad_reply:${petition.id}`);
    expect(reply).toMatchObject({ source: 'rule', dueOn: '2026-01-30', personName: 'Ержан Кабиров', doneAt: null });
    const listed = v.call('tasks.deadlines', { scope: 'mine' }).find((d) => d.kind === 'wgad_reply');
    expect(listed?.taskId).toBe(reply?.id);
  });

  it('keeps completed and dismissed rule tasks as they are', () => {
    const { petition, hearing } = setUp();
    v.call('tasks.syncRuleTasks', { scope: 'mine' });
    const rows = v.call('tasks.list', { includeDone: true }).rows;
    const reply = rows.find((t) => t.ruleKey === `wgad_reply:${petition.id}`);
    const court = rows.find((t) => t.ruleKey === `hearing:${hearing.id}`);
    if (!reply || !court) throw new Error('rule tasks missing');
    v.call('tasks.complete', { id: reply.id });
    v.call('tasks.delete', { id: court.id });
    expect(v.call('tasks.syncRuleTasks', { scope: 'mine' })).toMatchObject({ created: 0, unchanged: 3 });
    expect(v.call('tasks.list', { includeDone: true }).rows.find((t) => t.id === reply.id)?.doneAt).not.toBeNull();
    expect(ruleTaskCount()).toBe(3);
    expect(v.call('tasks.deadlines', { scope: 'mine' }).map((d) => d.kind)).toEqual(['release_unrecorded', 'task']);
  });

  it('moves open rule tasks with the facts and resolves those that no longer apply', () => {
    const { petition, episode } = setUp();
    v.call('tasks.syncRuleTasks', { scope: 'mine' });
    v.signInAsAdmin();
    v.call('settings.update', { wgadReplyDays: 50 });
    v.call('advocacy.recomputeWgadDeadlines', {});
    v.signInAs('caseworker', 'cw');
    v.call('episodes.update', { id: episode.id, releaseDate: '2025-01-10', releaseReason: 'sentence_served' });
    expect(v.call('tasks.syncRuleTasks', { scope: 'mine' })).toEqual({ created: 0, updated: 1, resolved: 1, unchanged: 1 });
    const reply = v.call('tasks.list', {}).rows.find((t) => t.ruleKey === `wgad_reply:${petition.id}`);
    expect(reply?.dueOn).toBe('2026-01-20');
    // Creations share the run's summary entry; a change to an existing task has its own.
    expect(auditFor(v, reply?.id ?? '').map((a) => a.action)).toEqual(['task.ruleUpdate']);
    const runs = v.sqlite.prepare("SELECT changes FROM audit_entries WHERE action = 'task.syncRules' ORDER BY seq").all() as Array<{ changes: string }>;
    expect(runs.map((r) => JSON.parse(r.changes) as unknown)).toEqual([
      expect.objectContaining({ scope: 'mine', created: 3, createdByKind: { hearing: 1, release_unrecorded: 1, wgad_reply: 1 } }),
      expect.objectContaining({ scope: 'mine', created: 0, updated: 1, resolved: 1 }),
    ]);
  });

  it('lets people reassign a rule task but not rewrite it', () => {
    const { supervisor } = setUp();
    v.call('tasks.syncRuleTasks', { scope: 'mine' });
    const [first] = v.call('tasks.list', {}).rows.filter((t) => t.source === 'rule');
    if (!first) throw new Error('no rule task');
    expect(failure(() => v.call('tasks.update', { id: first.id, title: 'Something else' })).details).toEqual({ reason: 'reminder_task_fixed' });
    expect(v.call('tasks.update', { id: first.id, assigneeId: supervisor.id }).assigneeName).toBe('sup');
  });

  it('syncs every case only for supervisors', () => {
    setUp();
    expect(failure(() => v.call('tasks.syncRuleTasks', { scope: 'all' })).code).toBe('FORBIDDEN');
    v.signInAs('supervisor', 'sup');
    expect(v.call('tasks.syncRuleTasks', { scope: 'all' }).created).toBe(4);
  });
});

describe('hand-typed tasks', () => {
  it('creates, lists, completes, reopens and deletes with audit entries', () => {
    const { caseworker, mine, task } = setUp();
    expect(task).toMatchObject({ assigneeId: caseworker.id, assigneeName: 'cw', source: 'manual', caseId: mine.caseId });
    const loose = v.call('tasks.create', { title: 'Renew visa', dueOn: '2026-03-01', caseId: null });
    expect(v.call('tasks.list', { assigneeId: caseworker.id }).rows.map((t) => t.id)).toEqual([task.id, loose.id]);
    v.call('tasks.complete', { id: task.id });
    expect(v.call('tasks.list', { caseId: mine.caseId }).total).toBe(0);
    expect(v.call('tasks.list', { caseId: mine.caseId, includeDone: true }).rows[0]?.doneAt).not.toBeNull();
    expect(v.call('tasks.reopen', { id: task.id }).doneAt).toBeNull();
    v.call('tasks.delete', { id: loose.id });
    expect(v.call('tasks.list', {}).rows.map((t) => t.id)).toEqual([task.id]);
    expect(auditFor(v, task.id).map((a) => a.action)).toEqual(['task.create', 'task.complete', 'task.reopen']);
  });

  it('refuses staff as writers and as assignees', () => {
    setUp();
    const staff = v.signInAs('staff');
    expect(failure(() => v.call('tasks.create', { title: 'x', dueOn: '2026-02-01' })).code).toBe('FORBIDDEN');
    v.signInAs('caseworker', 'cw');
    expect(failure(() => v.call('tasks.create', { title: 'x', dueOn: '2026-02-01', assigneeId: staff.id })).details).toMatchObject({
      reason: 'assignee_is_staff',
      issues: { assigneeId: { reason: 'staff_assignee' } },
    });
  });
});
