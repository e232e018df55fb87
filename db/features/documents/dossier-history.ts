// The dossier's later sections: sentences, advocacy, the WGAD petitions, the timeline and the
// attachments list, as content blocks in the chosen language.
import type { AdvocacyAction } from '../../contract/advocacy';
import type { SentenceInChain } from '../../contract/detention';
import type { TimelineEntry } from '../../contract/timeline';
import { vocabWord } from '../common/vocab-words';
import { termText, timelineLine } from '../timeline/timeline-text';
import { dateText, type DossierContext } from './dossier-case';
import type { DossierData } from './dossier-data';
import { DOSSIER_WORDS } from './dossier-words';
import { fields, heading, keepTogether, remark, subheading, table, type PdfNode } from './pdf';

/** "5 years", "3 years – 8 years", "life", in the chosen language. */
function sentenceTerm(s: SentenceInChain, dc: DossierContext): string {
  const lower = termText({ years: s.years, months: s.months, days: s.days, life: s.life }, dc.language);
  if (s.life || (s.maxYears === null && s.maxMonths === null && s.maxDays === null)) return lower;
  return `${lower} – ${termText({ years: s.maxYears ?? 0, months: s.maxMonths ?? 0, days: s.maxDays ?? 0, life: false }, dc.language)}`;
}

export function sentencesSection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  const lang = dc.language;
  if (data.sentences.length === 0) return [heading(w.sections.sentences), remark(w.none)];
  const rows = data.sentences.map((s) => [
    dateText(s.handedDownOn, lang),
    s.change === null ? vocabWord(lang, 'sentenceType', s.type) : `${vocabWord(lang, 'sentenceType', s.type)} (${vocabWord(lang, 'sentenceChange', s.change).toLocaleLowerCase(lang)})`,
    sentenceTerm(s, dc),
    dateText(s.startDate, lang),
    dateText(s.expectedRelease, lang),
    s.current ? w.current : w.superseded,
  ]);
  return [keepTogether(heading(w.sections.sentences), table(w.sentenceColumns, rows, [72, '*', 58, 72, 80, 58]))];
}

const isWgad = (a: AdvocacyAction): boolean => a.wgad !== null;

export function advocacySection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  const lang = dc.language;
  const actions = data.advocacy.filter((a) => !isWgad(a));
  if (actions.length === 0) return [heading(w.sections.advocacy), remark(w.none)];
  const rows = actions.map((a) => [dateText(a.date, lang), vocabWord(lang, 'advocacyType', a.type), a.target, vocabWord(lang, 'advocacyStatus', a.status), a.outcome]);
  return [keepTogether(heading(w.sections.advocacy), table(w.advocacyColumns, rows, ['auto', 'auto', '*', 'auto', '*']))];
}

export function wgadSection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  const lang = dc.language;
  const petitions = data.advocacy.filter(isWgad);
  if (petitions.length === 0) return [heading(w.sections.wgad), remark(w.none)];
  return [
    heading(w.sections.wgad),
    ...petitions.flatMap((a) => {
      const p = a.wgad;
      if (p === null) return [];
      return [
        keepTogether(subheading(`${vocabWord(lang, 'advocacyType', a.type)} · ${dateText(a.date, lang) ?? ''}`), fields([
          [w.wgadFields.submitted, dateText(p.submittedOn, lang)],
          [w.wgadFields.transmitted, dateText(p.transmittedOn, lang)],
          [w.wgadFields.replyDue, dateText(p.replyDue, lang)],
          [w.wgadFields.replyReceived, dateText(p.replyReceivedOn, lang)],
          [w.wgadFields.commentsSent, dateText(p.sourceCommentsSentOn, lang)],
          [w.wgadFields.opinionAdopted, dateText(p.opinionAdoptedOn, lang)],
          [w.wgadFields.session, p.session],
          [w.wgadFields.opinionNumber, p.opinionNumber],
          [w.wgadFields.categories, p.categories.map((c) => vocabWord(lang, 'wgadCategory', c)).join('; ')],
          [w.wgadFields.outcome, vocabWord(lang, 'wgadOutcome', p.outcome)],
        ])),
      ];
    }),
  ];
}

export function timelineSection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  const lang = dc.language;
  // Redacted entries (staff) and confidential case events not chosen are counted, never shown.
  // Advocacy not marked public is confidential too, but the dossier prints it in its own section.
  const leftOutByChoice = (e: TimelineEntry) => e.confidential && e.recordTable === 'case_events' && !dc.include.confidentialFields;
  const shown = data.timeline.filter((e) => !e.redacted && !leftOutByChoice(e));
  const leftOut = data.timeline.length - shown.length;
  const rows = shown.map((e) => {
    const { title, detail } = timelineLine(e, lang);
    return [dateText(e.date, lang) ?? w.dateUnknown, detail === null ? title : `${title} — ${detail}`];
  });
  return [
    heading(w.sections.timeline),
    ...(rows.length === 0 ? [remark(w.none)] : [table(w.timelineColumns, rows, [95, '*'])]),
    ...(leftOut > 0 ? [remark(w.withheldEntries(leftOut))] : []),
  ];
}

export function attachmentsSection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  const lang = dc.language;
  const rows = data.attachments.map((a) => [
    a.confidential ? `${a.fileName} (${w.confidentialMark})` : a.fileName,
    w.bytes(a.size),
    { text: a.sha256, fontSize: 6.5 },
    dateText(a.addedAt.slice(0, 10), lang),
  ]);
  return [
    heading(w.sections.attachments),
    ...(rows.length === 0 ? [remark(w.none)] : [table(w.attachmentColumns, rows, ['*', 'auto', 'auto', 'auto'])]),
    ...(data.attachmentsLeftOut > 0 ? [remark(w.withheldEntries(data.attachmentsLeftOut))] : []),
  ];
}
