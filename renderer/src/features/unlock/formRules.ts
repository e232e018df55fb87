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

/** A new passphrase typed twice; the second copy must match the first. */
export const newPassphrasePair = z
  .object({ passphrase: passphraseRule, repeat: z.string() })
  .refine((v) => v.passphrase === v.repeat, { path: ['repeat'], message: 'unlock:errors.passphrasesDiffer' });
