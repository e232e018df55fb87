// The recovery key: 32 secret bytes (the private half of the vault's recovery key pair, see
// recoveryKeysOf), written as groups of Crockford base32 characters so it can be printed, read
// aloud and typed back. Vaults made before key pairs used the database key itself here.
import { ServiceError } from '../backend/errors';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;

export function formatRecoveryKey(masterKey: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of masterKey) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return (out.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/** Accepts any case, spaces or dashes, and the usual misreadings (O→0, I/L→1). */
export function parseRecoveryKey(text: string): Buffer {
  const clean = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (clean.length !== 52 || [...clean].some((c) => !ALPHABET.includes(c))) {
    throw new ServiceError('VALIDATION', 'That is not a recovery key: it should be 52 letters and digits in groups of four.', { reason: 'recovery_key_format' });
  }
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of clean) {
    value = ((value << 5) | ALPHABET.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes.slice(0, 32));
}
