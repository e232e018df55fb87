// Form-shaped zod rules shared by the first-run, unlock and settings forms. Messages are catalogue
// keys (see fieldText.ts); the contract's own schemas still check everything again on arrival.
import { z } from 'zod';

export const userNameRule = z
  .string()
  .trim()
  .min(1, 'unlock:errors.userNameRequired')
  .max(64, 'unlock:errors.userNameTooLong')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'unlock:errors.userNameCharacters');

export const passphraseRule = z.string().min(1, 'unlock:errors.passphraseRequired').max(1024, 'unlock:errors.passphraseTooLong');

/** For forms where a new passphrase is typed twice, as fields `passphrase` and `repeat`:
 *  schema.refine(repeatMatches, repeatMismatch). */
export const repeatMatches = (v: { passphrase: string; repeat: string }): boolean => v.passphrase === v.repeat;
export const repeatMismatch = { path: ['repeat'], message: 'unlock:errors.passphrasesDiffer' };
