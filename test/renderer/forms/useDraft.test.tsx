// The draft hook against the typed stand-in bridge: a stored draft comes back into the form, a
// save still waiting is written when the form leaves the screen and before a lock, Discard throws
// the draft away and puts the form back, and every form and record keeps its own draft.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { draftKey } from '../../../renderer/src/forms/draftKey';
import { useDraft } from '../../../renderer/src/forms/useDraft';
import { followBackendSession, useSession } from '../../../renderer/src/state/session';
import { installBridge, serveDrafts, type TestBridge } from '../support/bridge';

interface Note {
  title: string;
  body: string;
}

let bridge: TestBridge;
let stored: Map<string, unknown>;

beforeEach(() => {
  bridge = installBridge();
  stored = serveDrafts(bridge);
});

afterEach(() => {
  cleanup();
  expect(bridge.unanswered).toEqual([]);
});

function useNoteDraft(formKey: string, defaults: Note = { title: '', body: '' }) {
  const form = useForm<Note>({ defaultValues: defaults });
  const draft = useDraft(formKey, form);
  return { form, draft };
}

describe('useDraft', () => {
  it('puts a stored draft back into the form and keeps the record’s values as the starting point', async () => {
    stored.set('note:edit:e1', { title: 'Visit to SIZO-1', body: 'Typed before the lock' });
    const { result } = renderHook(() => useNoteDraft('note:edit:e1', { title: 'Visit', body: '' }));
    await waitFor(() => expect(result.current.draft.restored).toBe(true));
    expect(result.current.form.getValues()).toEqual({ title: 'Visit to SIZO-1', body: 'Typed before the lock' });
    expect(result.current.draft.hasDraft).toBe(true);
    expect(result.current.form.formState.defaultValues).toEqual({ title: 'Visit', body: '' });
  });

  it('writes a waiting save at once when the form leaves the screen', async () => {
    const { result, unmount } = renderHook(() => useNoteDraft('note:new:c1'));
    await waitFor(() => expect(result.current.draft.restored).toBe(true));
    act(() => result.current.form.setValue('body', 'Lawyer was refused entry'));
    expect(result.current.draft.hasDraft).toBe(true);
    // Unmounted well inside the autosave pause: nothing may be lost.
    unmount();
    await waitFor(() => expect(stored.get('note:new:c1')).toEqual({ title: '', body: 'Lawyer was refused entry' }));
    expect(bridge.inputsOf('drafts.save')).toHaveLength(1);
  });

  it('writes a waiting save before a lock asked for in the window', async () => {
    useSession.setState({ phase: 'unlocked', user: { id: 'u1', name: 'dilnoza', displayName: 'Dilnoza', role: 'caseworker' } });
    bridge.answer('session.lock', { vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: false });
    const { result } = renderHook(() => useNoteDraft('note:new:c1'));
    await waitFor(() => expect(result.current.draft.restored).toBe(true));
    act(() => result.current.form.setValue('title', 'Hunger strike'));
    await act(() => useSession.getState().lock());
    const order = bridge.calls.map((c) => c.method).filter((m) => m === 'drafts.save' || m === 'session.lock');
    expect(order).toEqual(['drafts.save', 'session.lock']);
    expect(stored.get('note:new:c1')).toEqual({ title: 'Hunger strike', body: '' });
  });

  it('writes every waiting save when the shell asks before locking on its own (Ctrl+L), and stops answering once unfollowed', async () => {
    const unfollow = followBackendSession();
    const { result } = renderHook(() => ({ note: useNoteDraft('note:new:c1'), sentence: useNoteDraft('sentence:new:c1') }));
    await waitFor(() => expect(result.current.note.draft.restored && result.current.sentence.draft.restored).toBe(true));
    act(() => {
      result.current.note.form.setValue('body', 'Moved to SIZO-2 overnight');
      result.current.sentence.form.setValue('title', '7 years, strict regime');
    });
    // Well inside the autosave pause: only the flush can have written these.
    expect(bridge.inputsOf('drafts.save')).toEqual([]);
    expect(await act(() => bridge.requestFlush())).toBe(true);
    expect(stored.get('note:new:c1')).toEqual({ title: '', body: 'Moved to SIZO-2 overnight' });
    expect(stored.get('sentence:new:c1')).toEqual({ title: '7 years, strict regime', body: '' });
    expect(bridge.inputsOf('drafts.save')).toHaveLength(2);
    unfollow();
    expect(await bridge.requestFlush()).toBe(false);
  });

  it('autosaves after a pause in typing, once', async () => {
    const { result } = renderHook(() => useNoteDraft('note:new:c1'));
    await waitFor(() => expect(result.current.draft.restored).toBe(true));
    act(() => {
      result.current.form.setValue('title', 'H');
      result.current.form.setValue('title', 'Hearing');
    });
    await waitFor(() => expect(result.current.draft.savedAt).not.toBeNull());
    expect(bridge.inputsOf('drafts.save')).toEqual([{ formKey: 'note:new:c1', data: { title: 'Hearing', body: '' } }]);
  });

  it('discards: the stored draft goes, the form is back to its starting values, and nothing is saved again', async () => {
    stored.set('note:new:c1', { title: 'Old', body: 'text' });
    const { result, unmount } = renderHook(() => useNoteDraft('note:new:c1'));
    await waitFor(() => expect(result.current.form.getValues('title')).toBe('Old'));
    act(() => result.current.form.setValue('body', 'more text'));
    await act(() => result.current.draft.discard());
    expect(stored.has('note:new:c1')).toBe(false);
    expect(result.current.form.getValues()).toEqual({ title: '', body: '' });
    expect(result.current.draft.hasDraft).toBe(false);
    unmount();
    await act(() => Promise.resolve());
    expect(bridge.inputsOf('drafts.save')).toEqual([]);
    expect(stored.size).toBe(0);
  });

  it('keeps one draft per form and record', async () => {
    expect(draftKey('sentence', { id: 's1' }, 'ep1')).toBe('sentence:edit:s1');
    expect(draftKey('sentence', null, 'ep1')).toBe('sentence:new:ep1');
    stored.set('note:edit:e1', { title: 'Edit of e1', body: '' });
    const first = renderHook(() => useNoteDraft('note:edit:e1'));
    const second = renderHook(() => useNoteDraft('note:edit:e2'));
    await waitFor(() => expect(first.result.current.form.getValues('title')).toBe('Edit of e1'));
    await waitFor(() => expect(second.result.current.draft.restored).toBe(true));
    expect(second.result.current.form.getValues('title')).toBe('');
    act(() => second.result.current.form.setValue('title', 'Edit of e2'));
    second.unmount();
    first.unmount();
    await waitFor(() => expect(stored.get('note:edit:e2')).toEqual({ title: 'Edit of e2', body: '' }));
    expect(stored.get('note:edit:e1')).toEqual({ title: 'Edit of e1', body: '' });
    expect(bridge.inputsOf('drafts.get').map((i) => i.formKey).sort()).toEqual(['note:edit:e1', 'note:edit:e2']);
  });
});
