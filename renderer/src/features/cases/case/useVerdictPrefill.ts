// Choosing the verdict a sentence came from fills in what follows from it: the day it was handed
// down and counted from (the verdict's date), and the days credited for detention before it, as
// the backend proposes them from the case's episodes. Each stays editable: a value the user typed
// is never overwritten, only one that was empty or came from the previous verdict.
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';

import type { CourtEvent, SentenceCreditProposal } from '../../../../../db/api';
import { call } from '../../../api/client';

interface VerdictFields extends FieldValues {
  courtEventId: string;
  handedDownOn: string;
  startDate: string;
  creditDays: string;
}

export function useVerdictPrefill<T extends VerdictFields>(form: UseFormReturn<T>, courtEvents: readonly CourtEvent[]): SentenceCreditProposal | null {
  const { watch, getValues, setValue } = form;
  const chosen = watch('courtEventId' as Path<T>) as string;
  const previous = useRef<{ id: string; date: string | null; credit: string | null }>({ id: chosen, date: null, credit: null });
  const [proposal, setProposal] = useState<SentenceCreditProposal | null>(null);

  useEffect(() => {
    const before = previous.current;
    if (chosen === before.id && (chosen === '' || proposal !== null)) return;
    const verdict = courtEvents.find((c) => c.id === chosen) ?? null;
    const set = (name: 'handedDownOn' | 'startDate' | 'creditDays', value: string) =>
      setValue(name as Path<T>, value as PathValue<T, Path<T>>, { shouldDirty: true });
    // Filled from the verdict: empty, or still what the previous verdict put there.
    const untouched = (name: 'handedDownOn' | 'startDate' | 'creditDays', earlier: string | null) => {
      const now = String(getValues(name as Path<T>) ?? '').trim();
      return now === '' || now === earlier;
    };
    const changed = chosen !== before.id;
    if (verdict && changed) {
      if (untouched('handedDownOn', before.date)) set('handedDownOn', verdict.date);
      if (untouched('startDate', before.date)) set('startDate', verdict.date);
    }
    previous.current = { id: chosen, date: verdict?.date ?? null, credit: before.credit };
    if (!verdict) {
      setProposal(null);
      return;
    }
    let live = true;
    void call('sentences.proposeCredit', { courtEventId: verdict.id }).then((r) => {
      if (!live || !r.ok) return;
      setProposal(r.value);
      const credit = String(r.value.days);
      // Only a new choice of verdict proposes a figure; reopening a saved sentence keeps its own.
      if (changed && r.value.days > 0 && (untouched('creditDays', previous.current.credit) || getValues('creditDays' as Path<T>) === '0')) set('creditDays', credit);
      previous.current = { ...previous.current, credit };
    });
    return () => {
      live = false;
    };
    // proposal is read only to know whether the first one was fetched; it must not re-run the effect.
  }, [chosen, courtEvents, getValues, setValue]);

  return proposal;
}
