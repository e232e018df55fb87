// A plain check of passphrase strength with a message a person can act on. It estimates entropy
// from length and character variety and refuses the obvious (the user's own name, repeats).
export interface Strength {
  ok: boolean;
  score: number;
  message: string;
}

export const MIN_LENGTH = 12;
const COMMON = ['password', 'passphrase', 'qwerty', '123456', 'letmein', 'habeas', 'пароль', 'йцукен'];

function poolSize(p: string): number {
  let pool = 0;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/[0-9]/.test(p)) pool += 10;
  if (/[^\p{L}\p{N}]/u.test(p)) pool += 33;
  if (/[^\u0000-\u007f]/.test(p)) pool += 66;
  return Math.max(pool, 1);
}

export function checkPassphrase(passphrase: string, userName?: string): Strength {
  const p = passphrase.normalize('NFC');
  const lower = p.toLowerCase();
  if ([...p].length < MIN_LENGTH) {
    return { ok: false, score: 0, message: `Use at least ${MIN_LENGTH} characters; a few unrelated words work well.` };
  }
  if (userName && userName.length >= 3 && lower.includes(userName.toLowerCase())) {
    return { ok: false, score: 0, message: 'Do not use your user name in the passphrase.' };
  }
  if (COMMON.some((w) => lower.includes(w)) && [...new Set(lower)].length < 10) {
    return { ok: false, score: 0, message: 'This passphrase is too easy to guess; avoid common words and keyboard runs.' };
  }
  const distinct = new Set(p).size;
  if (distinct < 6) {
    return { ok: false, score: 0, message: 'Too many repeated characters; use several different words.' };
  }
  const bits = Math.min([...p].length, distinct * 2) * Math.log2(poolSize(p));
  const score = bits >= 90 ? 4 : bits >= 70 ? 3 : bits >= 55 ? 2 : 1;
  if (score < 2) {
    return { ok: false, score, message: 'Make it longer: add another word or two.' };
  }
  return { ok: true, score, message: score >= 3 ? 'Strong passphrase.' : 'Acceptable; a longer one is stronger.' };
}
