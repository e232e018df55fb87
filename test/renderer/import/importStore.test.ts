// The wizard's store against the typed stand-in bridge: a decision about a duplicate the backend no
// longer finds is dropped and the plan asked for again, instead of blocking the user; answers
// that arrive after a reset are ignored.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { ImportPlan } from '../../../db/api';
import { dryRun, resetImport, useImport } from '../../../renderer/src/features/import/importStore';
import { installBridge, ok, refusal, type TestBridge } from '../support/bridge';

let bridge: TestBridge;
let hold: Promise<void> | null = null;

const plan: ImportPlan = { fileName: 'list.csv', fileHash: 'h', counts: { created: 1, updated: 0, skipped: 0, possibleDuplicates: 0, skippedBy: {} }, rows: [], values: [] };

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge.handle('imports.dryRun', async () => {
    if (hold) await hold;
    return ok(plan);
  });
});

afterEach(() => {
  resetImport();
  // Every call the screen made had an answer the test chose.
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
  hold = null;
});

/** The decisions sent with each dry run, copied when sent. */
const sent = () => bridge.inputsOf('imports.dryRun');

function withFile(decisions: Record<string, 'merge' | 'separate'>) {
  useImport.setState({
    file: { fileName: 'list.csv', size: 1, content: 'YQ==' },
    inspection: { format: 'csv', encoding: 'utf-8', delimiter: ';', sheets: [], sheet: null, headers: ['ФИО'], rowCount: 1, sample: [], suggested: { columns: {}, fixed: {} }, guesses: [], fileHash: 'h' },
    mapping: { columns: { ФИО: 'name' }, fixed: { country: 'TJ' } },
    decisions,
  });
}

describe('dryRun', () => {
  it('drops a decision the backend no longer knows and plans again', async () => {
    withFile({ 'row:4~row:2': 'merge', 'row:5~person:p1': 'separate' });
    bridge.queue('imports.dryRun', { ok: false, error: refusal('VALIDATION', 'No possible duplicate is called "row:4~row:2" in this file.', { key: 'row:4~row:2' }) });
    await dryRun();
    expect(sent().map((s) => Object.keys(s.decisions ?? {}))).toEqual([['row:4~row:2', 'row:5~person:p1'], ['row:5~person:p1']]);
    expect(useImport.getState().plan).toEqual(plan);
    expect(useImport.getState().error).toBeNull();
  });

  it('shows any other refusal and keeps the decisions', async () => {
    withFile({ 'row:4~row:2': 'merge' });
    bridge.queue('imports.dryRun', { ok: false, error: refusal('VALIDATION', 'Your choice "spring" for Date of birth "1975" is not a date.', { field: 'birthDate', raw: '1975' }) });
    await dryRun();
    expect(sent()).toHaveLength(1);
    expect(useImport.getState().error?.message).toMatch(/is not a date/);
    expect(useImport.getState().decisions).toEqual({ 'row:4~row:2': 'merge' });
  });

  it('ignores a plan that arrives after the wizard was reset', async () => {
    withFile({});
    let release = () => undefined as void;
    hold = new Promise<void>((done) => (release = done));
    const pending = dryRun();
    resetImport();
    release();
    await pending;
    expect(useImport.getState().plan).toBeNull();
    expect(useImport.getState().file).toBeNull();
  });
});
