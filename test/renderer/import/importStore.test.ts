// The wizard's store against a stand-in bridge: a decision about a duplicate the backend no
// longer finds is dropped and the plan asked for again, instead of blocking the user; answers
// that arrive after a reset are ignored.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { ImportPlan } from '../../../db/api';
import { dryRun, resetImport, useImport } from '../../../renderer/src/features/import/importStore';

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } };
const sent: { decisions: Record<string, string> }[] = [];
let replies: Reply[] = [];
let hold: Promise<void> | null = null;

const plan: ImportPlan = { fileName: 'list.csv', fileHash: 'h', counts: { created: 1, updated: 0, skipped: 0, possibleDuplicates: 0, skippedBy: {} }, rows: [], values: [] };

beforeAll(() => {
  const bridge = {
    call: async (_method: string, input: { decisions: Record<string, string> }): Promise<Reply> => {
      sent.push({ decisions: { ...input.decisions } });
      if (hold) await hold;
      return replies.shift() ?? { ok: true, value: plan };
    },
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true });
});

afterEach(() => {
  resetImport();
  sent.length = 0;
  replies = [];
  hold = null;
});

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
    replies = [{ ok: false, error: { code: 'VALIDATION', message: 'No possible duplicate is called "row:4~row:2" in this file.', details: { key: 'row:4~row:2' } } }];
    await dryRun();
    expect(sent.map((s) => Object.keys(s.decisions))).toEqual([['row:4~row:2', 'row:5~person:p1'], ['row:5~person:p1']]);
    expect(useImport.getState().plan).toEqual(plan);
    expect(useImport.getState().error).toBeNull();
  });

  it('shows any other refusal and keeps the decisions', async () => {
    withFile({ 'row:4~row:2': 'merge' });
    replies = [{ ok: false, error: { code: 'VALIDATION', message: 'Your choice "spring" for Date of birth "1975" is not a date.', details: { field: 'birthDate', raw: '1975' } } }];
    await dryRun();
    expect(sent).toHaveLength(1);
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
