// The words of `habeas verify` for the check of stored files, in English and Russian, made from the
// codes and numbers vault.integrity answers (db/contract/vault.ts).
import type { AttachmentProblemCode, VaultIntegrity } from '../contract/vault';
import type { Language } from './audit-text';
import { formatCount } from './output';

const PROBLEM_WORDS: Record<Language, Record<AttachmentProblemCode, string>> = {
  en: {
    attachment_hash_mismatch: 'its bytes were changed after intake (the SHA-256 does not match)',
    attachment_incomplete: 'parts of it are missing or cut (the size does not match)',
  },
  ru: {
    attachment_hash_mismatch: 'содержимое изменено после приёма (SHA-256 не совпадает)',
    attachment_incomplete: 'части файла отсутствуют или обрезаны (размер не совпадает)',
  },
};

const WORDS = {
  en: {
    ok: (n: number) => `Attached files: ok (${formatCount(n)} checked)`,
    broken: (bad: number, n: number) => `Attached files: ${formatCount(bad)} DAMAGED (${formatCount(n)} checked)`,
    file: (name: string, id: string, caseId: string) => `"${name}" (${id}, case ${caseId})`,
    recorded: (size: number, sha: string, stored: number) => `recorded ${formatCount(size)} bytes, SHA-256 ${sha}; found ${formatCount(stored)} bytes`,
  },
  ru: {
    ok: (n: number) => `Вложенные файлы: в порядке (проверено: ${formatCount(n)})`,
    broken: (bad: number, n: number) => `Вложенные файлы: ПОВРЕЖДЕНО ${formatCount(bad)} (проверено: ${formatCount(n)})`,
    file: (name: string, id: string, caseId: string) => `«${name}» (${id}, дело ${caseId})`,
    recorded: (size: number, sha: string, stored: number) => `записано ${formatCount(size)} байт, SHA-256 ${sha}; найдено ${formatCount(stored)} байт`,
  },
} as const;

/** The lines `habeas verify` prints for stored files. */
export function attachmentLines(v: Pick<VaultIntegrity, 'attachmentsChecked' | 'attachmentProblems'>, language: Language): string[] {
  const w = WORDS[language];
  const problems = v.attachmentProblems;
  const lines = [problems.length === 0 ? w.ok(v.attachmentsChecked) : w.broken(problems.length, v.attachmentsChecked)];
  for (const p of problems) {
    lines.push(`  ${w.file(p.fileName, p.attachmentId, p.caseId)}: ${PROBLEM_WORDS[language][p.code]}`);
    lines.push(`    ${w.recorded(p.size, p.sha256, p.storedSize)}`);
  }
  return lines;
}
