// Live strength of a passphrase being typed, asked of the backend (zxcvbn lives there, next to the
// rule that enforces it) a moment after typing pauses. Stale answers are dropped.
import { useEffect, useState } from 'react';

import type { PassphraseStrength } from '../../../../db/api';
import { call } from '../../api/client';

const PAUSE_MS = 250;

export interface StrengthAnswer {
  strength: PassphraseStrength | null;
  /** True while the shown strength belongs to an earlier text and a fresh answer is on its way. */
  pending: boolean;
}

export function usePassphraseStrength(passphrase: string, userName?: string): StrengthAnswer {
  const [answer, setAnswer] = useState<{ for: string; strength: PassphraseStrength } | null>(null);

  useEffect(() => {
    if (passphrase === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void call('session.checkPassphrase', { passphrase, userName: userName?.trim() || undefined }).then((r) => {
        if (live && r.ok) setAnswer({ for: passphrase, strength: r.value });
      });
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [passphrase, userName]);

  // While an answer for the current text is on its way, the last one stays, marked pending (no
  // flicker while typing); an emptied field shows no strength at all.
  if (passphrase === '') return { strength: null, pending: false };
  return { strength: answer?.strength ?? null, pending: answer?.for !== passphrase };
}
