// The words of `habeas verify` for the audit log's verification, in English and Russian, made
// from the codes and numbers audit.verify answers (db/contract/admin.ts).
import type { AuditProblem, AuditProblemCode, AuditVerification } from '../contract/admin';
import { formatCount } from './output';

export type Language = 'en' | 'ru';

const PROBLEM_WORDS: Record<Language, Record<AuditProblemCode, string>> = {
  en: {
    entry_edited: 'changed after it was written (its hash does not match)',
    entry_missing: 'missing (a number is skipped or the link to the previous entry is broken)',
    tail_truncated: 'cut off the end of the log (the anchored head counts them)',
    chain_rehashed: 'rewritten and re-hashed (the hashes agree, the signature does not)',
    entry_unsigned: 'not signed, although the log was already signed',
    signer_not_member: 'signed by a key that was not a member’s at that point',
    signer_not_user: 'signed with another member’s key than the user it names',
    anchor_missing: 'the log is signed but its anchored head file is missing',
    anchor_invalid: 'the anchored head is unreadable, of another vault, badly signed or signed by a non-member',
  },
  ru: {
    entry_edited: 'изменена после записи (хеш не совпадает)',
    entry_missing: 'отсутствует (пропущен номер или разорвана ссылка на предыдущую запись)',
    tail_truncated: 'удалена с конца журнала (закреплённая вершина их учитывает)',
    chain_rehashed: 'переписана с пересчётом хешей (хеши сходятся, подпись — нет)',
    entry_unsigned: 'не подписана, хотя журнал уже подписывался',
    signer_not_member: 'подписана ключом, который в тот момент не принадлежал участнику',
    signer_not_user: 'подписана ключом другого участника, а не того, кто в ней назван',
    anchor_missing: 'журнал подписан, но файл закреплённой вершины отсутствует',
    anchor_invalid: 'закреплённая вершина нечитаема, от другого хранилища, с неверной подписью или подписана не участником',
  },
};

const WORDS = {
  en: {
    ok: (n: number) => `Audit log: ok (${formatCount(n)} entries checked)`,
    broken: (n: number) => `Audit log: ALTERED (${formatCount(n)} entries checked)`,
    entries: (p: AuditProblem) => (p.seq === 0 ? '' : p.through > p.seq ? `entries ${p.seq}–${p.through}: ` : `entry ${p.seq}: `),
    key: (k: string) => ` [key ${k}]`,
    legacy: (n: number) => `  ${formatCount(n)} older entries were written before the log was signed`,
    unanchored: (n: number) => `  ${formatCount(n)} newest entries not yet anchored (the last call before a crash); not an error`,
    anchor: (count: number, at: string, who: string) => `  Head anchored at entry ${formatCount(count)} on ${at} by ${who}`,
    recovery: 'the recovery key',
    stranger: 'a key no member holds',
    more: 'and more',
  },
  ru: {
    ok: (n: number) => `Журнал аудита: в порядке (проверено записей: ${formatCount(n)})`,
    broken: (n: number) => `Журнал аудита: ИЗМЕНЁН (проверено записей: ${formatCount(n)})`,
    entries: (p: AuditProblem) => (p.seq === 0 ? '' : p.through > p.seq ? `записи ${p.seq}–${p.through}: ` : `запись ${p.seq}: `),
    key: (k: string) => ` [ключ ${k}]`,
    legacy: (n: number) => `  Старых записей, сделанных до подписи журнала: ${formatCount(n)}`,
    unanchored: (n: number) => `  Новейших записей, ещё не закреплённых (последний вызов перед сбоем): ${formatCount(n)}; это не ошибка`,
    anchor: (count: number, at: string, who: string) => `  Вершина закреплена на записи ${formatCount(count)} ${at}, подписал(а): ${who}`,
    recovery: 'ключ восстановления',
    stranger: 'ключ, которого нет ни у одного участника',
    more: 'и другие',
  },
} as const;

/** The lines `habeas verify` prints for the audit log. */
export function auditLines(v: AuditVerification, language: Language): string[] {
  const w = WORDS[language];
  const lines = [v.ok ? w.ok(v.checked) : w.broken(v.checked)];
  for (const p of v.problems) lines.push(`  ${w.entries(p)}${PROBLEM_WORDS[language][p.code]}${p.signerKey ? w.key(p.signerKey) : ''}`);
  if (v.problems.length >= 200) lines.push(`  … ${w.more}`);
  if (v.legacyUnsigned > 0) lines.push(w.legacy(v.legacyUnsigned));
  if (v.unanchoredTail > 0) lines.push(w.unanchored(v.unanchoredTail));
  if (v.anchor) {
    const s = v.anchor.signer;
    const who = s.recovery ? w.recovery : s.userName ? `${s.userName}${s.member ? '' : ` (${w.stranger})`}` : w.stranger;
    lines.push(w.anchor(v.anchor.count, v.anchor.at, who));
  }
  return lines;
}
