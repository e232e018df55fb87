// Passphrase strength with zxcvbn (common passwords, dictionary words, keyboard runs, dates),
// plus a minimum length and a refusal of the user's own name. The reason is a stable code so
// the window can say it in the user's language; the message is the English fallback.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export type WeakReason = 'too_short' | 'contains_user_name' | 'too_guessable';

export interface Strength {
  ok: boolean;
  /** 0 (trivial) to 4 (very strong), zxcvbn's scale. */
  score: number;
  reason: WeakReason | null;
  message: string;
}

export const MIN_LENGTH = 12;
/** zxcvbn score 3: "safely unguessable", about 10^10 guesses; with Argon2id at 250 ms a guess, centuries. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

export function checkPassphrase(passphrase: string, userName?: string): Strength {
  const p = passphrase.normalize('NFC');
  if ([...p].length < MIN_LENGTH) {
    return { ok: false, score: 0, reason: 'too_short', message: `Use at least ${MIN_LENGTH} characters; a few unrelated words work well.` };
  }
  const name = userName?.trim().toLowerCase();
  if (name && name.length >= 3 && p.toLowerCase().includes(name)) {
    return { ok: false, score: 0, reason: 'contains_user_name', message: 'Do not use your user name in the passphrase.' };
  }
  const result = zxcvbn().check(p, name ? [name] : []);
  if (result.score < MIN_SCORE) {
    const hint = result.feedback.warning ?? 'This passphrase is too easy to guess.';
    return { ok: false, score: result.score, reason: 'too_guessable', message: `${hint} Add another uncommon word or two.` };
  }
  return { ok: true, score: result.score, reason: null, message: result.score >= 4 ? 'Strong passphrase.' : 'Acceptable; a longer one is stronger.' };
}
